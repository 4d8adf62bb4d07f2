import type { Translate } from '../../i18n.ts';

/** What every area's HTML presenter needs: the person's words in their language, dates in plain words, escaping. */
export interface Kit {
  t(key: string, values?: Record<string, unknown>): string;
  /** "4 December 2026" */
  date(timestamp: string): string;
  /** "4 December 2026 at 18:30" */
  dateTime(timestamp: string): string;
  /** A local day written YYYY-MM-DD, in the same words. */
  day(date: string): string;
  esc(text: string): string;
}

export function makeKit(t: Translate, locale: string, timeZone: string): Kit {
  const long = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone });
  const withTime = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    t: (key, values) => t(`export:${key}`, { ...values, lng: locale }),
    date: (timestamp) => long.format(new Date(timestamp)),
    dateTime: (timestamp) => withTime.format(new Date(timestamp)),
    day: (date) => day.format(new Date(`${date}T12:00:00Z`)),
    esc,
  };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A person's words as a quoted paragraph, line breaks kept. */
export const quote = (kit: Kit, text: string): string => `<blockquote>${kit.esc(text).replace(/\n/g, '<br>')}</blockquote>`;

export const meta = (kit: Kit, text: string): string => `<p class="meta">${kit.esc(text)}</p>`;

export const none = (kit: Kit): string => `<p class="meta">${kit.esc(kit.t('page.none'))}</p>`;

/** A titled part of an area; empty parts say so instead of vanishing. */
export function part(kit: Kit, title: string, items: readonly string[], lead?: string): string {
  const body = items.length ? `<ul class="items">${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : none(kit);
  return `<h3>${kit.esc(title)}</h3>${lead ? meta(kit, lead) : ''}${body}`;
}
