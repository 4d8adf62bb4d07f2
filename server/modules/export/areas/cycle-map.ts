import { presentSide } from '../../cycle/presenter.ts';
import type { CycleSide } from '../../cycle/repository.ts';
import type { ExportArea } from '../area.ts';
import { meta, part, quote, type Kit } from '../kit.ts';

export interface CycleMapData {
  /** Every version of my side, alone and in each couple, newest first. */
  mine: CycleSide[];
  /** The partner's versions I may see now (once we have both mapped). */
  partner: CycleSide[];
}

function sideHtml(kit: Kit, s: CycleSide, mine: boolean): string {
  const moves = s.myMoves.map((m) => `<li>${kit.esc(m)}</li>`).join('');
  const text = (key: string, value: string) => (value ? `<p class="who">${kit.esc(kit.t(`cycleMap.${key}`))}</p>${quote(kit, value)}` : '');
  return (
    meta(kit, kit.t('cycleMap.version', { version: s.version, date: kit.date(s.createdAt) })) +
    (mine && s.coupleId === null ? meta(kit, kit.t('cycleMap.alone')) : '') +
    (s.stance ? `<p>${kit.esc(kit.t(`cycleMap.stance.${s.stance}`))}</p>` : '') +
    `<p class="who">${kit.esc(kit.t(mine ? 'cycleMap.moves' : 'cycleMap.partnerMoves'))}</p><ul>${moves}</ul>` +
    text('feelings', s.feelingsUnderneath) +
    text('fears', s.fears) +
    text('longings', s.longings)
  );
}

export const cycleMapArea: ExportArea<CycleMapData> = {
  key: 'cycleMap',
  file: 'cycle-map.json',
  json: (d) => ({
    mine: d.mine.map((s) => ({ ...presentSide(s), mappedAlone: s.coupleId === null })),
    partner: d.partner.map(presentSide),
  }),
  html: (d, kit) => part(kit, kit.t('cycleMap.mine'), d.mine.map((s) => sideHtml(kit, s, true))) + (d.partner.length ? part(kit, kit.t('cycleMap.partner'), d.partner.map((s) => sideHtml(kit, s, false))) : ''),
};
