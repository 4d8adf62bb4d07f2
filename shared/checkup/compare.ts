import { orientedScore, type DimensionKind, type Instrument, type Outlook } from './instrument.ts';
import type { CheckupResult, DimensionScore } from './scoring.ts';

/**
 * The couple comparison (CoupleReport data) for two Checkup results of the same instrument.
 *
 * "Growth" means the same for both kinds of dimension: for a dynamic a HIGH score is room to grow,
 * for a strength a LOW one. Everything here works on the band `outlook` of each score
 * (`growth` / `middle` / `strength`) and on the oriented score (higher = more connected), so the
 * two kinds are never mixed up.
 *
 * Agreement per dimension:
 * - `bothStrength`: both scores fall in a band with outlook `strength`;
 * - `bothGrowth`:   both fall in a band with outlook `growth`;
 * - `different`:    otherwise, when the scores are `differenceAt` (default 25) or more points apart,
 *                   or one sees a strength where the other sees room to grow;
 * - `middle`:       everything else (close together, at least one in the middle).
 *
 * The result is symmetric: swapping the two people swaps `mine`/`partner` and changes nothing else.
 * Suggested exercise ids are NOT filtered for safety here; pass each viewer's list through
 * `suggestionsFor` (suggest.ts) with that viewer's own safety assessment.
 */

export type Agreement = 'bothStrength' | 'bothGrowth' | 'different' | 'middle';

export interface DimensionComparison {
  readonly key: string;
  readonly kind: DimensionKind;
  readonly mine: number;
  readonly partner: number;
  readonly mineBand: string;
  readonly partnerBand: string;
  readonly mineOutlook: Outlook;
  readonly partnerOutlook: Outlook;
  /** |mine − partner|, 0–100. */
  readonly difference: number;
  readonly agreement: Agreement;
}

export interface CoupleComparison {
  readonly instrumentId: string;
  readonly instrumentVersion: number;
  /** In the instrument's order. */
  readonly dimensions: readonly DimensionComparison[];
  readonly overall: { readonly mine: number; readonly partner: number; readonly difference: number };
  /** Up to three dimension keys both see as a strength, strongest first. */
  readonly strengths: readonly string[];
  /** Up to three dimension keys both see as room to grow, most room first. */
  readonly growthAreas: readonly string[];
  /** Dimension keys seen differently (agreement `different`), biggest difference first. */
  readonly worthTalkingAbout: readonly string[];
  /** The dimensions the first steps were taken from (the growth areas, or the two lowest). */
  readonly firstStepsFrom: readonly string[];
  /** Exercise ids, unfiltered for safety. */
  readonly firstSteps: readonly string[];
}

export interface CompareOptions {
  /** Points apart from which two views count as `different`. Default 25. */
  readonly differenceAt?: number;
  /** How many exercise ids to suggest as first steps. Default 3. */
  readonly maxFirstSteps?: number;
  /** Length of the strengths and growth-area lists. Default 3. */
  readonly top?: number;
}

export class ComparisonError extends Error {
  override readonly name = 'ComparisonError';
}

function agreementOf(mine: Outlook, partner: Outlook, difference: number, differenceAt: number): Agreement {
  if (mine === 'strength' && partner === 'strength') return 'bothStrength';
  if (mine === 'growth' && partner === 'growth') return 'bothGrowth';
  const opposite = (mine === 'growth' && partner === 'strength') || (mine === 'strength' && partner === 'growth');
  if (opposite || difference >= differenceAt) return 'different';
  return 'middle';
}

function checkResult(instrument: Instrument, result: CheckupResult, who: string): Map<string, DimensionScore> {
  if (result.instrumentId !== instrument.id || result.instrumentVersion !== instrument.version) {
    throw new ComparisonError(
      `${who} result is for ${result.instrumentId} v${result.instrumentVersion}, not ${instrument.id} v${instrument.version}`,
    );
  }
  const byKey = new Map(result.dimensions.map((d) => [d.key, d]));
  for (const dimension of instrument.dimensions) {
    if (!byKey.has(dimension.key)) throw new ComparisonError(`${who} result has no score for "${dimension.key}"`);
  }
  return byKey;
}

