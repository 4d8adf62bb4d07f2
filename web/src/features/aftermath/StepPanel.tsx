import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AftermathView } from '../../../../shared/contracts/aftermath.ts';
import { useSaveAftermathStep } from '../../api/aftermath.ts';
import { Actions, Button } from '../../ui/Button.tsx';
import { Live, Notice } from '../../ui/Notice.tsx';
import { CrisisHelp } from '../../ui/CrisisHelp.tsx';
import { StepForm } from './StepForm.tsx';
import { STEPS, myState, type StepName } from './steps.ts';
import { usePartnerLabel } from './usePartnerLabel.ts';

interface StepPanelProps {
  view: AftermathView;
  step: StepName;
  /** Move focus to the step's heading when it opens (after choosing it, not on the first load). */
  focusOnMount: boolean;
  onChoose: (step: StepName) => void;
}

/** One step: writing it, finished and waiting to be shown, or shown to both side by side. */
export function StepPanel({ view, step, focusOnMount, onChoose }: StepPanelProps) {
  const { t } = useTranslation('aftermath');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const index = STEPS.indexOf(step);
  const data = view.steps.find((s) => s.step === step)!;
  const state = myState(data);
  const next = STEPS[index + 1];
  const save = useSaveAftermathStep(view.id);
  const [crisis, setCrisis] = useState<string | null>(null);
  const partner = usePartnerLabel();

  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);

  const goNext = next && (
    <Button variant={state === 'revealed' ? 'secondary' : 'primary'} onClick={() => onChoose(next)}>
      {t('step.next', { step: t(`steps.${next}.name`) })}
    </Button>
  );

  return (
    <section className={`card aftermath-step is-${state}`} aria-labelledby={headingId} id={`aftermath-step-${step}`}>
      <p className="aftermath-step-count">{t('step.count', { n: index + 1, total: STEPS.length })}</p>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t(`steps.${step}.name`)}
      </h2>

      {state === 'revealed' ? (
        <Revealed mine={data.mine?.text ?? ''} theirs={data.partner?.text ?? ''} step={step} />
      ) : state === 'finished' ? (
        <>
          <Live>
            <Notice tone="warm" title={t('finished.title')}>
              <p>{t('finished.text', { partner: partner.name })}</p>
            </Notice>
          </Live>
          <p className="aftermath-question aftermath-question--small">{t(`steps.${step}.prompt`)}</p>
          <div className="aftermath-mine">
            <p className="aftermath-who">{t('step.youWrote')}</p>
            <p className="aftermath-text">{data.mine?.text}</p>
          </div>
          {save.error && <Notice tone="attention">{save.error.message}</Notice>}
          <Actions>
            {!view.paused && goNext}
            {!view.paused && (
              <Button
                variant="quiet"
                busy={save.isPending}
                busyLabel={t('finished.reopening')}
                onClick={() => save.mutate({ step, text: data.mine?.text ?? '', done: false })}
              >
                {t('finished.change')}
              </Button>
            )}
          </Actions>
        </>
      ) : (
        <>
          {/* Kept while paused (read-only), so words typed but not yet saved are not lost. */}
          <StepForm aftermathId={view.id} step={step} initial={data.mine?.text ?? ''} paused={view.paused} onCrisis={setCrisis} />
          <Live kind="alert">
            {crisis && (
              <Notice tone="warm" className="aftermath-crisis-note">
                <p>{crisis}</p>
                <p>{t('crisis.text')}</p>
              </Notice>
            )}
          </Live>
          {crisis && <CrisisHelp />}
        </>
      )}

      {state === 'revealed' && goNext && <Actions>{goNext}</Actions>}
    </section>
  );
}

function Revealed({ mine, theirs, step }: { mine: string; theirs: string; step: StepName }) {
  const { t } = useTranslation('aftermath');
  const partner = usePartnerLabel();
  const people = [
    { key: 'you', who: t('step.youWrote'), text: mine },
    { key: 'partner', who: partner.wrote, text: theirs },
  ];
  return (
    <Live>
      <div className="aftermath-reveal">
        <p className="aftermath-question aftermath-question--small">{t(`steps.${step}.prompt`)}</p>
        <div className="reveal-grid">
          {people.map((p) => (
            <section key={p.key} className={`reveal-person reveal-person--${p.key}`} aria-label={p.who}>
              <p className="reveal-who" aria-hidden="true">
                {p.who}
              </p>
              <p className="aftermath-text">{p.text}</p>
            </section>
          ))}
        </div>
        <p className="reveal-talk">{t(`steps.${step}.afterReveal`)}</p>
      </div>
    </Live>
  );
}
