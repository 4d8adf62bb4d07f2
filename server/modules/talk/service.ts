import { analyzeDraft, type CoachResult } from '../../../shared/coach/index.ts';
import { readableBy } from '../../access/policy.ts';
import type { Database } from '../../db/database.ts';
import { notFound } from '../../http/errors.ts';
import type { Clock } from '../../lib/time.ts';
import { iso } from '../../lib/time.ts';
import { MembershipRepository } from '../couples/repository.ts';
import type { Drafted } from '../drafts/repository.ts';
import { DraftsToPartner, visibilityOf } from '../drafts/service.ts';
import type { EventPublisher } from '../events/bus.ts';
import type { Keyring } from '../keyring/keyring.ts';
import { refuseCrisisLanguage } from '../../lib/crisis-language.ts';
import { TalkRepository, type TalkRequest, type TalkResponse } from './repository.ts';

export interface TalkDeps {
  database: Database;
  /** Seals and opens what people wrote (docs/privacy.md, "Data at rest"). */
  keyring: Keyring;
  clock: Clock;
  events: EventPublisher;
}

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
  private readonly drafted: DraftsToPartner<TalkRequest>;

  constructor(private readonly deps: TalkDeps) {
    this.repo = new TalkRepository(deps.database.db, deps.keyring);
    this.members = new MembershipRepository(deps.database.db);
    this.drafted = new DraftsToPartner(deps, (db) => new TalkRepository(db, deps.keyring));
  }

  /** Pure: no database, no log, no event. */
  analyze(text: string): CoachResult {
    return analyzeDraft(text);
  }

  async send(accountId: string, input: { text: string; draftId?: string }): Promise<SendOutcome> {
    // Crisis first, before anything else is looked at: a person alone gets the resources too.
    const coach = analyzeDraft(input.text);
    if (coach.mode === 'crisis') return { status: 'notSent', reason: 'crisis', messageKey: coach.crisis.messageKey };

    const request = await this.drafted.send(accountId, input, unanswered, (sent) => ({ kind: 'talkRequestReceived', talkRequestId: sent.id }));
    return { status: 'sent', request };
  }

  list(accountId: string, box: 'all' | 'sent' | 'received' | 'before', limit: number): Promise<TalkRequest[]> {
    return this.drafted.list(accountId, box, undefined, limit);
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

  saveDraft(accountId: string, input: { text: string }): Promise<TalkRequest> {
    return this.drafted.saveDraft(accountId, input.text, unanswered);
  }

  drafts(accountId: string): Promise<TalkRequest[]> {
    return this.drafted.list(accountId, 'drafts', undefined, MAX_DRAFTS_LISTED);
  }

  deleteDraft(accountId: string, id: string): Promise<void> {
    return this.drafted.deleteDraft(accountId, id);
  }
}

/** A request as written: nobody has answered it yet. */
const unanswered = (base: Drafted): TalkRequest => ({ ...base, response: null, responseNote: null, proposedTime: null, respondedAt: null });
