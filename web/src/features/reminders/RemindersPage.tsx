import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Weekday } from '../../../../shared/contracts/dates.ts';
import type { ReminderSettingsView } from '../../../../shared/contracts/reminders.ts';
import { ApiError } from '../../api/client.ts';
import { browserTimeZone } from '../../api/dates.ts';
import { useReminderSettings, useUpdateReminderSettings } from '../../api/reminders.ts';
import { Button } from '../../ui/Button.tsx';
import { Field } from '../../ui/Field.tsx';
import { FormError } from '../../ui/Form.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { PageLoading } from '../../ui/Loading.tsx';
import { Live, Notice } from '../../ui/Notice.tsx';
import { Card, Page } from '../../ui/Page.tsx';
import { DayPicker } from '../rituals/DayPicker.tsx';
import { TimeZoneSelect } from '../rituals/TimeZoneSelect.tsx';

/** E-mail reminders: off by default; days, time, time zone and quiet hours. */
export function RemindersPage() {
  const { t } = useTranslation('reminder-settings');
  const settings = useReminderSettings();
  if (settings.isPending) return <PageLoading />;
  if (settings.isError) return <LoadError message={settings.error.message} onRetry={() => void settings.refetch()} />;
  return (
    <Page title={t('reminders.title')} lead={t('reminders.lead')}>
      <div className="stack">
        <Notice tone="calm">
          <p>{t('reminders.privacy')}</p>
        </Notice>
        <Card id="reminders-settings">
          <ReminderForm settings={settings.data} />
        </Card>
      </div>
    </Page>
  );
}

function ReminderForm({ settings }: { settings: ReminderSettingsView }) {
  const { t } = useTranslation('reminder-settings');
  const id = useId();
  const update = useUpdateReminderSettings();
  const [enabled, setEnabled] = useState(settings.enabled);
  const [days, setDays] = useState<Weekday[]>(settings.days);
  const [time, setTime] = useState(settings.time);
  // A person who never chose a zone gets the browser's.
  const [timeZone, setTimeZone] = useState(settings.enabled || settings.timeZone !== 'UTC' ? settings.timeZone : browserTimeZone());
  const [quietStart, setQuietStart] = useState(settings.quietHours.start);
  const [quietEnd, setQuietEnd] = useState(settings.quietHours.end);
  const [rituals, setRituals] = useState(settings.rituals);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    setSaved(false);
    setError(null);
    try {
      await update.mutateAsync({ enabled, days, time, timeZone, quietHours: { start: quietStart, end: quietEnd }, rituals });
      setFields({});
      setSaved(true);
    } catch (e) {
      if (e instanceof ApiError) {
        setFields(e.fields);
        setError(e.message);
      } else setError(t('errors.server', { ns: 'common' }));
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate onChange={() => saved && setSaved(false)}>
      <FormError error={error} />
      <div className="check check--large">
        <input id={`${id}-on`} type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.currentTarget.checked)} />
        <label htmlFor={`${id}-on`}>
          <span className="check-label">{t('reminders.enabled')}</span>
        </label>
      </div>
      {enabled ? (
        <>
          <DayPicker legend={t('reminders.days')} name={`${id}-days`} value={days} onChange={setDays} error={fields.days} />
          <div className="field-row">
            <Field name="time" type="time" label={t('reminders.time')} value={time} onChange={(event) => setTime(event.currentTarget.value || time)} error={fields.time} className="field--time" />
            <TimeZoneSelect label={t('reminders.timeZone')} value={timeZone} onChange={setTimeZone} error={fields.timeZone} />
          </div>
          <fieldset className="quiet-hours">
            <legend className="field-label">{t('reminders.quietTitle')}</legend>
            <p className="field-hint">{t('reminders.quietText')}</p>
            <div className="field-row">
              <Field name="quietStart" type="time" label={t('reminders.quietStart')} value={quietStart} onChange={(event) => setQuietStart(event.currentTarget.value || quietStart)} className="field--time" />
              <Field name="quietEnd" type="time" label={t('reminders.quietEnd')} value={quietEnd} onChange={(event) => setQuietEnd(event.currentTarget.value || quietEnd)} className="field--time" />
            </div>
          </fieldset>
          <div className="check">
            <input id={`${id}-rituals`} type="checkbox" checked={rituals} onChange={(event) => setRituals(event.currentTarget.checked)} />
            <label htmlFor={`${id}-rituals`}>
              <span className="check-label">{t('reminders.rituals')}</span>
            </label>
          </div>
        </>
      ) : (
        <p className="muted">{t('reminders.offNote')}</p>
      )}
      <Button type="submit" busy={update.isPending} busyLabel={t('reminders.saving')}>
        {t('reminders.save')}
      </Button>
      <Live>
        {saved && (
          <Notice tone="warm">
            <p>{t('reminders.saved')}</p>
          </Notice>
        )}
      </Live>
    </form>
  );
}
