import type { Exercise, ExerciseCatalog } from './exercises.ts';

/**
 * Safety filter for suggested exercises (pure).
 *
 * Couples exercises can make things worse where someone is afraid of their partner, hurt,
 * threatened or controlled. So for a person whose own safety screen shows a concern
 * (`atRisk: true`), Hearth suggests:
 * - no joint exercise at all (which includes every joint `conflict` exercise), and
 * - no solo exercise marked `okWhenAtRisk: false` (e.g. practising softer ways to raise a complaint,
 *   which could feed the idea that the harm is one's own fault);
 * and offers solo alternatives in their place: the exercise's `soloAlternative` when it is allowed,
 * else the first allowed exercise in the catalog that helps one of the same dimensions.
 *
 * Apply it per viewer, with that viewer's own assessment. It never looks at the partner's answers,
 * so nothing about one partner's screen can be read from what the other is shown.
 */

export interface SafetyStatus {
  readonly atRisk: boolean;
}

export function isSuggestable(exercise: Exercise, safety: SafetyStatus): boolean {
  if (!safety.atRisk) return true;
  return !exercise.joint && exercise.okWhenAtRisk;
}

export interface SuggestOptions {
  /** At most this many ids. Default: as many as were asked for. */
  readonly max?: number;
}

/**
 * Turn a list of suggested exercise ids into the ones this person may be shown, keeping order.
 * Unknown ids and repeats are dropped. For an at-risk person, held-back exercises are replaced by
 * solo alternatives; if nothing is left, the first allowed exercises of the catalog are offered.
 */
export function suggestionsFor(
  ids: readonly string[],
  catalog: ExerciseCatalog,
  safety: SafetyStatus,
  options: SuggestOptions = {},
): string[] {
  const byId = new Map(catalog.exercises.map((e) => [e.id, e]));
  const requested = [...new Set(ids)].filter((id) => byId.has(id));
  const max = options.max ?? requested.length;
  if (!safety.atRisk) return requested.slice(0, max);

  const allowed = catalog.exercises.filter((e) => isSuggestable(e, safety));
  const chosen: string[] = [];
  const add = (exercise: Exercise | undefined) => {
    if (exercise && isSuggestable(exercise, safety) && !chosen.includes(exercise.id) && chosen.length < max) {
      chosen.push(exercise.id);
      return true;
    }
    return false;
  };

  for (const id of requested) {
    const exercise = byId.get(id)!;
    if (add(exercise)) continue;
    if (exercise.soloAlternative !== undefined && add(byId.get(exercise.soloAlternative))) continue;
    const sameDimension = allowed.find(
      (candidate) => !chosen.includes(candidate.id) && candidate.dimensions.some((d) => exercise.dimensions.includes(d)),
    );
    add(sameDimension);
  }

  if (chosen.length === 0 && requested.length > 0) {
    for (const exercise of allowed) add(exercise);
  }
  return chosen;
}

/** The catalog entries Hearth may suggest to this person. */
export function suggestableExercises(catalog: ExerciseCatalog, safety: SafetyStatus): Exercise[] {
  return catalog.exercises.filter((e) => isSuggestable(e, safety));
}
