import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { SafetyStateView } from '../../../../shared/contracts/safety.ts';
import { useSafetyScreen, useSubmitSafety } from '../../api/checkup.ts';
import { Actions, Button, ButtonLink } from '../../ui/Button.tsx';
import { FormError } from '../../ui/Form.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useFormatDate } from '../../ui/format.ts';
import { Card, Page } from '../../ui/Page.tsx';
import { ScaleField } from '../../ui/ScaleField.tsx';
import { ResourceList } from '../../ui/ResourceList.tsx';

type Step = 'ask' | 'screen' | 'done';

/**
 * The private safety screen: first "is it safe to answer right now?", then the questions (any may
 * be skipped), then the person's own result. Nothing here is ever shown to anyone else.
 */
export function SafetyPage() {
  const { t } = useTranslation('checkup');
  const screen = useSafetyScreen();
  const submit = useSubmitSafety();
  const navigate = useNavigate();
  const [step, setStep] = useState<Step>('ask');
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [state, setState] = useState<SafetyStateView | null>(null);
  const sending = useRef(false);

  if (screen.isError) return <LoadError message={screen.error.message} onRetry={() => void screen.refetch()} />;
  if (screen.isPending) {
    return (
      <Page title={t('safety.loadingTitle')} documentTitle={t('safety.documentTitle')}>
        <Loading />
      </Page>
    );
  }
  const { texts, items } = screen.data;

  if (step === 'ask') {
    return (
      <Page title={texts.safeNow.title} documentTitle={t('safety.documentTitle')} width="narrow" className="safety">
        <Card className="card--quiet">
          <p>{texts.safeNow.body}</p>
          <p className="muted">{texts.safeNow.quickExitNote}</p>
        </Card>
        <Actions>
          <Button onClick={() => setStep('screen')}>{texts.safeNow.continue}</Button>
          <Button variant="secondary" onClick={() => void navigate('/checkup')}>
            {texts.safeNow.later}
          </Button>
        </Actions>
      </Page>
    );
  }

  if (step === 'done' && state) return <SafetyResult state={state} />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (sending.current) return;
    sending.current = true;
    const list = Object.entries(answers).map(([itemId, value]) => ({ itemId, value }));
    submit.mutate(list, {
      onSuccess: (result) => {
        setState(result);
        setStep('done');
      },
      onSettled: () => {
        sending.current = false;
      },
    });
  };

  return (
    <Page title={texts.screen.title} documentTitle={t('safety.documentTitle')} lead={texts.screen.intro} width="narrow" className="safety">
      <Notice tone="calm">
        <p>{texts.screen.privacy}</p>
      </Notice>
      <form className="form scale-form" onSubmit={onSubmit} noValidate>
        <p>
          {texts.screen.instructions} <strong>{texts.screen.skip}</strong>
        </p>
        {items.map((item) => (
          <ScaleField
            key={item.id}
            name={`safety-${item.id}`}
            legend={item.text}
            labels={item.scale.labels}
            value={answers[item.id]}
            onChange={(value) => setAnswers((all) => ({ ...all, [item.id]: value }))}
          />
        ))}
        <FormError error={submit.error?.message} />
        <Button type="submit" busy={submit.isPending} busyLabel={t('safety.sending')} className="button--block">
          {t('safety.submit')}
        </Button>
      </form>
    </Page>
  );
}

/**
 * The person's own result. Answers that look safe after an earlier concern are thanked, and the
 * extra care stays on (its date and how to end it are on the safety page). Every step keeps one
 * document title, so the browser history never tells which result it was.
 */
function SafetyResult({ state }: { state: SafetyStateView }) {
  const { t } = useTranslation('checkup');
  const { date } = useFormatDate();
  if (state.atRisk) {
    const until = state.concern?.until;
    return (
      <Page title={t(until ? 'safety.result.thanksTitle' : 'safety.result.atRiskTitle')} documentTitle={t('safety.documentTitle')} width="narrow" className="safety">
        <Notice tone="warm">
          <p>{state.message}</p>
          {until && <p>{t('safety.care.until', { date: date(until) })}</p>}
        </Notice>
        <div className="stack stack--tight">
          <Card title={t('safety.result.emergencyTitle')} id="safety-emergency" className="card--accent">
            <p>{state.emergency}</p>
            {state.counselor && <p>{state.counselor}</p>}
          </Card>
          {state.resources && (
            <Card title={state.resources.title} id="safety-resources">
              <p>{state.resources.intro}</p>
              <ResourceList list={state.resources} />
            </Card>
          )}
          <Card title={t('safety.result.nextTitle')} id="safety-next" className="card--quiet">
            <p>{t('safety.result.atRiskNext')}</p>
            <Actions>
              <ButtonLink to="/checkup" variant="secondary">
                {t('safety.result.toCheckup')}
              </ButtonLink>
              <Link to="/account/safety">{t('safety.result.careLink')}</Link>
            </Actions>
          </Card>
        </div>
      </Page>
    );
  }
  return (
    <Page title={t('safety.result.thanksTitle')} documentTitle={t('safety.documentTitle')} width="narrow" className="safety">
      <Card className="card--step">
        <p>{state.message ?? t('safety.result.thanks')}</p>
        <p>
          <Link to="/help">{t('safety.result.helpLink')}</Link>
        </p>
      </Card>
      <Actions>
        <ButtonLink to="/checkup">{t('safety.result.toCheckup')}</ButtonLink>
      </Actions>
    </Page>
  );
}
