import { z } from 'zod';
import { Id, Timestamp } from './common.ts';
import { AccountView, SettingsView } from './accounts.ts';

export const InviteView = z.object({ id: Id, code: z.string(), url: z.string(), expiresAt: Timestamp });
export const AcceptInviteBody = z.object({
  code: z.string({ error: 'validation.codeRequired' }).trim().min(1, { error: 'validation.codeRequired' }).max(40),
});
export const InviteParams = z.object({ id: Id });

export const CoupleView = z.object({
  id: Id,
  since: Timestamp,
  partner: z.object({ id: Id, name: z.string() }).nullable(),
});

/** Neutral notices, such as "you are no longer paired": never about a partner's private activity. */
export const NoticeView = z.object({ id: Id, kind: z.enum(['partnerLeft']), createdAt: Timestamp });
export const NoticeParams = z.object({ id: Id });

export const MeView = z.object({
  account: AccountView,
  settings: SettingsView,
  couple: CoupleView.nullable(),
  invite: InviteView.nullable(),
  notices: z.array(NoticeView),
});

export type InviteView = z.infer<typeof InviteView>;
export type CoupleView = z.infer<typeof CoupleView>;
export type NoticeView = z.infer<typeof NoticeView>;
export type MeView = z.infer<typeof MeView>;
