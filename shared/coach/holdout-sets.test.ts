import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, parseLabelledLines } from './evaluate.ts';
import { analyzeDraft } from './index.ts';

/**
 * Regression floors for the hand-written hold-out batches (test/fixtures/coach-holdout-*.jsonl).
 * Each batch was written fresh, committed, and measured once before any rule looked at it; that
 * first measurement is the honest estimate of how the Coach does on new messages:
 *
 *   batch  written after          first measurement (macro F1 / crisis recall / FP rate)
 *   A      the original rules     0.85 / 0.77 / 0.02   (0.87 / 0.77 / 0.02 after the relabels below)
 *   B      tuning on A            0.87 / 0.67 / 0.00
 *   C      tuning on B            0.84 / 0.67 / 0.02
 *   D      tuning on C            0.86 / 0.73 / 0.03
 *   E      tuning on D            0.82 / 0.73 / 0.03
 *   F      tuning on E            0.81 / 0.80 / 0.10
 *   G      tuning on F            0.92 / 0.67 / 0.03
 *   H      tuning on G            0.82 / 0.80 / 0.07
 *   I      tuning on H            0.88 / 0.67 / 0.00
 *   J      tuning on I            0.81 / 0.60 / 0.03   (the original rules scored 0.81 / 0.47 / 0.03)
 *   K      tuning on J            0.88 / 0.80 / 0.03   (the original rules scored 0.88 / 0.67 / 0.03)
 *   L      tuning on K            0.85 / 1.00 / 0.10   (108 lines; contempt F1 0.73, defensiveness 0.81)
 *   M      tuning on L            0.88 / 0.71 / 0.03   (107 lines; contempt recall 0.67, 2 of 7 crises missed)
 *
 * Two lines were relabelled afterwards to match the dev set's convention, not the Coach: A's
 * "well excuse me for trying to help" (defensiveness only, like d216) and "whatever you say"
 * in A and J (stonewalling too, like d140).
 *
 * Corrections to the commit messages that added the batches: E has 106 lines (not 111), H 105
 * (not 111), I 103 (not 105), J 92 (not 102); and G and I, called "the final untouched set"
 * there, were tuned on after their first measurement like the others.
 *
 * L and M were written by a later helper in one sitting; L was committed before any rule changed,
 * M after the rules were tuned on L (and on made-up probe phrasings, not on M). Labelling
 * choices left as first written, though they disagree with earlier batches: M's bare "ok." is
 * labelled stonewalling, while F's identical "ok." is labelled none; L's "*eye roll* sure babe,
 * whatever you say" is labelled contempt only, though d140 would add stonewalling.
 *
 * After its first measurement every batch was tuned on, so the floors below only guard against
 * regressions; they say nothing about new messages. Missing crisis language is the worst failure,
 * so every batch must keep a crisis recall of 1.
 */
const FLOORS: Record<string, { macroF1: number; maxFalsePositiveRate: number }> = {
  a: { macroF1: 0.97, maxFalsePositiveRate: 0.03 },
  b: { macroF1: 0.98, maxFalsePositiveRate: 0.03 },
  c: { macroF1: 0.95, maxFalsePositiveRate: 0.05 },
  d: { macroF1: 0.97, maxFalsePositiveRate: 0.03 },
  e: { macroF1: 0.97, maxFalsePositiveRate: 0.03 },
  f: { macroF1: 0.98, maxFalsePositiveRate: 0.03 },
  g: { macroF1: 0.98, maxFalsePositiveRate: 0.03 },
  h: { macroF1: 0.98, maxFalsePositiveRate: 0.03 },
  i: { macroF1: 0.96, maxFalsePositiveRate: 0.03 },
  j: { macroF1: 0.97, maxFalsePositiveRate: 0.05 },
  k: { macroF1: 0.97, maxFalsePositiveRate: 0.05 },
  l: { macroF1: 0.93, maxFalsePositiveRate: 0.03 },
  m: { macroF1: 0.96, maxFalsePositiveRate: 0.03 },
};

const read = (name: string) =>
  parseLabelledLines(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8'));
const coach = (text: string) => analyzeDraft(text).labels;

describe.each(Object.entries(FLOORS))('Coach on hold-out batch %s', (batch, floor) => {
  const lines = read(`coach-holdout-${batch}.jsonl`);
  const result = evaluate(lines, coach);

  it('has at least 90 lines', () => {
    expect(result.lines).toBeGreaterThanOrEqual(90);
  });

  it(`keeps a macro F1 of at least ${floor.macroF1}`, () => {
    expect(result.macroF1).toBeGreaterThanOrEqual(floor.macroF1);
  });

  it('finds every crisis', () => {
    expect(result.crisisRecall).toBe(1);
  });

  it(`flags at most ${floor.maxFalsePositiveRate * 100}% of the lines with no label`, () => {
    expect(result.falsePositiveRate).toBeLessThanOrEqual(floor.maxFalsePositiveRate);
  });
});

/**
 * Crisis-only batches (coach-crisis-N.jsonl): many ways of saying self-harm, suicide, violence,
 * threats and fear of the partner, beside everyday lines that borrow their words ("this commute
 * is killing me"). First measurement, before any rule was written for it: batch 1 0.62, batch 2
 * 0.53 (0.68 with a bag-of-words model we then rejected), batch 4 (threats only) 0.40, batch 3
 * 0.56 (after the concept rules of crisis-concepts.ts and the threat rules), batch 5 0.55 (after
 * the horsemen rules of batches L and M), batch 6 0.20 (written to be unlike the others),
 * batch 7 0.73 (mixed with horsemen lines: macro F1 0.85, no false alarms). The rules were then extended for what each missed; these guard that.
 */
describe.each([1, 2, 3, 4, 5, 6, 7])('Coach on crisis batch %i', (batch) => {
  const lines = read(`coach-crisis-${batch}.jsonl`);
  const flagged = (text: string) => analyzeDraft(text).labels.includes('crisis');

  it('finds every line that speaks of crisis', () => {
    expect(lines.filter((l) => l.labels.includes('crisis') && !flagged(l.text)).map((l) => l.id)).toEqual([]);
  });

  it('leaves the everyday lines that borrow crisis words alone', () => {
    expect(lines.filter((l) => !l.labels.includes('crisis') && flagged(l.text)).map((l) => l.id)).toEqual([]);
  });
});
