import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDraft, explainDraft, HORSEMEN, STARTUP_PARTS, type CoachResult, type Span } from './index.ts';

/** Any UTF-16 code unit, lone surrogates and control characters included. */
const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });

/** Shards of real drafts, so the rules actually fire and their guards get exercised. */
const draftish = fc
  .array(
    fc.constantFrom(
      'you', 'u', 'always', 'never', "you're", 'so', 'lazy', "I'm", 'done', 'whatever', 'forget it', 'not',
      'my fault', 'well,', 'yeah but', 'kill', 'myself', 'better off without me', 'scared of you', "'", '"',
      '.', '!', '?', ',', '\n', '🙄', '😂', '*rolls eyes*', 'I feel', 'could we', 'tonight', 'when', 'jk',
      'your highness', 'genius', 'sorry', 'said', 'talk', 'about', 'this', 'again', '\u0000', '\uD800', '’',
    ),
    { maxLength: 60 },
  )
  .chain((words) => fc.constantFrom(' ', '', '  ', '\t').map((sep) => words.join(sep)));

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  codeUnits,
  draftish,
);

function allSpans(result: CoachResult): Span[][] {
  return [
    ...HORSEMEN.map((h) => result.horsemen[h].spans),
    ...STARTUP_PARTS.map((p) => result.startup[p].spans),
    result.crisis.spans,
  ];
}

describe('analyzeDraft on any string', () => {
  it('never throws, and never needs its safety net to avoid it', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        analyzeDraft(text);
        // explainDraft runs the same rules without analyzeDraft's catch-all.
        explainDraft(text);
      }),
      { numRuns: 2_000 },
    );
  });

  it('returns spans inside the analysed text, ordered and not overlapping', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = analyzeDraft(text);
        expect(result.analysedLength).toBeLessThanOrEqual(text.length);
        for (const spans of allSpans(result)) {
          let previousEnd = 0;
          for (const { start, end } of spans) {
            expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
            expect(start).toBeGreaterThanOrEqual(previousEnd);
            expect(end).toBeGreaterThan(start);
            expect(end).toBeLessThanOrEqual(result.analysedLength);
            previousEnd = end;
          }
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it('keeps labels, findings and mode consistent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = analyzeDraft(text);
        const expected = [...HORSEMEN.filter((h) => result.horsemen[h].present), ...(result.crisis.present ? ['crisis'] : [])];
        expect(result.labels).toEqual(expected);
        for (const h of HORSEMEN) expect(result.horsemen[h].present).toBe(result.horsemen[h].spans.length > 0);
        for (const p of STARTUP_PARTS) expect(result.startup[p].present).toBe(result.startup[p].spans.length > 0);
        expect(result.crisis.present).toBe(result.crisis.kinds.length > 0);
        expect(result.crisis.present).toBe(result.crisis.spans.length > 0);
        expect(result.mode).toBe(result.crisis.present ? 'crisis' : 'coach');
      }),
      { numRuns: 1_000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(draftish, (text) => {
        expect(analyzeDraft(text)).toEqual(analyzeDraft(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('analyzeDraft on hostile input', () => {
  it.each([
    ['a huge draft', 'You always say that. '.repeat(50_000)],
    ['endless intensifiers', `you're ${'so '.repeat(3_000)}`],
    ['one endless word', 'a'.repeat(100_000)],
    ['only quotes', `'"`.repeat(20_000)],
    ['only punctuation', '.!?'.repeat(20_000)],
    ['emoji soup', '🙄😂❤'.repeat(10_000)],
  ])('%s stays fast', (_name, text) => {
    const started = performance.now();
    const result = analyzeDraft(text);
    expect(performance.now() - started).toBeLessThan(250);
    expect(result.analysedLength).toBeLessThanOrEqual(5_000);
  });

  it('reads a non-string from an untyped caller as an empty draft', () => {
    expect(analyzeDraft(undefined as unknown as string).labels).toEqual([]);
  });
});
