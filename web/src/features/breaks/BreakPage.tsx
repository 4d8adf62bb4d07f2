import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActiveBreakView, BreakView } from '../../../../shared/contracts/breaks.ts';
import { BREAK_MAX_MINUTES, BREAK_MIN_MINUTES, returnTime, useActiveBreak, useEndBreak, useStartBreak } from '../../api/breaks.ts';
import { ApiError } from '../../api/client.ts';
import { useSignedIn } from '../../api/me.ts';
import { Actions, Button, ButtonLink } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { Field } from '../../ui/Field.tsx';
import { FormError } from '../../ui/Form.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { PageLoading } from '../../ui/Loading.tsx';
import { Live, Notice } from '../../ui/Notice.tsx';
import { Card, Page } from '../../ui/Page.tsx';
import { cx } from '../../ui/cx.ts';
import { useBreakFormat, useNow } from './time.ts';

/**
 * Breaks when flooded: choose a length and start; while on my break, a calm timer and
 * self-soothing guidance; while my partner is on one, the same neutral notice as everywhere;
 * at the end, the invitation back (to the Aftermath if we wish). For two people only.
 */
export function BreakPage() {
  const me = useSignedIn();
  return me.couple ? <PairedBreakPage /> : <SoloBreakPage />;
}

function SoloBreakPage() {
  const { t } = useTranslation('breaks');
  return (
    <Page title={t('page.title')} lead={t('page.leadSolo')} className="break-page">
      <div className="stack">
        <Card id="break-solo" title={t('solo.title')} className="card--accent">
          <p>{t('solo.body')}</p>
          <Actions>
            <ButtonLink to="/invite">{t('solo.invite')}</ButtonLink>
          </Actions>
        </Card>
        <FloodingCard solo />
      </div>
    </Page>
  );
}

function PairedBreakPage() {
  const query = useActiveBreak();
  if (query.isPending) return <PageLoading />;
  if (query.isError) return <LoadError message={query.error.message} onRetry={() => void query.refetch()} />;
  const view = query.data;
  if (view.active?.mine) return <MyBreak view={view} active={view.active} fetchedAt={query.dataUpdatedAt} />;
  if (view.active) return <PartnersBreak active={view.active} />;
  if (view.invitation) return <Invitation messageKey={view.invitation.messageKey} />;
  return <StartBreak />;
}

// ---------------------------------------------------------------------------------------------
// No break: why, and how long

function StartBreak() {
  const { t } = useTranslation('breaks');
  return (
    <Page title={t('page.title')} lead={t('page.lead')} className="break-page">
      <div className="stack">
        <Card id="break-start" title={t('form.title')} className="card--accent">
          <StartForm />
        </Card>
        <FloodingCard />
      </div>
    </Page>
  );
}

function FloodingCard({ solo = false }: { solo?: boolean }) {
  const { t } = useTranslation('breaks');
  const partner = useSignedIn().couple?.partner?.name;
  return (
    <Card id="break-flooding" title={t('flooding.title')}>
      <p>{t('flooding.body1')}</p>
      <p>{t('flooding.body2')}</p>
      <p>{t('flooding.body3')}</p>
      {!solo && <p className="muted">{partner ? t('flooding.privacy', { partner }) : t('flooding.privacyNoName')}</p>}
    </Card>
  );
}

const CHOICES = [20, 30, 60, 120, BREAK_MAX_MINUTES] as const;
type Choice = (typeof CHOICES)[number] | 'custom';

/** Whole minutes from 20 to 1440, or null. */
function parseMinutes(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= BREAK_MIN_MINUTES && n <= BREAK_MAX_MINUTES ? n : null;
}

