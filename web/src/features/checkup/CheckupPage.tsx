import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CheckupView } from '../../../../shared/contracts/checkup.ts';
import { ApiError } from '../../api/client.ts';
import { useCheckup, useMySafety, useSubmitCheckup } from '../../api/checkup.ts';
import { useSignedIn } from '../../api/me.ts';
import { Actions, Button, ButtonLink } from '../../ui/Button.tsx';
import { FormError } from '../../ui/Form.tsx';
import { useFormatDate } from '../../ui/format.ts';
import { PageLoading } from '../../ui/Loading.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Live, Notice } from '../../ui/Notice.tsx';
import { Card, Page } from '../../ui/Page.tsx';
import { ScaleField } from '../../ui/ScaleField.tsx';
import { useAutosave } from './useAutosave.ts';

type Instrument = CheckupView['instrument'];

/** The Connection Check-up: an honest introduction, then one dimension per part, autosaved. */
export function CheckupPage() {
  const checkup = useCheckup();
  if (checkup.isError) return <LoadError message={checkup.error.message} onRetry={() => void checkup.refetch()} />;
  if (checkup.isPending) return <PageLoading />;
  return <Checkup view={checkup.data} />;
}

function Checkup({ view }: { view: CheckupView }) {
  const { instrument, progress } = view;
  // Answers as the person sees them; seeded once from the saved draft (this or another device).
  const [answers, setAnswers] = useState<Record<string, number>>(() => Object.fromEntries(progress.answers.map((a) => [a.itemId, a.value])));
  const [part, setPart] = useState<number | null>(null);
  const parts = useMemo(() => groupByDimension(instrument), [instrument]);

  if (part === null) {
    const firstOpen = parts.findIndex((p) => p.items.some((item) => answers[item.id] === undefined));
    return <Intro view={view} answered={Object.keys(answers).length} onStart={() => setPart(firstOpen === -1 ? parts.length - 1 : firstOpen)} />;
  }
  return <Parts instrument={instrument} parts={parts} part={part} setPart={setPart} answers={answers} setAnswers={setAnswers} />;
}

interface Part {
  key: string;
  name: string;
  description: string;
  items: Instrument['items'];
}

function groupByDimension(instrument: Instrument): Part[] {
  return instrument.dimensions
    .map((d) => ({ key: d.key, name: d.name, description: d.description, items: instrument.items.filter((i) => i.dimension === d.key) }))
    .filter((p) => p.items.length > 0);
}

function Intro({ view, answered, onStart }: { view: CheckupView; answered: number; onStart: () => void }) {
  const { t } = useTranslation('checkup');
  const { date } = useFormatDate();
  const me = useSignedIn();
  const safety = useMySafety();
  const { instrument, progress, latestResult } = view;
  const total = instrument.items.length;
  const started = answered > 0;

  return (
    <Page title={instrument.title} lead={instrument.intro}>
      <div className="stack">
        <Card title={t('checkup.intro.whatTitle')} id="checkup-what" className="card--quiet">
          <p>{t('checkup.intro.what')}</p>
          <p>{instrument.disclaimer}</p>
          <ul className="soft-list">
            <li>{t('checkup.intro.minutes', { count: instrument.estimatedMinutes })}</li>
            <li>{t('checkup.intro.private')}</li>
            <li>{t('checkup.intro.pause')}</li>
          </ul>
        </Card>

        {safety.data && !safety.data.answered && !latestResult && (
          <Card title={t('checkup.intro.safetyTitle')} id="checkup-safety">
            <p>{t('checkup.intro.safetyText')}</p>
            <Actions>
              <ButtonLink to="/checkup/safety" variant="secondary">
                {t('checkup.intro.safetyAction')}
              </ButtonLink>
            </Actions>
          </Card>
        )}

        <Card
          title={started ? t('checkup.intro.continueTitle') : latestResult ? t('checkup.intro.retakeTitle') : t('checkup.intro.startTitle')}
          id="checkup-start"
          className="card--accent"
        >
          {started ? (
            <p>{t('checkup.intro.progress', { answered, total })}</p>
          ) : latestResult ? (
            <p>{t('checkup.intro.retakeText', { date: date(latestResult.submittedAt) })}</p>
          ) : (
            <p>{instrument.instructions}</p>
          )}
          {progress.updatedAt && started && <p className="muted">{t('checkup.intro.savedAt', { date: date(progress.updatedAt) })}</p>}
          <Actions>
            <Button onClick={onStart}>
              {started ? t('checkup.intro.continue') : latestResult ? t('checkup.intro.retake') : t('checkup.intro.start')}
            </Button>
          </Actions>
        </Card>

        {latestResult && (
          <Card title={t('checkup.intro.resultsTitle')} id="checkup-results">
            <ul className="link-list">
              <li>
                <Link to={`/checkup/results/${latestResult.id}`}>{t('checkup.intro.latestResult')}</Link>
              </li>
              {me.couple && (
                <li>
                  <Link to="/checkup/couple">{t('checkup.intro.coupleReport')}</Link>
                </li>
              )}
            </ul>
          </Card>
        )}
      </div>
    </Page>
  );
}

interface PartsProps {
  instrument: Instrument;
  parts: Part[];
  part: number;
  setPart: (part: number) => void;
  answers: Record<string, number>;
  setAnswers: (update: (all: Record<string, number>) => Record<string, number>) => void;
}

