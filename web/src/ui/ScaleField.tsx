import type { ReactNode } from 'react';
import { cx } from './cx.ts';

export interface ScaleLabel {
  value: number;
  text: string;
}

interface ScaleFieldProps {
  /** Unique within the page: the radio group's name and the fieldset's id. */
  name: string;
  legend: ReactNode;
  labels: ScaleLabel[];
  value: number | undefined;
  onChange: (value: number) => void;
  /** A note under the statement, e.g. "Not answered yet" after a try to finish. */
  note?: ReactNode;
  className?: string;
}

/**
 * One statement and its answer scale, as a fieldset whose legend is the statement and whose
 * options are large radio tiles: stacked on a phone, side by side on a wide screen.
 */
export function ScaleField({ name, legend, labels, value, onChange, note, className }: ScaleFieldProps) {
  const noteId = note ? `${name}-note` : undefined;
  return (
    <fieldset className={cx('scale', Boolean(note) && 'scale--flagged', className)} id={name} aria-describedby={noteId}>
      <legend className="scale-legend">{legend}</legend>
      {note && (
        <p className="scale-note" id={noteId}>
          {note}
        </p>
      )}
      <div className="scale-options" style={{ ['--count' as string]: labels.length }}>
        {labels.map((label) => (
          <label key={label.value} className="scale-option">
            <input type="radio" name={name} value={label.value} checked={value === label.value} onChange={() => onChange(label.value)} />
            <span className="scale-option-text">{label.text}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
