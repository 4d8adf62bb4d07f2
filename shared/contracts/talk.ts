import { z } from 'zod';
import { CRISIS_KINDS, HORSEMEN, LABELS, STARTUP_PARTS } from '../coach/types.ts';
import { Id, RequiredText, Timestamp } from './common.ts';
import { LocaleParam, ResourceListView } from './safety.ts';

/**
 * Say it gently: the server twin of the Coach, talk requests and privately kept drafts.
 * Error messages are i18n keys (namespace "common").
 */

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

const TalkText = RequiredText(2000);

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

export type CoachResultView = z.infer<typeof CoachResultView>;
export type TalkRequestView = z.infer<typeof TalkRequestView>;
