import type { Kysely } from 'kysely';
import { analyzeDraft, type CoachResult } from '../../../shared/coach/index.ts';
import { readableBy, type Visibility } from '../../access/policy.ts';
import type { Database } from '../../db/database.ts';
import type { Schema } from '../../db/schema.ts';
import { notFound, notPaired } from '../../http/errors.ts';
import { newId } from '../../lib/crypto.ts';
import type { Clock } from '../../lib/time.ts';
import { iso } from '../../lib/time.ts';
import { MembershipRepository } from '../couples/repository.ts';
import type { EventPublisher } from '../events/bus.ts';
import type { Keyring } from '../keyring/keyring.ts';
import { refuseCrisisLanguage } from './crisis.ts';
import { TalkRepository, type TalkRequest, type TalkResponse } from './repository.ts';

export interface TalkDeps {
  database: Database;
  /** Seals and opens what people wrote (docs/privacy.md, "Data at rest"). */
  keyring: Keyring;
  clock: Clock;
  events: EventPublisher;
}

/** A sent talk request belongs to its couple; a kept draft to its author alone. */
export const visibilityOf = (r: TalkRequest): Visibility =>
  r.status === 'sent' && r.coupleId ? { kind: 'couple', coupleId: r.coupleId } : { kind: 'private', ownerId: r.authorId };

/** Sent in a couple that has ended: still its author's and its recipient's, read-only. */
export const keptVisibility = (r: TalkRequest): Visibility => ({ kind: 'kept', accountIds: r.status === 'sent' ? [r.authorId, r.recipientId] : [] });

export type SendOutcome = { status: 'sent'; request: TalkRequest } | { status: 'notSent'; reason: 'crisis'; messageKey: string };

const MAX_DRAFTS_LISTED = 100;

/**
 * Talk requests: a gentle start-up sent to the partner, or kept privately. The Coach runs here too
 * (the same pure code as in the browser): text that speaks of crisis is never sent — the person
 * gets resources instead — and `analyze` reads a draft without storing or logging anything.
 */
export class TalkService {
  private readonly repo: TalkRepository;
  private readonly members: MembershipRepository;

  constructor(private readonly deps: TalkDeps) {
    this.repo = new TalkRepository(deps.database.db, deps.keyring);
    this.members = new MembershipRepository(deps.database.db);
  }

  /** Pure: no database, no log, no event. */
  analyze(text: string): CoachResult {
    return analyzeDraft(text);
  }

  async send(accountId: string, input: { text: string; draftId?: string }): Promise<SendOutcome> {
    // Crisis first, before anything else is looked at: a person alone gets the resources too.
    const coach = analyzeDraft(input.text);
    if (coach.mode === 'crisis') return { status: 'notSent', reason: 'crisis', messageKey: coach.crisis.messageKey };

    const membership = await this.members.partnership(accountId);
    if (!membership) throw notPaired();
    const viewer = { accountId, coupleId: membership.coupleId };
    if (input.draftId !== undefined) {
      const draft = readableBy(viewer, await this.repo.find(input.draftId), visibilityOf);
      if (draft.status !== 'draft') throw notFound();
    }
    const now = iso(this.deps.clock());
    const request: TalkRequest = {
      id: newId(),
      authorId: accountId,
      coupleId: membership.coupleId,
      recipientId: membership.partnerId,
      status: 'sent',
      text: input.text,
      createdAt: now,
      sentAt: now,
      response: null,
      responseNote: null,
      proposedTime: null,
      respondedAt: null,
    };
    await this.deps.database.db.transaction().execute(async (trx: Kysely<Schema>) => {
      const repo = new TalkRepository(trx, this.deps.keyring);
      if (input.draftId !== undefined && !(await repo.deleteDraft(input.draftId, accountId))) throw notFound();
      await repo.insert(request);
    });
    await this.deps.events.publish([membership.partnerId], { kind: 'talkRequestReceived', talkRequestId: request.id });
    return { status: 'sent', request: readableBy(viewer, request, visibilityOf) };
  }

  async list(accountId: string, box: 'all' | 'sent' | 'received' | 'before', limit: number): Promise<TalkRequest[]> {
    const membership = await this.members.partnership(accountId);
    if (box === 'before') {
      // Kept from couples that ended: to read, never to answer (respond asks for the current couple).
      const viewer = { accountId, coupleId: membership?.coupleId ?? null };
      return (await this.repo.before(accountId, viewer.coupleId, limit)).map((r) => readableBy(viewer, r, keptVisibility));
    }
    if (!membership) return [];
    const viewer = { accountId, coupleId: membership.coupleId };
    return (await this.repo.sent(membership.coupleId, accountId, box, limit)).map((r) => readableBy(viewer, r, visibilityOf));
  }

  /** Only the recipient answers; to anyone else the request does not exist. */
  async respond(
    accountId: string,
    id: string,
    input: { response: TalkResponse; note?: string; proposedTime?: string },
  ): Promise<TalkRequest> {
    const membership = await this.members.partnership(accountId);
    const viewer = { accountId, coupleId: membership?.coupleId ?? null };
    const found = readableBy(viewer, await this.repo.find(id), visibilityOf);
    if (found.status !== 'sent' || found.recipientId !== accountId) throw notFound();
    refuseCrisisLanguage({ note: input.note });
    const proposedTime = input.proposedTime === undefined ? null : iso(new Date(input.proposedTime));
    const answer = { response: input.response, note: input.note ? input.note : null, proposedTime, at: iso(this.deps.clock()) };
    await this.repo.respond(found.id, accountId, answer);
    await this.deps.events.publish([found.authorId], { kind: 'talkRequestAnswered', talkRequestId: found.id });
    return { ...found, response: answer.response, responseNote: answer.note, proposedTime, respondedAt: answer.at };
  }

  async saveDraft(accountId: string, input: { text: string }): Promise<TalkRequest> {
    const draft: TalkRequest = {
      id: newId(),
      authorId: accountId,
      coupleId: null,
      recipientId: null,
      status: 'draft',
      text: input.text,
      createdAt: iso(this.deps.clock()),
      sentAt: null,
      response: null,
      responseNote: null,
      proposedTime: null,
      respondedAt: null,
    };
    await this.repo.insert(draft);
    return readableBy({ accountId, coupleId: null }, draft, visibilityOf);
  }

  async drafts(accountId: string): Promise<TalkRequest[]> {
    const viewer = { accountId, coupleId: null };
    return (await this.repo.drafts(accountId, MAX_DRAFTS_LISTED)).map((d) => readableBy(viewer, d, visibilityOf));
  }

  async deleteDraft(accountId: string, id: string): Promise<void> {
    const found = readableBy({ accountId, coupleId: null }, await this.repo.find(id), visibilityOf);
    if (found.status !== 'draft' || !(await this.repo.deleteDraft(found.id, accountId))) throw notFound();
    await this.deps.database.afterDeletion();
  }
}
