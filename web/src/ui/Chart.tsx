import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  /** line: a joined line; points: dots only; bars: columns (two bar series sit side by side). */
  kind: 'line' | 'points' | 'bars';
  /** 0: the first colour; 1: the second (dashed when a line). The colours are `--chart-tone0/1` on the figure. */
  tone?: 0 | 1;
}

interface ChartProps {
  title: string;
  /** h2 when the chart is its card's heading, h3 inside a titled card. */
  level?: 2 | 3;
  caption?: string;
  /** A sentence with the main numbers, read with the caption. */
  summary?: string;
  /** One per point: the short label under the axis, and the long one in the table. */
  x: { short: string; long: string }[];
  series: ChartSeries[];
  y: { min: number; max: number; ticks: number[]; format?: (value: number) => string };
  xHeading: string;
  /** Table cells: defaults to the number itself. */
  cell?: (value: number | null, series: ChartSeries) => ReactNode;
  /** The words on the control that opens the table. */
  showNumbers: string;
  /** A page's own variant, e.g. other tone colours. */
  className?: string;
}

type Plot = { destroy: () => void; setSize: (size: { width: number; height: number }) => void };
const HEIGHT = 200;

/**
 * A small chart drawn with uPlot (loaded only when a chart is on screen), described for everyone
 * by its caption and summary, with every number in a table a person can open.
 */
export function Chart({ title, level = 2, caption, summary, x, series, y, xHeading, cell, showNumbers, className }: ChartProps) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const Heading = level === 2 ? 'h2' : 'h3';
  const dataKey = JSON.stringify([x, series, y.min, y.max, y.ticks]);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let disposed = false;
    let plot: Plot | undefined;
    let observer: ResizeObserver | undefined;

    void import('uplot').then(({ default: UPlot }) => {
      if (disposed) return;
      const style = getComputedStyle(element);
      const color = (name: string) => style.getPropertyValue(name).trim();
      const tones = [color('--chart-tone0'), color('--chart-tone1')];
      const text = color('--muted');
      const font = `13px ${color('--font') || 'system-ui'}`;
      const xs = x.map((_, i) => i);
      const every = Math.max(1, Math.ceil(x.length / Math.max(2, Math.floor(element.clientWidth / 64))));
      const bars = series.filter((s) => s.kind === 'bars');
      const options = {
        width: Math.max(220, element.clientWidth),
        height: HEIGHT,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: false, range: [-0.6, Math.max(0, x.length - 1) + 0.6] as [number, number] }, y: { range: [y.min, y.max] as [number, number] } },
        axes: [
          {
            stroke: text,
            font,
            grid: { show: false },
            ticks: { show: false },
            splits: () => xs.filter((i) => i % every === (x.length - 1) % every),
            values: (_u: unknown, splits: number[]) => splits.map((i) => x[i]?.short ?? ''),
          },
          {
            stroke: text,
            font,
            size: 44,
            grid: { stroke: color('--line'), width: 1 },
            ticks: { show: false },
            splits: () => y.ticks,
            values: (_u: unknown, splits: number[]) => splits.map((v) => (y.format ? y.format(v) : String(v))),
          },
        ],
        series: [
          {},
          ...series.map((s) => {
            const stroke = tones[s.tone ?? 0]!;
            if (s.kind === 'bars') {
              const index = bars.indexOf(s);
              const align = bars.length > 1 ? (index === 0 ? -1 : 1) : 0;
              return {
                label: s.label,
                stroke,
                fill: stroke,
                width: 0,
                paths: UPlot.paths.bars!({ size: [bars.length > 1 ? 0.38 : 0.6, 36], align: align as -1 | 0 | 1, radius: 0.2 }),
                points: { show: false },
              };
            }
            return {
              label: s.label,
              stroke: s.kind === 'points' ? 'transparent' : stroke,
              width: s.kind === 'points' ? 0 : 2.5,
              dash: s.tone === 1 && s.kind === 'line' ? [6, 5] : undefined,
              spanGaps: true,
              points: { show: s.kind === 'points' || (x.length < 3 && !series.some((o) => o.kind === 'points')), size: 8, stroke, fill: s.kind === 'points' ? color('--surface') : stroke, width: 2 },
            };
          }),
        ],
      };
      plot = new UPlot(options, [xs, ...series.map((s) => s.values)] as never, element);
      observer = new ResizeObserver(() => plot?.setSize({ width: Math.max(220, element.clientWidth), height: HEIGHT }));
      observer.observe(element);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      plot?.destroy();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataKey]);

  return (
    <figure className={className ? `chart ${className}` : 'chart'} aria-labelledby={`${id}-title`} aria-describedby={caption || summary ? `${id}-caption` : undefined}>
      <Heading id={`${id}-title`} className="chart-title">
        {title}
      </Heading>
      {(caption || summary) && (
        <figcaption id={`${id}-caption`} className="chart-caption">
          {caption} {summary && <strong className="chart-summary">{summary}</strong>}
        </figcaption>
      )}
      {series.length > 1 && (
        <ul className="chart-legend" aria-hidden="true">
          {series.map((s) => (
            <li key={s.label}>
              <span className={`chart-swatch chart-swatch--${s.kind} chart-swatch--tone${s.tone ?? 0}`} />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <div ref={box} className="chart-plot" aria-hidden="true" />
      <details className="chart-table">
        <summary>{showNumbers}</summary>
        {/* Focusable, so the numbers can be scrolled with the keyboard too. */}
        <div className="chart-table-scroll" tabIndex={0} role="region" aria-label={title}>
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{xHeading}</th>
                {series.map((s) => (
                  <th key={s.label} scope="col">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {x.map((point, i) => (
                <tr key={`${point.long}-${i}`}>
                  <th scope="row">{point.long}</th>
                  {series.map((s) => (
                    <td key={s.label}>{cell ? cell(s.values[i] ?? null, s) : (s.values[i] ?? '–')}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
