import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AftermathView } from '../../../../shared/contracts/aftermath.ts';
import { useAftermath, usePauseAftermath, useResumeAftermath } from '../../api/aftermath.ts';
import { ApiError } from '../../api/client.ts';
import { useMySafety } from '../../api/checkup.ts';
import { useSignedIn } from '../../api/me.ts';
import { Actions, Button, ButtonLink } from '../../ui/Button.tsx';
import { FormError } from '../../ui/Form.tsx';
import { useFormatDate } from '../../ui/format.ts';
import { PageLoading } from '../../ui/Loading.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Live, Notice } from '../../ui/Notice.tsx';
import { Card, Page } from '../../ui/Page.tsx';
import { NotOffered } from './NotOffered.tsx';
import { StepPanel } from './StepPanel.tsx';
import { StepProgress } from './StepProgress.tsx';
import { firstOpenStep, type StepName } from './steps.ts';

/** One Aftermath: the five steps in order, each private until both have finished it. */
export function AftermathSession({ id }: { id: string }) {
  const { t } = useTranslation('aftermath');
  const aftermath = useAftermath(id);
  const safety = useMySafety();

  if (safety.data?.atRisk) return <NotOffered resources={safety.data.resources} />;
  if (aftermath.isPending) return <PageLoading />;
  if (aftermath.isError) {
    if (aftermath.error instanceof ApiError && aftermath.error.status === 404) {
      return (
        <Page title={t('missing.title')} width="narrow" className="aftermath">
          <p>{t('missing.text')}</p>
          <Actions>
            <ButtonLink to="/aftermath">{t('missing.back')}</ButtonLink>
          </Actions>
        </Page>
      );
    }
    return <LoadError message={aftermath.error.message} onRetry={() => void aftermath.refetch()} />;
  }
  return <Session view={aftermath.data} />;
}

function Session({ view }: { view: AftermathView }) {
  const { t } = useTranslation('aftermath');
  const { date } = useFormatDate();
  const partner = useSignedIn().couple?.partner?.name;
  // Chosen once, then only by the person: a step does not move away while they read it.
  const [current, setCurrent] = useState<StepName>(() => firstOpenStep(view));
  const [focusStep, setFocusStep] = useState(false);
  const allRevealed = view.steps.every((s) => s.revealed);

  const choose = (step: StepName) => {
    setCurrent(step);
    setFocusStep(true);
    setNews((all) => all.filter((s) => s !== step));
  };

  // A step shown to both while I look at another one: say so, with a way to open it.
  const [news, setNews] = useState<StepName[]>([]);
  const seen = useRef(new Set(view.steps.filter((s) => s.revealed).map((s) => s.step)));
  useEffect(() => {
    const fresh = view.steps.filter((s) => s.revealed && !seen.current.has(s.step)).map((s) => s.step);
    if (fresh.length === 0) return;
    for (const step of fresh) seen.current.add(step);
    const elsewhere = fresh.filter((step) => step !== current);
    if (elsewhere.length) setNews((all) => [...all, ...elsewhere]);
  }, [view, current]);

  return (
    <Page
      title={t('session.title')}
      lead={
        view.startedByMe
          ? t('session.leadMine', { date: date(view.startedAt) })
          : partner
            ? t('session.leadTheirs', { partner, date: date(view.startedAt) })
            : t('session.leadTheirsNoName', { date: date(view.startedAt) })
      }
      width="wide"
      className="aftermath aftermath-session"
    >
      <p className="aftermath-back">
        <Link to="/aftermath">{t('session.back')}</Link>
      </p>
      <div className="stack">
        <Live>{view.paused && <PausedBanner id={view.id} />}</Live>
        <Live>
          {news.map((step) => (
            <Notice key={step} tone="warm" className="aftermath-news">
              <p>{t('news.text', { step: t(`steps.${step}.name`) })}</p>
              <Button variant="secondary" onClick={() => choose(step)}>
                {t('news.open', { step: t(`steps.${step}.name`) })}
              </Button>
            </Notice>
          ))}
        </Live>
        {allRevealed && (
          <Card id="aftermath-complete" title={t('complete.title')} className="card--accent">
            <p>{t('complete.text')}</p>
            <p className="muted">{t('complete.after')}</p>
          </Card>
        )}
        <div className="aftermath-layout">
          <StepProgress view={view} current={current} onChoose={choose} />
          <div className="stack aftermath-main">
            <StepPanel key={current} view={view} step={current} focusOnMount={focusStep} onChoose={choose} />
            {!view.paused && !allRevealed && <PauseCard id={view.id} />}
          </div>
        </div>
      </div>
    </Page>
  );
}

function PausedBanner({ id }: { id: string }) {
  const { t } = useTranslation('aftermath');
  const resume = useResumeAftermath(id);
  return (
    <Notice tone="calm" title={t('paused.title')} className="aftermath-paused">
      <p>{t('paused.text')}</p>
      <FormError error={resume.error?.message} />
      <Button busy={resume.isPending} busyLabel={t('paused.resuming')} onClick={() => resume.mutate()}>
        {t('paused.resume')}
      </Button>
    </Notice>
  );
}

function PauseCard({ id }: { id: string }) {
  const { t } = useTranslation('aftermath');
  const pause = usePauseAftermath(id);
  return (
    <Card id="aftermath-pause" title={t('pause.title')} className="card--quiet">
      <p>{t('pause.text')}</p>
      <p className="muted">
        {t('pause.break')} <Link to="/break">{t('pause.breakLink')}</Link>
      </p>
      <FormError error={pause.error?.message} />
      <Actions>
        <Button variant="secondary" busy={pause.isPending} busyLabel={t('pause.pausing')} onClick={() => pause.mutate()}>
          {t('pause.button')}
        </Button>
      </Actions>
    </Card>
  );
}
