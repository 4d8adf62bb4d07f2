import { z } from 'zod';

/** Messages are i18n keys (namespace "common", under "validation"); web and server translate them. */
export const Id = z.string().min(1).max(64);
export const Timestamp = z.string();
/** A path's `:id`. */
export const IdParams = z.object({ id: Id });

/** Text a person must write (a talk request, an Aftermath step), at most `max` characters. */
export const RequiredText = (max: number) =>
  z.string({ error: 'errors.talkTextRequired' }).trim().min(1, { error: 'errors.talkTextRequired' }).max(max, { error: 'errors.textTooLong' });

export const Email = z
  .string({ error: 'validation.emailRequired' })
  .trim()
  .toLowerCase()
  .max(254, { error: 'validation.emailInvalid' })
  .pipe(z.email({ error: 'validation.emailInvalid' }));

export const NewPassword = z
  .string({ error: 'validation.passwordRequired' })
  .min(8, { error: 'validation.passwordTooShort' })
  .max(256, { error: 'validation.passwordTooLong' });

/**
 * Characters a name never needs and phishing text does: controls and line breaks (a name that
 * starts a new paragraph), and invisible format characters (zero-width spaces, soft hyphens,
 * direction overrides that make text read differently than it is stored). See docs/privacy.md.
 */
export const UNWANTED_IN_NAMES = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

export const PersonName = z
  .string({ error: 'validation.nameRequired' })
  .trim()
  .min(1, { error: 'validation.nameRequired' })
  .max(80, { error: 'validation.nameTooLong' })
  .refine((name) => !UNWANTED_IN_NAMES.test(name), { error: 'validation.nameCharacters' });

export const Token = z.string().min(16).max(128);

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});

export const Accepted = z.object({ status: z.literal('accepted') });
export const Ok = z.object({ status: z.literal('ok') });
