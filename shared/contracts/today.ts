import { z } from 'zod';
import { LOVE_MAP_DEPTHS, LOVE_MAP_TOPICS } from '../content/lovemap/bank.ts';
import { APPRECIATION_KINDS, CONNECTION_KINDS, PROMPT_DIMENSIONS } from '../content/prompts/bank.ts';
import { Timestamp } from './common.ts';
import { LocalDate, TimeZone } from './dates.ts';

/** Today: love maps, the day's prompts and check-ins. Error messages are i18n keys (namespace "common"). */

const AnswerText = z
  .string({ error: 'errors.answerRequired' })
  .trim()
  .min(1, { error: 'errors.answerRequired' })
  .max(2000, { error: 'errors.textTooLong' });
const OptionalText = z.string().trim().max(2000, { error: 'errors.textTooLong' });

export const LoveMapQuestionView = z.object({
  id: z.string(),
  text: z.string(),
  topic: z.enum(LOVE_MAP_TOPICS),
  /** null for a reflection (a person alone). */
  depth: z.enum(LOVE_MAP_DEPTHS).nullable(),
  /** `question`: both answer, about themselves; `reflection`: a person alone, private. */
  kind: z.enum(['question', 'reflection']),
});

export const MyLoveMapAnswer = z.object({ answer: z.string(), guess: z.string().nullable(), answeredAt: Timestamp });
/** Only ever present once both partners have answered. */
export const PartnerLoveMapAnswer = z.object({ answer: z.string(), guess: z.string().nullable() });

export const LoveMapView = z.object({
  question: LoveMapQuestionView,
  mine: MyLoveMapAnswer.optional(),
  /** Absent until both have answered — whether or not the partner has. */
  partner: PartnerLoveMapAnswer.optional(),
});

export const AnswerLoveMapBody = z.object({
  questionId: z.string().min(1).max(40),
  answer: AnswerText,
  /** A guess at the partner's answer (questions only). */
  guess: OptionalText.optional(),
});

export const ConnectionPromptView = z.object({
  id: z.string(),
  text: z.string(),
  dimension: z.enum(PROMPT_DIMENSIONS),
  kind: z.enum(CONNECTION_KINDS),
  together: z.boolean(),
});

export const AppreciationPromptView = z.object({ id: z.string(), text: z.string(), kind: z.enum(APPRECIATION_KINDS) });

export const CheckInView = z.object({
  date: z.string(),
  connection: z.int(),
  toward: z.int(),
  away: z.int(),
  against: z.int(),
  note: z.string().nullable(),
  shared: z.boolean(),
  updatedAt: Timestamp,
});

const BidCount = z.int({ error: 'errors.countInvalid' }).min(0, { error: 'errors.countInvalid' }).max(50, { error: 'errors.countInvalid' });

export const LogCheckInBody = z.object({
  connection: z.int({ error: 'errors.connectionInvalid' }).min(1, { error: 'errors.connectionInvalid' }).max(5, { error: 'errors.connectionInvalid' }),
  toward: BidCount,
  away: BidCount,
  against: BidCount,
  /** Private unless `shared`; empty means none. */
  note: OptionalText.optional(),
  /** Let the partner see this check-in (in the couple's progress). Default: private. */
  shared: z.boolean().optional(),
  timeZone: TimeZone.optional(),
  date: LocalDate.optional(),
});

export const TodayView = z.object({
  date: z.string(),
  /** `solo` while the person has no partner in Hearth: reflections, practice, drafts for later. */
  mode: z.enum(['couple', 'solo']),
  loveMap: LoveMapView,
  appreciation: z.object({
    prompt: AppreciationPromptView,
    /** `send` to the partner's wall, or `draft` one to keep for later (a person alone). */
    action: z.enum(['send', 'draft']),
  }),
  /** My own check-in of the day, if I made one. Never the partner's. */
  checkIn: CheckInView.optional(),
  /** A friendship, fondness, play or shared-meaning prompt (its solo text for a person alone). */
  prompt: ConnectionPromptView,
});

export const LoveMapHistoryQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const LoveMapHistory = z.object({
  items: z.array(LoveMapView.extend({ date: z.string() })),
  nextCursor: z.string().nullable(),
});

export type TodayView = z.infer<typeof TodayView>;
export type LoveMapView = z.infer<typeof LoveMapView>;
export type CheckInView = z.infer<typeof CheckInView>;
