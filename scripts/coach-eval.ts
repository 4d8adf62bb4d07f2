/**
 * Scores the Coach on the labelled development set next to a naive baseline, on the whole set and
 * on the two halves used while writing rules (odd ids to tune, even ids to check).
 *
 *   npm run coach:eval                 tables
 *   npm run coach:eval -- --json       the same numbers as JSON
 *   npm run coach:eval -- OTHER.jsonl  another labelled file
 *
 * Baseline: the `sentiment` package's AFINN score of the whole draft. A score below -1 flags all
 * four horsemen; a score below -3 flags crisis as well. It stands for "negative words mean trouble".
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { analyzeDraft } from '../shared/coach/index.ts';
import { evaluate, parseLabelledLines, splitByIdParity, type Evaluation, type LabelledLine } from '../shared/coach/evaluate.ts';
import { HORSEMEN, LABELS, type Label } from '../shared/coach/types.ts';

// `sentiment` ships CommonJS without types; it is a dev-only yardstick, so a narrow local type will do.
type SentimentAnalyser = { analyze(text: string): { score: number } };
const Sentiment = createRequire(import.meta.url)('sentiment') as new () => SentimentAnalyser;
const sentiment = new Sentiment();

export const BASELINE_RULE = 'sentiment score < -1 → all four horsemen; score < -3 → also crisis';

function baseline(text: string): Label[] {
  const { score } = sentiment.analyze(text);
  if (score < -3) return [...LABELS];
  if (score < -1) return [...HORSEMEN];
  return [];
}

const coach = (text: string): Label[] => analyzeDraft(text).labels;

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const file = args.find((a) => !a.startsWith('--')) ?? 'test/fixtures/coach-dev.jsonl';
const lines = parseLabelledLines(readFileSync(file, 'utf8'));
const { odd, even } = splitByIdParity(lines);
const splits: [string, LabelledLine[]][] = [
  ['whole set', lines],
  ['odd ids (tuned on)', odd],
  ['even ids (held out)', even],
];

const results = splits.map(([name, gold]) => ({
  name,
  coach: evaluate(gold, coach),
  baseline: evaluate(gold, baseline),
}));

if (asJson) {
  console.log(JSON.stringify({ file, baseline: BASELINE_RULE, splits: results }, null, 2));
} else {
  console.log(`${file}\nbaseline: ${BASELINE_RULE}\n`);
  for (const r of results) console.log(table(r.name, r.coach, r.baseline));
}

function table(name: string, c: Evaluation, b: Evaluation): string {
  const n = (x: number) => x.toFixed(2).padStart(5);
  const row = (label: string, coachCells: string, baseCells: string) =>
    `${label.padEnd(16)}${coachCells.padEnd(22)}│ ${baseCells}`;
  const cells = (e: Evaluation, l: Label) => `${n(e.perLabel[l].precision)} ${n(e.perLabel[l].recall)} ${n(e.perLabel[l].f1)}`;
  return [
    `── ${name}: ${c.lines} lines ──`,
    row('', 'coach', 'baseline (sentiment)'),
    row('label', '    P     R    F1', '    P     R    F1'),
    ...LABELS.map((l) => row(l, cells(c, l), cells(b, l))),
    row('macro F1 (4)', n(c.macroF1), n(b.macroF1)),
    row('crisis recall', n(c.crisisRecall), n(b.crisisRecall)),
    row('FP rate (none)', n(c.falsePositiveRate), n(b.falsePositiveRate)),
    '',
  ].join('\n');
}
