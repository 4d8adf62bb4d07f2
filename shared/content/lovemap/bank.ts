/**
 * The love-map question bank: metadata (id, topic, depth) lives in JSON beside this file; the words
 * a person reads live in the i18n catalog `shared/locales/<lng>/lovemap.json` (namespace `lovemap`).
 *
 * Pure on purpose (no node:fs, no server imports) so the web app and the server can both use it.
 *
 * Ids are stable and never reused. To retire a question, remove it from `questions.json` and from
 * every locale, and add its id to RETIRED_LOVE_MAP_IDS so the id is never handed out again. New
 * questions are appended with the next free number.
 */
import { z } from 'zod';
import questionsJson from './questions.json' with { type: 'json' };
import soloJson from './solo.json' with { type: 'json' };

export const LOVE_MAP_NAMESPACE = 'lovemap';

export const LOVE_MAP_TOPICS = [
  'worries',
  'joys',
  'hopes',
  'history',
  'dailyLife',
  'dreams',
  'feelings',
  'people',
  'values',
] as const;
export const LoveMapTopicSchema = z.enum(LOVE_MAP_TOPICS);
export type LoveMapTopic = z.infer<typeof LoveMapTopicSchema>;

/** light: easy and everyday; deeper: more thought; deep: tender, and always fine to skip. */
export const LOVE_MAP_DEPTHS = ['light', 'deeper', 'deep'] as const;
export const LoveMapDepthSchema = z.enum(LOVE_MAP_DEPTHS);
export type LoveMapDepth = z.infer<typeof LoveMapDepthSchema>;

export const LoveMapQuestionIdSchema = z.string().regex(/^lm-\d{3,}$/, 'expected an id like lm-001');
export const SoloPromptIdSchema = z.string().regex(/^solo-\d{3,}$/, 'expected an id like solo-001');

export const LoveMapQuestionSchema = z.strictObject({
  id: LoveMapQuestionIdSchema,
  topic: LoveMapTopicSchema,
  depth: LoveMapDepthSchema,
});
export type LoveMapQuestion = z.infer<typeof LoveMapQuestionSchema>;

/** A reflection prompt for someone using Hearth before their partner has joined. */
export const SoloPromptSchema = z.strictObject({
  id: SoloPromptIdSchema,
  topic: LoveMapTopicSchema,
});
export type SoloPrompt = z.infer<typeof SoloPromptSchema>;

/** Ids that were once used and must never be used again. */
export const RETIRED_LOVE_MAP_IDS: readonly string[] = [];

function uniqueIds(items: readonly { id: string }[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', message: `duplicate id ${item.id}`, path: [index, 'id'] });
    }
    seen.add(item.id);
    if (RETIRED_LOVE_MAP_IDS.includes(item.id)) {
      ctx.addIssue({ code: 'custom', message: `retired id ${item.id}`, path: [index, 'id'] });
    }
  });
}

export const LoveMapQuestionsSchema = z.array(LoveMapQuestionSchema).min(1).superRefine(uniqueIds);
export const SoloPromptsSchema = z.array(SoloPromptSchema).superRefine(uniqueIds);

export interface LoveMapBank {
  readonly questions: readonly LoveMapQuestion[];
  readonly solo: readonly SoloPrompt[];
  readonly byId: ReadonlyMap<string, LoveMapQuestion>;
}

/** Validates raw metadata and builds the bank. Throws a ZodError on bad data. */
export function parseLoveMapBank(input: { questions: unknown; solo: unknown }): LoveMapBank {
  const questions = Object.freeze(
    LoveMapQuestionsSchema.parse(input.questions).map((q) => Object.freeze(q)),
  );
  const solo = Object.freeze(SoloPromptsSchema.parse(input.solo).map((p) => Object.freeze(p)));
  return Object.freeze({ questions, solo, byId: new Map(questions.map((q) => [q.id, q])) });
}

let cached: LoveMapBank | undefined;

/** The bundled bank, validated once and then cached. */
export function loadLoveMapBank(): LoveMapBank {
  cached ??= parseLoveMapBank({ questions: questionsJson, solo: soloJson });
  return cached;
}

export function questionsFor(
  filter: { topic?: LoveMapTopic; depth?: LoveMapDepth } = {},
): readonly LoveMapQuestion[] {
  return loadLoveMapBank().questions.filter(
    (q) =>
      (filter.topic === undefined || q.topic === filter.topic) &&
      (filter.depth === undefined || q.depth === filter.depth),
  );
}

/**
 * Any translate function works: i18next's `t`, react-i18next's `t` for any namespace, or a stub.
 * Keys carry the `lovemap:` namespace prefix, so a `t` bound to another namespace still finds them.
 */
export type Translate = (key: string) => string;

export const questionKey = (id: string): string => `${LOVE_MAP_NAMESPACE}:questions.${id}`;
export const soloKey = (id: string): string => `${LOVE_MAP_NAMESPACE}:solo.${id}`;
export const topicKey = (topic: LoveMapTopic): string => `${LOVE_MAP_NAMESPACE}:topics.${topic}`;
export const depthKey = (depth: LoveMapDepth): string => `${LOVE_MAP_NAMESPACE}:depths.${depth}`;
/** "I'd rather not say today": every question, and above all a deep one, may be skipped. */
export const OPT_OUT_KEY = `${LOVE_MAP_NAMESPACE}:optOut`;

export const questionText = (id: string, t: Translate): string => t(questionKey(id));
export const soloText = (id: string, t: Translate): string => t(soloKey(id));
export const topicLabel = (topic: LoveMapTopic, t: Translate): string => t(topicKey(topic));
export const depthLabel = (depth: LoveMapDepth, t: Translate): string => t(depthKey(depth));
