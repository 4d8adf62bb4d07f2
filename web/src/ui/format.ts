import { useTranslation } from 'react-i18next';

/** Dates in the reader's language: "December 2, 2025", or with the time for sessions. */
export function useFormatDate() {
  const { i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' });
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  // Non-breaking spaces: a date never splits across two lines ("December / 2").
  const keep = (text: string) => text.replace(/ /g, '\u00a0');
  return {
    date: (iso: string) => keep(date.format(new Date(iso))),
    dateTime: (iso: string) => keep(dateTime.format(new Date(iso))),
  };
}
