import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPromptBanks } from '../../../shared/content/prompts/bank.ts';
import { GROWTH_WEIGHT, LEANINGS, leaningOf } from './growth.ts';
import { pickNext, type Served } from './selection.ts';

const item = (i: number, tier = i % 3) => ({ id: `x-${String(i).padStart(3, '0')}`, tier });
const bankArb = fc.integer({ min: 1, max: 12 }).map((n) => Array.from({ length: n }, (_, i) => item(i)));

/** Serves `days` picks in order, like Today does day after day. */
function serve(bank: readonly { id: string; tier: number }[], seed: string, days: number, options: { eligible?: (i: { tier: number }) => boolean; weight?: (i: { tier: number }) => number } = {}) {
  const served: Served[] = [];
  for (let d = 0; d < days; d++) {
    const { item: chosen, cycle } = pickNext(bank, served, { seed: `${seed}:${d}`, ...options });
    served.push({ itemId: chosen.id, cycle });
  }
  return served;
}

describe('choosing from a bank', () => {
  it('repeats nothing until the bank is exhausted, then starts a new cycle (property)', () => {
    fc.assert(
      fc.property(bankArb, fc.string(), fc.integer({ min: 1, max: 40 }), fc.boolean(), (bank, seed, days, tiered) => {
        const served = serve(bank, seed, days, tiered ? { eligible: (i) => i.tier === 0, weight: (i) => 1 + i.tier } : {});
        served.forEach((s, i) => {
          // Cycle n holds the picks n*size … (n+1)*size-1, each item once.
          expect(s.cycle).toBe(Math.floor(i / bank.length));
        });
        for (let c = 0; c * bank.length < days; c++) {
          const ids = served.filter((s) => s.cycle === c).map((s) => s.itemId);
          expect(new Set(ids).size).toBe(ids.length);
          if (ids.length === bank.length) expect(new Set(ids)).toEqual(new Set(bank.map((b) => b.id)));
        }
      }),
    );
  });

  it('is a function of the seed and what was served (property)', () => {
    fc.assert(
      fc.property(bankArb, fc.string(), fc.integer({ min: 1, max: 30 }), (bank, seed, days) => {
        expect(serve(bank, seed, days)).toEqual(serve([...bank].reverse(), seed, days));
      }),
    );
  });

  it('serves the eligible tier first and only then the rest', () => {
    const bank = Array.from({ length: 9 }, (_, i) => item(i));
    const served = serve(bank, 'tiers', 9, { eligible: (i) => i.tier === 0 });
    const tiers = served.map((s) => bank.find((b) => b.id === s.itemId)!.tier);
    expect(tiers.slice(0, 3)).toEqual([0, 0, 0]);
    expect(tiers.slice(3).every((t) => t !== 0)).toBe(true);
  });

  it('leans toward growth areas: a growth dimension comes up far more often than its share', () => {
    const bank = loadPromptBanks().connection;
    const lean = leaningOf(['friendship']);
    const share = bank.filter((p) => p.dimension === 'friendship').length / bank.length;
    let leaning = 0;
    let plain = 0;
    for (let couple = 0; couple < 100; couple++) {
      const pick = (weighted: boolean) => {
        const served: Served[] = [];
        let hits = 0;
        for (let d = 0; d < 40; d++) {
          const { item: p, cycle } = pickNext(bank, served, {
            seed: `couple-${couple}:${d}`,
            weight: weighted ? (x) => (lean.prompts.has(x.dimension) ? GROWTH_WEIGHT : 1) : undefined,
          });
          served.push({ itemId: p.id, cycle });
          if (p.dimension === 'friendship') hits++;
        }
        return hits;
      };
      leaning += pick(true);
      plain += pick(false);
    }
    expect(plain / 4000).toBeCloseTo(share, 1);
    expect(leaning / 4000).toBeGreaterThan(share * 1.6);
  });

  it('maps every check-up dimension of the built-in instrument to somewhere to lean', () => {
    for (const key of ['blueprints', 'roots', 'failureLoop', 'sideBySide', 'conflictFatigue', 'friendship', 'fondness', 'playfulness', 'sharedMeaning']) {
      expect(LEANINGS[key]?.topics.length).toBeGreaterThan(0);
    }
    // Efforts that fell short: appreciating them breaks the failure loop.
    expect(leaningOf(['failureLoop']).appreciations.has('effort')).toBe(true);
  });
});
