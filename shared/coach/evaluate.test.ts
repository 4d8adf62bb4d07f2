import { describe, expect, it } from 'vitest';
import { evaluate, parseLabelledLines, splitByIdParity, type LabelledLine } from './evaluate.ts';
import type { Label } from './types.ts';

const gold: LabelledLine[] = [
  { id: 'd001', text: 'a', labels: ['criticism'] },
  { id: 'd002', text: 'b', labels: ['criticism', 'crisis'] },
  { id: 'd003', text: 'c', labels: [] },
  { id: 'd004', text: 'd', labels: [] },
];
const predictions: Record<string, Label[]> = { a: ['criticism'], b: ['contempt'], c: ['criticism'], d: [] };

describe('evaluate', () => {
  const result = evaluate(gold, (text) => predictions[text] ?? []);

  it('counts hits and misses per label', () => {
    expect(result.perLabel.criticism).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    expect(result.perLabel.criticism.precision).toBe(0.5);
    expect(result.perLabel.criticism.recall).toBe(0.5);
    expect(result.perLabel.criticism.f1).toBe(0.5);
  });

  it('scores a label that was only predicted wrongly as 0', () => {
    expect(result.perLabel.contempt).toMatchObject({ precision: 0, recall: 1, f1: 0 });
  });

  it('scores a label nobody used and nobody predicted as perfect', () => {
    expect(result.perLabel.stonewalling).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('averages F1 over the four horsemen only', () => {
    // criticism 0.5, contempt 0, defensiveness 1, stonewalling 1
    expect(result.macroF1).toBeCloseTo(0.625);
  });

  it('reports crisis recall and the share of unlabelled lines that got a label', () => {
    expect(result.crisisRecall).toBe(0);
    expect(result.falsePositiveRate).toBe(0.5);
  });
});

describe('parseLabelledLines', () => {
  it('reads JSON lines and skips blank ones', () => {
    const lines = parseLabelledLines('{"id":"d001","text":"hi","labels":["contempt"],"why":"x"}\n\n{"id":"d002","text":"yo"}\n');
    expect(lines).toEqual([
      { id: 'd001', text: 'hi', labels: ['contempt'] },
      { id: 'd002', text: 'yo', labels: [] },
    ]);
  });

  it('rejects unknown labels', () => {
    expect(() => parseLabelledLines('{"id":"d1","text":"x","labels":["sarcasm"]}')).toThrow(/unknown label/);
  });
});

describe('splitByIdParity', () => {
  it('puts odd ids in one half and even ids in the other', () => {
    const { odd, even } = splitByIdParity(gold);
    expect(odd.map((l) => l.id)).toEqual(['d001', 'd003']);
    expect(even.map((l) => l.id)).toEqual(['d002', 'd004']);
  });
});
