import type { Instrument } from './instrument.ts';
import type { Answer } from './scoring.ts';

/*
 * Answers while a check-up is being taken: what an autosave may store, and what of a stored
 * draft still fits the instrument. Scoring a finished one is `scoreCheckup`.
 */

/** Field problems of an autosave, keyed like the validator's (`answers.3.value`). */
export function answerFieldProblems(instrument: Instrument, answers: readonly Answer[]): Record<string, string> {
  const items = new Map(instrument.items.map((i) => [i.id, i]));
  const fields: Record<string, string> = {};
  const seen = new Set<string>();
  answers.forEach((answer, i) => {
    const item = items.get(answer.itemId);
    if (!item) {
      fields[`answers.${i}.itemId`] = 'errors.unknownItem';
      return;
    }
    if (seen.has(answer.itemId)) fields[`answers.${i}.itemId`] = 'errors.answeredTwice';
    seen.add(answer.itemId);
    const scale = instrument.scales[item.scale]!;
    if (answer.value < scale.min || answer.value > scale.max) fields[`answers.${i}.value`] = 'errors.answerOutOfRange';
  });
  return fields;
}

/** Draft answers that fit the instrument as loaded now (a practice may have changed its file). */
export function usableAnswers<A extends Answer>(instrument: Instrument, answers: readonly A[]): A[] {
  const items = new Map(instrument.items.map((i) => [i.id, i]));
  const order = new Map(instrument.items.map((item, i) => [item.id, i]));
  return answers
    .filter((a) => {
      const item = items.get(a.itemId);
      const scale = item && instrument.scales[item.scale];
      return scale !== undefined && Number.isInteger(a.value) && a.value >= scale.min && a.value <= scale.max;
    })
    .sort((x, y) => order.get(x.itemId)! - order.get(y.itemId)!);
}
