import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignOut } from '../../api/auth.ts';
import { useSignedIn } from '../../api/me.ts';
import { Button, ButtonLink } from '../../ui/Button.tsx';
import { FormError } from '../../ui/Form.tsx';
import { Live, Notice } from '../../ui/Notice.tsx';
import { Card, Page } from '../../ui/Page.tsx';
import { leaveToWelcome } from '../../ui/storage.ts';
import { CoupleSection } from './CoupleSection.tsx';
import { DeleteSection } from './DeleteSection.tsx';
import { DetailsSection } from './DetailsSection.tsx';
import { ExportSection } from './ExportSection.tsx';
import { PasswordSection } from './PasswordSection.tsx';
import { QuickExitSection } from './QuickExitSection.tsx';
import { SessionsSection } from './SessionsSection.tsx';

export function AccountPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const [leftCouple, setLeftCouple] = useState(false);

  return (
    <Page title={t('account.title')} lead={t('account.lead')}>
      <Live>{leftCouple && <Notice tone="warm">{t('account.couple.left')}</Notice>}</Live>
      <div className="stack">
        <DetailsSection />
        {me.couple && <CoupleSection couple={me.couple} onLeft={() => setLeftCouple(true)} />}
        <ExportSection />
        <SessionsSection />
        <QuickExitSection />
        <SafetySection />
        <PasswordSection />
        <SignOutSection />
        <DeleteSection />
      </div>
    </Page>
  );
}

/** The same for everyone, whatever their safety answers: nothing here tells them apart. */
function SafetySection() {
  const { t } = useTranslation();
  return (
    <Card title={t('account.safety.title')} id="account-safety">
      <p className="muted">{t('account.safety.lead')}</p>
      <ButtonLink to="/account/safety" variant="secondary">
        {t('account.safety.link')}
      </ButtonLink>
    </Card>
  );
}

function SignOutSection() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <Card title={t('account.signOut.title')} id="account-sign-out">
      <p className="muted">{t('account.signOut.lead')}</p>
      <FormError error={signOut.error?.message} />
      <Button
        variant="secondary"
        busy={signOut.isPending}
        busyLabel={t('account.signOut.working')}
        onClick={() => signOut.mutate(undefined, { onSuccess: () => leaveToWelcome('signedOut') })}
      >
        {t('account.signOut.action')}
      </Button>
    </Card>
  );
}
