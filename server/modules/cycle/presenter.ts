import type { CycleMapView, CycleSideView } from '../../../shared/contracts/cycle-map.ts';
import type { CycleSide } from './repository.ts';
import type { CycleMapForViewer, CycleVersionsForViewer } from './service.ts';

export const presentSide = (s: CycleSide): CycleSideView => ({
  version: s.version,
  stance: s.stance,
  myMoves: s.myMoves,
  feelingsUnderneath: s.feelingsUnderneath,
  fears: s.fears,
  longings: s.longings,
  savedAt: s.createdAt,
});

export function presentCycleMap(v: CycleMapForViewer): CycleMapView {
  return {
    mine: v.mine ? presentSide(v.mine) : null,
    mineMappedAlone: v.mine?.coupleId === null,
    ...(v.partner ? { partner: presentSide(v.partner) } : {}),
    complete: !!v.mine && !!v.partner,
  };
}

export function presentVersions(v: CycleVersionsForViewer) {
  return { mine: v.mine.map(presentSide), ...(v.partner ? { partner: v.partner.map(presentSide) } : {}) };
}
