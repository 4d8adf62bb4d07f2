import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CycleMapView } from '../../../../shared/contracts/cycle-map.ts';
import { useCycleMap, useIncludeCycleSide } from '../../api/cycleMap.ts';
import { useSignedIn } from '../../api/me.ts';
import { Actions, Button } from '../../ui/Button.tsx';
import { FormError } from '../../ui/Form.tsx';
import { useFormatDate } from '../../ui/format.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Live, Notice } from '../../ui/Notice.tsx';
import { Card, Page } from '../../ui/Page.tsx';
import { CycleDrawing } from './CycleDrawing.tsx';
import { CycleForm } from './CycleForm.tsx';
import { CycleVersions } from './CycleVersions.tsx';
import { SideSummary } from './SideSummary.tsx';

/**
 * The pursue–withdraw cycle: each partner maps their own side; once both have, Hearth draws the
 * loop between them, with the cycle itself in the middle as the thing to face together.
 */
export function CycleMapPage() {
  const { t } = useTranslation('cycle');
  const map = useCycleMap();

  return (
    <Page title={t('title')} lead={t('lead')} width={map.data?.complete ? 'wide' : 'normal'} className="cycle-page">
      {map.isPending ? (
        <Loading />
      ) : map.isError ? (
        <LoadError message={map.error.message} onRetry={() => void map.refetch()} />
      ) : (
        <CycleMapContent view={map.data} />
      )}
    </Page>
  );
}

function CycleMapContent({ view }: { view: CycleMapView }) {
  const { t } = useTranslation('cycle');
  const { date } = useFormatDate();
  const me = useSignedIn();
  const paired = Boolean(me.couple);
  const partnerName = me.couple?.partner?.name ?? undefined;
  const names = { partner: partnerName ?? t('partnerFallback'), partnerLabel: partnerName ?? t('partnerFallbackTitle') };
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const formCard = useRef<HTMLDivElement>(null);
  const { mine, partner, complete } = view;
  const mappedAlone = paired && view.mineMappedAlone;

  const reviseButton = useRef<HTMLDivElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    // Opening the form brings focus to its heading; cancelling brings it back to "Change my side".
    if (editing) formCard.current?.querySelector<HTMLElement>('h2')?.focus();
    else if (wasEditing.current && !savedRef.current?.textContent) reviseButton.current?.querySelector<HTMLElement>('button')?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const onSaved = (next: CycleMapView) => {
    const first = !mine;
    setEditing(false);
    setSaved([first ? t('saved.first') : t('saved.revised'), next.complete ? t('saved.drawn') : ''].filter(Boolean).join(' '));
    requestAnimationFrame(() => savedRef.current?.focus());
  };

  const intro = (
    <>
      <p>{t('intro.p1')}</p>
      <p>{t('intro.p2')}</p>
      <p>{t('intro.p3')}</p>
      <p className="muted">{t('intro.private')}</p>
    </>
  );

  const form = (
    <div ref={formCard}>
      <section className="card cycle-form-card" aria-labelledby="cycle-form-title">
        <h2 id="cycle-form-title" tabIndex={-1}>
          {mine ? t('form.titleRevise') : t('form.titleNew')}
        </h2>
        <p className="muted">{mine ? t(mappedAlone ? 'form.leadReviseAlone' : 'form.leadRevise') : t('form.leadNew')}</p>
        <CycleForm key={mine?.version ?? 0} current={mine} onSaved={onSaved} onCancel={mine ? () => setEditing(false) : undefined} />
      </section>
    </div>
  );

  const include = useIncludeCycleSide();
  const includeIt = () =>
    include.mutate(undefined, {
      onSuccess: (next) => {
        setSaved([t('mine.included'), next.complete ? t('saved.drawn') : ''].filter(Boolean).join(' '));
        requestAnimationFrame(() => savedRef.current?.focus());
      },
    });

  const waiting = mappedAlone ? (
    <Notice tone="calm">
      <p>{t('mine.mappedAlone')}</p>
      <p>{partnerName ? t('mine.includeHint', { partner: partnerName }) : t('mine.includeHintNoName')}</p>
      <FormError error={include.error?.message} />
      <Actions>
        <Button busy={include.isPending} busyLabel={t('mine.including')} onClick={includeIt}>
          {t('mine.include')}
        </Button>
      </Actions>
    </Notice>
  ) : paired ? (
    <Notice tone="calm">
      <p>{partnerName ? t('mine.waitingNamed', { partner: partnerName }) : t('mine.waiting')}</p>
    </Notice>
  ) : (
    <Notice tone="calm">
      <p>{t('mine.solo')}</p>
      <p>
        <Link to="/invite">{t('mine.invite')}</Link>
      </p>
    </Notice>
  );

  const revise = (
    <Actions>
      <span ref={reviseButton} className="cycle-revise">
      <Button variant="secondary" onClick={() => { setSaved(null); setEditing(true); }}>
        {t('mine.revise')}
      </Button>
      </span>
    </Actions>
  );

  return (
    <div className="stack">
      <div ref={savedRef} tabIndex={-1} className="cycle-saved">
        <Live>{saved && <Notice tone="warm">{saved}</Notice>}</Live>
      </div>

      {mine ? (
        <details className="card card--quiet cycle-intro">
          <summary>{t('intro.toggle')}</summary>
          {intro}
        </details>
      ) : (
        <Card id="cycle-intro" title={t('intro.title')} className="card--quiet cycle-intro">
          {intro}
        </Card>
      )}

      {!mine && !paired && waiting}
      {!mine && form}

      {mine && complete && partner && (
        <Card id="cycle-drawing" title={t('drawing.title')} className="cycle-drawing-card">
          <p className="muted">{t('drawing.lead')}</p>
          <CycleDrawing mine={mine} partner={partner} names={names} />
          {!editing && revise}
        </Card>
      )}

      {mine && !complete && !editing && (
        <Card id="cycle-mine" title={t('mine.title')}>
          <p className="muted">{t('mine.savedOn', { date: date(mine.savedAt) })}</p>
          {waiting}
          <SideSummary side={mine} />
          {revise}
        </Card>
      )}

      {mine && editing && form}

      {mine && <CycleVersions partner={names.partner} partnerLabel={names.partnerLabel} paired={paired} />}
    </div>
  );
}
