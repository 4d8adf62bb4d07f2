import { z } from 'zod';
import { DimensionKey, Locales, Slug, localizedText } from './text.ts';
import { ContentError, parseLocalizedContent, type ContentProblem } from './parse.ts';
import type { Instrument } from './instrument.ts';

/**
 * The exercise catalog (`shared/content/exercises.json`).
 *
 * - `joint`: true when the exercise needs both partners taking part.
 * - `kind`: `conflict` for joint work on fights and complaints; `connection` for building
 *   closeness; `reflection` for thinking and writing on one's own.
 * - `okWhenAtRisk`: may be suggested to someone whose safety screen shows a concern. Never true
 *   for joint exercises. Also false for solo exercises that could feed self-blame or push
 *   closeness when someone may not be safe (softening how one asks, noting a partner's good sides).
 * - `soloAlternative`: the solo exercise offered instead when this one is held back.
 */
export const EXERCISE_KINDS = ['conflict', 'connection', 'reflection'] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

export function exerciseCatalogSchema(locales: readonly string[]) {
  const Text = localizedText(locales);
  const Exercise = z.strictObject({
    id: Slug,
    dimensions: z.array(DimensionKey).min(1, { error: 'name at least one dimension this exercise helps' }),
    joint: z.boolean({ error: 'expected true or false: does this exercise need both partners?' }),
    kind: z.enum(EXERCISE_KINDS),
    okWhenAtRisk: z.boolean({ error: 'expected true or false: may this be suggested when the safety screen shows a concern?' }),
    minutes: z.int().min(1).max(240),
    soloAlternative: Slug.optional(),
    title: Text,
    summary: Text,
  });

  return z
    .strictObject({
      $schema: z.string().optional(),
      version: z.int().min(1),
      locales: Locales,
      exercises: z.array(Exercise).min(1),
    })
    .superRefine((catalog, ctx) => {
      const byId = new Map<string, (typeof catalog.exercises)[number]>();
      catalog.exercises.forEach((exercise, i) => {
        if (byId.has(exercise.id)) {
          ctx.addIssue({ code: 'custom', path: ['exercises', i, 'id'], message: `exercise id "${exercise.id}" is used twice` });
        }
        byId.set(exercise.id, exercise);
        if (exercise.kind === 'conflict' && !exercise.joint) {
          ctx.addIssue({
            code: 'custom',
            path: ['exercises', i, 'kind'],
            message: 'kind "conflict" is for joint work; use "reflection" for an exercise done alone',
          });
        }
        if (exercise.joint && exercise.okWhenAtRisk) {
          ctx.addIssue({
            code: 'custom',
            path: ['exercises', i, 'okWhenAtRisk'],
            message: 'a joint exercise is never suggested when the safety screen shows a concern; set okWhenAtRisk to false',
          });
        }
      });
      catalog.exercises.forEach((exercise, i) => {
        if (exercise.soloAlternative === undefined) return;
        const alternative = byId.get(exercise.soloAlternative);
        if (!alternative) {
          ctx.addIssue({ code: 'custom', path: ['exercises', i, 'soloAlternative'], message: `unknown exercise "${exercise.soloAlternative}"` });
        } else if (alternative.joint) {
          ctx.addIssue({
            code: 'custom',
            path: ['exercises', i, 'soloAlternative'],
            message: `"${exercise.soloAlternative}" is a joint exercise; a solo alternative must be done alone`,
          });
        }
      });
    });
}

export type ExerciseCatalog = z.infer<ReturnType<typeof exerciseCatalogSchema>>;
export type Exercise = ExerciseCatalog['exercises'][number];

export function parseExerciseCatalog(data: unknown, file: string): ExerciseCatalog {
  return parseLocalizedContent(data, file, exerciseCatalogSchema);
}

/** Problems where an instrument's bands name exercises the catalog does not have. */
export function exerciseReferenceProblems(instrument: Instrument, catalog: ExerciseCatalog): ContentProblem[] {
  const known = new Set(catalog.exercises.map((e) => e.id));
  const problems: ContentProblem[] = [];
  for (const [key, bands] of Object.entries(instrument.bands)) {
    bands.forEach((band, b) => {
      band.exercises.forEach((id, e) => {
        if (!known.has(id)) problems.push({ path: `bands.${key}[${b}].exercises[${e}]`, message: `unknown exercise "${id}"` });
      });
    });
  }
  return problems;
}

/** Throws ContentError (naming `file`) if the instrument names an exercise the catalog lacks. */
export function checkExerciseReferences(instrument: Instrument, catalog: ExerciseCatalog, file: string): void {
  const problems = exerciseReferenceProblems(instrument, catalog);
  if (problems.length > 0) throw new ContentError(file, problems);
}
