import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TodayView } from '../../../../shared/contracts/today.ts';
import { ApiError } from '../../api/client.ts';
import { useLogCheckIn } from '../../api/today.ts';
import { Button } from '../../ui/Button.tsx';
import { FormError } from '../../ui/Form.tsx';
import { Live, Notice } from '../../ui/Notice.tsx';
import { Card } from '../../ui/Page.tsx';
import { ScaleField } from '../../ui/ScaleField.tsx';
import { TextAreaField } from '../../ui/TextAreaField.tsx';
import { Stepper } from './Stepper.tsx';

const LEVELS = [1, 2, 3, 4, 5] as const;
const BIDS = ['toward', 'away', 'against'] as const;

/** How connected I felt, the bids I noticed, a private note; shared only if I choose. */
export function CheckInCard({ today }: { today: TodayView }) {
  const { t } = useTranslation('today');
  const existing = today.checkIn;
  const paired = today.mode === 'couple';
  const log = useLogCheckIn();
  const shareId = useId();
  const [connection, setConnection] = useState<number | undefined>(existing?.connection);
  const [bids, setBids] = useState({ toward: existing?.toward ?? 0, away: existing?.away ?? 0, against: existing?.against ?? 0 });
  const [note, setNote] = useState(existing?.note ?? '');
  const [shared, setShared] = useState(existing?.shared ?? false);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<ReactNode>(null);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (log.isPending) return;
    setSaved(false);
    setError(null);
    if (!connection) {
      setMissing(true);
      document.querySelector<HTMLInputElement>('#connection input')?.focus();
      return;
    }
    setMissing(false);
    try {
      await log.mutateAsync({ connection, ...bids, note: note.trim(), shared: paired ? shared : false });
      setSaved(true);
    } catch (e) {
      setError(e instanceof ApiError ? [e.message, ...Object.values(e.fields)].filter((m, i, all) => all.indexOf(m) === i).join(' ') : String(e));
    }
  };

  return (
    <Card id="today-check-in" title={t('today.checkIn.title')} className="today-card">
      <p className="muted">{paired ? t('today.checkIn.intro') : t('today.checkIn.introSolo')}</p>
      <form className="form" onSubmit={submit} noValidate onChange={() => saved && setSaved(false)}>
        <FormError error={error} />
        <ScaleField
          name="connection"
          className="scale--connection"
          legend={t('today.checkIn.connection')}
          labels={LEVELS.map((value) => ({ value, text: t(`today.checkIn.levels.${value}`) }))}
          value={connection}
          onChange={(value) => {
            setConnection(value);
            setMissing(false);
          }}
          note={missing ? t('today.checkIn.chooseConnection') : undefined}
        />
        <fieldset className="bids">
          <legend className="scale-legend">{t('today.checkIn.bidsTitle')}</legend>
          <p className="bids-explain">{t('today.checkIn.bidsExplain')}</p>
          <p className="muted">{t('today.checkIn.bidsHint')}</p>
          <div className="bids-steppers">
            {BIDS.map((kind) => (
              <Stepper
                key={kind}
                label={t(`today.checkIn.${kind}`)}
                hint={t(`today.checkIn.${kind}Hint`)}
                value={bids[kind]}
                onChange={(value) => setBids((b) => ({ ...b, [kind]: value }))}
              />
            ))}
          </div>
        </fieldset>
        <TextAreaField
          name="note"
          label={t('today.checkIn.note')}
          hint={t('today.checkIn.noteHint')}
          rows={2}
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        {paired && (
          <div className="check">
            <input id={shareId} type="checkbox" checked={shared} onChange={(event) => setShared(event.currentTarget.checked)} aria-describedby={`${shareId}-hint`} />
            <label htmlFor={shareId}>
              <span className="check-label">{t('today.checkIn.share')}</span>
              <span className="check-hint" id={`${shareId}-hint`}>
                {t('today.checkIn.shareHint')}
              </span>
            </label>
          </div>
        )}
        <Button type="submit" busy={log.isPending} busyLabel={t('today.checkIn.submitting')}>
          {existing ? t('today.checkIn.update') : t('today.checkIn.submit')}
        </Button>
        <Live>
          {saved && (
            <Notice tone="warm">
              <p>{t('today.checkIn.saved')}</p>
            </Notice>
          )}
        </Live>
      </form>
    </Card>
  );
}
