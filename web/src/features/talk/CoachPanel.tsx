import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { segmentsOf } from '../../../../shared/coach/segments.ts';
import { HORSEMEN, STARTUP_PARTS, type CoachResult, type Horseman } from '../../../../shared/coach/types.ts';
import { CrisisHelp } from '../../ui/CrisisHelp.tsx';
import { coachText } from './coachText.ts';

/**
 * What the Coach noticed in the draft: the person's own words with the patterns marked (a label
 * after each marked part, so colour is never the only sign), what each pattern does and what
 * might help, and which parts of a gentle start are there. Crisis words get people to reach instead.
 */
export function CoachPanel({ text, result, reading }: { text: string; result: CoachResult | null; reading: boolean }) {
  const { t } = useTranslation('talk');
  if (!result) {
    return (
      <section className="coach" aria-labelledby="coach-title">
        <h3 id="coach-title" className="coach-title">
          {t('coach.title')}
        </h3>
        <p className="muted">{reading ? t('coach.reading') : t('coach.idle')}</p>
      </section>
    );
  }
  if (result.mode === 'crisis') {
    return (
      <CrisisHelp>
        <p>{coachText(t, result.crisis.messageKey)}</p>
        <p>{t('crisis.notSending')}</p>
      </CrisisHelp>
    );
  }

  const found = HORSEMEN.filter((pattern) => result.horsemen[pattern].present);
  return (
    <section className="coach" aria-labelledby="coach-title">
      <h3 id="coach-title" className="coach-title">
        {t('coach.title')}
      </h3>
      <p className="coach-summary" aria-live="polite">
        {found.length === 0 ? t('coach.clear') : t('coach.patternsFound', { count: found.length })}
      </p>
      {found.length > 0 && (
        <>
          <Marked text={text} result={result} />
          <ul className="coach-findings">
            {found.map((pattern) => (
              <Finding key={pattern} pattern={pattern} text={text} result={result} />
            ))}
          </ul>
        </>
      )}
      <StartupChecklist result={result} />
      {result.truncated && <p className="muted">{t('coach.truncated')}</p>}
      <p className="muted coach-private">{t('coach.private')}</p>
    </section>
  );
}

function Marked({ text, result }: { text: string; result: CoachResult }) {
  const { t } = useTranslation('talk');
  return (
    <figure className="coach-preview">
      <figcaption className="coach-preview-caption">{t('coach.preview')}</figcaption>
      <p className="coach-preview-text">
        {segmentsOf(text, result).map((segment, i) => (
          <Fragment key={i}>
            {segment.patterns.length === 0 ? (
              segment.text
            ) : (
              <mark className={`coach-mark coach-mark--${segment.patterns[0]}`}>{segment.text}</mark>
            )}
            {segment.endsHere.map((pattern) => (
              <span key={pattern} className={`coach-label coach-label--${pattern}`}>
                {t(`patterns.${pattern}`)}
              </span>
            ))}
          </Fragment>
        ))}
      </p>
    </figure>
  );
}

function Finding({ pattern, text, result }: { pattern: Horseman; text: string; result: CoachResult }) {
  const { t } = useTranslation('talk');
  const finding = result.horsemen[pattern];
  const words = finding.spans.map((s) => text.slice(s.start, s.end).trim()).filter(Boolean);
  return (
    <li className={`coach-finding coach-finding--${pattern}`}>
      <h4 className="coach-finding-title">
        <span className={`coach-label coach-label--${pattern}`}>{t(`patterns.${pattern}`)}</span>{' '}
        <span className="muted coach-finding-about">{t(`patternAbout.${pattern}`)}</span>
      </h4>
      {words.length > 0 && (
        <p className="coach-quote">
          <span className="visually-hidden">{t('coach.quote')}: </span>
          {words.map((w, i) => (
            <Fragment key={i}>
              {i > 0 && ' · '}
              <q>{w}</q>
            </Fragment>
          ))}
        </p>
      )}
      <p>{coachText(t, finding.explanationKey)}</p>
      <p className="coach-antidote">
        <strong>{t('coach.instead')}:</strong> {coachText(t, finding.antidoteKey)}
      </p>
      {pattern === 'stonewalling' && (
        <p>
          <Link to="/break">{t('coach.takeBreak')}</Link>
        </p>
      )}
    </li>
  );
}

function StartupChecklist({ result }: { result: CoachResult }) {
  const { t } = useTranslation('talk');
  return (
    <div className="startup">
      <h4 className="startup-title">{t('startup.title')}</h4>
      <p className="muted">{t('startup.intro')}</p>
      <ul className="startup-parts">
        {STARTUP_PARTS.map((part) => {
          const present = result.startup[part].present;
          return (
            <li key={part} className={present ? 'startup-part is-there' : 'startup-part'}>
              <span className="startup-icon" aria-hidden="true">
                {present ? '✓' : '○'}
              </span>
              <span>
                <span className="startup-name">{t(`startup.${part}`)}</span>
                <span className="startup-state">{present ? t('startup.there') : t('startup.missing')}</span>
                {!present && <span className="startup-hint">{coachText(t, result.startup[part].hintKey)}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
