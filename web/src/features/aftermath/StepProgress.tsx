import { useTranslation } from 'react-i18next';
import type { AftermathView } from '../../../../shared/contracts/aftermath.ts';
import { cx } from '../../ui/cx.ts';
import { myState, type StepName } from './steps.ts';

/**
 * The five steps at a glance, each a button to open it. It shows only what is mine to know:
 * whether a step is shown to both, and how far I am with it — never how far the partner is.
 */
export function StepProgress({ view, current, onChoose }: { view: AftermathView; current: StepName; onChoose: (step: StepName) => void }) {
  const { t } = useTranslation('aftermath');
  const revealed = view.steps.filter((s) => s.revealed).length;
  return (
    <nav className="aftermath-progress" aria-labelledby="aftermath-progress-title">
      <h2 id="aftermath-progress-title" className="aftermath-progress-title">
        {t('progress.title')}
      </h2>
      <p className="aftermath-progress-summary">{t('progress.summary', { count: revealed, total: view.steps.length })}</p>
      <ol className="aftermath-progress-list">
        {view.steps.map((step, index) => {
          const state = myState(step);
          const isCurrent = step.step === current;
          return (
            <li key={step.step} className={cx('aftermath-progress-item', `is-${state}`, isCurrent && 'is-current')}>
              <button
                type="button"
                className="aftermath-progress-button"
                aria-current={isCurrent ? 'step' : undefined}
                onClick={() => onChoose(step.step)}
              >
                <span className="aftermath-progress-mark" aria-hidden="true">
                  {state === 'revealed' ? '✓' : index + 1}
                </span>
                <span className="aftermath-progress-text">
                  <span className="aftermath-progress-name">{t(`steps.${step.step}.name`)}</span>
                  <span className="aftermath-progress-state">{t(`progress.state.${state}`)}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <p className="aftermath-progress-note muted">{t('progress.note')}</p>
    </nav>
  );
}
