/**
 * Line wrapping for SVG text, which does not wrap by itself. Text is measured with a canvas in
 * the page's own font (so lines fill their box without running past it); where no canvas is at
 * hand, widths are estimated from the character count. Words longer than a line are split.
 */

export interface TextStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
}

export type Measure = (text: string, style: TextStyle) => number;

/** An average glyph of a system sans font is a little over half the font size. */
const AVERAGE_GLYPH = 0.56;

export const estimate: Measure = (text, style) => text.length * style.size * (style.bold ? AVERAGE_GLYPH + 0.05 : AVERAGE_GLYPH);

let context: CanvasRenderingContext2D | null | undefined;

/** A measure in `fontFamily` (the SVG's computed font), with a small margin for rendering differences. */
export function canvasMeasure(fontFamily: string): Measure {
  if (context === undefined) {
    try {
      context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  const ctx = context;
  if (!ctx || !fontFamily) return estimate;
  const cache = new Map<string, number>();
  return (text, style) => {
    const font = `${style.italic ? 'italic ' : ''}${style.bold ? 700 : 400} ${style.size}px ${fontFamily}`;
    const key = `${font}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      ctx.font = font;
      width = ctx.measureText(text).width * 1.04;
      cache.set(key, width);
    }
    return width;
  };
}

/** Splits `text` into lines no wider than `max`, breaking at spaces; keeps the writer's line breaks. */
export function wrap(text: string, max: number, style: TextStyle, measure: Measure = estimate): string[] {
  const fits = (s: string) => measure(s, style) <= max;
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    const words = paragraph.trim().split(/\s+/).filter(Boolean);
    let line = '';
    for (let word of words) {
      const joined = line ? `${line} ${word}` : word;
      if (fits(joined)) {
        line = joined;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      // A word wider than a whole line: split it with a hyphen, as often as needed.
      while (!fits(word)) {
        let cut = word.length - 1;
        while (cut > 1 && !fits(`${word.slice(0, cut)}-`)) cut -= 1;
        lines.push(`${word.slice(0, cut)}-`);
        word = word.slice(cut);
      }
      line = word;
    }
    if (line) lines.push(line);
  }
  return lines;
}

/**
 * Like `wrap`, but with lines of similar length (no lone last word): the narrowest width that
 * still needs no more lines than the full width does.
 */
export function wrapBalanced(text: string, max: number, style: TextStyle, measure: Measure = estimate): string[] {
  const lines = wrap(text, max, style, measure);
  if (lines.length < 2) return lines;
  let low = max / 2;
  let high = max;
  for (let i = 0; i < 8; i++) {
    const mid = (low + high) / 2;
    if (wrap(text, mid, style, measure).length <= lines.length) high = mid;
    else low = mid;
  }
  return wrap(text, high, style, measure);
}