export function compareResults(
  instrument: Instrument,
  mine: CheckupResult,
  partner: CheckupResult,
  options: CompareOptions = {},
): CoupleComparison {
  const differenceAt = options.differenceAt ?? 25;
  const maxFirstSteps = options.maxFirstSteps ?? 3;
  const top = options.top ?? 3;
  const mineByKey = checkResult(instrument, mine, 'my');
  const partnerByKey = checkResult(instrument, partner, "partner's");

  const dimensions: DimensionComparison[] = instrument.dimensions.map((dimension) => {
    const a = mineByKey.get(dimension.key)!;
    const b = partnerByKey.get(dimension.key)!;
    const difference = Math.abs(a.score - b.score);
    return {
      key: dimension.key,
      kind: dimension.kind,
      mine: a.score,
      partner: b.score,
      mineBand: a.band,
      partnerBand: b.band,
      mineOutlook: a.outlook,
      partnerOutlook: b.outlook,
      difference,
      agreement: agreementOf(a.outlook, b.outlook, difference, differenceAt),
    };
  });

  const order = new Map(instrument.dimensions.map((d, i) => [d.key, i]));
  // Sum of the two oriented scores (higher = both feel more connected here); symmetric by design.
  const together = (d: DimensionComparison) => orientedScore(d.kind, d.mine) + orientedScore(d.kind, d.partner);
  const byInstrumentOrder = (x: DimensionComparison, y: DimensionComparison) => order.get(x.key)! - order.get(y.key)!;

  const strengths = dimensions
    .filter((d) => d.agreement === 'bothStrength')
    .sort((x, y) => together(y) - together(x) || x.difference - y.difference || byInstrumentOrder(x, y))
    .slice(0, top);
  const growthAreas = dimensions
    .filter((d) => d.agreement === 'bothGrowth')
    .sort((x, y) => together(x) - together(y) || byInstrumentOrder(x, y))
    .slice(0, top);
  const worthTalkingAbout = dimensions
    .filter((d) => d.agreement === 'different')
    .sort((x, y) => y.difference - x.difference || byInstrumentOrder(x, y));

  const stepSources =
    growthAreas.length > 0
      ? growthAreas
      : [...dimensions].sort((x, y) => together(x) - together(y) || byInstrumentOrder(x, y)).slice(0, 2);

  const firstSteps = pickFirstSteps(instrument, stepSources, maxFirstSteps);

  return {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    dimensions,
    overall: {
      mine: mine.overall.score,
      partner: partner.overall.score,
      difference: Math.abs(mine.overall.score - partner.overall.score),
    },
    strengths: strengths.map((d) => d.key),
    growthAreas: growthAreas.map((d) => d.key),
    worthTalkingAbout: worthTalkingAbout.map((d) => d.key),
    firstStepsFrom: stepSources.map((d) => d.key),
    firstSteps,
  };
}

/**
 * Exercise ids from the bands of the source dimensions: the band of the person who sees more room
 * to grow comes first (so the order does not depend on who is "mine"), then the other's. One id per
 * dimension per round, so the first steps span the areas rather than all coming from one.
 */
function pickFirstSteps(instrument: Instrument, sources: readonly DimensionComparison[], max: number): string[] {
  const lists = sources.map((d) => {
    const bands = instrument.bands[d.key]!;
    const mineFirst = orientedScore(d.kind, d.mine) <= orientedScore(d.kind, d.partner);
    const [first, second] = mineFirst ? [d.mineBand, d.partnerBand] : [d.partnerBand, d.mineBand];
    const ids = [first, second].flatMap((bandKey) => bands.find((b) => b.key === bandKey)?.exercises ?? []);
    return [...new Set(ids)];
  });
  const chosen: string[] = [];
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let round = 0; round < longest && chosen.length < max; round++) {
    for (const list of lists) {
      const id = list[round];
      if (id !== undefined && !chosen.includes(id) && chosen.length < max) chosen.push(id);
    }
  }
  return chosen;
}
