import { z } from 'zod';
import { Email, Id, NewPassword, PersonName, Timestamp, Token } from './common.ts';

export const SignUpBody = z.object({ email: Email, password: NewPassword, name: PersonName });
export const SignInBody = z.object({
  email: Email,
  password: z.string({ error: 'validation.passwordRequired' }).min(1, { error: 'validation.passwordRequired' }).max(256),
});
export const ConfirmSignUpBody = z.object({ token: Token });
/** The e-mailed sign-in code, as typed (any case, with or without dashes or spaces) or from its link. */
export const SignInWithCodeBody = z.object({
  code: z.string({ error: 'validation.signInCodeRequired' }).trim().min(1, { error: 'validation.signInCodeRequired' }).max(40, { error: 'validation.signInCodeRequired' }),
});
/** While sign-in is throttled, from a browser the account does not know: "if that was your password, we've e-mailed you a code". */
export const SignInCodeSent = z.object({ status: z.literal('code_sent') });
export const RequestPasswordResetBody = z.object({ email: Email });
export const ResetPasswordBody = z.object({ token: Token, password: NewPassword });
export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1, { error: 'validation.passwordRequired' }).max(256),
  newPassword: NewPassword,
});
export const UpdateAccountBody = z.object({ name: PersonName });
export const DeleteAccountBody = z.object({ password: z.string().min(1, { error: 'validation.passwordRequired' }).max(256) });
export const UnlockSessionBody = z.object({
  password: z.string({ error: 'validation.passwordRequired' }).min(1, { error: 'validation.passwordRequired' }).max(256),
});

/** Whether this browser's session is locked (after a quick exit, until the password is entered again). */
export const SessionLockView = z.object({ locked: z.boolean() });

/** The account's own settings. `lockOnQuickExit`: a quick exit locks the browser it left (on by default). */
export const SettingsView = z.object({ lockOnQuickExit: z.boolean() });
export const UpdateSettingsBody = SettingsView;

export const AccountView = z.object({ id: Id, name: z.string(), email: z.string(), createdAt: Timestamp });

export const SessionView = z.object({
  id: Id,
  current: z.boolean(),
  device: z.string(),
  createdAt: Timestamp,
  lastSeenAt: Timestamp,
});
export const SessionList = z.object({ sessions: z.array(SessionView) });
export const SessionParams = z.object({ id: Id });

export type AccountView = z.infer<typeof AccountView>;
export type SessionView = z.infer<typeof SessionView>;
export type SettingsView = z.infer<typeof SettingsView>;
export type SessionLockView = z.infer<typeof SessionLockView>;
