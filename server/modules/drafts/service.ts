import type { Kysely } from 'kysely';
import type { LiveEvent } from '../../../shared/contracts/events.ts';
import { readableBy, type Visibility } from '../../access/policy.ts';
import type { Database } from '../../db/database.ts';
import type { Schema } from '../../db/schema.ts';
import { notFound, notPaired } from '../../http/errors.ts';
import { newId } from '../../lib/crypto.ts';
import type { Clock } from '../../lib/time.ts';
import { iso } from '../../lib/time.ts';
import { MembershipRepository } from '../couples/repository.ts';
import type { EventPublisher } from '../events/bus.ts';
import type { Cursor, Drafted, DraftedRepository, SentBox } from './repository.ts';

export interface DraftsDeps {
  database: Database;
  clock: Clock;
  events: EventPublisher;
}

/** A sent item belongs to its couple (author and recipient); a draft to its author alone. */
export const visibilityOf = (d: Drafted): Visibility =>
  d.status === 'sent' && d.coupleId ? { kind: 'couple', coupleId: d.coupleId } : { kind: 'private', ownerId: d.authorId };

/** Sent in a couple that has ended: still its author's and its recipient's, read-only. */
export const keptVisibility = (d: Drafted): Visibility => ({ kind: 'kept', accountIds: d.status === 'sent' ? [d.authorId, d.recipientId] : [] });

/** `drafts`: my own, private; `before`: sent and received in a couple that has ended, kept read-only. */
export type Box = SentBox | 'drafts' | 'before';

/**
 * "Write it, keep it as a draft if you like, then send it to the partner": the steps that
 * appreciations and talk requests share. A draft is its author's alone (a person without a
 * partner may keep them too); sending needs the partner, removes the draft it came from (once,
 * whichever device sends it), and tells the partner's open pages. Each area adds its own columns
 * (`extend`) and its own checks before calling in.
 */
export class DraftsToPartner<T extends Drafted> {
  private readonly repo: DraftedRepository<T, any>;
  private readonly members: MembershipRepository;

  constructor(
    private readonly deps: DraftsDeps,
    private readonly repository: (db: Kysely<Schema>) => DraftedRepository<T, any>,
  ) {
    this.repo = repository(deps.database.db);
    this.members = new MembershipRepository(deps.database.db);
  }

  async send(accountId: string, input: { text: string; draftId?: string }, extend: (base: Drafted) => T, event: (sent: T) => LiveEvent): Promise<T> {
    const membership = await this.members.partnership(accountId);
    if (!membership) throw notPaired();
    const viewer = { accountId, coupleId: membership.coupleId };
    if (input.draftId !== undefined) {
      const draft = readableBy(viewer, await this.repo.find(input.draftId), visibilityOf);
      if (draft.status !== 'draft') throw notFound();
    }
    const now = iso(this.deps.clock());
    const sent = extend({
      id: newId(),
      authorId: accountId,
      coupleId: membership.coupleId,
      recipientId: membership.partnerId,
      status: 'sent',
      text: input.text,
      createdAt: now,
      sentAt: now,
    });
    await this.deps.database.db.transaction().execute(async (trx: Kysely<Schema>) => {
      const repo = this.repository(trx);
      // A draft sent from two devices at once is sent once.
      if (input.draftId !== undefined && !(await repo.deleteDraft(input.draftId, accountId))) throw notFound();
      await repo.insert(sent);
    });
    await this.deps.events.publish([membership.partnerId], event(sent));
    return readableBy(viewer, sent, visibilityOf);
  }

  async saveDraft(accountId: string, text: string, extend: (base: Drafted) => T): Promise<T> {
    const draft = extend({ id: newId(), authorId: accountId, coupleId: null, recipientId: null, status: 'draft', text, createdAt: iso(this.deps.clock()), sentAt: null });
    await this.repo.insert(draft);
    return readableBy({ accountId, coupleId: null }, draft, visibilityOf);
  }

  async deleteDraft(accountId: string, id: string): Promise<void> {
    const found = readableBy({ accountId, coupleId: null }, await this.repo.find(id), visibilityOf);
    if (found.status !== 'draft' || !(await this.repo.deleteDraft(found.id, accountId))) throw notFound();
    await this.deps.database.afterDeletion();
  }

  /** Up to `limit` items of the box, newest first, each read through the access policy. */
  async list(accountId: string, box: Box, after: Cursor | undefined, limit: number): Promise<T[]> {
    const membership = await this.members.partnership(accountId);
    const viewer = { accountId, coupleId: membership?.coupleId ?? null };
    // Kept from couples that ended: to read, never to answer (answering asks for the current couple).
    if (box === 'before') return (await this.repo.before(accountId, viewer.coupleId, after, limit)).map((d) => readableBy(viewer, d, keptVisibility));
    let rows: T[];
    if (box === 'drafts') rows = await this.repo.drafts(accountId, after, limit);
    else if (membership) rows = await this.repo.sent(membership.coupleId, accountId, box, after, limit);
    else rows = [];
    return rows.map((d) => readableBy(viewer, d, visibilityOf));
  }
}
