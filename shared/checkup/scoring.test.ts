import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadInstruments } from './load.ts';
import { CheckupAnswersError, answerProblems, missingItems, orientedAnswer, scoreCheckup, type Answer } from './scoring.ts';
import { parseInstrument } from './instrument.ts';
import { answersFor, extremeAnswers } from './testing.ts';

const checkup = loadInstruments().find((i) => i.id === 'connection-checkup')!;
const n = checkup.items.length;
const score = (answers: Answer[], key: string) => scoreCheckup(checkup, answers).dimensions.find((d) => d.key === key)!.score;

/** Any complete set of in-range answers, as values in item order. */
const anyValues = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: n, maxLength: n });
const toAnswers = (values: number[]) => answersFor(checkup, (_, i) => values[i]!);

describe('scoreCheckup', () => {
  it('flips reverse-scored items (min + max − value)', () => {
    expect(orientedAnswer(5, { min: 1, max: 5 }, true)).toBe(1);
    expect(orientedAnswer(2, { min: 1, max: 5 }, true)).toBe(4);
    expect(orientedAnswer(2, { min: 1, max: 5 }, false)).toBe(2);
  });

  it('rescales the item mean to 0–100', () => {
    // Everyone agrees strongly with everything: forward items count 5, reverse items count 1.
    const allFive = answersFor(checkup, () => 5);
    // blueprints: 3 forward + 2 reverse → (4+4+4+0+0) / (5×4) = 60
    expect(score(allFive, 'blueprints')).toBe(60);
    // roots: 4 forward + 1 reverse → 16/20 = 80
    expect(score(allFive, 'roots')).toBe(80);
    // friendship: 3 forward + 1 reverse → 12/16 = 75
    expect(score(allFive, 'friendship')).toBe(75);
    // All threes sit in the middle of the scale.
    const allThree = answersFor(checkup, () => 3);
    for (const d of scoreCheckup(checkup, allThree).dimensions) expect(d.score, d.key).toBe(50);
    expect(scoreCheckup(checkup, allThree).overall.score).toBe(50);
  });

  it('rounds to the nearest whole number, halves up', () => {
    // friendship: forward 2,1,1 and reverse 5 (→1): (1+0+0+0)/16 = 6.25 → 6
    const friendship = checkup.items.filter((i) => i.dimension === 'friendship');
    const values = new Map<string, number>([
      [friendship[0]!.id, 2],
      [friendship[1]!.id, 1],
      [friendship[2]!.id, 1],
      [friendship[3]!.id, 5],
    ]);
    const answers = answersFor(checkup, (item) => values.get(item.id) ?? 3);
    expect(score(answers, 'friendship')).toBe(6);
    // 2,2,1,5 → 2/16 = 12.5 → 13
    values.set(friendship[1]!.id, 2);
    expect(score(answersFor(checkup, (item) => values.get(item.id) ?? 3), 'friendship')).toBe(13);
  });

  it('gives the most connected answers 0 on every dynamic, 100 on every strength and overall', () => {
    const result = scoreCheckup(checkup, extremeAnswers(checkup, true));
    for (const d of result.dimensions) expect(d.score, d.key).toBe(d.kind === 'dynamic' ? 0 : 100);
    expect(result.overall).toEqual({ score: 100, band: 'connected', outlook: 'strength' });
    for (const d of result.dimensions) expect(d.outlook, d.key).toBe('strength');

    const distant = scoreCheckup(checkup, extremeAnswers(checkup, false));
    for (const d of distant.dimensions) expect(d.score, d.key).toBe(d.kind === 'dynamic' ? 100 : 0);
    expect(distant.overall).toEqual({ score: 0, band: 'room-to-grow', outlook: 'growth' });
  });

  it('defines the overall score as the mean of strengths and inverted dynamics', () => {
    fc.assert(
      fc.property(anyValues, (values) => {
        const result = scoreCheckup(checkup, toAnswers(values));
        const oriented = result.dimensions.map((d) => (d.kind === 'strength' ? d.score : 100 - d.score));
        const mean = oriented.reduce((a, b) => a + b, 0) / oriented.length;
        expect(result.overall.score).toBe(Math.round(mean));
      }),
    );
  });

  it('returns dimensions in the instrument order with their band', () => {
    const result = scoreCheckup(checkup, answersFor(checkup, () => 4));
    expect(result.instrumentId).toBe('connection-checkup');
    expect(result.instrumentVersion).toBe(checkup.version);
    expect(result.dimensions.map((d) => d.key)).toEqual(checkup.dimensions.map((d) => d.key));
    for (const d of result.dimensions) {
      const band = checkup.bands[d.key]!.find((b) => b.key === d.band)!;
      expect(d.score).toBeGreaterThanOrEqual(band.min);
      expect(d.score).toBeLessThanOrEqual(band.max);
      expect(d.outlook).toBe(band.outlook);
    }
  });
});

