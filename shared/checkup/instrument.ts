import { z } from 'zod';
import { DimensionKey, Locales, Slug, localizedText } from './text.ts';
import { parseLocalizedContent } from './parse.ts';

/**
 * An Instrument is a questionnaire stored as data (see docs/instruments.md).
 *
 * - `dynamic` dimensions: a higher score means more of the distance comes from here.
 * - `strength` dimensions: a higher score means this part of the relationship is stronger.
 * - Every band has an `outlook` that reads the same way for both kinds:
 *   `growth` (room to grow), `middle`, `strength`. The couple comparison uses it.
 */
export const DIMENSION_KINDS = ['dynamic', 'strength'] as const;
export type DimensionKind = (typeof DIMENSION_KINDS)[number];

export const OUTLOOKS = ['growth', 'middle', 'strength'] as const;
export type Outlook = (typeof OUTLOOKS)[number];

const OUTLOOK_RANK: Record<Outlook, number> = { growth: 0, middle: 1, strength: 2 };

export const SCORE_MIN = 0;
export const SCORE_MAX = 100;

const Score = z.int({ error: 'expected a whole number' }).min(SCORE_MIN).max(SCORE_MAX);

interface BandLike {
  key: string;
  min: number;
  max: number;
  outlook: Outlook;
}

/**
 * Bands must cover 0–100 in order, without gaps or overlaps (scores are whole numbers, ranges are
 * inclusive), and their outlooks must run the right way: for a strength (and the overall score)
 * higher scores never read as more room to grow; for a dynamic, the other way round.
 */
function checkBands(
  bands: readonly BandLike[],
  direction: 'higherIsStronger' | 'higherIsMoreDistance',
  path: PropertyKey[],
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  bands.forEach((band, i) => {
    if (seen.has(band.key)) ctx.addIssue({ code: 'custom', path: [...path, i, 'key'], message: `band key "${band.key}" is used twice` });
    seen.add(band.key);
    if (band.min > band.max) {
      ctx.addIssue({ code: 'custom', path: [...path, i, 'max'], message: `max (${band.max}) is below min (${band.min})` });
    }
    if (i === 0) {
      if (band.min !== SCORE_MIN) {
        ctx.addIssue({ code: 'custom', path: [...path, i, 'min'], message: `the first band must start at ${SCORE_MIN}, not ${band.min}` });
      }
    } else {
      const previous = bands[i - 1]!;
      if (band.min !== previous.max + 1) {
        const what = band.min > previous.max + 1 ? 'gap' : 'overlap';
        ctx.addIssue({
          code: 'custom',
          path: [...path, i, 'min'],
          message: `${what}: this band starts at ${band.min} but the band before ends at ${previous.max} (expected ${previous.max + 1})`,
        });
      }
      const step = OUTLOOK_RANK[band.outlook] - OUTLOOK_RANK[previous.outlook];
      const wrongWay = direction === 'higherIsStronger' ? step < 0 : step > 0;
      if (wrongWay) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, i, 'outlook'],
          message:
            direction === 'higherIsStronger'
              ? `outlook "${band.outlook}" after "${previous.outlook}": for a strength, higher scores cannot read as more room to grow`
              : `outlook "${band.outlook}" after "${previous.outlook}": for a dynamic, higher scores cannot read as stronger`,
        });
      }
    }
    if (i === bands.length - 1 && band.max !== SCORE_MAX) {
      ctx.addIssue({ code: 'custom', path: [...path, i, 'max'], message: `the last band must end at ${SCORE_MAX}, not ${band.max}` });
    }
  });
}

