import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Weekday } from '../../../../shared/contracts/dates.ts';
import type { RitualView } from '../../../../shared/contracts/rituals.ts';
import { ApiError } from '../../api/client.ts';
import { browserTimeZone, localDate } from '../../api/dates.ts';
import { type RitualInput } from '../../api/rituals.ts';
import { Actions, Button } from '../../ui/Button.tsx';
import { Field } from '../../ui/Field.tsx';
import { FormError } from '../../ui/Form.tsx';
import { DayPicker } from './DayPicker.tsx';
import { fromRrule, toRrule, weekdayOf, type Plan } from './schedule.ts';
import { TimeZoneSelect } from './TimeZoneSelect.tsx';

type Freq = 'daily' | 'weekly' | 'monthly';

interface RitualFormProps {
  ritual?: RitualView;
  submitLabel: string;
  onSubmit: (input: RitualInput) => Promise<unknown>;
  onCancel?: () => void;
}

/** Title, a friendly schedule (daily, weekly on chosen days, monthly), a time and a time zone. */
export function RitualForm({ ritual, submitLabel, onSubmit, onCancel }: RitualFormProps) {
  const { t } = useTranslation('rituals');
  const id = useId();
  const initial: Plan = ritual ? fromRrule(ritual.schedule) : { freq: 'weekly', days: [weekdayOf(localDate(browserTimeZone()))] };
  const [title, setTitle] = useState(ritual?.title ?? '');
  const [freq, setFreq] = useState<Freq | 'other'>(initial.freq);
  const [days, setDays] = useState<Weekday[]>(initial.freq === 'weekly' ? initial.days : [weekdayOf(localDate(browserTimeZone()))]);
  const [day, setDay] = useState(initial.freq === 'monthly' ? initial.day : Number(localDate(browserTimeZone()).slice(8, 10)));
  const [time, setTime] = useState(ritual?.time ?? '19:00');
  const [timeZone, setTimeZone] = useState(ritual?.timeZone ?? browserTimeZone());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<ReactNode>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    const local: Record<string, string> = {};
    if (!title.trim()) local.title = t('errors.titleRequired', { ns: 'common' });
    if (freq === 'weekly' && days.length === 0) local.days = t('rituals.chooseDay');
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length) {
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"], .field--invalid input')?.focus());
      return;
    }
    const schedule = freq === 'other' ? ritual!.schedule : toRrule(freq === 'weekly' ? { freq, days } : freq === 'monthly' ? { freq, day } : { freq });
    setBusy(true);
    try {
      await onSubmit({ title: title.trim(), schedule, time, timeZone });
    } catch (error) {
      if (error instanceof ApiError) {
        setErrors(error.fields);
        const unshown = Object.entries(error.fields)
          .filter(([name]) => !['title', 'time', 'timeZone'].includes(name))
          .map(([, message]) => message);
        setFormError(unshown.length ? unshown.join(' ') : Object.keys(error.fields).length ? null : error.message);
      } else setFormError(t('errors.server', { ns: 'common' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form ritual-form" onSubmit={submit} noValidate>
      <FormError error={formError} />
      <Field
        name="title"
        label={t('rituals.fields.title')}
        hint={t('rituals.fields.titleHint')}
        value={title}
        maxLength={120}
        onChange={(event) => setTitle(event.currentTarget.value)}
        error={errors.title}
      />
      <fieldset className="choice-group">
        <legend className="field-label">{t('rituals.fields.how')}</legend>
        <div className="choice-options">
          {(['daily', 'weekly', 'monthly'] as const).map((option) => (
            <label key={option} className="choice-option">
              <input type="radio" name={`${id}-freq`} value={option} checked={freq === option} onChange={() => setFreq(option)} />
              <span>{t(`rituals.fields.${option}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {freq === 'weekly' && <DayPicker legend={t('rituals.fields.days')} name={`${id}-days`} value={days} onChange={setDays} error={errors.days} />}
      {freq === 'monthly' && (
        <div className="field">
          <label className="field-label" htmlFor={`${id}-day`}>
            {t('rituals.fields.dayOfMonth')}
          </label>
          <div className="field-control">
            <select id={`${id}-day`} className="input select select--short" value={day} onChange={(event) => setDay(Number(event.currentTarget.value))}>
              {Array.from({ length: 28 }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      <div className="field-row">
        <Field name="time" type="time" label={t('rituals.fields.time')} value={time} required onChange={(event) => setTime(event.currentTarget.value || '19:00')} error={errors.time} className="field--time" />
        <TimeZoneSelect label={t('rituals.fields.timeZone')} value={timeZone} onChange={setTimeZone} error={errors.timeZone} />
      </div>
      <Actions>
        <Button type="submit" busy={busy} busyLabel={t('rituals.creating')}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="quiet" onClick={onCancel}>
            {t('rituals.cancel')}
          </Button>
        )}
      </Actions>
    </form>
  );
}
