import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, parseLabelledLines } from './evaluate.ts';
import { analyzeDraft } from './index.ts';

// Both sets were used while writing the rules, so they guard against regressions; they do not
// measure how the Coach does on new messages (see `npm run coach:eval` and the odd/even split).
const read = (name: string) =>
  parseLabelledLines(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8'));
const coach = (text: string) => analyzeDraft(text).labels;

describe('Coach on the development set', () => {
  const devSet = read('coach-dev.jsonl');
  const result = evaluate(devSet, coach);

  it('has all 240 lines', () => {
    expect(result.lines).toBe(240);
  });

  it('reaches a macro F1 of at least 0.85 over the four horsemen', () => {
    expect(result.macroF1).toBeGreaterThanOrEqual(0.85);
  });

  it('finds every crisis', () => {
    expect(result.crisisRecall).toBe(1);
  });

  it('flags at most 10% of the lines that carry no label', () => {
    expect(result.falsePositiveRate).toBeLessThanOrEqual(0.1);
  });
});

describe('Coach on the hand-written phrasing set', () => {
  // Variations written for the Coach: other phrasings of each pattern, plus look-alike harmless
  // messages ("I'm done with work early", "this traffic is killing me").
  const result = evaluate(read('coach-handwritten.jsonl'), coach);

  it('keeps a macro F1 of at least 0.95', () => {
    expect(result.macroF1).toBeGreaterThanOrEqual(0.95);
  });

  it('finds every crisis', () => {
    expect(result.crisisRecall).toBe(1);
  });

  it('flags at most 3% of the harmless messages', () => {
    expect(result.falsePositiveRate).toBeLessThanOrEqual(0.03);
  });
});