export function instrumentSchema(locales: readonly string[]) {
  const Text = localizedText(locales);

  const ScaleLabel = z.strictObject({ value: z.int(), text: Text });

  const Scale = z
    .strictObject({ min: z.int(), max: z.int(), labels: z.array(ScaleLabel) })
    .superRefine((scale, ctx) => {
      if (scale.min >= scale.max) {
        ctx.addIssue({ code: 'custom', path: ['max'], message: `max (${scale.max}) must be above min (${scale.min})` });
        return;
      }
      const expected = scale.max - scale.min + 1;
      if (scale.labels.length !== expected) {
        ctx.addIssue({
          code: 'custom',
          path: ['labels'],
          message: `expected one label for each value from ${scale.min} to ${scale.max} (${expected} labels), found ${scale.labels.length}`,
        });
        return;
      }
      scale.labels.forEach((label, i) => {
        if (label.value !== scale.min + i) {
          ctx.addIssue({ code: 'custom', path: ['labels', i, 'value'], message: `expected value ${scale.min + i} (labels go in order)` });
        }
      });
    });

  const Dimension = z.strictObject({
    key: DimensionKey,
    kind: z.enum(DIMENSION_KINDS),
    name: Text,
    description: Text,
  });

  const Item = z.strictObject({
    id: Slug,
    dimension: DimensionKey,
    scale: Slug,
    reverse: z.boolean({ error: 'expected true or false: is this item reverse-scored?' }),
    text: Text,
  });

  const Band = z.strictObject({
    key: Slug,
    min: Score,
    max: Score,
    outlook: z.enum(OUTLOOKS),
    label: Text,
    interpretation: Text,
    exercises: z.array(Slug).min(1, { error: 'name at least one exercise id' }).max(3, { error: 'name at most three exercise ids' }),
  });

  const OverallBand = z.strictObject({
    key: Slug,
    min: Score,
    max: Score,
    outlook: z.enum(OUTLOOKS),
    label: Text,
    interpretation: Text,
  });

  const Texts = z.strictObject({
    title: Text,
    intro: Text,
    instructions: Text,
    disclaimer: Text,
    closing: Text.optional(),
  });

  return z
    .strictObject({
      $schema: z.string().optional(),
      id: Slug,
      version: z.int().min(1),
      locales: Locales,
      estimatedMinutes: z.int().min(1).max(120),
      texts: Texts,
      scales: z.record(Slug, Scale),
      dimensions: z.array(Dimension).min(1),
      items: z.array(Item).min(1),
      scoring: z.strictObject({
        method: z.literal('itemMeanRescaled'),
        rounding: z.literal('nearestInteger'),
      }),
      bands: z.record(DimensionKey, z.array(Band).min(1)),
      overall: z.strictObject({
        method: z.literal('meanOfOriented'),
        dimensions: z.array(DimensionKey).min(1).optional(),
        name: Text,
        description: Text,
        bands: z.array(OverallBand).min(1),
      }),
    })
    .superRefine((instrument, ctx) => {
      const dimensionKinds = new Map<string, DimensionKind>();
      instrument.dimensions.forEach((dimension, i) => {
        if (dimensionKinds.has(dimension.key)) {
          ctx.addIssue({ code: 'custom', path: ['dimensions', i, 'key'], message: `dimension key "${dimension.key}" is used twice` });
        }
        dimensionKinds.set(dimension.key, dimension.kind);
      });

      const itemIds = new Set<string>();
      const itemsPerDimension = new Map<string, number>();
      instrument.items.forEach((item, i) => {
        if (itemIds.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `item id "${item.id}" is used twice` });
        itemIds.add(item.id);
        if (!dimensionKinds.has(item.dimension)) {
          ctx.addIssue({ code: 'custom', path: ['items', i, 'dimension'], message: `unknown dimension "${item.dimension}"` });
        }
        itemsPerDimension.set(item.dimension, (itemsPerDimension.get(item.dimension) ?? 0) + 1);
        if (!Object.hasOwn(instrument.scales, item.scale)) {
          const known = Object.keys(instrument.scales).map((k) => `"${k}"`).join(', ') || 'none';
          ctx.addIssue({ code: 'custom', path: ['items', i, 'scale'], message: `unknown scale "${item.scale}" (known: ${known})` });
        }
      });

      instrument.dimensions.forEach((dimension, i) => {
        if (!itemsPerDimension.get(dimension.key)) {
          ctx.addIssue({ code: 'custom', path: ['dimensions', i], message: `no item measures dimension "${dimension.key}"` });
        }
        if (!Object.hasOwn(instrument.bands, dimension.key)) {
          ctx.addIssue({ code: 'custom', path: ['bands'], message: `missing bands for dimension "${dimension.key}"` });
        }
      });

      for (const [key, bands] of Object.entries(instrument.bands)) {
        const kind = dimensionKinds.get(key);
        if (kind === undefined) {
          ctx.addIssue({ code: 'custom', path: ['bands', key], message: `unknown dimension "${key}"` });
          continue;
        }
        checkBands(bands, kind === 'strength' ? 'higherIsStronger' : 'higherIsMoreDistance', ['bands', key], ctx);
      }

      instrument.overall.dimensions?.forEach((key, i) => {
        if (!dimensionKinds.has(key)) {
          ctx.addIssue({ code: 'custom', path: ['overall', 'dimensions', i], message: `unknown dimension "${key}"` });
        }
      });
      checkBands(instrument.overall.bands, 'higherIsStronger', ['overall', 'bands'], ctx);
    });
}

export type Instrument = z.infer<ReturnType<typeof instrumentSchema>>;
export type InstrumentDimension = Instrument['dimensions'][number];
export type InstrumentItem = Instrument['items'][number];
export type InstrumentScale = Instrument['scales'][string];
export type Band = Instrument['bands'][string][number];
export type OverallBand = Instrument['overall']['bands'][number];

/** Validate parsed JSON as an instrument; throws ContentError naming `file` and the field path. */
export function parseInstrument(data: unknown, file: string): Instrument {
  return parseLocalizedContent(data, file, instrumentSchema);
}

/** The keys the overall score is built from (all dimensions unless the instrument lists some). */
export function overallDimensionKeys(instrument: Instrument): string[] {
  return instrument.overall.dimensions ?? instrument.dimensions.map((d) => d.key);
}

export function bandFor<B extends { min: number; max: number }>(bands: readonly B[], score: number): B {
  const band = bands.find((b) => score >= b.min && score <= b.max);
  if (!band) throw new RangeError(`no band covers the score ${score}`);
  return band;
}

/**
 * The score turned so that higher always means "more connected here": strengths as they are,
 * dynamics inverted (100 − score). Used by the overall score and the couple comparison.
 */
export function orientedScore(kind: DimensionKind, score: number): number {
  return kind === 'strength' ? score : SCORE_MAX - score;
}
