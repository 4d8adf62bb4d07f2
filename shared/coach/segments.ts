import { HORSEMEN, type CoachResult, type Horseman } from './types.ts';

export interface Segment {
  text: string;
  /** The patterns whose spans cover this piece of text (empty: plain text). */
  patterns: Horseman[];
  /** Patterns whose span ends with this piece, so a label can follow it. */
  endsHere: Horseman[];
}

/**
 * Cuts a draft into pieces at every span boundary, so a page can mark what the Coach found
 * without touching the person's words. Joining the pieces' text gives the draft back.
 */
export function segmentsOf(text: string, result: Pick<CoachResult, 'horsemen'>): Segment[] {
  const spans = HORSEMEN.flatMap((pattern) =>
    result.horsemen[pattern].spans
      .map((s) => ({ pattern, start: Math.max(0, Math.min(s.start, text.length)), end: Math.max(0, Math.min(s.end, text.length)) }))
      .filter((s) => s.end > s.start),
  );
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const covering = spans.filter((s) => s.start <= start && s.end >= end);
    segments.push({
      text: text.slice(start, end),
      patterns: [...new Set(covering.map((s) => s.pattern))],
      endsHere: [...new Set(covering.filter((s) => s.end === end).map((s) => s.pattern))],
    });
  }
  return segments;
}
