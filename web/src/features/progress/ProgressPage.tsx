import { useTranslation } from 'react-i18next';
import type { ProgressView } from '../../../../shared/contracts/progress.ts';
import { useCheckup } from '../../api/checkup.ts';
import { useProgress } from '../../api/progress.ts';
import { ButtonLink } from '../../ui/Button.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { PageLoading } from '../../ui/Loading.tsx';
import { Card, Page } from '../../ui/Page.tsx';
import { Chart } from '../../ui/Chart.tsx';

/** Progress over the last weeks, as calm charts, each with its numbers in words and a table. */
export function ProgressPage() {
  const { t } = useTranslation('progress');
  const progress = useProgress();
  if (progress.isPending) return <PageLoading />;
  if (progress.isError) return <LoadError message={progress.error.message} onRetry={() => void progress.refetch()} />;
  const data = progress.data;
  return (
    <Page title={t('progress.title')} lead={t('progress.lead')} width="wide" className="progress">
      <div className="progress-grid">
        <ConnectionCard data={data} />
        {data.paired && <CoupleConnectionCard data={data} />}
        <BidsCard data={data} />
        <AppreciationsCard data={data} />
        <LoveMapsCard data={data} />
        <CheckupCard data={data} />
      </div>
    </Page>
  );
}

