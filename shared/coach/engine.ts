/** Applies rule sets to a prepared draft and reports every match that survives its guards. */
import type { RuleSet } from './rules/rule.ts';
import type { Span } from './types.ts';
import { isInside, isReportedSpeech, sentenceAt, type PreparedText } from './text.ts';

export interface Finding<Name extends string = string> {
  set: Name;
  rule: string;
  span: Span;
  weak: boolean;
}

/** `search` ignores and restores `lastIndex`, so shared global RegExps stay safe to reuse. */
function matches(pattern: RegExp, text: string): boolean {
  return text.search(pattern) !== -1;
}

export function findAll<Name extends string>(prepared: PreparedText, set: RuleSet<Name>): Finding<Name>[] {
  const { text } = prepared;
  if (set.unlessDraft && matches(set.unlessDraft, text)) return [];
  const findings: Finding<Name>[] = [];
  for (const rule of set.rules) {
    if (rule.needsPartner && !prepared.addressesPartner) continue;
    if (rule.unlessDraft && matches(rule.unlessDraft, text)) continue;
    for (const m of text.matchAll(rule.pattern)) {
      if (m[0].length === 0) continue;
      const span = { start: m.index, end: m.index + m[0].length };
      if (!set.countsMentions && (isInside(span, prepared.quotes) || isReportedSpeech(prepared, span))) continue;
      const guards = [rule.unlessSentence, set.unlessSentence].filter((g) => g !== undefined);
      if (guards.length > 0 || rule.ifSentence) {
        const sentence = sentenceAt(prepared, span.start);
        const sentenceText = text.slice(sentence.start, sentence.end);
        if (rule.ifSentence && !matches(rule.ifSentence, sentenceText)) continue;
        if (guards.some((g) => matches(g, sentenceText))) continue;
      }
      findings.push({ set: set.name, rule: rule.id, span, weak: rule.weak === true });
    }
  }
  return findings;
}

/** Sorted spans with overlaps merged, so a highlighter never paints the same words twice. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
