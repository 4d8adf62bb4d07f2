import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

/** Appreciations: sent to the partner's wall, or kept as drafts. Error messages are i18n keys (namespace "common"). */

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

export type AppreciationView = z.infer<typeof AppreciationView>;
