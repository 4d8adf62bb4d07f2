import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from './analyze-draft.ts';
import { segmentsOf } from './segments.ts';

describe('segmentsOf', () => {
  it('gives back the draft, piece by piece, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expect(segmentsOf(text, analyzeDraft(text)).map((s) => s.text).join('')).toBe(text);
      }),
    );
  });

  it('marks the words of a global complaint as blame and says where the span ends', () => {
    const text = 'Honestly, you never listen to me. Can we talk tonight?';
    const marked = segmentsOf(text, analyzeDraft(text)).filter((s) => s.patterns.includes('criticism'));
    expect(marked.map((s) => s.text).join('')).toMatch(/never/);
    expect(marked.at(-1)!.endsHere).toContain('criticism');
    expect(segmentsOf(text, analyzeDraft(text)).at(-1)!.text).toContain('Can we talk tonight?');
  });

  it('survives spans that lie outside the text', () => {
    const horsemen = analyzeDraft('').horsemen;
    const broken = { horsemen: { ...horsemen, contempt: { ...horsemen.contempt, spans: [{ start: -5, end: 99 }] } } };
    expect(segmentsOf('short', broken)).toEqual([{ text: 'short', patterns: ['contempt'], endsHere: ['contempt'] }]);
  });
});
