import { WEEKDAYS, type Weekday } from '../../../../shared/contracts/dates.ts';

/** The friendly schedules the picker offers, as iCalendar RRULE values. */
export type Plan =
  | { freq: 'daily' }
  | { freq: 'weekly'; days: Weekday[] }
  | { freq: 'monthly'; day: number }
  | { freq: 'other' };

const RRULE_DAY: Record<Weekday, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };

export function toRrule(plan: Plan): string {
  if (plan.freq === 'daily') return 'FREQ=DAILY';
  if (plan.freq === 'weekly') return `FREQ=WEEKLY;BYDAY=${WEEKDAYS.filter((d) => plan.days.includes(d)).map((d) => RRULE_DAY[d]).join(',')}`;
  if (plan.freq === 'monthly') return `FREQ=MONTHLY;BYMONTHDAY=${plan.day}`;
  throw new Error('An "other" schedule is kept as it was');
}

/** Reads back what the picker makes; anything else (made elsewhere) is "other" and kept as is. */
export function fromRrule(rrule: string): Plan {
  const parts = new Map(
    rrule
      .replace(/^RRULE:/i, '')
      .toUpperCase()
      .split(';')
      .map((p) => p.split('=') as [string, string]),
  );
  const freq = parts.get('FREQ');
  const extra = [...parts.keys()].filter((k) => !['FREQ', 'BYDAY', 'BYMONTHDAY', 'WKST'].includes(k) && !(k === 'INTERVAL' && parts.get(k) === '1'));
  if (extra.length) return { freq: 'other' };
  if (freq === 'DAILY' && !parts.has('BYDAY') && !parts.has('BYMONTHDAY')) return { freq: 'daily' };
  if (freq === 'WEEKLY' && !parts.has('BYMONTHDAY')) {
    const codes = (parts.get('BYDAY') ?? '').split(',');
    const days = WEEKDAYS.filter((d) => codes.includes(RRULE_DAY[d]));
    if (days.length && days.length === codes.length) return { freq: 'weekly', days };
  }
  if (freq === 'MONTHLY' && !parts.has('BYDAY')) {
    const day = Number(parts.get('BYMONTHDAY'));
    if (Number.isInteger(day) && day >= 1 && day <= 31) return { freq: 'monthly', day };
  }
  return { freq: 'other' };
}

/** The weekday of a YYYY-MM-DD date. */
export function weekdayOf(date: string): Weekday {
  const index = new Date(`${date}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  return WEEKDAYS[(index + 6) % 7]!;
}

/** Whether a plan falls on a date (for "other", unknown: undefined). */
export function fallsOn(plan: Plan, date: string): boolean | undefined {
  if (plan.freq === 'daily') return true;
  if (plan.freq === 'weekly') return plan.days.includes(weekdayOf(date));
  if (plan.freq === 'monthly') return Number(date.slice(8, 10)) === plan.day;
  return undefined;
}
