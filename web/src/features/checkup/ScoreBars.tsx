import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface BarRow {
  key: string;
  name: string;
  values: number[];
}

/**
 * Scores from 0 to 100 as calm horizontal bars. Every number is written beside its bar, so the
 * chart reads the same for everyone; the bars themselves are decoration for the eye. With two
 * series (you and your partner), each bar is labelled with whose it is.
 */
export function ScoreBars({ caption, note, rows, series }: { caption: string; note?: string; rows: BarRow[]; series: string[] }) {
  const { t } = useTranslation('checkup');
  const id = useId();
  return (
    <figure className="bars" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="bars-caption">
        <span className="bars-title">{caption}</span>
        {note && <span className="bars-note">{note}</span>}
      </figcaption>
      {series.length > 1 && (
        <ul className="bars-legend" aria-hidden="true">
          {series.map((name, i) => (
            <li key={name}>
              <span className={`bars-swatch bars-swatch--${i}`} />
              {name}
            </li>
          ))}
        </ul>
      )}
      <ul className="bars-list">
        {rows.map((row) => (
          <li key={row.key} className="bars-row">
            <span className="bars-name">{row.name}</span>
            {row.values.map((value, i) => (
              <span key={i} className="bars-line">
                {series.length > 1 && <span className="bars-who">{series[i]}</span>}
                <span className="bars-track" aria-hidden="true">
                  <span className={`bars-fill bars-fill--${i}`} style={{ width: `${Math.max(0, Math.min(100, value))}%` }} />
                </span>
                <span className="bars-value">
                  {value}
                  <span className="visually-hidden"> {t('chart.outOf')}</span>
                </span>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </figure>
  );
}
