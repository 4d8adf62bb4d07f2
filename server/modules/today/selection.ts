import { hash32, prng } from '../../../shared/seeded-random.ts';

/**
 * How Today chooses from a bank (pure: no clock, no I/O, no Math.random).
 *
 * - **Non-repeating.** A scope (a couple, or a person alone) goes through a bank in cycles: an
 *   item served in the current cycle is not served again until every item of the bank has been
 *   served in it; then cycle n + 1 starts. The database holds a unique (scope, bank, cycle, item),
 *   so this holds also when two servers choose at the same moment.
 * - **Deterministic.** The choice is a function of the scope id, the date, the bank, what was
 *   served before and the couple's state (growth areas, answers together). The first choice for a
 *   date is stored and served from then on, so a date never changes its items.
 * - **Leaning.** Each candidate has a weight (growth areas weigh more; see growth.ts); one draw of a
 *   PRNG seeded by (scope, date, bank, cycle) picks among the candidates in proportion to weight.
 * - **Tiers.** `eligible` narrows the candidates (love-map depth by progress). When no eligible
 *   item is left in the cycle, every remaining item is a candidate: nothing repeats early.
 */

export interface Served {
  itemId: string;
  cycle: number;
}

export interface PickOptions<T> {
  /** Makes the draw: e.g. `${scopeId}:${date}:${bank}`. */
  seed: string;
  /** > 0; larger means likelier. Default 1. */
  weight?: (item: T) => number;
  /** Candidates to prefer as a tier; default all. */
  eligible?: (item: T) => boolean;
}

export function pickNext<T extends { id: string }>(bank: readonly T[], served: readonly Served[], options: PickOptions<T>): { item: T; cycle: number } {
  if (bank.length === 0) throw new RangeError('the bank is empty');
  const ids = new Set(bank.map((i) => i.id));
  let cycle = served.reduce((max, s) => Math.max(max, s.cycle), 0);
  let used = new Set(served.filter((s) => s.cycle === cycle && ids.has(s.itemId)).map((s) => s.itemId));
  if (used.size >= ids.size) {
    cycle += 1;
    used = new Set();
  }
  const remaining = [...bank].filter((i) => !used.has(i.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const eligible = options.eligible ? remaining.filter(options.eligible) : remaining;
  const candidates = eligible.length > 0 ? eligible : remaining;
  const weights = candidates.map((i) => Math.max(Number.EPSILON, options.weight?.(i) ?? 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let r = prng(hash32(`${options.seed}:${cycle}`))() * total;
  for (let i = 0; i < candidates.length; i++) {
    r -= weights[i]!;
    if (r < 0) return { item: candidates[i]!, cycle };
  }
  return { item: candidates[candidates.length - 1]!, cycle };
}
