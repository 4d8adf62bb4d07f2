import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../ui/format.ts';

export interface TrendSeries {
  label: string;
  values: number[];
}

/**
 * One dimension over time as a line chart (uPlot, loaded only when a chart is shown), with the
 * same numbers in a table a person can open.
 */
export function TrendChart({ title, dates, series }: { title: string; dates: string[]; series: TrendSeries[] }) {
  const { t } = useTranslation('checkup');
  const { date } = useFormatDate();
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  // Redraw only when the numbers change, not on every render.
  const dataKey = JSON.stringify([dates, series]);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let disposed = false;
    let plot: { destroy: () => void; setSize: (size: { width: number; height: number }) => void } | undefined;
    let observer: ResizeObserver | undefined;

    void import('uplot').then(({ default: UPlot }) => {
      if (disposed) return;
      const style = getComputedStyle(element);
      const color = (name: string) => style.getPropertyValue(name).trim();
      const text = color('--muted');
      const grid = color('--line');
      const width = Math.max(200, element.clientWidth);
      const xs = dates.map((_, i) => i);
      const axisFont = `14px ${color('--font') || 'system-ui'}`;
      plot = new UPlot(
        {
          width,
          height: 180,
          legend: { show: false },
          cursor: { show: false },
          scales: { x: { time: false, range: [-0.25, Math.max(1, dates.length - 1) + 0.25] }, y: { range: [0, 100] } },
          axes: [
            {
              stroke: text,
              font: axisFont,
              grid: { show: false },
              ticks: { show: false },
              splits: () => xs,
              values: (_u, splits) => splits.map((i) => (Number.isInteger(i) && dates[i] ? shortDate(dates[i]!) : '')),
            },
            { stroke: text, font: axisFont, size: 40, grid: { stroke: grid, width: 1 }, ticks: { show: false }, splits: () => [0, 50, 100] },
          ],
          series: [
            {},
            ...series.map((s, i) => ({
              label: s.label,
              stroke: i === 0 ? color('--accent') : text,
              width: 2.5,
              dash: i === 0 ? undefined : [6, 5],
              points: { show: true, size: 8, fill: i === 0 ? color('--accent') : color('--surface') },
            })),
          ],
        },
        [xs, ...series.map((s) => s.values)],
        element,
      );
      observer = new ResizeObserver(() => {
        if (element.clientWidth > 0) plot?.setSize({ width: element.clientWidth, height: 180 });
      });
      observer.observe(element);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      plot?.destroy();
    };
  }, [dataKey]);

  return (
    <figure className="trend" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="trend-caption">
        {title}
      </figcaption>
      {series.length > 1 && (
        <ul className="bars-legend" aria-hidden="true">
          {series.map((s, i) => (
            <li key={s.label}>
              <span className={`trend-swatch trend-swatch--${i}`} />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <div ref={box} className="trend-plot" aria-hidden="true" />
      <details className="trend-table">
        <summary>{t('chart.showNumbers')}</summary>
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('chart.date')}</th>
              {series.map((s) => (
                <th key={s.label} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {dates.map((at, i) => (
              <tr key={`${at}-${i}`}>
                <th scope="row">{date(at)}</th>
                {series.map((s) => (
                  <td key={s.label}>{s.values[i]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
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

function shortDate(iso: string): string {
  return new Intl.DateTimeFormat(document.documentElement.lang || 'en', { month: 'short', day: 'numeric' }).format(new Date(iso));
}
