import { z } from 'zod';
import { LOCALE_TAG, Slug } from './text.ts';
import { ContentError, parseContent } from './parse.ts';

/**
 * Help resources (crisis lines, emergency numbers) as data, one file per locale under
 * `shared/content/resources/<locale>.json`: `en-US.json`, and `en.json` as the generic fallback.
 *
 * A resource list belongs to a place as much as to a language (a hotline number only works in
 * its country), so each file is one locale and its strings are plain text in that locale's
 * language, not `{ "en": … }` objects. `resourcesFor("en-GB")` falls back to `en`.
 */

export const RESOURCE_KINDS = ['emergency', 'violence', 'suicide', 'counseling'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

const Text = z.string().trim().min(1, { error: 'text must not be empty' });

const Contact = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('phone'),
    /** As people read it: "1-800-799-7233". */
    number: Text,
    /** Digits to dial, optionally with a leading +: "+18007997233", "911". */
    dial: z.string().regex(/^\+?[0-9]{2,15}$/, { error: 'expected digits to dial, like "911" or "+18007997233"' }),
    label: Text,
  }),
  z.strictObject({
    type: z.literal('text'),
    number: z.string().regex(/^\+?[0-9]{2,15}$/, { error: 'expected digits, like "988" or "88788"' }),
    /** The word to send, if the service asks for one ("START"). */
    message: Text.optional(),
    label: Text,
  }),
  z.strictObject({
    type: z.literal('url'),
    url: z.url().refine((u) => u.startsWith('https://'), { error: 'links must use https://' }),
    label: Text,
  }),
]);

const Resource = z.strictObject({
  id: Slug,
  name: Text,
  description: Text,
  whenToUse: Text,
  availability: Text.optional(),
  kinds: z
    .array(z.enum(RESOURCE_KINDS))
    .min(1, { error: 'name at least one kind' })
    .refine((k) => new Set(k).size === k.length, { error: 'a kind is listed twice' }),
  contacts: z.array(Contact),
});

export const ResourceListSchema = z
  .strictObject({
    $schema: z.string().optional(),
    locale: z.string().regex(LOCALE_TAG, { error: 'expected a locale like "en" or "en-US"' }),
    region: Text,
    title: Text,
    intro: Text,
    /** One line for the foot of every page: where to turn in danger, in this place. */
    emergencyLine: Text,
    /** Advice for people on a shared or watched device. */
    deviceNote: Text,
    resources: z.array(Resource).min(1),
  })
  .superRefine((list, ctx) => {
    const ids = new Set<string>();
    list.resources.forEach((resource, i) => {
      if (ids.has(resource.id)) ctx.addIssue({ code: 'custom', path: ['resources', i, 'id'], message: `resource id "${resource.id}" is used twice` });
      ids.add(resource.id);
    });
    if (!list.resources.some((r) => r.kinds.includes('emergency'))) {
      ctx.addIssue({ code: 'custom', path: ['resources'], message: 'every list needs at least one resource of kind "emergency"' });
    }
  });

export type ResourceList = z.infer<typeof ResourceListSchema>;
export type Resource = ResourceList['resources'][number];
export type ResourceContact = Resource['contacts'][number];

/** Validate a resource list; `file` should be `<locale>.json` and must match its `locale`. */
export function parseResourceList(data: unknown, file: string, expectedLocale?: string): ResourceList {
  const list = parseContent(data, file, ResourceListSchema);
  if (expectedLocale !== undefined && list.locale !== expectedLocale) {
    throw new ContentError(file, [{ path: 'locale', message: `"${list.locale}" does not match the file name (expected "${expectedLocale}")` }]);
  }
  return list;
}

/** `en_us`, `EN-us` → `en-US`; `zh-hant-tw` → `zh-Hant-TW`. */
export function normalizeLocale(locale: string): string {
  const parts = locale.trim().replace(/_/g, '-').split('-').filter(Boolean);
  return parts
    .map((part, i) => {
      if (i === 0) return part.toLowerCase();
      if (part.length === 2) return part.toUpperCase();
      if (part.length === 4) return part[0]!.toUpperCase() + part.slice(1).toLowerCase();
      return part;
    })
    .join('-');
}

/** `en-GB` → [`en-GB`, `en`]; always ends with the default `en`. */
export function localeFallbacks(locale: string, defaultLocale = 'en'): string[] {
  const parts = normalizeLocale(locale).split('-').filter(Boolean);
  const chain: string[] = [];
  for (let n = parts.length; n > 0; n--) chain.push(parts.slice(0, n).join('-'));
  if (!chain.includes(defaultLocale)) chain.push(defaultLocale);
  return chain;
}

/** The first locale in the fallback chain that has a list, or undefined. */
export function pickResourceLocale(locale: string, available: Iterable<string>): string | undefined {
  const have = new Set(available);
  return localeFallbacks(locale).find((l) => have.has(l));
}

/** Resources of one kind (e.g. all `violence` resources), in file order. */
export function resourcesOfKind(list: ResourceList, kind: ResourceKind): Resource[] {
  return list.resources.filter((r) => r.kinds.includes(kind));
}

/** The link for a contact: `tel:`, `sms:` (with the message as body) or the https URL. */
export function contactHref(contact: ResourceContact): string {
  switch (contact.type) {
    case 'phone':
      return `tel:${contact.dial}`;
    case 'text':
      return contact.message ? `sms:${contact.number}?body=${encodeURIComponent(contact.message)}` : `sms:${contact.number}`;
    case 'url':
      return contact.url;
  }
}
