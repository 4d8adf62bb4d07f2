import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../api/me.ts';
import { Actions, ButtonLink } from '../../ui/Button.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Card, Page } from '../../ui/Page.tsx';
import { CreateInviteButton, InviteDetails, InviteOutcomeMessage, type InviteOutcome } from './InviteDetails.tsx';

export function InvitePage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const [outcome, setOutcome] = useState<InviteOutcome>(null);

  if (me.couple) {
    const partner = me.couple.partner?.name;
    return (
      <Page title={t('invite.title')} width="narrow">
        <Notice tone="warm">{partner ? t('invite.alreadyPaired', { partner }) : t('invite.alreadyPairedNoName')}</Notice>
        <Actions>
          <ButtonLink to="/" variant="secondary">
            {t('common.backHome')}
          </ButtonLink>
        </Actions>
      </Page>
    );
  }

  return (
    <Page title={t('invite.title')} lead={t('invite.lead')}>
      <InviteOutcomeMessage outcome={outcome} />
      <div className="stack">
        <Card className="card--accent">
          {me.invite ? <InviteDetails invite={me.invite} onOutcome={setOutcome} /> : <CreateInviteButton onOutcome={setOutcome} />}
        </Card>
        <Card title={t('invite.howTitle')} id="invite-how">
          <ul className="soft-list">
            <li>{t('invite.how1')}</li>
            <li>{t('invite.how2')}</li>
            <li>{t('invite.how3')}</li>
          </ul>
        </Card>
      </div>
    </Page>
  );
}
