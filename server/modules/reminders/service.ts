import { WEEKDAYS, type Weekday } from '../../../shared/contracts/dates.ts';
import { mayRead, readableBy, type Visibility } from '../../access/policy.ts';
import type { Database } from '../../db/database.ts';
import { invalidField } from '../../http/errors.ts';
import type { Translate } from '../../i18n.ts';
import type { Clock } from '../../lib/time.ts';
import { iso } from '../../lib/time.ts';
import type { MailMessage } from '../../mail/mailer.ts';
import type { Job } from '../../jobs/repository.ts';
import type { JobOutcome, JobWorker } from '../../jobs/worker.ts';
import { ritualVisibility } from '../rituals/service.ts';
import { isOccurrenceOn, occurrencesBetween } from '../rituals/schedule.ts';
import { canonicalTimeZone, localDate, minutesOf, parseDate, wallTime, weekdayOf, zonedToUtc } from '../../lib/local-time.ts';
import { MembershipRepository } from '../couples/repository.ts';
import { ReminderRepository, type ReminderSettings } from './repository.ts';

export const TODAY_REMINDER = 'reminder.today';
export const RITUAL_REMINDER = 'reminder.ritual';

/** A due reminder is still sent when the worker comes to it this late (a restart, a busy server). */
const CATCH_UP_MS = 20 * 60_000;
/** Later than this, a reminder is dropped rather than sent at an odd hour. */
const EXPIRE_MS = 2 * 3_600_000;
/** Ritual reminders come this long before the ritual starts. */
export const RITUAL_LEAD_MS = 60 * 60_000;

/** What the reminders need of the mailer: a message that is handed over when the promise resolves. */
export interface ReminderMailer {
  send(message: MailMessage): Promise<void>;
}

export interface RemindersDeps {
  database: Database;
  clock: Clock;
  t: Translate;
  mailer: ReminderMailer;
  baseUrl: string;
}

export const DEFAULT_SETTINGS: Omit<ReminderSettings, 'accountId'> = {
  enabled: false,
  days: [...WEEKDAYS],
  time: '19:00',
  timeZone: 'UTC',
  quietStart: '22:00',
  quietEnd: '08:00',
  rituals: false,
};

const own = (s: ReminderSettings): Visibility => ({ kind: 'private', ownerId: s.accountId });

/** Whether a local time (minutes since midnight) falls in quiet hours; they may cross midnight. */
export function inQuietHours(minutes: number, start: string, end: string): boolean {
  const s = minutesOf(start);
  const e = minutesOf(end);
  if (s === e) return false;
  return s < e ? minutes >= s && minutes < e : minutes >= s || minutes < e;
}

/**
 * E-mail reminders for Today and for rituals, off by default. Each tick of the job worker plans
 * what has come due (a job per person and occurrence, unique by key, so several servers plan it
 * once) and the worker sends it. Texts are generic: they never say anything about the partner or
 * about anything private — the same words whatever anyone did or did not do.
 */
export class ReminderService {
  private readonly repo: ReminderRepository;
  private readonly members: MembershipRepository;

  constructor(private readonly deps: RemindersDeps) {
    this.repo = new ReminderRepository(deps.database.db);
    this.members = new MembershipRepository(deps.database.db);
  }

  /** Registers the planner and the handlers with the worker. */
  register(worker: JobWorker): void {
    worker.addPlanner((w, now) => this.plan(w, now));
    worker.handle(TODAY_REMINDER, (job, now) => this.sendToday(job, now));
    worker.handle(RITUAL_REMINDER, (job, now) => this.sendRitual(job, now));
  }

  async settings(accountId: string): Promise<ReminderSettings> {
    const found = await this.repo.settingsOf(accountId);
    return found ? readableBy({ accountId, coupleId: null }, found, own) : { accountId, ...DEFAULT_SETTINGS };
  }

  async update(
    accountId: string,
    patch: { enabled?: boolean; days?: Weekday[]; time?: string; timeZone?: string; quietHours?: { start: string; end: string }; rituals?: boolean },
  ): Promise<ReminderSettings> {
    const current = await this.settings(accountId);
    let timeZone = current.timeZone;
    if (patch.timeZone !== undefined) {
      const zone = canonicalTimeZone(patch.timeZone);
      if (!zone) throw invalidField('timeZone', 'errors.timeZoneInvalid');
      timeZone = zone;
    }
    const next: ReminderSettings = {
      accountId,
      enabled: patch.enabled ?? current.enabled,
      days: patch.days ? WEEKDAYS.filter((d) => patch.days!.includes(d)) : current.days,
      time: patch.time ?? current.time,
      timeZone,
      quietStart: patch.quietHours?.start ?? current.quietStart,
      quietEnd: patch.quietHours?.end ?? current.quietEnd,
      rituals: patch.rituals ?? current.rituals,
    };
    await this.repo.save(next, iso(this.deps.clock()));
    return next;
  }

