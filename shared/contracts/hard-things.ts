import { z } from 'zod';
import { CRISIS_KINDS, HORSEMEN, LABELS, STARTUP_PARTS } from '../coach/types.ts';
import { Id, Timestamp } from './common.ts';
import { LocaleParam, ResourceListView } from './safety.ts';

/**
 * Talking about hard things (issue 5): the server twin of the Coach, talk requests and privately
 * kept drafts, the Aftermath of a regrettable incident, the CycleMap and Breaks when flooded.
 * Error messages are i18n keys (namespace "common").
 */

const text = (max: number) =>
  z.string({ error: 'errors.talkTextRequired' }).trim().min(1, { error: 'errors.talkTextRequired' }).max(max, { error: 'errors.textTooLong' });

// ---------------------------------------------------------------------------------------------
// Coach and talk requests

export const AnalyzeDraftBody = z.object({ text: z.string().max(10_000, { error: 'errors.textTooLong' }) });

const Span = z.object({ start: z.int(), end: z.int() });
export const CoachResultView = z.object({
  mode: z.enum(['crisis', 'coach']),
  horsemen: z.record(z.enum(HORSEMEN), z.object({ present: z.boolean(), spans: z.array(Span), explanationKey: z.string(), antidoteKey: z.string() })),
  startup: z.record(z.enum(STARTUP_PARTS), z.object({ present: z.boolean(), spans: z.array(Span), hintKey: z.string() })),
  crisis: z.object({ present: z.boolean(), kinds: z.array(z.enum(CRISIS_KINDS)), spans: z.array(Span), messageKey: z.string() }),
  labels: z.array(z.enum(LABELS)),
  analysedLength: z.int(),
  truncated: z.boolean(),
});

const TalkText = text(2000);

export const SendTalkRequestBody = z.object({
  text: TalkText,
  /** Sending a kept draft removes the draft (once sent). */
  draftId: Id.optional(),
  /** Which resource list to return if the text speaks of crisis (en-US by default). */
  locale: LocaleParam.optional(),
});

export const SaveTalkDraftBody = z.object({ text: TalkText });

export const TalkResponse = z.enum(['accept', 'later', 'decline']);

export const RespondTalkRequestBody = z.object({
  response: TalkResponse,
  note: z.string().trim().max(1000, { error: 'errors.textTooLong' }).optional(),
  /** When the recipient suggests talking (ISO 8601 with offset). */
  proposedTime: z.iso.datetime({ offset: true, error: 'errors.dateInvalid' }).optional(),
});

export const TalkRequestView = z.object({
  id: Id,
  direction: z.enum(['sent', 'received', 'draft']),
  text: z.string(),
  createdAt: Timestamp,
  sentAt: Timestamp.nullable(),
  response: TalkResponse.nullable(),
  responseNote: z.string().nullable(),
  proposedTime: z.string().nullable(),
  respondedAt: Timestamp.nullable(),
});

/** 201: sent. */
export const TalkRequestSent = z.object({ status: z.literal('sent'), request: TalkRequestView });
/**
 * 200: NOT sent, because the text speaks of self-harm, suicide, violence or fear of the partner.
 * Nothing was stored or delivered; the person gets a caring line and help resources instead.
 */
export const TalkRequestHeld = z.object({
  status: z.literal('notSent'),
  reason: z.literal('crisis'),
  /** i18n key (namespace `coach`) of the caring line shown above the resources. */
  messageKey: z.string(),
  resources: ResourceListView,
});

