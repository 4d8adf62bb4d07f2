import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { MeView } from '../../../../shared/contracts/couples.ts';
import { useSignedIn } from '../../api/me.ts';
import { ButtonLink } from '../../ui/Button.tsx';
import { useFormatDate } from '../../ui/format.ts';
import { Live, Notice } from '../../ui/Notice.tsx';
import { Card, Page } from '../../ui/Page.tsx';
import { InviteDetails, InviteOutcomeMessage, type InviteOutcome } from '../couple/InviteDetails.tsx';
import { HardTimesCard } from '../talk/HardTimesCard.tsx';
import { TodayHomeCard } from '../today/TodayHomeCard.tsx';
import { NextStepCard } from './NextStepCard.tsx';
import { PartnerLeftNotice } from './PartnerLeftNotice.tsx';

type Flash = 'welcome' | 'passwordReset' | 'joined';

/** Home: where the person stands (alone, invitation open, paired) and what they could do next. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const location = useLocation();
  const flash = (location.state as { flash?: Flash } | null)?.flash;
  const partner = me.couple?.partner?.name;

  return (
    <Page title={t('home.title', { name: me.account.name })} lead={t('home.lead')}>
      <Live>
        {flash === 'welcome' && <Notice tone="warm">{t('confirm.welcome')}</Notice>}
        {flash === 'passwordReset' && <Notice tone="warm">{t('resetPassword.done')}</Notice>}
        {flash === 'joined' && partner && <Notice tone="warm">{t('home.joined', { partner })}</Notice>}
      </Live>
      <div className="stack">
        {me.notices.map((notice) => (
          <PartnerLeftNotice key={notice.id} notice={notice} />
        ))}
        {me.couple ? <Paired couple={me.couple} /> : <Unpaired me={me} />}
        <TodayHomeCard />
        <NextStepCard />
        <HardTimesCard />
        <Card title={t('home.privacyTitle')} id="home-privacy" className="card--quiet">
          <p>{t('home.privacyText')}</p>
          <p>
            <Link to="/account">{t('home.accountLink')}</Link>
          </p>
        </Card>
      </div>
    </Page>
  );
}

function Paired({ couple }: { couple: NonNullable<MeView['couple']> }) {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  const partner = couple.partner?.name;
  return (
    <>
      <Card id="home-couple" className="card--accent" title={partner ? t('home.paired.title', { partner }) : t('home.paired.titleNoName')}>
        <p>{t('home.paired.since', { date: date(couple.since) })}</p>
        <p className="muted">{t('home.paired.private')}</p>
      </Card>
      <SmallStep>{partner ? t('home.try.paired', { partner }) : t('home.try.pairedNoName')}</SmallStep>
    </>
  );
}

function Unpaired({ me }: { me: MeView }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<InviteOutcome>(null);

  if (me.invite) {
    return (
      <>
        <InviteOutcomeMessage outcome={outcome} />
        <Card id="home-invite" className="card--accent" title={t('home.pending.title')}>
          <p>{t('home.pending.text')}</p>
          <InviteDetails invite={me.invite} onOutcome={setOutcome} />
        </Card>
        <SmallStep>{t('home.try.alone')}</SmallStep>
      </>
    );
  }
  return (
    <>
      <InviteOutcomeMessage outcome={outcome} />
      <Card id="home-alone" className="card--accent" title={t('home.alone.title')}>
        <p>{t('home.alone.text')}</p>
      </Card>
      <SmallStep>{t('home.try.alone')}</SmallStep>
      <Card id="home-invite" title={t('home.alone.inviteTitle')}>
        <p>{t('home.alone.inviteText')}</p>
        <ButtonLink to="/invite" variant="secondary">
          {t('home.alone.inviteAction')}
        </ButtonLink>
      </Card>
    </>
  );
}

/** One gentle idea for today: an invitation, never a task to tick off. */
function SmallStep({ children }: { children: string }) {
  const { t } = useTranslation();
  return (
    <Card title={t('home.try.title')} id="home-try" className="card--step">
      <p>{children}</p>
    </Card>
  );
}
