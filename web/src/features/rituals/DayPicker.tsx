import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type Weekday } from '../../../../shared/contracts/dates.ts';
import { cx } from '../../ui/cx.ts';

/** Weekdays as large toggle tiles (checkboxes), Monday first. */
export function DayPicker({ legend, name, value, onChange, error }: { legend: string; name: string; value: Weekday[]; onChange: (days: Weekday[]) => void; error?: string }) {
  const { t } = useTranslation('rituals');
  return (
    <fieldset className={cx('day-picker', error && 'field--invalid')} aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="field-label">{legend}</legend>
      {error && (
        <p className="field-error" id={`${name}-error`}>
          {error}
        </p>
      )}
      <div className="day-picker-options">
        {WEEKDAYS.map((day) => (
          <label key={day} className="day-option">
            <input
              type="checkbox"
              name={name}
              value={day}
              checked={value.includes(day)}
              onChange={(event) => onChange(event.currentTarget.checked ? [...value, day] : value.filter((d) => d !== day))}
            />
            <span aria-hidden="true">{t(`common.weekdaysShort.${day}`)}</span>
            <span className="visually-hidden">{t(`common.weekdays.${day}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
