import { z } from 'zod';
import { LOVE_MAP_DEPTHS, LOVE_MAP_TOPICS } from '../content/lovemap/bank.ts';
import { APPRECIATION_KINDS, CONNECTION_KINDS, PROMPT_DIMENSIONS } from '../content/prompts/bank.ts';
import { Id, Timestamp } from './common.ts';
import { HardThingsEvent } from './hard-things.ts';

/**
 * Everyday connection (issue 4): Today, love maps, appreciations, check-ins, rituals, reminders,
 * progress and live events. Error messages are i18n keys (namespace "common").
 */

// ---------------------------------------------------------------------------------------------
// Dates, times and zones

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const back = new Date(Date.UTC(y, m - 1, d));
  return y >= 1970 && back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d;
}

function isTimeZone(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** A calendar date, `YYYY-MM-DD`. */
export const LocalDate = z
  .string({ error: 'errors.dateInvalid' })
  .max(10, { error: 'errors.dateInvalid' })
  .refine(isCalendarDate, { error: 'errors.dateInvalid' });

/** An IANA time zone such as `Europe/Berlin` (what `Intl.DateTimeFormat().resolvedOptions().timeZone` gives). */
export const TimeZone = z
  .string({ error: 'errors.timeZoneInvalid' })
  .max(64, { error: 'errors.timeZoneInvalid' })
  .refine(isTimeZone, { error: 'errors.timeZoneInvalid' });

/** A time of day, `HH:MM` (24 hours). */
export const LocalTime = z.string({ error: 'errors.timeInvalid' }).regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: 'errors.timeInvalid' });

/**
 * Which day the person means: their local date, or their time zone (the server works out the
 * date). Only dates that are "today" somewhere on Earth are accepted. Without either: UTC.
 */
export const LocalDayQuery = z.object({ timeZone: TimeZone.optional(), date: LocalDate.optional() });

// ---------------------------------------------------------------------------------------------
// Today and love maps

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

// ---------------------------------------------------------------------------------------------
// Appreciations

const AppreciationText = z
  .string({ error: 'errors.appreciationRequired' })
  .trim()
  .min(1, { error: 'errors.appreciationRequired' })
  .max(1000, { error: 'errors.textTooLong' });
const AppreciationPromptId = z.string().regex(/^ap-\d{3,}$/, { error: 'errors.promptUnknown' });

export const SendAppreciationBody = z.object({
  text: AppreciationText,
  promptId: AppreciationPromptId.optional(),
  /** Sending a draft kept for later removes the draft. */
  draftId: Id.optional(),
});

export const SaveAppreciationDraftBody = z.object({ text: AppreciationText, promptId: AppreciationPromptId.optional() });

export const AppreciationView = z.object({
  id: Id,
  direction: z.enum(['sent', 'received', 'draft']),
  text: z.string(),
  promptId: z.string().nullable(),
  createdAt: Timestamp,
  /** When it reached the partner's wall (null for a draft). */
  sentAt: Timestamp.nullable(),
});

