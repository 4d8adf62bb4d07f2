import type { Kysely } from 'kysely';
import { loadPromptBanks } from '../../../shared/content/prompts/bank.ts';
import { readableBy, type Visibility } from '../../access/policy.ts';
import type { Database } from '../../db/database.ts';
import type { Schema } from '../../db/schema.ts';
import { invalidField, notFound, notPaired } from '../../http/errors.ts';
import { newId } from '../../lib/crypto.ts';
import type { Clock } from '../../lib/time.ts';
import { iso } from '../../lib/time.ts';
import { MembershipRepository } from '../couples/repository.ts';
import type { EventPublisher } from '../events/bus.ts';
import type { Keyring } from '../keyring/keyring.ts';
import { AppreciationRepository, type Appreciation, type Cursor } from './repository.ts';

export interface AppreciationsDeps {
  database: Database;
  /** Seals and opens what people wrote (docs/privacy.md, "Data at rest"). */
  keyring: Keyring;
  clock: Clock;
  events: EventPublisher;
}

/** A sent appreciation belongs to its couple (author and recipient); a draft to its author alone. */
export const visibilityOf = (a: Appreciation): Visibility =>
  a.status === 'sent' && a.coupleId ? { kind: 'couple', coupleId: a.coupleId } : { kind: 'private', ownerId: a.authorId };

/** Sent in a couple that has ended: still its author's and its recipient's, read-only. */
export const keptVisibility = (a: Appreciation): Visibility => ({ kind: 'kept', accountIds: a.status === 'sent' ? [a.authorId, a.recipientId] : [] });

export type Box = 'all' | 'received' | 'sent' | 'drafts' | 'before';

/**
 * Appreciations: sent to the partner's wall, or kept as a private draft "for later" (what a person
 * alone can do on Today, and anyone may do). Crisis language is not looked at here (the coach
 * comes with another issue). A couple's wall is the couple's; after it ends, each keeps what they
 * wrote and received on it, read-only (`before`), and a later partner never sees it.
 */
export class AppreciationService {
  private readonly repo: AppreciationRepository;
  private readonly members: MembershipRepository;
  private readonly promptIds = new Set(loadPromptBanks().appreciation.map((p) => p.id));

  constructor(private readonly deps: AppreciationsDeps) {
    this.repo = new AppreciationRepository(deps.database.db, deps.keyring);
    this.members = new MembershipRepository(deps.database.db);
  }

  async send(accountId: string, input: { text: string; promptId?: string; draftId?: string }): Promise<Appreciation> {
    this.checkPrompt(input.promptId);
    const membership = await this.members.partnership(accountId);
    if (!membership) throw notPaired();
    const viewer = { accountId, coupleId: membership.coupleId };
    if (input.draftId !== undefined) {
      const draft = readableBy(viewer, await this.repo.find(input.draftId), visibilityOf);
      if (draft.status !== 'draft') throw notFound();
    }
    const now = iso(this.deps.clock());
    const appreciation: Appreciation = {
      id: newId(),
      authorId: accountId,
      coupleId: membership.coupleId,
      recipientId: membership.partnerId,
      status: 'sent',
      text: input.text,
      promptId: input.promptId ?? null,
      createdAt: now,
      sentAt: now,
    };
    await this.deps.database.db.transaction().execute(async (trx: Kysely<Schema>) => {
      const repo = new AppreciationRepository(trx, this.deps.keyring);
      // A draft sent from two devices at once is sent once.
      if (input.draftId !== undefined && !(await repo.deleteDraft(input.draftId, accountId))) throw notFound();
      await repo.insert(appreciation);
    });
    await this.deps.events.publish([membership.partnerId], { kind: 'appreciationReceived', appreciationId: appreciation.id });
    return readableBy(viewer, appreciation, visibilityOf);
  }

  async saveDraft(accountId: string, input: { text: string; promptId?: string }): Promise<Appreciation> {
    this.checkPrompt(input.promptId);
    const now = iso(this.deps.clock());
    const draft: Appreciation = {
      id: newId(),
      authorId: accountId,
      coupleId: null,
      recipientId: null,
      status: 'draft',
      text: input.text,
      promptId: input.promptId ?? null,
      createdAt: now,
      sentAt: null,
    };
    await this.repo.insert(draft);
    return readableBy({ accountId, coupleId: null }, draft, visibilityOf);
  }

  async deleteDraft(accountId: string, id: string): Promise<void> {
    const found = readableBy({ accountId, coupleId: null }, await this.repo.find(id), visibilityOf);
    if (found.status !== 'draft' || !(await this.repo.deleteDraft(found.id, accountId))) throw notFound();
    await this.deps.database.afterDeletion();
  }

  async list(accountId: string, box: Box, cursor: string | undefined, limit: number): Promise<{ items: Appreciation[]; nextCursor: string | null }> {
    const after = cursor === undefined ? undefined : decodeCursor(cursor);
    const membership = await this.members.partnership(accountId);
    const viewer = { accountId, coupleId: membership?.coupleId ?? null };
    let rows: Appreciation[];
    if (box === 'drafts') rows = await this.repo.drafts(accountId, after, limit + 1);
    else if (box === 'before') rows = await this.repo.before(accountId, viewer.coupleId, after, limit + 1);
    else if (membership) rows = await this.repo.wall(membership.coupleId, accountId, box, after, limit + 1);
    else rows = [];
    const items = rows.slice(0, limit).map((a) => readableBy(viewer, a, box === 'before' ? keptVisibility : visibilityOf));
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeCursor({ at: (box === 'drafts' ? last.createdAt : last.sentAt) ?? '', id: last.id }) : null };
  }

  private checkPrompt(promptId: string | undefined): void {
    if (promptId !== undefined && !this.promptIds.has(promptId)) throw invalidField('promptId', 'errors.promptUnknown');
  }
}

export const encodeCursor = (c: Cursor): string => Buffer.from(`${c.at}|${c.id}`, 'utf8').toString('base64url');

export function decodeCursor(text: string): Cursor {
  const [at, id, extra] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  if (!at || !id || extra !== undefined || !/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(at) || id.length > 64) {
    throw invalidField('cursor', 'errors.cursorInvalid');
  }
  return { at, id };
}
