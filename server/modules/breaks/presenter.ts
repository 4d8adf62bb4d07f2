import { BREAK_GUIDANCE_KEYS, type ActiveBreakView } from '../../../shared/contracts/breaks.ts';
import type { BreakState } from './service.ts';

/**
 * The person on the break gets the timer and self-soothing guidance; the partner only a neutral
 * notice with the return time ("Taking a break — back at 8:20 PM"; the page formats it).
 */
export function presentBreak(s: BreakState): ActiveBreakView {
  const a = s.active;
  let active: ActiveBreakView['active'] = null;
  if (a) {
    active =
      a.accountId === s.viewerId
        ? {
            id: a.id,
            mine: true,
            returnAt: a.returnAt,
            startedAt: a.startedAt,
            secondsLeft: Math.max(0, Math.ceil((new Date(a.returnAt).getTime() - s.now.getTime()) / 1000)),
            guidanceKeys: [...BREAK_GUIDANCE_KEYS],
          }
        : { id: a.id, mine: false, returnAt: a.returnAt };
  }
  return {
    active,
    invitation: s.ended ? { breakId: s.ended.flood.id, at: s.ended.at, messageKey: 'breaks.invitation' } : null,
  };
}
