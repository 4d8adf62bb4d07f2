/** Helpers shared by the check-up tests (not used by the app). */
import type { Instrument, InstrumentItem } from './instrument.ts';
import type { Answer } from './scoring.ts';

export function scaleOfItem(instrument: Instrument, item: InstrumentItem): { min: number; max: number } {
  const scale = instrument.scales[item.scale];
  if (!scale) throw new Error(`no scale ${item.scale}`);
  return scale;
}

/** One answer per item, chosen by `pick`. */
export function answersFor(instrument: Instrument, pick: (item: InstrumentItem, index: number) => number): Answer[] {
  return instrument.items.map((item, i) => ({ itemId: item.id, value: pick(item, i) }));
}

/** The answers of someone who feels as connected as the scale allows (or as distant, with `false`). */
export function extremeAnswers(instrument: Instrument, connected: boolean): Answer[] {
  const kinds = new Map(instrument.dimensions.map((d) => [d.key, d.kind]));
  return answersFor(instrument, (item) => {
    const { min, max } = scaleOfItem(instrument, item);
    // Agreeing raises the dimension's score (or lowers it, for a reverse item).
    const agreeRaises = !item.reverse;
    const higherIsBetter = kinds.get(item.dimension) === 'strength';
    const agree = agreeRaises === higherIsBetter ? connected : !connected;
    return agree ? max : min;
  });
}

/** Every string inside a JSON value, with its path, for wording checks. */
export function allStrings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => allStrings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => allStrings(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** Sentences in a plain text: split after . ! ? followed by a space and a capital or a quote. */
export function sentences(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?])\s+(?=["A-Z])/)
    .filter((s) => s.length > 0);
}
