import { useId, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { cx } from './cx.ts';

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
};

/** A multi-line Field: label, hint, error and text box, wired together for screen readers. */
export function TextAreaField({ label, hint, error, className, rows = 3, ...input }: TextAreaFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cx('field', error && 'field--invalid', className)}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <div className="field-control">
        <textarea
          id={id}
          rows={rows}
          className="input textarea"
          aria-invalid={error ? true : undefined}
          aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
          {...input}
        />
      </div>
    </div>
  );
}