function StartForm() {
  const { t } = useTranslation('breaks');
  const id = useId();
  const format = useBreakFormat();
  const start = useStartBreak();
  const [choice, setChoice] = useState<Choice>(20);
  const [custom, setCustom] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const customRef = useRef<HTMLDivElement>(null);
  const now = useNow(15_000);

  const minutes = choice === 'custom' ? parseMinutes(custom) : choice;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (start.isPending) return;
    setFormError(null);
    if (minutes === null) {
      setError(t('form.minutesError'));
      requestAnimationFrame(() => customRef.current?.querySelector<HTMLInputElement>('input')?.focus());
      return;
    }
    setError(undefined);
    start.mutate(minutes, {
      onError: (e) => setFormError(e instanceof ApiError ? (e.fields.minutes ?? e.message) : t('errors.server', { ns: 'common' })),
    });
  };

  return (
    <form className="form break-form" onSubmit={submit} noValidate>
      <FormError error={formError} />
      <fieldset className="choice-group">
        <legend className="field-label">{t('form.length')}</legend>
        <div className="choice-options break-choices">
          {CHOICES.map((option) => (
            <label key={option} className="choice-option">
              <input type="radio" name={`${id}-length`} value={option} checked={choice === option} onChange={() => setChoice(option)} />
              <span>{option === BREAK_MAX_MINUTES ? t('form.tomorrow', { duration: format.duration(option) }) : format.duration(option)}</span>
            </label>
          ))}
          <label className="choice-option">
            <input
              type="radio"
              name={`${id}-length`}
              value="custom"
              checked={choice === 'custom'}
              // Focus stays here (arrow keys keep moving through the choices); the field follows next.
              onChange={() => setChoice('custom')}
            />
            <span>{t('form.custom')}</span>
          </label>
        </div>
      </fieldset>
      {choice === 'custom' && (
        <div ref={customRef}>
          <Field
            name="minutes"
            label={t('form.minutes')}
            hint={t('form.minutesHint')}
            inputMode="numeric"
            pattern="[0-9]*"
            autoComplete="off"
            className="field--minutes"
            value={custom}
            error={error}
            onChange={(event) => {
              setCustom(event.currentTarget.value);
              if (error && parseMinutes(event.currentTarget.value) !== null) setError(undefined);
            }}
          />
        </div>
      )}
      {minutes !== null && <p className="break-preview">{t('form.preview', { time: format.time(now + minutes * 60_000, now) })}</p>}
      <Actions>
        <Button type="submit" busy={start.isPending} busyLabel={t('form.starting')}>
          {t('form.start')}
        </Button>
      </Actions>
    </form>
  );
}

// ---------------------------------------------------------------------------------------------
// My break: timer, guidance, coming back early

/** Minutes left at which screen readers hear how long is left (never every second). */
const MILESTONES = [60, 30, 10, 5, 1];

function MyBreak({ view, active, fetchedAt }: { view: ActiveBreakView; active: BreakView; fetchedAt: number }) {
  const { t } = useTranslation('breaks');
  const { t: tHard } = useTranslation('break-guidance');
  const partner = useSignedIn().couple?.partner?.name;
  const format = useBreakFormat();
  const end = useEndBreak();
  const [confirming, setConfirming] = useState(false);
  const [endError, setEndError] = useState<string | null>(null);
  const now = useNow(1000);

  const endsAt = returnTime(view, fetchedAt) ?? new Date(active.returnAt).getTime();
  const startedAt = active.startedAt ? new Date(active.startedAt).getTime() : endsAt - 20 * 60_000;
  const total = Math.max(1, new Date(active.returnAt).getTime() - startedAt);
  // Never more than the whole break (a refetch can land between two ticks of `now`).
  const left = Math.min(total / 1000, Math.max(0, (endsAt - now) / 1000));
  const minutesLeft = Math.ceil(left / 60);

  // A spoken update only when a milestone is passed, not every second.
  const [milestone, setMilestone] = useState('');
  const spokenAt = useRef(minutesLeft);
  useEffect(() => {
    if (minutesLeft < spokenAt.current && MILESTONES.includes(minutesLeft)) {
      spokenAt.current = minutesLeft;
      setMilestone(t('timer.milestone', { duration: format.duration(minutesLeft) }));
    }
  }, [minutesLeft, format, t]);

  return (
    <Page title={t('page.titleMine')} lead={t('page.leadMine')} className="break-page">
      <div className="stack">
        <section className="card card--accent break-timer-card" aria-labelledby="break-timer-label">
          <h2 id="break-timer-label" className="visually-hidden">
            {t('timer.label')}
          </h2>
          <div className="break-timer">
            <Ring fraction={left / (total / 1000)} />
            <div className="break-timer-face">
              <div role="timer" aria-atomic="true" className={cx('break-timer-digits', left >= 3600 && 'break-timer-digits--long')}>
                <span aria-hidden="true">{format.timer(left)}</span>
                <span className="visually-hidden">{t('timer.left', { duration: format.duration(minutesLeft) })}</span>
              </div>
              <p className="break-timer-back">{t('timer.backAt', { time: format.time(new Date(active.returnAt).getTime(), now) })}</p>
            </div>
          </div>
          <Live>{milestone && <span className="visually-hidden">{milestone}</span>}</Live>
        </section>

        <Card id="break-guidance" title={t('guidance.title')}>
          <ul className="break-guidance">
            {(active.guidanceKeys ?? []).map((key) => (
              <li key={key}>{tHard(key)}</li>
            ))}
          </ul>
        </Card>

        <div className="break-end">
          <Live kind="alert">{endError && <Notice tone="attention">{endError}</Notice>}</Live>
          <Actions>
            <Button variant="secondary" onClick={() => setConfirming(true)}>
              {t('end.button')}
            </Button>
          </Actions>
        </div>
      </div>

      <Dialog open={confirming} onClose={() => setConfirming(false)} title={t('end.dialogTitle')}>
        <p>{partner ? t('end.dialogText', { partner }) : t('end.dialogTextNoName')}</p>
        <Actions className="dialog-actions">
          <Button variant="secondary" data-autofocus onClick={() => setConfirming(false)}>
            {t('end.notYet')}
          </Button>
          <Button
            busy={end.isPending}
            busyLabel={t('end.ending')}
            onClick={() =>
              end.mutate(undefined, {
                onSuccess: () => setConfirming(false),
                onError: (e) => {
                  setConfirming(false);
                  setEndError(e instanceof ApiError && e.status === 404 ? t('errors.alreadyOver') : e.message);
                },
              })
            }
          >
            {t('end.confirm')}
          </Button>
        </Actions>
      </Dialog>
    </Page>
  );
}

