import type { Kysely } from 'kysely';
import { readableBy, type Viewer, type Visibility } from '../../access/policy.ts';
import type { Database } from '../../db/database.ts';
import type { Schema } from '../../db/schema.ts';
import { breakRunning, notFound, notPaired } from '../../http/errors.ts';
import { newId } from '../../lib/crypto.ts';
import type { Clock } from '../../lib/time.ts';
import { addSeconds, iso } from '../../lib/time.ts';
import { MembershipRepository } from '../couples/repository.ts';
import type { EventPublisher } from '../events/bus.ts';
import { BreakRepository, type FloodBreak } from './repository.ts';

export interface BreakDeps {
  database: Database;
  clock: Clock;
  events: EventPublisher;
}

/** How long after a break is over both are still invited back. */
export const INVITATION_SECONDS = 60 * 60;

export interface BreakState {
  viewerId: string;
  now: Date;
  active: FloodBreak | null;
  /** The break that just ended (at its time or early), within the last hour. */
  ended: { flood: FloodBreak; at: string } | null;
}

const coupleOf = (b: FloodBreak): Visibility => ({ kind: 'couple', coupleId: b.coupleId });

export const endOf = (b: FloodBreak): string => (b.endedAt !== null && b.endedAt < b.returnAt ? b.endedAt : b.returnAt);

/**
 * Breaks when flooded. A break is the couple's (the partner sees a neutral notice with the return
 * time); one runs at a time per couple. Its end is computed on read: at the return time (or when
 * ended early) both are invited back for an hour — no job is needed, and the page sets its own
 * timer from `returnAt`. Start and early end are published as live events.
 */
export class BreakService {
  private readonly repo: BreakRepository;
  private readonly members: MembershipRepository;

  constructor(private readonly deps: BreakDeps) {
    this.repo = new BreakRepository(deps.database.db, deps.database.dialect);
    this.members = new MembershipRepository(deps.database.db);
  }

  async start(accountId: string, minutes: number): Promise<BreakState> {
    const membership = await this.members.partnership(accountId);
    if (!membership) throw notPaired();
    const now = this.deps.clock();
    const flood: FloodBreak = {
      id: newId(),
      coupleId: membership.coupleId,
      accountId,
      startedAt: iso(now),
      returnAt: iso(addSeconds(now, minutes * 60)),
      endedAt: null,
    };
    await this.deps.database.db.transaction().execute(async (trx: Kysely<Schema>) => {
      const repo = new BreakRepository(trx, this.deps.database.dialect);
      await repo.lockCouple(membership.coupleId);
      const latest = await repo.latest(membership.coupleId);
      if (latest && endOf(latest) > iso(now)) throw breakRunning();
      await repo.insert(flood);
    });
    await this.deps.events.publish([membership.partnerId], { kind: 'breakStarted', breakId: flood.id });
    return this.state(accountId);
  }

  /** The person on the break may end it early; to anyone else there is nothing to end. */
  async end(accountId: string): Promise<BreakState> {
    const membership = await this.members.partnership(accountId);
    if (!membership) throw notFound();
    const viewer: Viewer = { accountId, coupleId: membership.coupleId };
    const latest = await this.repo.latest(membership.coupleId);
    const now = iso(this.deps.clock());
    if (!latest || endOf(latest) <= now || readableBy(viewer, latest, coupleOf).accountId !== accountId) throw notFound();
    if (!(await this.repo.end(latest.id, accountId, now))) throw notFound();
    await this.deps.events.publish([membership.partnerId], { kind: 'breakEnded', breakId: latest.id });
    return this.state(accountId);
  }

  async state(accountId: string): Promise<BreakState> {
    const now = this.deps.clock();
    const nowIso = iso(now);
    const membership = await this.members.partnership(accountId);
    const empty: BreakState = { viewerId: accountId, now, active: null, ended: null };
    if (!membership) return empty;
    const found = await this.repo.latest(membership.coupleId);
    if (!found) return empty;
    const latest = readableBy({ accountId, coupleId: membership.coupleId }, found, coupleOf);
    const end = endOf(latest);
    if (end > nowIso) return { ...empty, active: latest };
    if (addSeconds(new Date(end), INVITATION_SECONDS).getTime() > now.getTime()) return { ...empty, ended: { flood: latest, at: end } };
    return empty;
  }
}