  /** Queues every reminder that came due in the last CATCH_UP_MS (idempotent by key). */
  async plan(worker: JobWorker, now: Date): Promise<void> {
    const from = now.getTime() - CATCH_UP_MS;
    for (const s of await this.repo.enabled()) {
      const dates = new Set([localDate(new Date(from), s.timeZone), localDate(now, s.timeZone)]);
      const [hour, minute] = s.time.split(':').map(Number);
      for (const date of dates) {
        if (!s.days.includes(WEEKDAYS[weekdayOf(date)]!)) continue;
        const at = zonedToUtc({ ...parseDate(date), hour: hour!, minute: minute! }, s.timeZone);
        if (at.getTime() <= from || at > now) continue;
        if (inQuietHours(minutesOf(s.time), s.quietStart, s.quietEnd)) continue;
        await worker.enqueue({ kind: TODAY_REMINDER, dedupeKey: `${s.accountId}:${date}`, payload: { accountId: s.accountId, date }, runAt: iso(at) });
      }
    }
    const settings = new Map<string, ReminderSettings>();
    for (const { accountId, ritual } of await this.repo.ritualsToRemind()) {
      const occurrences = occurrencesBetween(ritual, new Date(from + RITUAL_LEAD_MS + 1), new Date(now.getTime() + RITUAL_LEAD_MS), 5);
      for (const o of occurrences) {
        const runAt = new Date(o.at.getTime() - RITUAL_LEAD_MS);
        let s = settings.get(accountId);
        if (!s) settings.set(accountId, (s = await this.settings(accountId)));
        const local = wallTime(runAt, s.timeZone);
        if (inQuietHours(local.hour * 60 + local.minute, s.quietStart, s.quietEnd)) continue;
        await worker.enqueue({
          kind: RITUAL_REMINDER,
          dedupeKey: `${accountId}:${ritual.id}:${o.date}`,
          payload: { accountId, ritualId: ritual.id, date: o.date },
          runAt: iso(runAt),
        });
      }
    }
  }

  private async sendToday(job: Job, now: Date): Promise<JobOutcome> {
    const { accountId } = job.payload as { accountId: string; date: string };
    const ready = await this.ready(job, accountId, now);
    if (typeof ready === 'string') return ready;
    const paired = (await this.members.partnership(accountId)) !== undefined;
    await this.mail(ready.email, paired ? 'today' : 'todaySolo', `${this.deps.baseUrl}/today`);
    return 'sent';
  }

  private async sendRitual(job: Job, now: Date): Promise<JobOutcome> {
    const { accountId, ritualId, date } = job.payload as { accountId: string; ritualId: string; date: string };
    const ready = await this.ready(job, accountId, now);
    if (typeof ready === 'string') return ready;
    if (!ready.settings.rituals) return 'skipped';
    // Still a ritual this person sees, still on that date (it may have changed or ended since).
    const ritual = await this.repo.ritual(ritualId);
    const membership = await this.members.partnership(accountId);
    if (!ritual || !mayRead({ accountId, coupleId: membership?.coupleId ?? null }, ritualVisibility(ritual)) || !isOccurrenceOn(ritual, date)) return 'skipped';
    await this.mail(ready.email, 'ritual', `${this.deps.baseUrl}/rituals`);
    return 'sent';
  }

  /** The checks every reminder passes just before it goes: settings still on, not late, not in quiet hours. */
  private async ready(job: Job, accountId: string, now: Date): Promise<{ email: string; settings: ReminderSettings } | JobOutcome> {
    if (now.getTime() - new Date(job.runAt).getTime() > EXPIRE_MS) return 'expired';
    const [found, contact] = await Promise.all([this.repo.settingsOf(accountId), this.repo.contactOf(accountId)]);
    if (!found || !found.enabled || !contact) return 'skipped';
    const local = wallTime(now, found.timeZone);
    if (inQuietHours(local.hour * 60 + local.minute, found.quietStart, found.quietEnd)) return 'skipped';
    return { email: contact.email, settings: found };
  }

  private async mail(to: string, kind: 'today' | 'todaySolo' | 'ritual', url: string): Promise<void> {
    const { t } = this.deps;
    const footer = t('reminders:footer', { settingsUrl: `${this.deps.baseUrl}/settings/reminders` });
    await this.deps.mailer.send({ to, subject: t(`reminders:${kind}.subject`), text: `${t(`reminders:${kind}.text`, { url })}\n\n${footer}` });
  }
}