export const ListAppreciationsQuery = z.object({
  /**
   * `all`: received and sent; `drafts`: my own drafts for later (private); `before`: received and
   * sent in a couple that has ended, kept read-only.
   */
  box: z.enum(['all', 'received', 'sent', 'drafts', 'before']).default('all'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const AppreciationList = z.object({ items: z.array(AppreciationView), nextCursor: z.string().nullable() });
export const AppreciationParams = z.object({ id: Id });

// ---------------------------------------------------------------------------------------------
// Rituals

const RitualTitle = z
  .string({ error: 'errors.titleRequired' })
  .trim()
  .min(1, { error: 'errors.titleRequired' })
  .max(120, { error: 'errors.titleTooLong' });
/** An iCalendar RRULE value, e.g. `FREQ=WEEKLY;BYDAY=SU` (daily or less often). */
const Schedule = z.string({ error: 'errors.scheduleInvalid' }).trim().min(1, { error: 'errors.scheduleInvalid' }).max(300, { error: 'errors.scheduleInvalid' });
const Duration = z.int({ error: 'errors.durationInvalid' }).min(5, { error: 'errors.durationInvalid' }).max(720, { error: 'errors.durationInvalid' });

export const CreateRitualBody = z.object({
  title: RitualTitle,
  schedule: Schedule,
  timeZone: TimeZone,
  /** Local start time of each occurrence. Default 19:00. */
  time: LocalTime.optional(),
  durationMinutes: Duration.optional(),
  /** The first day the schedule may fall on. Default: today in `timeZone`. */
  startDate: LocalDate.optional(),
});

export const UpdateRitualBody = z.object({
  title: RitualTitle.optional(),
  schedule: Schedule.optional(),
  timeZone: TimeZone.optional(),
  time: LocalTime.optional(),
  durationMinutes: Duration.optional(),
  startDate: LocalDate.optional(),
});

export const RitualParams = z.object({ id: Id });
export const CompleteRitualBody = z.object({ date: LocalDate, done: z.boolean().optional() });

export const RitualView = z.object({
  id: Id,
  title: z.string(),
  schedule: z.string(),
  timeZone: z.string(),
  time: z.string(),
  durationMinutes: z.int(),
  startDate: z.string(),
  /** `couple`: both partners see and keep it; `private`: a person's own. */
  scope: z.enum(['couple', 'private']),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** The next few occurrence dates (local to the ritual's time zone). */
  upcoming: z.array(z.string()),
  /** Occurrences marked done, newest first (the last 20). */
  completions: z.array(z.object({ date: z.string(), completedAt: Timestamp })),
});

export const RitualList = z.object({ rituals: z.array(RitualView) });

export const CalendarFeedView = z.object({
  /** A secret address for a calendar app (anyone with it can read the rituals); null when off. */
  url: z.string().nullable(),
});
export const CalendarTokenParams = z.object({ token: z.string().min(1).max(100) });

// ---------------------------------------------------------------------------------------------
// Reminders

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const Weekday = z.enum(WEEKDAYS);

export const ReminderSettingsView = z.object({
  enabled: z.boolean(),
  days: z.array(Weekday),
  time: z.string(),
  timeZone: z.string(),
  quietHours: z.object({ start: z.string(), end: z.string() }),
  rituals: z.boolean(),
});

/** Any subset; what is left out stays as it was. */
export const UpdateReminderSettingsBody = z.object({
  enabled: z.boolean().optional(),
  days: z.array(Weekday).max(7).optional(),
  time: LocalTime.optional(),
  timeZone: TimeZone.optional(),
  /** No reminder is sent from `start` up to `end` (may cross midnight; equal times: no quiet hours). */
  quietHours: z.object({ start: LocalTime, end: LocalTime }).optional(),
  rituals: z.boolean().optional(),
});

// ---------------------------------------------------------------------------------------------
// Progress

export const ProgressQuery = LocalDayQuery.extend({ weeks: z.coerce.number().int().min(1).max(52).default(12) });

const Num = z.number().nullable();
const Scores = z.record(z.string(), z.number());

export const ProgressView = z.object({
  from: z.string(),
  to: z.string(),
  paired: z.boolean(),
  connection: z.object({
    /** All my check-ins, shared or not (my view only). */
    mine: z.array(z.object({ date: z.string(), value: Num, average7: Num })),
    /** Only check-ins both of us shared (null without a partner). */
    couple: z.array(z.object({ date: z.string(), mine: Num, partner: Num, average7: Num })).nullable(),
  }),
  bids: z.object({
    mine: z.array(z.object({ week: z.string(), toward: z.int(), away: z.int(), against: z.int(), shareToward: Num })),
    couple: z.array(z.object({ week: z.string(), toward: z.int(), away: z.int(), against: z.int(), shareToward: Num })).nullable(),
  }),
  appreciations: z.array(z.object({ week: z.string(), given: z.int(), received: z.int() })),
  loveMaps: z.array(z.object({ week: z.string(), answeredTogether: z.int(), total: z.int() })),
  /** Check-up scores (0–100) per dimension over retakes; null when there is no result yet. */
  checkup: z
    .object({
      dimensions: z.array(z.object({ key: z.string(), kind: z.string() })),
      mine: z.array(z.object({ at: Timestamp, scores: Scores })),
      couple: z.array(z.object({ at: Timestamp, mine: Scores, partner: Scores })),
    })
    .nullable(),
});

// ---------------------------------------------------------------------------------------------
// Live events (server-sent events on GET /api/events): a kind and ids only; the page refetches.

export const LiveEvent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('appreciationReceived'), appreciationId: Id }),
  /** Both partners answered: the answers are shown to both. Never sent before that. */
  z.object({ kind: z.literal('loveMapRevealed'), questionId: z.string() }),
  z.object({ kind: z.literal('ritualsChanged'), ritualId: Id }),
  ...HardThingsEvent.options,
]);

export type LocalDayQuery = z.infer<typeof LocalDayQuery>;
export type TodayView = z.infer<typeof TodayView>;
export type LoveMapView = z.infer<typeof LoveMapView>;
export type CheckInView = z.infer<typeof CheckInView>;
export type AppreciationView = z.infer<typeof AppreciationView>;
export type RitualView = z.infer<typeof RitualView>;
export type ReminderSettingsView = z.infer<typeof ReminderSettingsView>;
export type ProgressView = z.infer<typeof ProgressView>;
export type LiveEvent = z.infer<typeof LiveEvent>;
export type Weekday = z.infer<typeof Weekday>;
