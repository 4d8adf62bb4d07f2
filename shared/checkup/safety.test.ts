import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadExercises, loadInstruments, loadSafetyScreen } from './load.ts';
import { SafetyAnswersError, assessSafety, parseSafetyScreen, type SafetyAnswer } from './safety.ts';
import { isSuggestable, suggestableExercises, suggestionsFor } from './suggest.ts';
import { EXERCISE_KINDS, parseExerciseCatalog, type ExerciseCatalog } from './exercises.ts';

const screen = loadSafetyScreen();
const catalog = loadExercises();
const checkup = loadInstruments().find((i) => i.id === 'connection-checkup')!;

const only = (values: Record<string, number>): SafetyAnswer[] =>
  Object.entries(values).map(([itemId, value]) => ({ itemId, value }));
const allZero = screen.items.map((i) => ({ itemId: i.id, value: 0 }));
const withAnswers = (values: Record<string, number>): SafetyAnswer[] =>
  allZero.map((a) => ({ itemId: a.itemId, value: values[a.itemId] ?? 0 }));

describe('assessSafety', () => {
  it('is not at risk when nothing is reported', () => {
    expect(assessSafety(screen, allZero)).toEqual({ atRisk: false, complete: true });
  });

  it.each(['physical-harm', 'threats', 'sexual-pressure', 'afraid'])('is at risk from a single "once or rarely" on %s', (id) => {
    expect(assessSafety(screen, withAnswers({ [id]: 1 })).atRisk).toBe(true);
  });

  it.each(['money-control', 'phone-control', 'kept-from-others', 'walking-carefully'])(
    'counts %s from "sometimes"',
    (id) => {
      expect(assessSafety(screen, withAnswers({ [id]: 1 })).atRisk).toBe(false);
      expect(assessSafety(screen, withAnswers({ [id]: 2 })).atRisk).toBe(true);
      expect(assessSafety(screen, withAnswers({ [id]: 3 })).atRisk).toBe(true);
    },
  );

  it('adds up several smaller signs', () => {
    expect(assessSafety(screen, withAnswers({ 'money-control': 1, 'phone-control': 1 })).atRisk).toBe(false);
    expect(assessSafety(screen, withAnswers({ 'money-control': 1, 'phone-control': 1, 'kept-from-others': 1 })).atRisk).toBe(true);
  });

  it('allows skipped questions and says the screen is incomplete', () => {
    expect(assessSafety(screen, [])).toEqual({ atRisk: false, complete: false });
    expect(assessSafety(screen, only({ 'physical-harm': 2 }))).toEqual({ atRisk: true, complete: false });
  });

  it('rejects unknown items, repeats and out-of-range values', () => {
    expect(() => assessSafety(screen, only({ nope: 0 }))).toThrow(SafetyAnswersError);
    expect(() => assessSafety(screen, [...allZero, { itemId: 'afraid', value: 0 }])).toThrow(/more than once/);
    expect(() => assessSafety(screen, withAnswers({ afraid: 4 }))).toThrow(/from 0 to 3/);
    expect(() => assessSafety(screen, withAnswers({ afraid: -1 }))).toThrow(SafetyAnswersError);
    expect(() => assessSafety(screen, withAnswers({ afraid: 0.5 }))).toThrow(SafetyAnswersError);
  });

  it('never stops seeing a risk when an answer goes up', () => {
    const values = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: screen.items.length, maxLength: screen.items.length });
    fc.assert(
      fc.property(values, fc.nat({ max: screen.items.length - 1 }), (vs, index) => {
        const before = assessSafety(screen, screen.items.map((item, i) => ({ itemId: item.id, value: vs[i]! })));
        const raised = [...vs];
        raised[index] = Math.min(3, raised[index]! + 1);
        const after = assessSafety(screen, screen.items.map((item, i) => ({ itemId: item.id, value: raised[i]! })));
        if (before.atRisk) expect(after.atRisk).toBe(true);
      }),
    );
  });

  it('refuses a screen where a fear item counts only from "often"', () => {
    const data = JSON.parse(JSON.stringify(screen));
    data.items[0].riskFrom = 3;
    expect(() => parseSafetyScreen(data, 'safety-screen.json')).toThrow(/safety-screen\.json: items\[0\]\.riskFrom: a fear item/);
  });
});

