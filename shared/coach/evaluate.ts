/**
 * Scores the Coach (or any labeller) against a labelled set: per-label precision, recall and F1,
 * the macro F1 over the four horsemen, crisis recall, and how often a line with no label at all
 * is flagged anyway. Pure, so the numbers are unit-tested like any other code.
 */
import { HORSEMEN, LABELS, type Label } from './types.ts';

export interface LabelledLine {
  id: string;
  text: string;
  labels: Label[];
}

export interface LabelScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Evaluation {
  lines: number;
  perLabel: Record<Label, LabelScore>;
  /** Mean F1 of criticism, contempt, defensiveness and stonewalling. */
  macroF1: number;
  crisisRecall: number;
  /** Share of lines labelled with nothing that got at least one label. */
  falsePositiveRate: number;
}

const isLabel = (value: unknown): value is Label => (LABELS as readonly unknown[]).includes(value);

/** Reads `{"id","text","labels"}` lines; blank lines are skipped, anything malformed throws. */
export function parseLabelledLines(jsonl: string): LabelledLine[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, n) => {
      const value: unknown = JSON.parse(line);
      const { id, text, labels } = (value ?? {}) as Record<string, unknown>;
      if (typeof id !== 'string' || typeof text !== 'string') throw new Error(`line ${n + 1}: needs "id" and "text"`);
      if (labels !== undefined && !(Array.isArray(labels) && labels.every(isLabel))) {
        throw new Error(`line ${n + 1}: unknown label in ${JSON.stringify(labels)}`);
      }
      return { id, text, labels: (labels as Label[] | undefined) ?? [] };
    });
}

/** With nothing to count the ratio is 1: no prediction cannot be wrong, no gold label cannot be missed. */
function ratio(hits: number, total: number): number {
  return total === 0 ? 1 : hits / total;
}

function score(tp: number, fp: number, fn: number): LabelScore {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}

export function evaluate(gold: readonly LabelledLine[], predict: (text: string) => readonly Label[]): Evaluation {
  const counts = Object.fromEntries(LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }])) as Record<
    Label,
    { tp: number; fp: number; fn: number }
  >;
  let negatives = 0;
  let flaggedNegatives = 0;
  for (const line of gold) {
    const predicted = new Set(predict(line.text));
    const expected = new Set(line.labels);
    for (const label of LABELS) {
      if (predicted.has(label) && expected.has(label)) counts[label].tp++;
      else if (predicted.has(label)) counts[label].fp++;
      else if (expected.has(label)) counts[label].fn++;
    }
    if (expected.size === 0) {
      negatives++;
      if (predicted.size > 0) flaggedNegatives++;
    }
  }
  const perLabel = Object.fromEntries(
    LABELS.map((l) => [l, score(counts[l].tp, counts[l].fp, counts[l].fn)]),
  ) as Record<Label, LabelScore>;
  return {
    lines: gold.length,
    perLabel,
    macroF1: HORSEMEN.reduce((sum, h) => sum + perLabel[h].f1, 0) / HORSEMEN.length,
    crisisRecall: perLabel.crisis.recall,
    falsePositiveRate: negatives === 0 ? 0 : flaggedNegatives / negatives,
  };
}

/** The hold-out split used while writing rules: tune on odd ids, check on even ones. */
export function splitByIdParity(lines: readonly LabelledLine[]): { odd: LabelledLine[]; even: LabelledLine[] } {
  const number = (id: string) => Number(/\d+/.exec(id)?.[0] ?? 0);
  return {
    odd: lines.filter((l) => number(l.id) % 2 === 1),
    even: lines.filter((l) => number(l.id) % 2 === 0),
  };
}
