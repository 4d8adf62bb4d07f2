import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ResourceListView } from '../../../../shared/contracts/safety.ts';
import { useAftermaths, useStartAftermath } from '../../api/aftermath.ts';
import { useMySafety } from '../../api/checkup.ts';
import { useSignedIn } from '../../api/me.ts';
import { Actions, Button, ButtonLink } from '../../ui/Button.tsx';
import { FormError } from '../../ui/Form.tsx';
import { useFormatDate } from '../../ui/format.ts';
import { Loading, PageLoading } from '../../ui/Loading.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Card, Page } from '../../ui/Page.tsx';
import { FromBefore } from './FromBefore.tsx';
import { NotOffered } from './NotOffered.tsx';

/**
 * What the Aftermath is, the couple's Aftermaths, and a way to start one. A person whose own
 * safety screen showed a concern is offered help for themselves instead (and nothing else here).
 */
export function AftermathIntro() {
  const { t } = useTranslation('aftermath');
  const me = useSignedIn();
  const paired = Boolean(me.couple);
  const safety = useMySafety();
  const [notOffered, setNotOffered] = useState<ResourceListView | null>(null);

  if (safety.isPending) return <PageLoading />;
  // Without the safety state the server still decides when "Start" is pressed; no need to block here.
  if (notOffered) return <NotOffered resources={notOffered} />;
  if (safety.data?.atRisk) return <NotOffered resources={safety.data.resources} />;

  return (
    <Page title={t('intro.title')} lead={t('intro.lead')} className="aftermath">
      <div className="stack">
        <HowItWorks />
        {paired ? <Start onNotOffered={setNotOffered} /> : <NeedsPartner />}
        <FromBefore />
        <Card id="aftermath-care" className="card--quiet aftermath-care">
          <p>
            <Trans t={t} i18nKey="intro.care" components={{ help: <Link to="/help" /> }} />
          </p>
        </Card>
      </div>
    </Page>
  );
}

const POINTS = ['calm', 'steps', 'private', 'noBlame', 'pause'] as const;

function HowItWorks() {
  const { t } = useTranslation('aftermath');
  return (
    <Card id="aftermath-how" title={t('intro.how.title')} className="card--step">
      <ul className="aftermath-points">
        {POINTS.map((point) => (
          <li key={point}>
            <p className="aftermath-point-title">{t(`intro.how.${point}.title`)}</p>
            <p>{t(`intro.how.${point}.text`)}</p>
          </li>
        ))}
      </ul>
    </Card>
  );
}

function NeedsPartner() {
  const { t } = useTranslation('aftermath');
  return (
    <Card id="aftermath-start" title={t('alone.title')}>
      <p>{t('alone.text')}</p>
      <p className="muted">{t('alone.meanwhile')}</p>
      <Actions>
        <ButtonLink to="/invite">{t('alone.invite')}</ButtonLink>
        <ButtonLink to="/today" variant="secondary">
          {t('alone.today')}
        </ButtonLink>
      </Actions>
    </Card>
  );
}

function Start({ onNotOffered }: { onNotOffered: (resources: ResourceListView) => void }) {
  const { t } = useTranslation('aftermath');
  const { date, dateTime } = useFormatDate();
  const navigate = useNavigate();
  const partner = useSignedIn().couple?.partner?.name ?? null;
  const list = useAftermaths();
  const start = useStartAftermath();
  const open = list.data?.find((a) => !a.paused) ?? list.data?.[0];

  const begin = () =>
    start.mutate(undefined, {
      onSuccess: (result) => {
        if (result.status === 'notOffered') onNotOffered(result.resources);
        else void navigate(`/aftermath/${result.aftermath.id}`);
      },
    });

  return (
    <>
      <Card id="aftermath-start" title={open ? t('start.titleAgain') : t('start.title')} className="card--accent">
        {list.isPending ? (
          <Loading lines={1} />
        ) : open ? (
          <p>{partner ? t('start.openAlready', { partner, date: date(open.startedAt) }) : t('start.openAlreadyNoName', { date: date(open.startedAt) })}</p>
        ) : (
          <p>{partner ? t('start.text', { partner }) : t('start.textNoName')}</p>
        )}
        <FormError error={start.error?.message} />
        <Actions>
          {open && <ButtonLink to={`/aftermath/${open.id}`}>{t('start.continue')}</ButtonLink>}
          <Button variant={open ? 'secondary' : 'primary'} busy={start.isPending} busyLabel={t('start.starting')} onClick={begin}>
            {open ? t('start.newOne') : t('start.button')}
          </Button>
        </Actions>
      </Card>
      <Card id="aftermath-list" title={t('list.title')}>
        {list.isPending ? (
          <Loading lines={2} />
        ) : list.isError ? (
          <LoadError message={list.error.message} onRetry={() => void list.refetch()} />
        ) : list.data.length === 0 ? (
          <p className="muted">{t('list.empty')}</p>
        ) : (
          <ul className="aftermath-list">
            {list.data.map((item) => (
              <li key={item.id} className="aftermath-list-item">
                <Link to={`/aftermath/${item.id}`} className="aftermath-list-link">
                  {t('list.item', { date: dateTime(item.startedAt) })}
                </Link>
                {item.paused && <span className="tag tag--plain">{t('list.paused')}</span>}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