describe('refusals', () => {
  it('lists missing items and refuses to score', () => {
    const answers = answersFor(checkup, () => 3).slice(2);
    expect(missingItems(checkup, answers)).toEqual([checkup.items[0]!.id, checkup.items[1]!.id]);
    expect(() => scoreCheckup(checkup, answers)).toThrow(CheckupAnswersError);
    try {
      scoreCheckup(checkup, answers);
    } catch (err) {
      expect((err as CheckupAnswersError).problems).toEqual([
        { code: 'missing', itemId: checkup.items[0]!.id },
        { code: 'missing', itemId: checkup.items[1]!.id },
      ]);
    }
    expect(missingItems(checkup, answersFor(checkup, () => 3))).toEqual([]);
  });

  it.each([0, 6, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects the out-of-range value %s', (value) => {
    const answers = answersFor(checkup, (_, i) => (i === 4 ? value : 3));
    expect(answerProblems(checkup, answers)).toEqual([{ code: 'outOfRange', itemId: checkup.items[4]!.id, value, min: 1, max: 5 }]);
    expect(() => scoreCheckup(checkup, answers)).toThrow(/is not a whole number from 1 to 5/);
  });

  it('rejects unknown items and answers given twice', () => {
    const answers = [...answersFor(checkup, () => 3), { itemId: 'rots-1', value: 3 }, { itemId: checkup.items[0]!.id, value: 4 }];
    expect(answerProblems(checkup, answers)).toEqual([
      { code: 'unknownItem', itemId: 'rots-1' },
      { code: 'duplicate', itemId: checkup.items[0]!.id },
    ]);
    expect(() => scoreCheckup(checkup, answers)).toThrow(CheckupAnswersError);
  });
});

describe('properties', () => {
  it('keeps every score within 0–100 for any complete set of in-range answers', () => {
    fc.assert(
      fc.property(anyValues, (values) => {
        const result = scoreCheckup(checkup, toAnswers(values));
        for (const d of [...result.dimensions, result.overall]) {
          expect(Number.isInteger(d.score)).toBe(true);
          expect(d.score).toBeGreaterThanOrEqual(0);
          expect(d.score).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('matches the plain formula round((mean − min) / (max − min) × 100)', () => {
    fc.assert(
      fc.property(anyValues, (values) => {
        const result = scoreCheckup(checkup, toAnswers(values));
        for (const d of result.dimensions) {
          const own = checkup.items
            .map((item, i) => ({ item, value: values[i]! }))
            .filter(({ item }) => item.dimension === d.key)
            .map(({ item, value }) => (item.reverse ? 6 - value : value));
          const mean = own.reduce((a, b) => a + b, 0) / own.length;
          expect(d.score).toBe(Math.round(((mean - 1) / 4) * 100));
        }
      }),
    );
  });

  it('never lowers a dimension when a forward item is raised, never raises it when a reverse item is', () => {
    fc.assert(
      fc.property(anyValues, fc.nat({ max: n - 1 }), fc.integer({ min: 1, max: 4 }), (values, index, step) => {
        const item = checkup.items[index]!;
        const raised = [...values];
        raised[index] = Math.min(5, values[index]! + step);
        const before = score(toAnswers(values), item.dimension);
        const after = score(toAnswers(raised), item.dimension);
        if (item.reverse) expect(after).toBeLessThanOrEqual(before);
        else expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves the other dimensions alone when one answer changes', () => {
    fc.assert(
      fc.property(anyValues, fc.nat({ max: n - 1 }), fc.integer({ min: 1, max: 5 }), (values, index, value) => {
        const changed = [...values];
        changed[index] = value;
        const a = scoreCheckup(checkup, toAnswers(values)).dimensions;
        const b = scoreCheckup(checkup, toAnswers(changed)).dimensions;
        a.forEach((d, i) => {
          if (d.key !== checkup.items[index]!.dimension) expect(b[i]!.score).toBe(d.score);
        });
      }),
    );
  });
});

describe('instruments with other scales', () => {
  const mixed = parseInstrument(
    {
      id: 'mixed',
      version: 1,
      locales: ['en'],
      estimatedMinutes: 1,
      texts: { title: { en: 'Mixed' }, intro: { en: 'Intro.' }, instructions: { en: 'Answer.' }, disclaimer: { en: 'Not a test.' } },
      scales: {
        three: { min: 0, max: 2, labels: [0, 1, 2].map((value) => ({ value, text: { en: `v${value}` } })) },
        five: { min: 1, max: 5, labels: [1, 2, 3, 4, 5].map((value) => ({ value, text: { en: `v${value}` } })) },
      },
      dimensions: [{ key: 'warmth', kind: 'strength', name: { en: 'Warmth' }, description: { en: 'Warmth.' } }],
      items: [
        { id: 'a', dimension: 'warmth', scale: 'three', reverse: false, text: { en: 'I a.' } },
        { id: 'b', dimension: 'warmth', scale: 'five', reverse: true, text: { en: 'I b.' } },
      ],
      scoring: { method: 'itemMeanRescaled', rounding: 'nearestInteger' },
      bands: {
        warmth: [
          { key: 'low', min: 0, max: 49, outlook: 'growth', label: { en: 'Low' }, interpretation: { en: 'Low.' }, exercises: ['small-joys'] },
          { key: 'high', min: 50, max: 100, outlook: 'strength', label: { en: 'High' }, interpretation: { en: 'High.' }, exercises: ['small-joys'] },
        ],
      },
      overall: {
        method: 'meanOfOriented',
        name: { en: 'Overall' },
        description: { en: 'Overall.' },
        bands: [{ key: 'all', min: 0, max: 100, outlook: 'middle', label: { en: 'All' }, interpretation: { en: 'All.' } }],
      },
    },
    'mixed.json',
  );

  it('rescales each answer on its own scale before averaging', () => {
    // a: 1 on 0–2 → 0.5; b: 2 reversed on 1–5 → 4 → 0.75; mean 0.625 → 63 (halves up)
    const result = scoreCheckup(mixed, [
      { itemId: 'a', value: 1 },
      { itemId: 'b', value: 2 },
    ]);
    expect(result.dimensions[0]!.score).toBe(63);
    expect(result.overall.score).toBe(63);
    expect(() => scoreCheckup(mixed, [{ itemId: 'a', value: 3 }, { itemId: 'b', value: 2 }])).toThrow(/from 0 to 2/);
  });
});
