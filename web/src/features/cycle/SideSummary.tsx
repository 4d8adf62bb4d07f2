import { useTranslation } from 'react-i18next';
import type { CycleSideView } from '../../../../shared/contracts/cycle-map.ts';

/**
 * One side of the cycle in words: direction, what I do, and what I feel, fear and long for.
 * My own side uses the form's words ("What I do…"); the partner's is headed with their name.
 */
export function SideSummary({ side, headingLevel = 3, partner }: { side: CycleSideView; headingLevel?: 3 | 4; partner?: string }) {
  const { t } = useTranslation('cycle');
  const label = (part: 'moves' | 'feelings' | 'fears' | 'longings') =>
    partner ? t(`side.${part}`, { partner }) : t(part === 'moves' ? 'form.moves.legend' : `form.${part}.label`);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const orNothing = (value: string) => (value.trim() ? <p className="cycle-side-text">{value}</p> : <p className="muted">{t('mine.empty')}</p>);
  return (
    <div className="cycle-side">
      <p className="cycle-side-stance">
        <span className="tag tag--plain">{side.stance ? t(`stance.${side.stance}`) : t('stance.none')}</span>
      </p>
      <Heading className="cycle-side-heading">{label('moves')}</Heading>
      <ul className="cycle-chips">
        {side.myMoves.map((move, i) => (
          <li key={i} className="cycle-chip">
            {move}
          </li>
        ))}
      </ul>
      <Heading className="cycle-side-heading">{label('feelings')}</Heading>
      {orNothing(side.feelingsUnderneath)}
      <Heading className="cycle-side-heading">{label('fears')}</Heading>
      {orNothing(side.fears)}
      <Heading className="cycle-side-heading">{label('longings')}</Heading>
      {orNothing(side.longings)}
    </div>
  );
}
