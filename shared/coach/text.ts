/**
 * Turns a raw draft into something the rules can read, without moving any character: every
 * offset into the prepared text is also an offset into the draft, so spans need no mapping.
 */
import type { Span } from './types.ts';

/** Longer drafts are analysed only in part, which keeps the Coach fast while someone types. */
export const MAX_ANALYSED_LENGTH = 5_000;

export interface PreparedText {
  /** The draft with curly quotes made straight and odd spaces made plain; same length. */
  text: string;
  sentences: Span[];
  /** Text in quotation marks: mentioned words ("couples who say 'you always'…") rather than said ones. */
  quotes: Span[];
  /** Whether the draft speaks to the partner at all. */
  addressesPartner: boolean;
  truncated: boolean;
}

// Each replacement is one UTF-16 unit for one, so offsets stay valid.
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const ODD_SPACES = /[\t\v\f\r\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u2028\u2029]/g;

export function prepare(draft: string): PreparedText {
  const truncated = draft.length > MAX_ANALYSED_LENGTH;
  const text = draft
    .slice(0, MAX_ANALYSED_LENGTH)
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(ODD_SPACES, ' ');
  return {
    text,
    sentences: splitSentences(text),
    quotes: findQuotes(text),
    addressesPartner: /\b(?:you|your|yours|yourself|u|ur)\b/i.test(text),
    truncated,
  };
}

const SENTENCE_END = /[.!?…]+["')\]]*(?=\s|$)|\n+/g;

function splitSentences(text: string): Span[] {
  const sentences: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (end > start) sentences.push({ start, end });
    start = end;
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences;
}

/** The sentence holding `index`; the whole text when there is none (empty drafts). */
export function sentenceAt(prepared: PreparedText, index: number): Span {
  for (const s of prepared.sentences) if (index >= s.start && index < s.end) return s;
  return { start: 0, end: prepared.text.length };
}

const MAX_QUOTE_LENGTH = 160;
const WORDISH = /[\p{L}\p{N}]/u;

/**
 * Pairs quotation marks. A straight `'` is also an apostrophe, so it opens a quote only after a
 * space or punctuation and before a letter, and closes one only before a non-letter ("don't" and
 * "parents' house" stay apostrophes).
 */
function findQuotes(text: string): Span[] {
  const quotes: Span[] = [];
  let open: { index: number; mark: string } | undefined;
  for (let i = 0; i < text.length; i++) {
    const mark = text[i];
    if (mark !== "'" && mark !== '"') {
      if (mark === '\n') open = undefined;
      continue;
    }
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    const canOpen = !WORDISH.test(before) && WORDISH.test(after);
    const canClose = !/\s/.test(before) && !WORDISH.test(after);
    if (open && open.mark === mark && canClose) {
      if (i - open.index <= MAX_QUOTE_LENGTH) quotes.push({ start: open.index, end: i + 1 });
      open = undefined;
    } else if (canOpen) {
      open = { index: i, mark };
    }
  }
  return quotes;
}

export function isInside(span: Span, regions: readonly Span[]): boolean {
  return regions.some((r) => span.start >= r.start && span.end <= r.end);
}

/**
 * Someone else's words reported without quotes ("my sister keeps saying you never help"). The
 * writer's own "I said I'm done" is not reported speech: it repeats the stance.
 */
const REPORTED_SPEECH = /(?<!\bI )\b(?:say|says|said|saying|tell|tells|told|telling|claim|claims|claimed|claiming|snap|snaps|snapped|yell|yells|yelled|scream|screams|screamed|write|writes|wrote|ask|asks|asked|accuse|accuses|accused|accusing|call|calls|called)(?: (?:me|her|him|them|us|that|things like|stuff like|phrases like|words like|something like))*\s*(?:that\s+)?$/i;

export function isReportedSpeech(prepared: PreparedText, span: Span): boolean {
  const sentence = sentenceAt(prepared, span.start);
  const lead = prepared.text.slice(Math.max(sentence.start, span.start - 60), span.start);
  return REPORTED_SPEECH.test(lead);
}
