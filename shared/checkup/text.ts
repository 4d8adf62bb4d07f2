import { z } from 'zod';

/**
 * Shared building blocks for the content schemas (instruments, exercises, safety screen).
 *
 * Every string a person reads is a `LocalizedText`: an object with one entry per locale, e.g.
 * `{ "en": "I feel at ease talking about how I feel." }`. A content file declares its locales
 * once (`"locales": ["en"]`); every text in that file must then have exactly those locales.
 */
export type LocalizedText = Readonly<Record<string, string>>;

/** BCP 47-ish tag: `en`, `de`, `en-US`, `pt-BR`. */
export const LOCALE_TAG = /^[a-z]{2,3}(-[A-Z]{2})?$/;
/** Ids of instruments, items, bands and exercises: lower-case words joined by hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Dimension keys: camelCase, e.g. `failureLoop`. */
export const DIMENSION_KEY = /^[a-z][A-Za-z0-9]*$/;

export const LocaleTag = z
  .string()
  .regex(LOCALE_TAG, { error: 'expected a locale like "en" or "en-US"' });

export const Slug = z
  .string()
  .regex(SLUG, { error: 'expected lower-case letters, digits and hyphens, like "gentle-start-up"' });

export const DimensionKey = z
  .string()
  .regex(DIMENSION_KEY, { error: 'expected a camelCase key, like "failureLoop"' });

export const Locales = z
  .array(LocaleTag)
  .min(1, { error: 'list at least one locale, like ["en"]' })
  .refine((list) => new Set(list).size === list.length, { error: 'a locale is listed twice' });

/**
 * A text with exactly the given locales. Missing and extra locales are both errors, so a
 * translation that was forgotten is found at start, not by a reader.
 */
export function localizedText(locales: readonly string[]): z.ZodType<LocalizedText> {
  const shape: Record<string, z.ZodString> = {};
  for (const locale of locales) {
    shape[locale] = z
      .string({
        error: (issue) =>
          issue.input === undefined ? `missing text for locale "${locale}"` : 'expected a text (a string)',
      })
      .trim()
      .min(1, { error: `empty text for locale "${locale}"` });
  }
  return z.strictObject(shape) as unknown as z.ZodType<LocalizedText>;
}

/**
 * Pick the text for a locale: exact match, then the language alone (`en-GB` → `en`), then the
 * first locale the text has. Content files always have at least one locale.
 */
export function textFor(text: LocalizedText, locale: string): string {
  const exact = text[locale];
  if (exact !== undefined) return exact;
  const language = locale.split('-')[0] ?? locale;
  const byLanguage = text[language];
  if (byLanguage !== undefined) return byLanguage;
  const first = Object.values(text)[0];
  return first ?? '';
}
