import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { session } from '../../ui/storage.ts';

/** The current time, updated every `everyMs` (a second for the timer, less often elsewhere). */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

const dayNumber = (ms: number) => {
  const d = new Date(ms);
  return Math.round(new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime() / 86_400_000);
};

/** Clock times and lengths in the reader's language: "8:40 PM", "8:40 PM tomorrow", "1 hour, 5 minutes". */
export function useBreakFormat() {
  const { t, i18n } = useTranslation('breaks');
  const clock = new Intl.DateTimeFormat(i18n.language, { hour: 'numeric', minute: '2-digit' });
  const hours = new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'hour', unitDisplay: 'long' });
  const minutes = new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'minute', unitDisplay: 'long' });
  const list = new Intl.ListFormat(i18n.language, { style: 'long', type: 'unit' });
  const hoursNarrow = new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'hour', unitDisplay: 'narrow' });
  const minutesNarrow = new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'minute', unitDisplay: 'narrow' });
  // Non-breaking spaces: "8:40 PM" never splits across two lines.
  const keep = (text: string) => text.replace(/\s/g, '\u00a0');

  return {
    /** The time of day, with "tomorrow" when it is not today. */
    time(ms: number, now = Date.now()): string {
      const time = keep(clock.format(new Date(ms)));
      return dayNumber(ms) > dayNumber(now) ? t('when.tomorrow', { time }) : time;
    },
    /** A length in words, rounded to whole minutes: "20 minutes", "2 hours", "1 hour, 5 minutes". */
    duration(totalMinutes: number): string {
      const h = Math.floor(totalMinutes / 60);
      const m = totalMinutes % 60;
      if (h === 0) return minutes.format(m);
      if (m === 0) return hours.format(h);
      return list.format([hours.format(h), minutes.format(m)]);
    },
    /**
     * The timer's face: "19:42" under an hour; from an hour, hours and minutes only ("23h 59m"),
     * so a long break does not tick away second by second.
     */
    timer(seconds: number): string {
      const s = Math.max(0, Math.ceil(seconds));
      if (s < 3600) return clockDigits(s);
      const total = Math.ceil(s / 60);
      return `${hoursNarrow.format(Math.floor(total / 60))} ${minutesNarrow.format(total % 60)}`;
    },
  };
}

/** Minutes and seconds: "19:42". */
export function clockDigits(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(s / 60))}:${two(s % 60)}`;
}

/** The invitation back, once dismissed, stays away for this tab (per break). */
const dismissedKey = (breakId: string) => `hearth.breaks.dismissed.${breakId}`;
export const isInvitationDismissed = (breakId: string) => session.get(dismissedKey(breakId)) === '1';
export const dismissInvitation = (breakId: string) => session.set(dismissedKey(breakId), '1');
