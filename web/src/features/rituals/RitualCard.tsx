import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RitualView } from '../../../../shared/contracts/rituals.ts';
import { ApiError } from '../../api/client.ts';
import { localDate } from '../../api/dates.ts';
import { useCompleteRitual, useDeleteRitual, useUpdateRitual } from '../../api/rituals.ts';
import { Actions, Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { useFormatDate } from '../../ui/format.ts';
import { Live, Notice } from '../../ui/Notice.tsx';
import { RitualForm } from './RitualForm.tsx';
import { fallsOn, fromRrule } from './schedule.ts';

/** One ritual: when it happens, today's done-or-not, and editing. */
export function RitualCard({ ritual, onMessage }: { ritual: RitualView; onMessage: (message: string) => void }) {
  const { t } = useTranslation('rituals');
  const { date } = useFormatDate();
  const describe = useDescribeSchedule();
  const complete = useCompleteRitual();
  const update = useUpdateRitual();
  const remove = useDeleteRitual();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const today = localDate(ritual.timeZone);
  const doneToday = ritual.completions.some((c) => c.date === today);
  const plan = fromRrule(ritual.schedule);
  const isToday = today >= ritual.startDate && (fallsOn(plan, today) ?? ritual.upcoming.includes(today));
  const lastDone = ritual.completions[0];
  const next = ritual.upcoming.filter((d) => d !== today || !doneToday);
  const titleId = `ritual-${ritual.id}-title`;

  return (
    <li className="ritual" aria-labelledby={titleId}>
      {editing ? (
        <>
          <h3 id={titleId}>{t('rituals.editTitle', { title: ritual.title })}</h3>
          <RitualForm
            ritual={ritual}
            submitLabel={t('rituals.save')}
            onCancel={() => setEditing(false)}
            onSubmit={async (input) => {
              await update.mutateAsync({ id: ritual.id, ...input });
              setEditing(false);
              onMessage(t('rituals.updated'));
            }}
          />
        </>
      ) : (
        <>
          <div className="ritual-head">
            <h3 id={titleId} className="ritual-title">
              {ritual.title}
            </h3>
            <span className="tag tag--plain">{ritual.scope === 'couple' ? t('rituals.shared') : t('rituals.private')}</span>
          </div>
          <p className="ritual-when">{describe(ritual)}</p>
          {next.length > 0 && <p className="muted">{t('rituals.next', { dates: next.map((d) => shortDay(d)).join(' · ') })}</p>}
          {lastDone && !doneToday && <p className="muted">{t('rituals.lastDone', { date: date(`${lastDone.date}T12:00:00`) })}</p>}
          <Live>
            {doneToday && (
              <p className="ritual-done">
                <span aria-hidden="true">✓ </span>
                {t('rituals.doneToday')}
              </p>
            )}
          </Live>
          <Actions>
            {isToday && !doneToday && (
              <Button variant="secondary" busy={complete.isPending} onClick={() => complete.mutate({ id: ritual.id, date: today, done: true })}>
                {t('rituals.markDone')}
              </Button>
            )}
            {doneToday && (
              <Button variant="quiet" busy={complete.isPending} onClick={() => complete.mutate({ id: ritual.id, date: today, done: false })}>
                {t('rituals.undoDone')}
              </Button>
            )}
            <Button variant="quiet" onClick={() => setEditing(true)}>
              {t('rituals.edit')}
            </Button>
            <Button variant="quiet" onClick={() => setConfirming(true)}>
              {t('rituals.delete')}
            </Button>
          </Actions>
          {complete.isError && (
            <Notice tone="attention">
              <p>{complete.error instanceof ApiError ? (complete.error.fields.date ?? complete.error.message) : complete.error.message}</p>
            </Notice>
          )}
        </>
      )}
      <Dialog open={confirming} onClose={() => setConfirming(false)} title={t('rituals.deleteTitle')}>
        <p>{t('rituals.deleteText', { title: ritual.title })}</p>
        <Actions className="dialog-actions">
          <Button variant="secondary" data-autofocus onClick={() => setConfirming(false)}>
            {t('rituals.keep')}
          </Button>
          <Button
            busy={remove.isPending}
            onClick={() =>
              remove.mutate(ritual.id, {
                onSuccess: () => {
                  setConfirming(false);
                  onMessage(t('rituals.deleted'));
                },
              })
            }
          >
            {t('rituals.deleteConfirm')}
          </Button>
        </Actions>
      </Dialog>
    </li>
  );
}

function shortDay(date: string): string {
  return new Intl.DateTimeFormat(document.documentElement.lang || 'en', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** "Every Sunday at 7:00 PM", in words. */
export function useDescribeSchedule() {
  const { t, i18n } = useTranslation('rituals');
  const timeFormat = new Intl.DateTimeFormat(i18n.language, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const list = new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' });
  return (ritual: Pick<RitualView, 'schedule' | 'time'>) => {
    const time = timeFormat.format(new Date(`2000-01-01T${ritual.time}:00Z`));
    const plan = fromRrule(ritual.schedule);
    if (plan.freq === 'daily') return t('rituals.schedule.daily', { time });
    if (plan.freq === 'weekly' && plan.days.length === 7) return t('rituals.schedule.everyDay', { time });
    if (plan.freq === 'weekly' && plan.days.length === 5 && !plan.days.includes('sat') && !plan.days.includes('sun')) return t('rituals.schedule.weekdays', { time });
    if (plan.freq === 'weekly') return t('rituals.schedule.weekly', { time, days: list.format(plan.days.map((d) => t(`common.weekdays.${d}`))) });
    if (plan.freq === 'monthly') return t('rituals.schedule.monthly', { time, day: plan.day });
    return t('rituals.schedule.other', { time });
  };
}
