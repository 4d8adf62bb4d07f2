import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadExercises, loadInstruments } from './load.ts';
import { scoreCheckup, type CheckupResult } from './scoring.ts';
import { ComparisonError, compareResults } from './compare.ts';
import { suggestionsFor } from './suggest.ts';
import { answersFor, extremeAnswers } from './testing.ts';

const checkup = loadInstruments().find((i) => i.id === 'connection-checkup')!;
const catalog = loadExercises();
const n = checkup.items.length;
const anyResult = fc
  .array(fc.integer({ min: 1, max: 5 }), { minLength: n, maxLength: n })
  .map((values) => scoreCheckup(checkup, answersFor(checkup, (_, i) => values[i]!)));

const connected = scoreCheckup(checkup, extremeAnswers(checkup, true));
const distant = scoreCheckup(checkup, extremeAnswers(checkup, false));

/** A result with chosen scores per dimension (bands looked up from the instrument). */
function resultWith(scores: Record<string, number>): CheckupResult {
  const base = scoreCheckup(checkup, answersFor(checkup, () => 3));
  return {
    ...base,
    dimensions: base.dimensions.map((d) => {
      const score = scores[d.key] ?? d.score;
      const band = checkup.bands[d.key]!.find((b) => score >= b.min && score <= b.max)!;
      return { ...d, score, band: band.key, outlook: band.outlook };
    }),
  };
}

describe('compareResults', () => {
  it('sees shared strengths when both feel connected', () => {
    const c = compareResults(checkup, connected, connected);
    expect(c.dimensions.every((d) => d.agreement === 'bothStrength' && d.difference === 0)).toBe(true);
    expect(c.strengths).toHaveLength(3);
    expect(c.growthAreas).toEqual([]);
    expect(c.worthTalkingAbout).toEqual([]);
    // Without shared growth areas, first steps come from the two lowest dimensions.
    expect(c.firstStepsFrom).toHaveLength(2);
    expect(c.firstSteps.length).toBeGreaterThan(0);
  });

  it('sees shared room to grow for dynamics (high) and strengths (low) alike', () => {
    const c = compareResults(checkup, distant, distant);
    expect(c.dimensions.every((d) => d.agreement === 'bothGrowth')).toBe(true);
    expect(c.growthAreas).toHaveLength(3);
    expect(c.strengths).toEqual([]);
    expect(c.firstStepsFrom).toEqual(c.growthAreas);
    expect(c.firstSteps).toHaveLength(3);
    expect(new Set(c.firstSteps).size).toBe(3);
    // One step from each growth area first.
    c.growthAreas.forEach((key, i) => {
      const band = checkup.bands[key]!.find((b) => b.outlook === 'growth')!;
      expect(band.exercises).toContain(c.firstSteps[i]);
    });
  });

  it('orders growth areas by how much room both see, and strengths by how strong', () => {
    const mine = resultWith({ blueprints: 90, roots: 70, conflictFatigue: 100, friendship: 10, fondness: 90, playfulness: 80, sharedMeaning: 70 });
    const partner = resultWith({ blueprints: 80, roots: 75, conflictFatigue: 95, friendship: 20, fondness: 100, playfulness: 90, sharedMeaning: 75 });
    const c = compareResults(checkup, mine, partner);
    // oriented sums (higher = more connected): conflictFatigue 5, blueprints 30, friendship 30, roots 55
    expect(c.growthAreas).toEqual(['conflictFatigue', 'blueprints', 'friendship']);
    expect(c.strengths).toEqual(['fondness', 'playfulness', 'sharedMeaning']);
  });

  it('marks views far apart as worth talking about, biggest difference first', () => {
    const mine = resultWith({ sideBySide: 80, fondness: 40, friendship: 50 });
    const partner = resultWith({ sideBySide: 20, fondness: 70, friendship: 60 });
    const c = compareResults(checkup, mine, partner);
    const by = new Map(c.dimensions.map((d) => [d.key, d]));
    expect(by.get('sideBySide')).toMatchObject({ mine: 80, partner: 20, difference: 60, agreement: 'different' });
    expect(by.get('fondness')).toMatchObject({ difference: 30, agreement: 'different' });
    expect(by.get('friendship')).toMatchObject({ difference: 10, agreement: 'middle' });
    expect(c.worthTalkingAbout).toEqual(['sideBySide', 'fondness']);
  });

  it('calls a strength against room to grow "different" even when the points are close', () => {
    const mine = resultWith({ roots: 33 });
    const partner = resultWith({ roots: 67 });
    const c = compareResults(checkup, mine, partner, { differenceAt: 50 });
    expect(c.dimensions.find((d) => d.key === 'roots')!.agreement).toBe('different');
  });

  it('refuses results of another instrument or version', () => {
    expect(() => compareResults(checkup, connected, { ...distant, instrumentVersion: 99 })).toThrow(ComparisonError);
    expect(() => compareResults(checkup, { ...connected, instrumentId: 'other' }, distant)).toThrow(ComparisonError);
  });

  it('is symmetric: swapping the two swaps mine and partner and keeps everything else', () => {
    fc.assert(
      fc.property(anyResult, anyResult, (a, b) => {
        const ab = compareResults(checkup, a, b);
        const ba = compareResults(checkup, b, a);
        ab.dimensions.forEach((d, i) => {
          const e = ba.dimensions[i]!;
          expect(e.mine).toBe(d.partner);
          expect(e.partner).toBe(d.mine);
          expect(e.mineBand).toBe(d.partnerBand);
          expect(e.mineOutlook).toBe(d.partnerOutlook);
          expect(e.difference).toBe(d.difference);
          expect(e.agreement).toBe(d.agreement);
        });
        expect(ba.overall).toEqual({ mine: ab.overall.partner, partner: ab.overall.mine, difference: ab.overall.difference });
        expect(ba.strengths).toEqual(ab.strengths);
        expect(ba.growthAreas).toEqual(ab.growthAreas);
        expect(ba.worthTalkingAbout).toEqual(ab.worthTalkingAbout);
        expect(ba.firstStepsFrom).toEqual(ab.firstStepsFrom);
        expect(ba.firstSteps).toEqual(ab.firstSteps);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the top lists to at most three, consistent with the agreements', () => {
    fc.assert(
      fc.property(anyResult, anyResult, (a, b) => {
        const c = compareResults(checkup, a, b);
        const agreement = new Map(c.dimensions.map((d) => [d.key, d.agreement]));
        expect(c.strengths.length).toBeLessThanOrEqual(3);
        expect(c.growthAreas.length).toBeLessThanOrEqual(3);
        expect(c.firstSteps.length).toBeLessThanOrEqual(3);
        expect(new Set(c.firstSteps).size).toBe(c.firstSteps.length);
        for (const k of c.strengths) expect(agreement.get(k)).toBe('bothStrength');
        for (const k of c.growthAreas) expect(agreement.get(k)).toBe('bothGrowth');
        for (const k of c.worthTalkingAbout) expect(agreement.get(k)).toBe('different');
        for (const d of c.dimensions) {
          if (d.difference >= 25 && d.agreement !== 'bothStrength' && d.agreement !== 'bothGrowth') {
            expect(c.worthTalkingAbout).toContain(d.key);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('suggests first steps that, filtered for an at-risk viewer, hold no joint exercise', () => {
    fc.assert(
      fc.property(anyResult, anyResult, (a, b) => {
        const c = compareResults(checkup, a, b);
        const shown = suggestionsFor(c.firstSteps, catalog, { atRisk: true });
        for (const id of shown) expect(catalog.exercises.find((e) => e.id === id)!.joint).toBe(false);
      }),
    );
  });
});
