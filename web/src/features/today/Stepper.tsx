import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface StepperProps {
  label: string;
  hint: string;
  value: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
}

/** A small count with large − and + buttons around a number box that can also be typed in. */
export function Stepper({ label, hint, value, onChange, min = 0, max = 50 }: StepperProps) {
  const { t } = useTranslation('today');
  const id = useId();
  const clamp = (n: number) => Math.min(max, Math.max(min, Number.isFinite(n) ? Math.round(n) : min));
  return (
    <div className="stepper">
      <label className="stepper-label" htmlFor={id}>
        <span className="stepper-name">{label}</span>
        <span className="stepper-hint" id={`${id}-hint`}>
          {hint}
        </span>
      </label>
      <div className="stepper-control">
        <button
          type="button"
          className="stepper-button"
          aria-label={t('today.checkIn.fewer', { what: label })}
          onClick={() => onChange(clamp(value - 1))}
          aria-disabled={value <= min || undefined}
        >
          <span aria-hidden="true">−</span>
        </button>
        <input
          id={id}
          className="input stepper-value"
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          value={value}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange(clamp(event.currentTarget.valueAsNumber))}
        />
        <button
          type="button"
          className="stepper-button"
          aria-label={t('today.checkIn.more', { what: label })}
          onClick={() => onChange(clamp(value + 1))}
          aria-disabled={value >= max || undefined}
        >
          <span aria-hidden="true">+</span>
        </button>
      </div>
    </div>
  );
}
