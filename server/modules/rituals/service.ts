import { readableBy, type Viewer, type Visibility } from '../../access/policy.ts';
import type { Database } from '../../db/database.ts';
import { invalidField, notFound } from '../../http/errors.ts';
import type { Translate } from '../../i18n.ts';
import { hashToken, newId, newToken, seal, unseal } from '../../lib/crypto.ts';
import type { InstanceKeys } from '../../lib/keys.ts';
import type { Clock } from '../../lib/time.ts';
import { iso } from '../../lib/time.ts';
import type { EventPublisher } from '../events/bus.ts';
import { addDays, canonicalTimeZone, localDate } from '../../lib/local-time.ts';
import { MembershipRepository, type Partnership } from '../couples/repository.ts';
import { calendar, type IcsEvent } from './ics.ts';
import { RitualRepository, type Completion, type Ritual } from './repository.ts';
import { firstOccurrence, isOccurrenceOn, normalizeSchedule, ScheduleError, upcoming } from './schedule.ts';

export interface RitualsDeps {
  database: Database;
  clock: Clock;
  t: Translate;
  events: EventPublisher;
  keys: Pick<InstanceKeys, 'tokens' | 'sealing'>;
  baseUrl: string;
}

export interface RitualState {
  ritual: Ritual;
  upcoming: string[];
  completions: Completion[];
}

export interface RitualInput {
  title: string;
  schedule: string;
  timeZone: string;
  time?: string;
  durationMinutes?: number;
  startDate?: string;
}

/** A couple's ritual is the couple's; one made by a person alone is their own. */
export const ritualVisibility = (r: Ritual): Visibility => (r.coupleId ? { kind: 'couple', coupleId: r.coupleId } : { kind: 'private', ownerId: r.ownerId });

const DEFAULT_TIME = '19:00';
const DEFAULT_DURATION = 30;
const COMPLETIONS_SHOWN = 20;

/**
 * Rituals of connection: recurring, agreed times (an RRULE in a time zone). Both partners see,
 * change and mark the couple's rituals; each person can subscribe to them in a calendar app
 * through a secret address of their own, which they can replace or turn off at any time.
 */
export class RitualService {
  private readonly repo: RitualRepository;
  private readonly members: MembershipRepository;

  constructor(private readonly deps: RitualsDeps) {
    this.repo = new RitualRepository(deps.database.db);
    this.members = new MembershipRepository(deps.database.db);
  }

  async list(accountId: string): Promise<RitualState[]> {
    const { viewer } = await this.viewerOf(accountId);
    const rituals = (await this.repo.visibleTo(accountId, viewer.coupleId)).map((r) => readableBy(viewer, r, ritualVisibility));
    return this.states(rituals);
  }

  async create(accountId: string, input: RitualInput): Promise<RitualState> {
    const { viewer, membership } = await this.viewerOf(accountId);
    const now = this.deps.clock();
    const timeZone = this.zone(input.timeZone);
    const ritual: Ritual = {
      id: newId(),
      coupleId: viewer.coupleId,
      ownerId: accountId,
      title: input.title,
      schedule: '',
      timeZone,
      startDate: input.startDate ?? localDate(now, timeZone),
      time: input.time ?? DEFAULT_TIME,
      durationMinutes: input.durationMinutes ?? DEFAULT_DURATION,
      createdAt: iso(now),
      updatedAt: iso(now),
    };
    ritual.schedule = this.checkTiming(ritual, input.schedule, now);
    await this.repo.insert(ritual);
    await this.changed(ritual, accountId, membership);
    return (await this.states([readableBy(viewer, ritual, ritualVisibility)]))[0]!;
  }

  async update(accountId: string, id: string, input: Partial<RitualInput>): Promise<RitualState> {
    const { viewer, membership } = await this.viewerOf(accountId);
    const current = readableBy(viewer, await this.repo.find(id), ritualVisibility);
    const now = this.deps.clock();
    const timeZone = input.timeZone !== undefined ? this.zone(input.timeZone) : current.timeZone;
    const next: Ritual = {
      ...current,
      title: input.title ?? current.title,
      timeZone,
      startDate: input.startDate ?? current.startDate,
      time: input.time ?? current.time,
      durationMinutes: input.durationMinutes ?? current.durationMinutes,
      updatedAt: iso(now),
    };
    const timingChanged = input.schedule !== undefined || input.timeZone !== undefined || input.startDate !== undefined || input.time !== undefined;
    next.schedule = timingChanged ? this.checkTiming(next, input.schedule ?? current.schedule, now, input.startDate !== undefined) : current.schedule;
    await this.repo.update(next);
    await this.changed(next, accountId, membership);
    return (await this.states([next]))[0]!;
  }

  async remove(accountId: string, id: string): Promise<void> {
    const { viewer, membership } = await this.viewerOf(accountId);
    const ritual = readableBy(viewer, await this.repo.find(id), ritualVisibility);
    await this.repo.delete(ritual.id);
    await this.deps.database.afterDeletion();
    await this.changed(ritual, accountId, membership);
  }

