import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useConfig } from '../../api/config.ts';
import { Actions, Button } from '../../ui/Button.tsx';
import { Page } from '../../ui/Page.tsx';

/**
 * The same answer whether or not the address has an account (sign-up and password reset alike),
 * so this page never tells anyone who uses Hearth.
 */
export function CheckInbox({ email, purpose, onBack }: { email: string; purpose: 'signUp' | 'reset'; onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <Page title={t('checkInbox.title')} width="narrow">
      <div className="card check-inbox">
        <svg className="check-inbox-art" viewBox="0 0 64 48" aria-hidden="true" focusable="false">
          <rect x="4" y="6" width="56" height="38" rx="6" />
          <path d="M6 10l26 20 26-20" />
        </svg>
        <p>
          <Trans t={t} i18nKey="checkInbox.sentTo" values={{ email }} components={{ strong: <strong className="break" /> }} />
        </p>
        <p>{purpose === 'signUp' ? t('checkInbox.signUpNext') : t('checkInbox.resetNext')}</p>
        <p className="muted">{t('checkInbox.notArrived')}</p>
        <InboxActions email={email} onBack={onBack} back={t('checkInbox.tryAgain')} />
      </div>
    </Page>
  );
}

/** A way back to the form, and (in development) the outbox with this address's mail. */
export function InboxActions({ email, onBack, back, quiet = false }: { email: string; onBack: () => void; back: string; quiet?: boolean }) {
  const { t } = useTranslation();
  const devOutbox = useConfig().data?.devOutbox;
  return (
    <Actions className={quiet ? 'actions--center' : undefined}>
      <Button variant={quiet ? 'quiet' : 'secondary'} onClick={onBack}>
        {back}
      </Button>
      {devOutbox && (
        <Link className="button button--quiet" to={`/dev/outbox?to=${encodeURIComponent(email)}`}>
          {t('checkInbox.devOutbox')}
        </Link>
      )}
    </Actions>
  );
}