/** A calm ring that empties as the time passes (decorative: the digits say it all). */
function Ring({ fraction }: { fraction: number }) {
  const r = 52;
  const c = 2 * Math.PI * r;
  const f = Math.min(1, Math.max(0, fraction));
  return (
    <svg className="break-ring" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
      <circle className="break-ring-track" cx="60" cy="60" r={r} />
      <circle className="break-ring-left" cx="60" cy="60" r={r} strokeDasharray={c} strokeDashoffset={c * (1 - f)} transform="rotate(-90 60 60)" />
    </svg>
  );
}

// ---------------------------------------------------------------------------------------------
// The partner's break: the same neutral notice, and a kind word

function PartnersBreak({ active }: { active: BreakView }) {
  const { t } = useTranslation('breaks');
  const { t: tHard } = useTranslation('break-guidance');
  const partner = useSignedIn().couple?.partner?.name;
  const format = useBreakFormat();
  const now = useNow(60_000);
  const time = format.time(new Date(active.returnAt).getTime(), now);

  return (
    <Page title={t('page.titlePartner')} className="break-page">
      <div className="stack">
        <Notice tone="calm" className="break-partner-notice">
          <p>{partner ? tHard('breaks.partnerNoticeNamed', { partner, time }) : tHard('breaks.partnerNotice', { time })}</p>
        </Notice>
        <Card id="break-meanwhile" title={t('partner.title')}>
          <p>{t('partner.body')}</p>
          <p>{t('partner.later')}</p>
          <p>
            <Link to="/">{t('partner.home')}</Link>
          </p>
        </Card>
      </div>
    </Page>
  );
}

// ---------------------------------------------------------------------------------------------
// The break is over: the invitation back

function Invitation({ messageKey }: { messageKey: string }) {
  const { t } = useTranslation('breaks');
  const { t: tHard } = useTranslation('break-guidance');
  return (
    <Page title={t('page.titleInvitation')} className="break-page">
      <div className="stack">
        <Card id="break-invitation" className="card--accent">
          <p>{tHard(messageKey, { defaultValue: tHard('breaks.invitation') })}</p>
          <p className="muted">{t('invitation.aftermathHint')}</p>
          <Actions>
            <ButtonLink to="/aftermath">{t('invitation.aftermath')}</ButtonLink>
            <ButtonLink to="/" variant="quiet">
              {t('invitation.notNow')}
            </ButtonLink>
          </Actions>
        </Card>
        <Card id="break-again" title={t('form.titleAgain')}>
          <p>{t('form.againText')}</p>
          <StartForm />
        </Card>
      </div>
    </Page>
  );
}
