import { estimate, wrap, type Measure } from './wrap.ts';

/** One piece of a box: a heading, a small sub-heading, a paragraph, a list item or a quiet note. */
export type Part = { style: 'head' | 'sub' | 'body' | 'item' | 'note'; text: string };

export interface PlacedLine {
  text: string;
  style: Part['style'];
  /** Baseline, from the top of the box's content. */
  y: number;
  /** Indent from the content's left edge (list items). */
  x: number;
  /** The first line of a list item carries its bullet. */
  bullet?: boolean;
}

export const TYPE = {
  head: { size: 16, line: 22, bold: true, italic: false, before: 0, after: 6 },
  sub: { size: 14, line: 20, bold: true, italic: false, before: 8, after: 2 },
  body: { size: 15, line: 21, bold: false, italic: false, before: 0, after: 0 },
  item: { size: 15, line: 21, bold: false, italic: false, before: 2, after: 2 },
  note: { size: 14, line: 20, bold: false, italic: true, before: 0, after: 4 },
} as const;

const BULLET_INDENT = 16;

/** Wraps and places the parts inside a box whose content is `width` wide; returns lines and height. */
export function placeParts(parts: Part[], width: number, measure: Measure = estimate): { lines: PlacedLine[]; height: number } {
  const lines: PlacedLine[] = [];
  let y = 0;
  parts.forEach((part, index) => {
    const type = TYPE[part.style];
    const indent = part.style === 'item' ? BULLET_INDENT : 0;
    if (index > 0) y += type.before;
    const wrapped = wrap(part.text, width - indent, type, measure);
    wrapped.forEach((text, i) => {
      // A baseline sits about three quarters of the way down its line.
      lines.push({ text, style: part.style, x: indent, y: y + Math.round(type.line * 0.76), bullet: part.style === 'item' && i === 0 });
      y += type.line;
    });
    y += type.after;
  });
  return { lines, height: y };
}