/** Any catalog that passes the schema: joint/kind/okWhenAtRisk combined every allowed way. */
const anyCatalog: fc.Arbitrary<ExerciseCatalog> = fc
  .array(
    fc.record({
      joint: fc.boolean(),
      kind: fc.constantFrom(...EXERCISE_KINDS),
      ok: fc.boolean(),
      dims: fc.subarray(['a', 'b', 'c'], { minLength: 1 }),
      alt: fc.option(fc.nat({ max: 11 }), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((specs) => {
    const exercises = specs.map((s, i) => {
      const joint = s.kind === 'conflict' ? true : s.joint;
      return {
        id: `e${i}`,
        dimensions: s.dims,
        joint,
        kind: s.kind,
        okWhenAtRisk: joint ? false : s.ok,
        minutes: 5,
        title: { en: `Exercise ${i}` },
        summary: { en: 'Something to try.' },
      };
    });
    // Solo alternatives must point at solo exercises.
    specs.forEach((s, i) => {
      const target = s.alt === undefined ? undefined : exercises[s.alt % exercises.length];
      if (target && !target.joint) (exercises[i] as Record<string, unknown>).soloAlternative = target.id;
    });
    return parseExerciseCatalog({ version: 1, locales: ['en'], exercises }, 'generated.json');
  });

describe('suggestionsFor', () => {
  const ids = catalog.exercises.map((e) => e.id);

  it('passes suggestions through unchanged when no risk is reported', () => {
    expect(suggestionsFor(['aftermath', 'my-blueprint', 'nope', 'aftermath'], catalog, { atRisk: false })).toEqual([
      'aftermath',
      'my-blueprint',
    ]);
  });

  it('replaces joint conflict work with solo alternatives for someone at risk', () => {
    expect(suggestionsFor(['aftermath', 'listening-without-defending', 'cycle-map-together'], catalog, { atRisk: true })).toEqual([
      'calming-when-flooded',
      'quiet-check-in',
    ]);
    expect(suggestionsFor(['play-together', 'my-blueprint'], catalog, { atRisk: true })).toEqual(['small-joys', 'my-blueprint']);
  });

  it('still offers something for every band when someone is at risk', () => {
    for (const [key, bands] of Object.entries(checkup.bands)) {
      for (const band of bands) {
        const shown = suggestionsFor(band.exercises, catalog, { atRisk: true });
        expect(shown.length, `${key}/${band.key}`).toBeGreaterThan(0);
      }
    }
  });

  it('never returns a joint exercise (so never joint conflict work) to someone at risk — built-in catalog', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...ids), fc.string()), { maxLength: 12 }), fc.option(fc.nat({ max: 10 })), (asked, max) => {
        const shown = suggestionsFor(asked, catalog, { atRisk: true }, max === null ? {} : { max });
        const byId = new Map(catalog.exercises.map((e) => [e.id, e]));
        expect(new Set(shown).size).toBe(shown.length);
        if (max !== null) expect(shown.length).toBeLessThanOrEqual(max);
        for (const id of shown) {
          const exercise = byId.get(id)!;
          expect(exercise.joint).toBe(false);
          expect(exercise.kind).not.toBe('conflict');
          expect(exercise.okWhenAtRisk).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never returns a joint exercise to someone at risk — any valid catalog', () => {
    fc.assert(
      fc.property(anyCatalog, fc.array(fc.nat({ max: 11 }), { maxLength: 8 }), (generated, picks) => {
        const asked = picks.map((p) => `e${p}`);
        const shown = suggestionsFor(asked, generated, { atRisk: true });
        for (const id of shown) {
          const exercise = generated.exercises.find((e) => e.id === id)!;
          expect(isSuggestable(exercise, { atRisk: true })).toBe(true);
          expect(exercise.joint).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('lists only solo exercises marked safe when at risk', () => {
    const safe = suggestableExercises(catalog, { atRisk: true });
    expect(safe.length).toBeGreaterThan(0);
    expect(safe.every((e) => !e.joint && e.okWhenAtRisk)).toBe(true);
    expect(suggestableExercises(catalog, { atRisk: false })).toHaveLength(catalog.exercises.length);
  });
});