export const ListTalkRequestsQuery = z.object({
  /** `before`: sent and received in a couple that has ended, kept read-only. */
  box: z.enum(['all', 'sent', 'received', 'before']).default('all'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export const TalkRequestList = z.object({ items: z.array(TalkRequestView) });
export const IdParams = z.object({ id: Id });

// ---------------------------------------------------------------------------------------------
// Aftermath

export const AFTERMATH_STEPS = ['feelings', 'account', 'triggers', 'responsibility', 'nextTime'] as const;
export const AftermathStepName = z.enum(AFTERMATH_STEPS);

export const StartAftermathBody = z.object({ locale: LocaleParam.optional() });

export const SaveAftermathStepBody = z.object({
  aftermathId: Id,
  step: AftermathStepName,
  text: text(4000),
  /** Mark my part of this step finished; it is shown to both once both have finished it. */
  done: z.boolean(),
});

export const AftermathStepView = z.object({
  step: AftermathStepName,
  /** My own text (null until I write). */
  mine: z.object({ text: z.string(), done: z.boolean(), updatedAt: Timestamp }).nullable(),
  /** True once both have finished the step; then `partner` holds the partner's text. */
  revealed: z.boolean(),
  /** Absent until revealed — whether the partner wrote, finished or never started. */
  partner: z.object({ text: z.string() }).optional(),
});

export const AftermathView = z.object({
  id: Id,
  startedAt: Timestamp,
  startedByMe: z.boolean(),
  paused: z.boolean(),
  steps: z.array(AftermathStepView),
});

/** 200 from startAftermath to a person whose own safety screen showed a concern: solo help instead. */
export const AftermathNotOffered = z.object({ status: z.literal('notOffered'), resources: ResourceListView });
export const AftermathStarted = z.object({ status: z.literal('started'), aftermath: AftermathView });

export const AftermathList = z.object({ items: z.array(z.object({ id: Id, startedAt: Timestamp, paused: z.boolean() })) });

/** My own steps in Aftermaths of a couple that has ended (read-only), newest Aftermath first. */
export const AftermathsBefore = z.object({
  items: z.array(
    z.object({
      id: Id,
      startedAt: Timestamp,
      steps: z.array(z.object({ step: AftermathStepName, text: z.string(), done: z.boolean(), updatedAt: Timestamp })),
    }),
  ),
});

// ---------------------------------------------------------------------------------------------
// CycleMap

const Short = z.string().trim().min(1, { error: 'errors.talkTextRequired' }).max(200, { error: 'errors.textTooLong' });
const CycleText = z.string().trim().max(1000, { error: 'errors.textTooLong' });

export const SaveCycleMapBody = z.object({
  /** What I do when we disconnect ("push for an answer", "go quiet"). */
  myMoves: z.array(Short).min(1, { error: 'errors.cycleMovesRequired' }).max(12, { error: 'errors.cycleMovesTooMany' }),
  /** Which way I tend to move: toward (pursue) or away (withdraw). Optional. */
  stance: z.enum(['pursue', 'withdraw', 'both']).optional(),
  feelingsUnderneath: CycleText,
  fears: CycleText,
  longings: CycleText,
});

export const CycleSideView = z.object({
  version: z.int(),
  stance: z.enum(['pursue', 'withdraw', 'both']).nullable(),
  myMoves: z.array(z.string()),
  feelingsUnderneath: z.string(),
  fears: z.string(),
  longings: z.string(),
  savedAt: Timestamp,
});

export const CycleMapView = z.object({
  mine: CycleSideView.nullable(),
  /**
   * True when my side was mapped while I was on my own and is not in a couple's map: only I see
   * it. While paired, `includeCycleMapSide` puts it in our map.
   */
  mineMappedAlone: z.boolean(),
  /** Present only once both partners have mapped their side (absent otherwise, whatever the partner did). */
  partner: CycleSideView.optional(),
  /** True when both sides are present: the cycle can be drawn. */
  complete: z.boolean(),
});

export const CycleMapVersions = z.object({ mine: z.array(CycleSideView), partner: z.array(CycleSideView).optional() });

// ---------------------------------------------------------------------------------------------
// Breaks

export const StartBreakBody = z.object({
  minutes: z.int({ error: 'errors.breakMinutes' }).min(20, { error: 'errors.breakMinutes' }).max(1440, { error: 'errors.breakMinutes' }),
});

export const BREAK_GUIDANCE_KEYS = [
  'breaks.guidance.breathe',
  'breaks.guidance.move',
  'breaks.guidance.notRehearse',
  'breaks.guidance.soothe',
  'breaks.guidance.comeBack',
] as const;

export const BreakView = z.object({
  id: Id,
  /** True for the person on the break. */
  mine: z.boolean(),
  /** When the break ends and both are invited back. */
  returnAt: Timestamp,
  /** Only for the person on the break: the timer and self-soothing guidance (i18n keys, namespace `hard-things`). */
  startedAt: Timestamp.optional(),
  secondsLeft: z.int().optional(),
  guidanceKeys: z.array(z.string()).optional(),
});

export const ActiveBreakView = z.object({
  /** The couple's break in progress, if any: for the partner a neutral notice with the return time. */
  active: BreakView.nullable(),
  /** Set for an hour after a break ended (at its time or early): both are invited back, to the Aftermath if they wish. */
  invitation: z.object({ breakId: Id, at: Timestamp, messageKey: z.string() }).nullable(),
});

// ---------------------------------------------------------------------------------------------
// Live events of this area (a kind and ids only; nothing a person wrote, nothing private)

export const HardThingsEvent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('talkRequestReceived'), talkRequestId: Id }),
  z.object({ kind: z.literal('talkRequestAnswered'), talkRequestId: Id }),
  /** Started, paused, resumed, or a step revealed to both. Never sent for a private save. */
  z.object({ kind: z.literal('aftermathChanged'), aftermathId: Id }),
  z.object({ kind: z.literal('cycleMapChanged') }),
  z.object({ kind: z.literal('breakStarted'), breakId: Id }),
  z.object({ kind: z.literal('breakEnded'), breakId: Id }),
]);

export type CoachResultView = z.infer<typeof CoachResultView>;
export type TalkRequestView = z.infer<typeof TalkRequestView>;
export type AftermathView = z.infer<typeof AftermathView>;
export type AftermathsBefore = z.infer<typeof AftermathsBefore>;
export type AftermathStepName = z.infer<typeof AftermathStepName>;
export type CycleSideView = z.infer<typeof CycleSideView>;
export type CycleMapView = z.infer<typeof CycleMapView>;
export type BreakView = z.infer<typeof BreakView>;
export type ActiveBreakView = z.infer<typeof ActiveBreakView>;
export type HardThingsEvent = z.infer<typeof HardThingsEvent>;
