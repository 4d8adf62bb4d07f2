import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

/**
 * Consent (docs/privacy.md, "The consent model"): a person's own choices to share, per scope and
 * audience, kept as a history of records. Counselor scopes join this list with the practice work.
 */
export const ConsentScope = z.enum(['checkupCompare']);
export const ConsentAudience = z.enum(['partner', 'counselor']);
/** Scopes recorded in the history that are chosen per item elsewhere (one check-up result's answers). */
export const RecordedScope = z.enum([...ConsentScope.options, 'resultAnswers']);

export const ConsentItem = z.object({
  scope: ConsentScope,
  audience: ConsentAudience,
  /** The counselor's case link; null for the partner. */
  linkId: Id.nullable(),
  /** My own current choice. */
  granted: z.boolean(),
  /** Whether sharing is in force: for a joint scope, only while both partners granted it. */
  effective: z.boolean(),
  /** When I made my current choice; null when I never chose. */
  since: Timestamp.nullable(),
});

export const ConsentList = z.object({ items: z.array(ConsentItem) });

export const SetConsentBody = z.object({
  scope: ConsentScope,
  audience: ConsentAudience,
  linkId: Id.optional(),
  granted: z.boolean(),
});

export const ConsentRecordView = z.object({
  id: Id,
  scope: RecordedScope,
  audience: ConsentAudience,
  linkId: Id.nullable(),
  /** The thing chosen for, where a scope is chosen per item (a check-up result's id). */
  resourceId: Id.nullable(),
  granted: z.boolean(),
  recordedAt: Timestamp,
});

export const ConsentHistory = z.object({ items: z.array(ConsentRecordView) });

export type ConsentScope = z.infer<typeof ConsentScope>;
export type ConsentAudience = z.infer<typeof ConsentAudience>;
export type RecordedScope = z.infer<typeof RecordedScope>;
export type ConsentItem = z.infer<typeof ConsentItem>;
export type SetConsentBody = z.infer<typeof SetConsentBody>;
export type ConsentRecordView = z.infer<typeof ConsentRecordView>;