function useFormats() {
  const { i18n } = useTranslation();
  const short = new Intl.DateTimeFormat(i18n.language, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', month: 'long', day: 'numeric', timeZone: 'UTC' });
  const longWeek = new Intl.DateTimeFormat(i18n.language, { month: 'long', day: 'numeric', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const at = (date: string) => new Date(`${date.slice(0, 10)}T12:00:00Z`);
  return {
    day: (date: string) => ({ short: short.format(at(date)), long: long.format(at(date)) }),
    week: (date: string) => ({ short: short.format(at(date)), long: longWeek.format(at(date)) }),
    number: (n: number) => number.format(n),
    percent: (n: number) => percent.format(n),
  };
}

function Empty({ children }: { children: string }) {
  return <p className="chart-empty">{children}</p>;
}

function ConnectionCard({ data }: { data: ProgressView }) {
  const { t } = useTranslation('progress');
  const f = useFormats();
  const first = data.connection.mine.findIndex((d) => d.value !== null);
  const days = first < 0 ? [] : data.connection.mine.slice(first);
  const count = days.filter((d) => d.value !== null).length;
  const latest = [...days].reverse().find((d) => d.average7 !== null)?.average7;
  return (
    <Card id="progress-connection" className="progress-card">
      {days.length === 0 ? (
        <>
          <h2>{t('progress.connection.title')}</h2>
          <Empty>{t('progress.connection.empty')}</Empty>
        </>
      ) : (
        <Chart
          showNumbers={t('progress.showNumbers')}
          title={t('progress.connection.title')}
          caption={t('progress.connection.caption')}
          summary={latest != null ? t('progress.connection.summary', { count, average: f.number(latest) }) : undefined}
          xHeading={t('progress.date')}
          x={days.map((d) => f.day(d.date))}
          series={[
            { label: t('progress.connection.value'), values: days.map((d) => d.value), kind: 'points', tone: 0 },
            { label: t('progress.connection.average'), values: days.map((d) => d.average7), kind: 'line', tone: 0 },
          ]}
          y={{ min: 0.5, max: 5.5, ticks: [1, 2, 3, 4, 5] }}
          cell={(v) => (v === null ? '–' : f.number(v))}
        />
      )}
    </Card>
  );
}

function CoupleConnectionCard({ data }: { data: ProgressView }) {
  const { t } = useTranslation('progress');
  const f = useFormats();
  const all = data.connection.couple ?? [];
  const first = all.findIndex((d) => d.mine !== null || d.partner !== null);
  const days = first < 0 ? [] : all.slice(first);
  return (
    <Card id="progress-couple" className="progress-card">
      {days.length === 0 ? (
        <>
          <h2>{t('progress.coupleConnection.title')}</h2>
          <Empty>{t('progress.coupleConnection.empty')}</Empty>
        </>
      ) : (
        <Chart
          showNumbers={t('progress.showNumbers')}
          title={t('progress.coupleConnection.title')}
          caption={t('progress.coupleConnection.caption')}
          xHeading={t('progress.date')}
          x={days.map((d) => f.day(d.date))}
          series={[
            { label: t('progress.coupleConnection.you'), values: days.map((d) => d.mine), kind: 'points', tone: 0 },
            { label: t('progress.coupleConnection.partner'), values: days.map((d) => d.partner), kind: 'points', tone: 1 },
            { label: t('progress.connection.average'), values: days.map((d) => d.average7), kind: 'line', tone: 0 },
          ]}
          y={{ min: 0.5, max: 5.5, ticks: [1, 2, 3, 4, 5] }}
          cell={(v) => (v === null ? '–' : f.number(v))}
        />
      )}
    </Card>
  );
}

function BidsCard({ data }: { data: ProgressView }) {
  const { t } = useTranslation('progress');
  const f = useFormats();
  const weeks = data.bids.mine;
  const any = weeks.some((w) => w.shareToward !== null);
  const latest = [...weeks].reverse().find((w) => w.shareToward !== null);
  return (
    <Card id="progress-bids" className="progress-card">
      {!any ? (
        <>
          <h2>{t('progress.bids.title')}</h2>
          <Empty>{t('progress.bids.empty')}</Empty>
        </>
      ) : (
        <Chart
          showNumbers={t('progress.showNumbers')}
          title={t('progress.bids.title')}
          caption={t('progress.bids.caption')}
          summary={latest ? t('progress.bids.summary', { share: f.percent(latest.shareToward!) }) : undefined}
          xHeading={t('progress.week')}
          x={weeks.map((w) => f.week(w.week))}
          series={[{ label: t('progress.bids.share'), values: weeks.map((w) => (w.shareToward === null ? null : Math.round(w.shareToward * 100))), kind: 'bars', tone: 0 }]}
          y={{ min: 0, max: 100, ticks: [0, 50, 100], format: (v) => `${v}%` }}
          cell={(v) => (v === null ? '–' : f.percent(v / 100))}
        />
      )}
    </Card>
  );
}

function AppreciationsCard({ data }: { data: ProgressView }) {
  const { t } = useTranslation('progress');
  const f = useFormats();
  const weeks = data.appreciations;
  const given = weeks.reduce((sum, w) => sum + w.given, 0);
  const received = weeks.reduce((sum, w) => sum + w.received, 0);
  const top = Math.max(2, ...weeks.map((w) => Math.max(w.given, w.received)));
  const step = Math.max(1, Math.ceil(top / 4));
  return (
    <Card id="progress-appreciations" className="progress-card">
      {given + received === 0 ? (
        <>
          <h2>{t('progress.appreciations.title')}</h2>
          <Empty>{t('progress.appreciations.empty')}</Empty>
        </>
      ) : (
        <Chart
          showNumbers={t('progress.showNumbers')}
          title={t('progress.appreciations.title')}
          caption={t('progress.appreciations.caption')}
          summary={t('progress.appreciations.summary', { given, received })}
          xHeading={t('progress.week')}
          x={weeks.map((w) => f.week(w.week))}
          series={[
            { label: t('progress.appreciations.given'), values: weeks.map((w) => w.given), kind: 'bars', tone: 0 },
            { label: t('progress.appreciations.received'), values: weeks.map((w) => w.received), kind: 'bars', tone: 1 },
          ]}
          y={{ min: 0, max: step * 4, ticks: [0, step * 2, step * 4] }}
        />
      )}
    </Card>
  );
}

function LoveMapsCard({ data }: { data: ProgressView }) {
  const { t } = useTranslation('progress');
  const f = useFormats();
  const weeks = data.loveMaps;
  const count = weeks.reduce((sum, w) => sum + w.answeredTogether, 0);
  const top = Math.max(2, ...weeks.map((w) => w.answeredTogether));
  const step = Math.max(1, Math.ceil(top / 4));
  return (
    <Card id="progress-love-maps" className="progress-card">
      {count === 0 ? (
        <>
          <h2>{t('progress.loveMaps.title')}</h2>
          <Empty>{data.paired ? t('progress.loveMaps.empty') : t('progress.loveMaps.solo')}</Empty>
        </>
      ) : (
        <Chart
          showNumbers={t('progress.showNumbers')}
          title={t('progress.loveMaps.title')}
          caption={t('progress.loveMaps.caption')}
          summary={t('progress.loveMaps.summary', { count })}
          xHeading={t('progress.week')}
          x={weeks.map((w) => f.week(w.week))}
          series={[{ label: t('progress.loveMaps.together'), values: weeks.map((w) => w.answeredTogether), kind: 'bars', tone: 0 }]}
          y={{ min: 0, max: step * 4, ticks: [0, step * 2, step * 4] }}
        />
      )}
    </Card>
  );
}

function CheckupCard({ data }: { data: ProgressView }) {
  const { t } = useTranslation('progress');
  const { i18n } = useTranslation();
  const checkup = useCheckup();
  const taken = data.checkup?.mine ?? [];
  const names = new Map((checkup.data?.instrument.dimensions ?? []).map((d) => [d.key, d.name]));
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { month: 'short', day: 'numeric', year: 'numeric' });
  const x = taken.map((r) => ({ short: dateFormat.format(new Date(r.at)), long: dateFormat.format(new Date(r.at)) }));

  if (taken.length < 2) {
    return (
      <Card id="progress-checkup" className="progress-card progress-card--full">
        <h2>{t('progress.checkup.title')}</h2>
        <Empty>{taken.length ? t('progress.checkup.one') : t('progress.checkup.empty')}</Empty>
        <ButtonLink to="/checkup" variant="secondary">
          {t('progress.checkup.action')}
        </ButtonLink>
      </Card>
    );
  }
  return (
    <Card id="progress-checkup" title={t('progress.checkup.title')} className="progress-card progress-card--full">
      <p className="muted">{t('progress.checkup.caption')}</p>
      <div className="progress-small-multiples">
        {data.checkup!.dimensions.map((d) => (
          <Chart
            showNumbers={t('progress.showNumbers')}
            key={d.key}
            title={names.get(d.key) ?? d.key}
            level={3}
            xHeading={t('progress.date')}
            x={x}
            series={[{ label: names.get(d.key) ?? d.key, values: taken.map((r) => r.scores[d.key] ?? null), kind: 'line', tone: 0 }]}
            y={{ min: 0, max: 100, ticks: [0, 50, 100] }}
          />
        ))}
      </div>
    </Card>
  );
}
