import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ritualsIcsUrl, useCalendarFeed, useRevokeCalendarFeed, useRotateCalendarFeed } from '../../api/rituals.ts';
import { Actions, Button } from '../../ui/Button.tsx';
import { CopyField } from '../../ui/CopyField.tsx';
import { Live, Notice } from '../../ui/Notice.tsx';
import { Card } from '../../ui/Page.tsx';

/** Rituals in one's own calendar: a one-time .ics file, or a secret link a calendar app follows. */
export function CalendarCard() {
  const { t } = useTranslation('rituals');
  const feed = useCalendarFeed();
  const rotate = useRotateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [message, setMessage] = useState<string | null>(null);
  const url = feed.data?.url;

  return (
    <Card id="rituals-calendar" title={t('rituals.calendar.title')} className="card--quiet">
      <p>{t('rituals.calendar.text')}</p>
      <p>
        <a className="button button--secondary" href={ritualsIcsUrl} download="hearth-rituals.ics">
          {t('rituals.calendar.download')}
        </a>
      </p>
      <p className="muted">{t('rituals.calendar.downloadHint')}</p>
      <h3 className="calendar-feed-title">{t('rituals.calendar.feedTitle')}</h3>
      <p>{t('rituals.calendar.feedText')}</p>
      <Live>{message && <Notice tone="warm">{message}</Notice>}</Live>
      {url ? (
        <>
          <CopyField label={t('rituals.calendar.feedLabel')} value={url} copyLabel={t('rituals.calendar.copy')} copiedMessage={t('rituals.calendar.copied')} />
          <Actions>
            <Button variant="secondary" busy={rotate.isPending} onClick={() => rotate.mutate(undefined, { onSuccess: () => setMessage(t('rituals.calendar.rotated')) })}>
              {t('rituals.calendar.rotate')}
            </Button>
            <Button variant="quiet" busy={revoke.isPending} onClick={() => revoke.mutate(undefined, { onSuccess: () => setMessage(t('rituals.calendar.revoked')) })}>
              {t('rituals.calendar.revoke')}
            </Button>
          </Actions>
        </>
      ) : (
        feed.isSuccess && (
          <Actions>
            <Button variant="secondary" busy={rotate.isPending} onClick={() => rotate.mutate(undefined, { onSuccess: () => setMessage(null) })}>
              {t('rituals.calendar.make')}
            </Button>
          </Actions>
        )
      )}
    </Card>
  );
}
