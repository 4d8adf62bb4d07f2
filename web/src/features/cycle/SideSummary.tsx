import { useTranslation } from 'react-i18next';
import type { CycleSideView } from '../../../../shared/contracts/hard-things.ts';

/** One side of the cycle in words: direction, what I do, and what I feel, fear and long for. */
export function SideSummary({ side, headingLevel = 3 }: { side: CycleSideView; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation('cycle');
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const orNothing = (value: string) => (value.trim() ? <p className="cycle-side-text">{value}</p> : <p className="muted">{t('mine.empty')}</p>);
  return (
    <div className="cycle-side">
      <p className="cycle-side-stance">
        <span className="tag tag--plain">{side.stance ? t(`stance.${side.stance}`) : t('stance.none')}</span>
      </p>
      <Heading className="cycle-side-heading">{t('form.moves.legend')}</Heading>
      <ul className="cycle-chips">
        {side.myMoves.map((move, i) => (
          <li key={i} className="cycle-chip">
            {move}
          </li>
        ))}
      </ul>
      <Heading className="cycle-side-heading">{t('form.feelings.label')}</Heading>
      {orNothing(side.feelingsUnderneath)}
      <Heading className="cycle-side-heading">{t('form.fears.label')}</Heading>
      {orNothing(side.fears)}
      <Heading className="cycle-side-heading">{t('form.longings.label')}</Heading>
      {orNothing(side.longings)}
    </div>
  );
}
