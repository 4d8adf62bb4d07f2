/**
 * Labels drafts with the Coach: reads JSON lines `{"id","text"}` from FILE (or stdin) and prints
 * one `{"id","labels"}` line per input.
 *
 *   npm run coach -- FILE.jsonl            labels only
 *   npm run coach -- FILE.jsonl --explain  also every rule that fired, with the words it matched
 */
import { readFileSync } from 'node:fs';
import { analyzeDraft, explainDraft } from '../shared/coach/index.ts';

const args = process.argv.slice(2);
const explain = args.includes('--explain');
const file = args.find((a) => !a.startsWith('--'));
const input = readFileSync(file ?? 0, 'utf8');

for (const [n, line] of input.split('\n').entries()) {
  if (line.trim() === '') continue;
  let record: { id?: unknown; text?: unknown };
  try {
    record = JSON.parse(line) as typeof record;
  } catch {
    console.error(`line ${n + 1}: not JSON, skipped`);
    process.exitCode = 1;
    continue;
  }
  const text = typeof record.text === 'string' ? record.text : '';
  const out: Record<string, unknown> = { id: record.id, labels: analyzeDraft(text).labels };
  if (explain) out.findings = explainDraft(text).map((f) => `${f.set}/${f.rule}${f.counted ? '' : ' (weak, dropped)'}: ${f.text}`);
  console.log(JSON.stringify(out));
}
