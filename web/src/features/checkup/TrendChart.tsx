import { useTranslation } from 'react-i18next';
import { Chart } from '../../ui/Chart.tsx';
import { useFormatDate } from '../../ui/format.ts';

export interface TrendSeries {
  label: string;
  values: number[];
}

const SCORES = { min: 0, max: 100, ticks: [0, 50, 100] };

/** One dimension over time as a line chart: scores 0–100, my line first, the partner's dashed. */
function TrendChart({ title, dates, series }: { title: string; dates: string[]; series: TrendSeries[] }) {
  const { t, i18n } = useTranslation('checkup');
  const { date } = useFormatDate();
  const short = new Intl.DateTimeFormat(i18n.language, { month: 'short', day: 'numeric' });
  return (
    <Chart
      className="chart--trend"
      title={title}
      level={3}
      x={dates.map((at) => ({ short: short.format(new Date(at)), long: date(at) }))}
      series={series.map((s, i) => ({ label: s.label, values: s.values, kind: 'line', tone: i === 0 ? 0 : 1 }))}
      y={SCORES}
      xHeading={t('chart.date')}
      showNumbers={t('chart.showNumbers')}
    />
  );
}

/**
 * The overall line first; each part's own chart behind "Each part over time", so a phone
 * page stays a comfortable length.
 */
export function TrendCharts({ overall, parts, dates }: { overall: { title: string; series: TrendSeries[] }; parts: { key: string; title: string; series: TrendSeries[] }[]; dates: string[] }) {
  const { t } = useTranslation('checkup');
  return (
    <>
      <TrendChart title={overall.title} dates={dates} series={overall.series} />
      <details className="trend-more">
        <summary>{t('chart.eachPart')}</summary>
        <div className="trend-grid">
          {parts.map((part) => (
            <TrendChart key={part.key} title={part.title} dates={dates} series={part.series} />
          ))}
        </div>
      </details>
    </>
  );
}