function Parts({ instrument, parts, part, setPart, answers, setAnswers }: PartsProps) {
  const { t } = useTranslation('checkup');
  const navigate = useNavigate();
  const autosave = useAutosave();
  const submit = useSubmitCheckup();
  const submitting = useRef(false);
  const partHeading = useRef<HTMLHeadingElement>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const [focusItem, setFocusItem] = useState<string | null>(null);
  const current = parts[part]!;
  const total = instrument.items.length;
  const answered = instrument.items.filter((i) => answers[i.id] !== undefined).length;
  const last = part === parts.length - 1;
  const labels = instrument.items[0]?.scale.labels ?? [];

  // A new part: start reading at its heading. A jump to an unanswered statement: focus it.
  const shownPart = useRef<number | null>(null);
  useEffect(() => {
    if (focusItem) {
      const fieldset = document.getElementById(`item-${focusItem}`);
      fieldset?.scrollIntoView({ block: 'center' });
      fieldset?.querySelector<HTMLInputElement>('input')?.focus();
      shownPart.current = part;
      setFocusItem(null);
      return;
    }
    if (shownPart.current === part) return;
    shownPart.current = part;
    partHeading.current?.focus();
    window.scrollTo({ top: 0 });
  }, [part, focusItem]);

  const choose = (itemId: string, value: number) => {
    setAnswers((all) => ({ ...all, [itemId]: value }));
    setMissing((list) => list.filter((id) => id !== itemId));
    autosave.queue(itemId, value);
  };

  const jumpTo = (itemId: string) => {
    const index = parts.findIndex((p) => p.items.some((i) => i.id === itemId));
    if (index >= 0) setPart(index);
    setFocusItem(itemId);
  };

  const showMissing = (ids: string[]) => {
    const ordered = instrument.items.map((i) => i.id).filter((id) => ids.includes(id));
    setMissing(ordered);
    if (ordered[0]) jumpTo(ordered[0]);
  };

  const onSubmit = async () => {
    if (submitting.current) return;
    submitting.current = true;
    try {
      const open = instrument.items.filter((i) => answers[i.id] === undefined).map((i) => i.id);
      if (open.length > 0) return showMissing(open);
      if (!(await autosave.flush())) return;
      const result = await submit.mutateAsync().catch((error: unknown) => {
        if (error instanceof ApiError && error.code === 'checkup_incomplete') showMissing(Object.keys(error.fields));
        return null;
      });
      if (result) void navigate(`/checkup/results/${result.id}`, { state: { flash: 'submitted' } });
    } finally {
      submitting.current = false;
    }
  };

  const missingParts = parts.filter((p) => p.items.some((i) => missing.includes(i.id)));

  return (
    <Page title={instrument.title} className="checkup">
      <div className="checkup-progress">
        <p className="checkup-progress-text">
          <span>{t('checkup.form.part', { part: part + 1, parts: parts.length })}</span>
          <span>{t('checkup.form.answered', { answered, total })}</span>
        </p>
        <div className="progress-bar" aria-hidden="true">
          <span style={{ width: `${(answered / Math.max(1, total)) * 100}%` }} />
        </div>
      </div>

      <Live className="save-status">
        {autosave.status === 'saved' && <span className="save-status-text">{t('checkup.form.saved')}</span>}
        {autosave.status === 'failed' && (
          <Notice tone="attention">
            <p>{t('checkup.form.saveFailed')}</p>
            <Button variant="secondary" onClick={() => void autosave.flush()}>
              {t('checkup.form.saveRetry')}
            </Button>
          </Notice>
        )}
      </Live>

      <section className="checkup-part" aria-labelledby="checkup-part-title">
        <h2 id="checkup-part-title" ref={partHeading} tabIndex={-1}>
          {current.name}
        </h2>
        <p className="muted">{current.description}</p>
        <p className="checkup-instructions">{instrument.instructions}</p>
        <div className="scale-stack">
          {current.items.map((item) => (
            <ScaleField
              key={item.id}
              name={`item-${item.id}`}
              legend={item.text}
              labels={item.scale.labels.length ? item.scale.labels : labels}
              value={answers[item.id]}
              onChange={(value) => choose(item.id, value)}
              note={missing.includes(item.id) ? t('checkup.form.notAnswered') : undefined}
            />
          ))}
        </div>
      </section>

      <FormError error={submit.error && !(submit.error instanceof ApiError && submit.error.code === 'checkup_incomplete') ? submit.error.message : null} />
      <Live kind="alert">
        {missing.length > 0 && (
          <Notice tone="attention" title={t('checkup.form.missingTitle', { count: missing.length })}>
            <p>{t('checkup.form.missingText')}</p>
            <ul className="link-list">
              {missingParts.map((p) => (
                <li key={p.key}>
                  <button type="button" className="link-button" onClick={() => jumpTo(p.items.find((i) => missing.includes(i.id))!.id)}>
                    {t('checkup.form.missingIn', { name: p.name, count: p.items.filter((i) => missing.includes(i.id)).length })}
                  </button>
                </li>
              ))}
            </ul>
          </Notice>
        )}
      </Live>

      <Actions className="checkup-nav">
        {last ? (
          <Button onClick={() => void onSubmit()} busy={submit.isPending} busyLabel={t('checkup.form.submitting')}>
            {t('checkup.form.submit')}
          </Button>
        ) : (
          <Button onClick={() => setPart(part + 1)}>{t('checkup.form.next')}</Button>
        )}
        {part > 0 && (
          <Button variant="secondary" onClick={() => setPart(part - 1)}>
            {t('checkup.form.back')}
          </Button>
        )}
      </Actions>
      {last && answered < total && missing.length === 0 && <p className="muted checkup-left">{t('checkup.form.stillOpen', { count: total - answered })}</p>}
      <p className="muted checkup-pause">{t('checkup.form.pauseNote')}</p>
    </Page>
  );
}
