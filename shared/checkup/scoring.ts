import {
  SCORE_MAX,
  bandFor,
  orientedScore,
  overallDimensionKeys,
  type DimensionKind,
  type Instrument,
  type InstrumentScale,
  type Outlook,
} from './instrument.ts';

/**
 * Scoring of a Checkup (pure; the web may import it).
 *
 * 1. Every item must be answered once, with a whole number on the item's scale.
 * 2. Reverse-scored items are flipped: `min + max − value`.
 * 3. A dimension's score is the mean of its (flipped) answers, rescaled to 0–100:
 *    `(mean − min) / (max − min) × 100`, rounded to the nearest whole number (halves round up).
 *    (If items of one dimension use different scales, each answer is rescaled on its own scale
 *    first; with one scale this is the same number.) The arithmetic is exact, not floating.
 * 4. The overall connection score is the mean of the dimension scores turned to "higher = more
 *    connected" (strengths as they are, dynamics as 100 − score), rounded the same way.
 *
 * Refusal: `scoreCheckup` throws `CheckupAnswersError` (a typed error listing every problem) when
 * an item is missing, answered twice, unknown, or out of range. Callers that want to check first
 * without throwing use `answerProblems` or `missingItems`.
 */

export interface Answer {
  readonly itemId: string;
  readonly value: number;
}

export type AnswerProblem =
  | { readonly code: 'missing'; readonly itemId: string }
  | { readonly code: 'unknownItem'; readonly itemId: string }
  | { readonly code: 'duplicate'; readonly itemId: string }
  | { readonly code: 'outOfRange'; readonly itemId: string; readonly value: number; readonly min: number; readonly max: number };

export class CheckupAnswersError extends Error {
  override readonly name = 'CheckupAnswersError';
  constructor(readonly problems: readonly AnswerProblem[]) {
    super(`cannot score this checkup: ${problems.map(describeProblem).join('; ')}`);
  }
}

function describeProblem(problem: AnswerProblem): string {
  switch (problem.code) {
    case 'missing':
      return `item "${problem.itemId}" is not answered`;
    case 'unknownItem':
      return `unknown item "${problem.itemId}"`;
    case 'duplicate':
      return `item "${problem.itemId}" is answered more than once`;
    case 'outOfRange':
      return `item "${problem.itemId}": ${problem.value} is not a whole number from ${problem.min} to ${problem.max}`;
  }
}

export interface DimensionScore {
  readonly key: string;
  readonly kind: DimensionKind;
  /** 0–100. Dynamic: higher = more distance comes from here. Strength: higher = stronger. */
  readonly score: number;
  /** The key of the band the score falls in. */
  readonly band: string;
  readonly outlook: Outlook;
}

export interface OverallScore {
  /** 0–100, higher = more connected. */
  readonly score: number;
  readonly band: string;
  readonly outlook: Outlook;
}

export interface CheckupResult {
  readonly instrumentId: string;
  readonly instrumentVersion: number;
  /** In the instrument's order. */
  readonly dimensions: readonly DimensionScore[];
  readonly overall: OverallScore;
}

function scaleOf(instrument: Instrument, scaleId: string): InstrumentScale {
  const scale = instrument.scales[scaleId];
  if (!scale) throw new Error(`instrument "${instrument.id}" has no scale "${scaleId}"`);
  return scale;
}

/** Items that have no answer, in the instrument's order. */
export function missingItems(instrument: Instrument, answers: readonly Answer[]): string[] {
  const answered = new Set(answers.map((a) => a.itemId));
  return instrument.items.filter((item) => !answered.has(item.id)).map((item) => item.id);
}

/** Every reason the answers cannot be scored; empty when they can. */
export function answerProblems(instrument: Instrument, answers: readonly Answer[]): AnswerProblem[] {
  const items = new Map(instrument.items.map((item) => [item.id, item]));
  const problems: AnswerProblem[] = [];
  const seen = new Set<string>();
  for (const answer of answers) {
    const item = items.get(answer.itemId);
    if (!item) {
      problems.push({ code: 'unknownItem', itemId: answer.itemId });
      continue;
    }
    if (seen.has(answer.itemId)) {
      problems.push({ code: 'duplicate', itemId: answer.itemId });
      continue;
    }
    seen.add(answer.itemId);
    const { min, max } = scaleOf(instrument, item.scale);
    if (!Number.isInteger(answer.value) || answer.value < min || answer.value > max) {
      problems.push({ code: 'outOfRange', itemId: answer.itemId, value: answer.value, min, max });
    }
  }
  for (const itemId of missingItems(instrument, answers)) problems.push({ code: 'missing', itemId });
  return problems;
}

/** `min + max − value` for reverse-scored items; the value itself otherwise. */
export function orientedAnswer(value: number, scale: { min: number; max: number }, reverse: boolean): number {
  return reverse ? scale.min + scale.max - value : value;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** Round a non-negative fraction to the nearest integer, halves up, without floating error. */
function roundFraction(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

export function scoreCheckup(instrument: Instrument, answers: readonly Answer[]): CheckupResult {
  const problems = answerProblems(instrument, answers);
  if (problems.length > 0) throw new CheckupAnswersError(problems);

  const valueOf = new Map(answers.map((a) => [a.itemId, a.value]));

  const dimensions: DimensionScore[] = instrument.dimensions.map((dimension) => {
    const items = instrument.items.filter((item) => item.dimension === dimension.key);
    // Exact mean of per-item fractions (v' − min) / (max − min) over a common denominator.
    const ranges = items.map((item) => {
      const scale = scaleOf(instrument, item.scale);
      return scale.max - scale.min;
    });
    const common = ranges.reduce((l, r) => (l * r) / gcd(l, r), 1);
    let numerator = 0;
    items.forEach((item, i) => {
      const scale = scaleOf(instrument, item.scale);
      const value = orientedAnswer(valueOf.get(item.id)!, scale, item.reverse);
      numerator += (value - scale.min) * (common / ranges[i]!);
    });
    const score = roundFraction(numerator * SCORE_MAX, common * items.length);
    const band = bandFor(instrument.bands[dimension.key]!, score);
    return { key: dimension.key, kind: dimension.kind, score, band: band.key, outlook: band.outlook };
  });

  const included = new Set(overallDimensionKeys(instrument));
  const oriented = dimensions.filter((d) => included.has(d.key)).map((d) => orientedScore(d.kind, d.score));
  const overallScore = roundFraction(
    oriented.reduce((sum, s) => sum + s, 0),
    oriented.length,
  );
  const overallBand = bandFor(instrument.overall.bands, overallScore);

  return {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    dimensions,
    overall: { score: overallScore, band: overallBand.key, outlook: overallBand.outlook },
  };
}