  /** Marks (or unmarks) one occurrence, by its local date in the ritual's zone. */
  async complete(accountId: string, id: string, input: { date: string; done?: boolean }): Promise<RitualState> {
    const { viewer, membership } = await this.viewerOf(accountId);
    const ritual = readableBy(viewer, await this.repo.find(id), ritualVisibility);
    const now = this.deps.clock();
    if (!isOccurrenceOn(ritual, input.date)) throw invalidField('date', 'errors.notAnOccurrence');
    if (input.date > localDate(now, ritual.timeZone)) throw invalidField('date', 'errors.occurrenceAhead');
    if (input.done === false) await this.repo.uncomplete(ritual.id, input.date);
    else await this.repo.complete(ritual.id, input.date, accountId, iso(now));
    await this.changed(ritual, accountId, membership);
    return (await this.states([ritual]))[0]!;
  }

  /** The person's rituals as an iCalendar file. */
  async ics(accountId: string): Promise<string> {
    const { viewer } = await this.viewerOf(accountId);
    const rituals = (await this.repo.visibleTo(accountId, viewer.coupleId)).map((r) => readableBy(viewer, r, ritualVisibility));
    const events: IcsEvent[] = rituals.flatMap((r) => {
      const first = firstOccurrence(r);
      if (!first) return [];
      const [hour, minute] = r.time.split(':').map(Number);
      const [year, month, day] = first.date.split('-').map(Number);
      return [
        {
          uid: `${r.id}@hearth`,
          stamp: new Date(r.updatedAt),
          title: r.title,
          timeZone: r.timeZone,
          start: { year: year!, month: month!, day: day!, hour: hour!, minute: minute! },
          durationMinutes: r.durationMinutes,
          rrule: r.schedule,
        },
      ];
    });
    return calendar({ name: this.deps.t('reminders:calendar.name'), events, now: this.deps.clock() });
  }

  /** The same file for a calendar app, by the secret address; unknown or replaced addresses answer 404. */
  async icsByToken(token: string): Promise<string> {
    const owner = await this.repo.feedOwner(this.hash(token));
    if (!owner) throw notFound();
    return this.ics(owner);
  }

  async feed(accountId: string): Promise<string | null> {
    const feed = await this.repo.feedOf(accountId);
    return feed ? this.url(unseal(this.deps.keys.sealing, feed.tokenSealed)) : null;
  }

  /** A new secret address; the previous one stops working. */
  async rotateFeed(accountId: string): Promise<string> {
    const token = newToken();
    await this.repo.saveFeed(accountId, this.hash(token), seal(this.deps.keys.sealing, token), iso(this.deps.clock()));
    return this.url(token);
  }

  async revokeFeed(accountId: string): Promise<void> {
    await this.repo.deleteFeed(accountId);
  }

  private async viewerOf(accountId: string): Promise<{ viewer: Viewer; membership: Partnership | undefined }> {
    const membership = await this.members.partnership(accountId);
    return { viewer: { accountId, coupleId: membership?.coupleId ?? null }, membership };
  }

  private zone(timeZone: string): string {
    const zone = canonicalTimeZone(timeZone);
    if (!zone) throw invalidField('timeZone', 'errors.timeZoneInvalid');
    return zone;
  }

  /**
   * Normalizes the schedule and makes sure it has dates to come: the start within a year of today
   * (either way), and an occurrence within five years — so no rule makes the server search for ever.
   */
  private checkTiming(ritual: Ritual, schedule: string, now: Date, checkStart = true): string {
    const today = localDate(now, ritual.timeZone);
    if (checkStart && (ritual.startDate < addDays(today, -366) || ritual.startDate > addDays(today, 366))) {
      throw invalidField('startDate', 'errors.startDateRange');
    }
    try {
      const normalized = normalizeSchedule(schedule, ritual.timeZone);
      const timing = { ...ritual, schedule: normalized };
      if (!firstOccurrence(timing) || upcoming(timing, now, 1).length === 0) throw new ScheduleError('errors.scheduleNoDates');
      return normalized;
    } catch (error) {
      if (error instanceof ScheduleError) throw invalidField('schedule', error.problem);
      throw error;
    }
  }

  private async states(rituals: readonly Ritual[]): Promise<RitualState[]> {
    const now = this.deps.clock();
    const since = addDays(localDate(now, 'UTC'), -120);
    const completions = await this.repo.completions(
      rituals.map((r) => r.id),
      since,
    );
    return rituals.map((ritual) => ({
      ritual,
      upcoming: upcoming(ritual, now, 3).map((o) => o.date),
      completions: completions.filter((c) => c.ritualId === ritual.id).slice(0, COMPLETIONS_SHOWN),
    }));
  }

  /** The couple's open pages refetch their rituals (a kind and an id: nothing else). */
  private async changed(ritual: Ritual, accountId: string, membership: Partnership | undefined): Promise<void> {
    const to = ritual.coupleId && membership?.coupleId === ritual.coupleId ? [accountId, membership.partnerId] : [accountId];
    await this.deps.events.publish(to, { kind: 'ritualsChanged', ritualId: ritual.id });
  }

  private url(token: string): string {
    return `${this.deps.baseUrl}/api/calendar/${token}.ics`;
  }

  private hash(token: string): string {
    return hashToken(this.deps.keys.tokens, `calendar:${token}`);
  }
}
