import { bandFor, type Instrument } from './instrument.ts';
import type { CheckupResult } from './scoring.ts';

/** Stored results read again: against the instrument as loaded now, and in pairs over time. */

/**
 * A stored result read against the instrument as loaded now: same scores, bands from the current
 * file (a new version may have moved them). Undefined when the result lacks a dimension the
 * instrument has now, so it cannot be compared.
 */
export function rebase(instrument: Instrument, scores: CheckupResult): CheckupResult | undefined {
  if (scores.instrumentId !== instrument.id) return undefined;
  if (scores.instrumentVersion === instrument.version) return scores;
  const byKey = new Map(scores.dimensions.map((d) => [d.key, d.score]));
  if (instrument.dimensions.some((d) => !byKey.has(d.key))) return undefined;
  const overallBand = bandFor(instrument.overall.bands, scores.overall.score);
  return {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    dimensions: instrument.dimensions.map((d) => {
      const score = byKey.get(d.key)!;
      const band = bandFor(instrument.bands[d.key]!, score);
      return { key: d.key, kind: d.kind, score, band: band.key, outlook: band.outlook };
    }),
    overall: { score: scores.overall.score, band: overallBand.key, outlook: overallBand.outlook },
  };
}

/** One moment of a couple's history: each partner's latest result then. */
export interface HistoryPoint<R> {
  at: string;
  mine: R;
  partner: R;
}

/**
 * The couple's history: a point each time either partner submitted, once both had a result,
 * pairing each partner's latest result at that moment (each list in the order submitted).
 * Submissions at the same instant make one point. Symmetric: the partner's history has the same
 * points with the sides swapped.
 */
export function pairHistory<R>(mineAll: readonly R[], theirsAll: readonly R[], submittedAt: (result: R) => string): HistoryPoint<R>[] {
  const times = [...new Set([...mineAll, ...theirsAll].map(submittedAt))].sort();
  const latestAt = (list: readonly R[], at: string) => list.filter((r) => submittedAt(r) <= at).at(-1);
  return times.flatMap((at) => {
    const a = latestAt(mineAll, at);
    const b = latestAt(theirsAll, at);
    return a && b ? [{ at, mine: a, partner: b }] : [];
  });
}
