import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../../../shared/contracts/accounts.ts';
import { useRevokeOtherSessions, useRevokeSession, useSessions } from '../../api/sessions.ts';
import { Button } from '../../ui/Button.tsx';
import { FormError } from '../../ui/Form.tsx';
import { useFormatDate } from '../../ui/format.ts';
import { Loading } from '../../ui/Loading.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Live, Notice } from '../../ui/Notice.tsx';
import { Card } from '../../ui/Page.tsx';
import { leaveToWelcome } from '../../ui/storage.ts';

type Done = 'one' | 'others' | null;

export function SessionsSection() {
  const { t } = useTranslation();
  const sessions = useSessions();
  const revokeOthers = useRevokeOtherSessions();
  const [done, setDone] = useState<Done>(null);
  // This device first, then the others, most recently active first.
  const list = [...(sessions.data ?? [])].sort((a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt));
  const others = list.filter((s) => !s.current);

  return (
    <Card title={t('account.sessions.title')} id="account-sessions">
      <p className="muted">{t('account.sessions.lead')}</p>
      {sessions.isPending && <Loading lines={2} />}
      {sessions.isError && <LoadError message={sessions.error.message} onRetry={() => void sessions.refetch()} />}
      <Live>
        {done && <Notice tone="warm">{done === 'one' ? t('account.sessions.signedOutOne') : t('account.sessions.othersDone')}</Notice>}
      </Live>
      {list.length > 0 && (
        <ul className="session-list">
          {list.map((session) => (
            <SessionItem key={session.id} session={session} onDone={() => setDone('one')} />
          ))}
        </ul>
      )}
      <FormError error={revokeOthers.error?.message} />
      {others.length > 0 ? (
        <Button
          variant="secondary"
          busy={revokeOthers.isPending}
          busyLabel={t('account.sessions.signingOut')}
          onClick={() => revokeOthers.mutate(undefined, { onSuccess: () => setDone('others') })}
        >
          {t('account.sessions.others')}
        </Button>
      ) : (
        sessions.isSuccess && <p className="muted">{t('account.sessions.onlyThis')}</p>
      )}
    </Card>
  );
}

function SessionItem({ session, onDone }: { session: SessionView; onDone: () => void }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatDate();
  const revoke = useRevokeSession();
  const since = dateTime(session.createdAt);

  const signOut = () =>
    revoke.mutate(session.id, {
      // Ending this device's own session is signing out here.
      onSuccess: () => (session.current ? leaveToWelcome('signedOut') : onDone()),
    });

  return (
    <li className="session">
      <div className="session-info">
        <p className="session-device">
          {session.device}
          {session.current && <span className="tag">{t('account.sessions.thisDevice')}</span>}
        </p>
        <p className="session-meta">
          {t('account.sessions.since', { date: since })}
          <br />
          {t('account.sessions.lastSeen', { date: dateTime(session.lastSeenAt) })}
        </p>
        <FormError error={revoke.error?.message} />
      </div>
      <Button
        variant="quiet"
        className="session-action"
        busy={revoke.isPending}
        busyLabel={t('account.sessions.signingOut')}
        aria-label={t('account.sessions.signOutLabel', { device: session.device, date: since })}
        onClick={signOut}
      >
        {t('account.sessions.signOut')}
      </Button>
    </li>
  );
}
