import { z } from 'zod';
import { Locales, Slug, localizedText } from './text.ts';
import { parseLocalizedContent } from './parse.ts';

/**
 * The private SafetyScreen (`shared/content/safety-screen.json`) and its rule (pure).
 *
 * Each item has a `topic` and a `riskFrom` threshold on a scale where higher means more danger
 * (built-in: 0 not at all, 1 once or rarely, 2 sometimes, 3 often).
 *
 * The rule, erring on the side of caution: a person is at risk when
 *   (a) any answer reaches its item's `riskFrom`, or
 *   (b) the answers add up to `rule.totalFrom` or more (several smaller signs together).
 * The schema enforces that items on physical harm, threats and sexual coercion count from the first
 * step above "not at all", and fear items from the second step at the latest, so a counseling
 * practice cannot loosen these by accident.
 *
 * Items may be skipped (a question can be too hard to answer). A skipped item counts as nothing;
 * `complete` says whether every item was answered, so a caller can choose to be more careful.
 */

export const SAFETY_TOPICS = [
  'fear',
  'physicalHarm',
  'threats',
  'sexualCoercion',
  'money',
  'monitoring',
  'isolation',
  'other',
] as const;
export type SafetyTopic = (typeof SAFETY_TOPICS)[number];

/** Topics where any answer above the lowest counts. */
export const ANY_SIGN_TOPICS: readonly SafetyTopic[] = ['physicalHarm', 'threats', 'sexualCoercion'];

export function safetyScreenSchema(locales: readonly string[]) {
  const Text = localizedText(locales);
  return z
    .strictObject({
      $schema: z.string().optional(),
      id: Slug,
      version: z.int().min(1),
      locales: Locales,
      texts: z.strictObject({
        safeNow: z.strictObject({
          title: Text,
          body: Text,
          quickExitNote: Text,
          continue: Text,
          later: Text,
        }),
        screen: z.strictObject({
          title: Text,
          intro: Text,
          privacy: Text,
          instructions: Text,
          skip: Text,
        }),
        result: z.strictObject({
          atRisk: Text,
          /** Later answers look safe, but an earlier concern still holds. */
          concernKept: Text,
          notAtRisk: Text,
          emergency: Text,
          counselor: Text,
        }),
      }),
      scale: z.strictObject({
        min: z.int(),
        max: z.int(),
        labels: z.array(z.strictObject({ value: z.int(), text: Text })),
      }),
      items: z
        .array(
          z.strictObject({
            id: Slug,
            topic: z.enum(SAFETY_TOPICS),
            riskFrom: z.int(),
            text: Text,
          }),
        )
        .min(1),
      rule: z.strictObject({ totalFrom: z.int().min(1) }),
    })
    .superRefine((screen, ctx) => {
      const { min, max, labels } = screen.scale;
      if (min >= max) {
        ctx.addIssue({ code: 'custom', path: ['scale', 'max'], message: `max (${max}) must be above min (${min})` });
        return;
      }
      if (labels.length !== max - min + 1) {
        ctx.addIssue({ code: 'custom', path: ['scale', 'labels'], message: `expected one label for each value from ${min} to ${max}` });
      }
      labels.forEach((label, i) => {
        if (label.value !== min + i) {
          ctx.addIssue({ code: 'custom', path: ['scale', 'labels', i, 'value'], message: `expected value ${min + i} (labels go in order)` });
        }
      });
      const ids = new Set<string>();
      screen.items.forEach((item, i) => {
        if (ids.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `item id "${item.id}" is used twice` });
        ids.add(item.id);
        if (item.riskFrom <= min || item.riskFrom > max) {
          ctx.addIssue({ code: 'custom', path: ['items', i, 'riskFrom'], message: `must be above ${min} and at most ${max}` });
        }
        if (ANY_SIGN_TOPICS.includes(item.topic) && item.riskFrom !== min + 1) {
          ctx.addIssue({
            code: 'custom',
            path: ['items', i, 'riskFrom'],
            message: `an item on "${item.topic}" must count from the first answer above "none" (${min + 1})`,
          });
        }
        if (item.topic === 'fear' && item.riskFrom > min + 2) {
          ctx.addIssue({ code: 'custom', path: ['items', i, 'riskFrom'], message: `a fear item must count from ${min + 2} or lower` });
        }
      });
      if (screen.rule.totalFrom > screen.items.length * (max - min)) {
        ctx.addIssue({ code: 'custom', path: ['rule', 'totalFrom'], message: 'can never be reached with these items' });
      }
    });
}

export type SafetyScreen = z.infer<ReturnType<typeof safetyScreenSchema>>;
export type SafetyItem = SafetyScreen['items'][number];

export function parseSafetyScreen(data: unknown, file: string): SafetyScreen {
  return parseLocalizedContent(data, file, safetyScreenSchema);
}

export interface SafetyAnswer {
  readonly itemId: string;
  readonly value: number;
}

export interface SafetyAssessment {
  readonly atRisk: boolean;
  /** Every item was answered. */
  readonly complete: boolean;
}

export class SafetyAnswersError extends Error {
  override readonly name = 'SafetyAnswersError';
}

/** Apply the rule. Throws SafetyAnswersError for unknown items, repeats and out-of-range values. */
export function assessSafety(screen: SafetyScreen, answers: readonly SafetyAnswer[]): SafetyAssessment {
  const items = new Map(screen.items.map((item) => [item.id, item]));
  const seen = new Set<string>();
  let atRisk = false;
  let total = 0;
  for (const answer of answers) {
    const item = items.get(answer.itemId);
    if (!item) throw new SafetyAnswersError(`unknown safety item "${answer.itemId}"`);
    if (seen.has(answer.itemId)) throw new SafetyAnswersError(`safety item "${answer.itemId}" is answered more than once`);
    seen.add(answer.itemId);
    const { min, max } = screen.scale;
    if (!Number.isInteger(answer.value) || answer.value < min || answer.value > max) {
      throw new SafetyAnswersError(`safety item "${answer.itemId}": ${answer.value} is not a whole number from ${min} to ${max}`);
    }
    if (answer.value >= item.riskFrom) atRisk = true;
    total += answer.value - min;
  }
  if (total >= screen.rule.totalFrom) atRisk = true;
  return { atRisk, complete: seen.size === screen.items.length };
}
