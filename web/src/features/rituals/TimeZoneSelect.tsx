import { useId, useMemo } from 'react';
import { cx } from '../../ui/cx.ts';

function allZones(current: string): string[] {
  let zones: string[] = [];
  try {
    zones = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  } catch {
    zones = [];
  }
  return zones.includes(current) ? zones : [current, ...zones];
}

/** A time-zone chooser; the list is the browser's own, with the current value always in it. */
export function TimeZoneSelect({ label, value, onChange, error, className }: { label: string; value: string; onChange: (zone: string) => void; error?: string; className?: string }) {
  const id = useId();
  const zones = useMemo(() => allZones(value), [value]);
  return (
    <div className={cx('field', error && 'field--invalid', className)}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <div className="field-control">
        <select
          id={id}
          className="input select"
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
