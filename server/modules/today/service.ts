import { loadLoveMapBank, type LoveMapBank, type LoveMapDepth, type LoveMapTopic } from '../../../shared/content/lovemap/bank.ts';
import { loadPromptBanks, type AppreciationPrompt, type ConnectionPrompt, type PromptBanks } from '../../../shared/content/prompts/bank.ts';
import { mayRead, readableBy, type Viewer, type Visibility } from '../../access/policy.ts';
import type { Database } from '../../db/database.ts';
import { alreadyRevealed, invalidField, notFound, todayBusy } from '../../http/errors.ts';
import { newId } from '../../lib/crypto.ts';
import type { Clock } from '../../lib/time.ts';
import { iso } from '../../lib/time.ts';
import { MembershipRepository, type Partnership } from '../couples/repository.ts';
import type { EventPublisher } from '../events/bus.ts';
import type { Keyring } from '../keyring/keyring.ts';
import { resolveDay } from './day.ts';
import { GROWTH_WEIGHT, leaningOf, type GrowthAreaSource } from './growth.ts';
import { TodayRepository, type Bank, type CheckIn, type LoveMapAnswer, type Pick } from './repository.ts';
import { pickNext } from './selection.ts';

/** Deeper love-map questions join after this many answered together; deep ones after DEEP_AFTER. */
export const DEEPER_AFTER = 7;
export const DEEP_AFTER = 21;

export interface TodayDeps {
  database: Database;
  /** Seals and opens what people wrote (docs/privacy.md, "Data at rest"). */
  keyring: Keyring;
  clock: Clock;
  growth: GrowthAreaSource;
  events: EventPublisher;
  /** The bundled banks unless given (tests pass small ones). */
  loveMaps?: LoveMapBank;
  prompts?: PromptBanks;
}

export interface QuestionRef {
  id: string;
  topic: LoveMapTopic;
  depth: LoveMapDepth | null;
  kind: 'question' | 'reflection';
}

export interface LoveMapState {
  question: QuestionRef;
  mine?: LoveMapAnswer;
  partner?: LoveMapAnswer;
}

export interface TodayState {
  date: string;
  mode: 'couple' | 'solo';
  loveMap: LoveMapState;
  appreciationPrompt: AppreciationPrompt;
  connectionPrompt: ConnectionPrompt;
  checkIn?: CheckIn;
}

interface Scope {
  viewer: Viewer;
  membership: Partnership | undefined;
  /** The couple id, or the account id of a person alone. */
  id: string;
  mode: 'couple' | 'solo';
}

/** Every local date there is, for reading all of a person's check-ins. */
const ALL_DAYS = { from: '0000-01-01', to: '9999-12-31' };

const ownAnswer = (a: LoveMapAnswer): Visibility => ({ kind: 'private', ownerId: a.accountId });
const ownCheckIn = (c: CheckIn): Visibility => ({ kind: 'private', ownerId: c.accountId });

/** A check-in is its author's; a shared one also the couple's it was made in. */
export const checkInVisibility = (c: CheckIn): Visibility =>
  c.shared && c.coupleId ? { kind: 'ownerAndCouple', ownerId: c.accountId, coupleId: c.coupleId } : { kind: 'private', ownerId: c.accountId };

/**
 * Today: one love-map question (or a reflection for a person alone), an appreciation prompt, the
 * person's check-in and one connection prompt — the same for both partners on the same date.
 *
 * Partners in different time zones: each asks with their own local date, and the items of a date
 * are fixed for the couple the first time either partner asks for that date. So at one instant
 * two partners may be on different dates, but each date shows the same items to both, whoever
 * reaches it first. Love-map answers belong to the question, not the date, so an answer to
 * "yesterday's" question from the partner who is still on yesterday pairs up all the same.
 *
 * Safety: the connection bank holds friendship, fondness, play and shared-meaning prompts only —
 * no conflict work — so nothing here is held back for a person whose safety screen shows a
 * concern (suggested conflict exercises are, in the check-up). Today never reads the safety
 * screen: what a partner sees cannot change with the other's safety state.
 */
export class TodayService {
  private readonly repo: TodayRepository;
  private readonly members: MembershipRepository;
  private readonly loveMaps: LoveMapBank;
  private readonly prompts: PromptBanks;

  constructor(private readonly deps: TodayDeps) {
    this.repo = new TodayRepository(deps.database.db, deps.keyring);
    this.members = new MembershipRepository(deps.database.db);
    this.loveMaps = deps.loveMaps ?? loadLoveMapBank();
    this.prompts = deps.prompts ?? loadPromptBanks();
  }

  async today(accountId: string, day: { timeZone?: string; date?: string }): Promise<TodayState> {
    const date = resolveDay(this.deps.clock(), day);
    const scope = await this.scopeOf(accountId);
    const picks = await this.ensurePicks(scope, date);
    const questionId = picks.get(scope.mode === 'couple' ? 'loveMap' : 'solo')!;
    const [loveMap, checkIn] = await Promise.all([this.loveMapState(scope, questionId), this.repo.checkInOn(accountId, date)]);
    return {
      date,
      mode: scope.mode,
      loveMap,
      appreciationPrompt: this.prompts.appreciation.find((p) => p.id === picks.get('appreciation'))!,
      connectionPrompt: this.prompts.connection.find((p) => p.id === picks.get('connection'))!,
      checkIn: checkIn && readableBy(scope.viewer, checkIn, ownCheckIn),
    };
  }

  /**
   * Answers a question served to the couple (or a reflection served to a person alone). An answer
   * may change until both have answered; then both are shown to both, and both get a live event.
   * Until then nothing about the partner's answer — not even whether there is one — is returned.
   */
  async answerLoveMap(accountId: string, input: { questionId: string; answer: string; guess?: string }): Promise<LoveMapState> {
    const scope = await this.scopeOf(accountId);
    const bank: Bank = scope.mode === 'couple' ? 'loveMap' : 'solo';
    if (!this.questionRef(input.questionId, scope.mode) || !(await this.repo.wasServed(scope.id, bank, input.questionId))) throw notFound();

    const before = await this.repo.answersTo(scope.id, [input.questionId]);
    if (scope.mode === 'couple' && isRevealed(before, scope)) {
      throw alreadyRevealed();
    }
    const guess = scope.mode === 'couple' && input.guess ? input.guess : null;
    await this.repo.saveAnswer({
      id: newId(),
      scopeId: scope.id,
      coupleId: scope.mode === 'couple' ? scope.id : null,
      accountId,
      questionId: input.questionId,
      answer: input.answer,
      guess,
      now: iso(this.deps.clock()),
    });
    // Read after writing: of two partners answering at the same instant on two servers, at least
    // the later one sees both answers here and raises the reveal.
    const state = await this.loveMapState(scope, input.questionId);
    if (state.partner && scope.membership) {
      await this.deps.events.publish([accountId, scope.membership.partnerId], { kind: 'loveMapRevealed', questionId: input.questionId });
    }
    return state;
  }

  /** The person's check-in for their local day; logging again the same day replaces it. */
  async logCheckIn(
    accountId: string,
    input: { connection: number; toward: number; away: number; against: number; note?: string; shared?: boolean; timeZone?: string; date?: string },
  ): Promise<CheckIn> {
    const now = this.deps.clock();
    const date = resolveDay(now, input);
    const membership = await this.members.partnership(accountId);
    const note = input.note?.trim() ? input.note.trim() : null;
    const before = await this.repo.checkInOn(accountId, date);
    await this.repo.saveCheckIn({
      id: newId(),
      accountId,
      coupleId: membership?.coupleId ?? null,
      date,
      connection: input.connection,
      toward: input.toward,
      away: input.away,
      against: input.against,
      note,
      shared: input.shared ?? false,
      now: iso(now),
    });
    // A note taken back or rewritten is deleted words too.
    if (before?.note && before.note !== note) await this.deps.database.afterDeletion();
    const viewer = { accountId, coupleId: membership?.coupleId ?? null };
    return readableBy(viewer, await this.repo.checkInOn(accountId, date), ownCheckIn);
  }

  /** The questions served to the couple (reflections to a person alone), newest first, with answers as Today shows them. */
  async loveMapHistory(accountId: string, cursor: string | undefined, limit: number): Promise<{ items: (LoveMapState & { date: string })[]; nextCursor: string | null }> {
    if (cursor !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(cursor)) throw invalidField('cursor', 'errors.cursorInvalid');
    const scope = await this.scopeOf(accountId);
    const bank: Bank = scope.mode === 'couple' ? 'loveMap' : 'solo';
    const served = await this.repo.servedHistory(scope.id, bank, cursor, limit + 1);
    const page = served.slice(0, limit);
    const answers = await this.repo.answersTo(scope.id, page.map((s) => s.itemId));
    const items = page.flatMap((s) => {
      const question = this.questionRef(s.itemId, scope.mode);
      if (!question) return [];
      return [{ date: s.date, ...this.visibleAnswers(scope, question, answers.filter((a) => a.questionId === s.itemId)) }];
    });
    return { items, nextCursor: served.length > limit ? page[page.length - 1]!.date : null };
  }

  /**
   * For the person's export: every check-in of their own, and the check-ins the partner shared in
   * the current couple (what the partner chose to share: never their note, which stays private).
   */
  async checkInsForExport(accountId: string): Promise<{ mine: CheckIn[]; partnerShared: CheckIn[] }> {
    const scope = await this.scopeOf(accountId);
    const mine = (await this.repo.checkInsOf(accountId, ALL_DAYS.from, ALL_DAYS.to)).map((c) => readableBy(scope.viewer, c, ownCheckIn));
    if (!scope.membership) return { mine, partnerShared: [] };
    const partnerId = scope.membership.partnerId;
    const partnerShared = (await this.repo.sharedCheckIns(scope.id, ALL_DAYS.from, ALL_DAYS.to))
      .filter((c) => c.accountId === partnerId)
      .map((c) => readableBy(scope.viewer, c, checkInVisibility))
      .map((c) => ({ ...c, note: null }));
    return { mine, partnerShared };
  }

  /** For the person's export: each of their answers with its question, and the partner's where both answered in the current couple. */
  async loveMapForExport(accountId: string): Promise<{ question: QuestionRef; mine: LoveMapAnswer; partner?: LoveMapAnswer }[]> {
    const scope = await this.scopeOf(accountId);
    const mine = (await this.repo.answersBy(accountId)).map((a) => readableBy(scope.viewer, a, ownAnswer));
    const inCouple = mine.filter((a) => scope.mode === 'couple' && a.scopeId === scope.id);
    const together = await this.repo.answersTo(scope.id, inCouple.map((a) => a.questionId));
    return mine.flatMap((answer) => {
      const question = this.questionRef(answer.questionId, answer.coupleId ? 'couple' : 'solo');
      if (!question) return [];
      const partner = answer.scopeId === scope.id ? this.visibleAnswers(scope, question, together.filter((x) => x.questionId === answer.questionId)).partner : undefined;
      return [partner ? { question, mine: answer, partner } : { question, mine: answer }];
    });
  }

  private async scopeOf(accountId: string): Promise<Scope> {
    const membership = await this.members.partnership(accountId);
    const viewer: Viewer = { accountId, coupleId: membership?.coupleId ?? null };
    return membership
      ? { viewer, membership, id: membership.coupleId, mode: 'couple' }
      : { viewer, membership, id: accountId, mode: 'solo' };
  }

  private async loveMapState(scope: Scope, questionId: string): Promise<LoveMapState> {
    const question = this.questionRef(questionId, scope.mode);
    if (!question) throw notFound();
    return this.visibleAnswers(scope, question, await this.repo.answersTo(scope.id, [questionId]));
  }

  /** Mine, and the partner's only once both answered (the policy decides, per record). */
  private visibleAnswers(scope: Scope, question: QuestionRef, answers: readonly LoveMapAnswer[]): LoveMapState {
    const revealed = scope.mode === 'couple' && isRevealed(answers, scope);
    const state: LoveMapState = { question };
    for (const answer of answers) {
      const visibility: Visibility = revealed && answer.coupleId ? { kind: 'couple', coupleId: answer.coupleId } : ownAnswer(answer);
      if (!mayRead(scope.viewer, visibility)) continue;
      if (answer.accountId === scope.viewer.accountId) state.mine = readableBy(scope.viewer, answer, ownAnswer);
      else state.partner = readableBy(scope.viewer, answer, () => visibility);
    }
    return state;
  }

  private questionRef(id: string, mode: 'couple' | 'solo'): QuestionRef | undefined {
    if (mode === 'couple') {
      const q = this.loveMaps.byId.get(id);
      return q && { id: q.id, topic: q.topic, depth: q.depth, kind: 'question' };
    }
    const s = this.loveMaps.solo.find((p) => p.id === id);
    return s && { id: s.id, topic: s.topic, depth: null, kind: 'reflection' };
  }

  /** The scope's items of the date, chosen and stored the first time anyone asks for it. */
  private async ensurePicks(scope: Scope, date: string): Promise<Map<Bank, string>> {
    const banks: Bank[] = scope.mode === 'couple' ? ['loveMap', 'connection', 'appreciation'] : ['solo', 'connection', 'appreciation'];
    let growth: string[] | undefined;
    for (let attempt = 0; attempt < 6; attempt++) {
      const existing = new Map((await this.repo.picksOn(scope.id, date)).map((p) => [p.bank, p.itemId]));
      const missing = banks.filter((b) => !existing.has(b));
      if (missing.length === 0) return existing;
      growth ??= scope.mode === 'couple' ? await this.deps.growth.ofCouple(scope.viewer) : await this.deps.growth.ofPerson(scope.viewer);
      const picks: Pick[] = [];
      for (const bank of missing) picks.push(await this.choose(scope, date, bank, growth));
      const now = iso(this.deps.clock());
      await this.repo.insertPicks(
        picks.map((pick) => ({
          scopeId: scope.id,
          coupleId: scope.mode === 'couple' ? scope.id : null,
          accountId: scope.mode === 'solo' ? scope.id : null,
          date,
          pick,
          now,
        })),
      );
    }
    throw todayBusy();
  }

  private async choose(scope: Scope, date: string, bank: Bank, growthAreas: readonly string[]): Promise<Pick> {
    const served = await this.repo.servedInLatestCycle(scope.id, bank);
    const lean = leaningOf(growthAreas);
    const seed = `${scope.id}:${date}:${bank}`;
    const g = (match: boolean) => (match ? GROWTH_WEIGHT : 1);
    switch (bank) {
      case 'loveMap': {
        const together = await this.repo.answeredTogether(scope.id);
        const depthWeight: Record<LoveMapDepth, number> =
          together >= DEEP_AFTER ? { light: 1, deeper: 2, deep: 1 } : together >= DEEPER_AFTER ? { light: 1, deeper: 2, deep: 0 } : { light: 1, deeper: 0, deep: 0 };
        const { item, cycle } = pickNext(this.loveMaps.questions, served, {
          seed,
          eligible: (q) => depthWeight[q.depth] > 0,
          weight: (q) => Math.max(depthWeight[q.depth], 1) * g(lean.topics.has(q.topic)),
        });
        return { bank, itemId: item.id, cycle };
      }
      case 'solo': {
        const { item, cycle } = pickNext(this.loveMaps.solo, served, { seed, weight: (p) => g(lean.topics.has(p.topic)) });
        return { bank, itemId: item.id, cycle };
      }
      case 'connection': {
        const { item, cycle } = pickNext(this.prompts.connection, served, { seed, weight: (p) => g(lean.prompts.has(p.dimension)) });
        return { bank, itemId: item.id, cycle };
      }
      case 'appreciation': {
        const { item, cycle } = pickNext(this.prompts.appreciation, served, { seed, weight: (p) => g(lean.appreciations.has(p.kind)) });
        return { bank, itemId: item.id, cycle };
      }
    }
  }
}

function isRevealed(answers: readonly LoveMapAnswer[], scope: Scope): boolean {
  if (!scope.membership) return false;
  const who = new Set(answers.filter((a) => a.scopeId === scope.id).map((a) => a.accountId));
  return who.has(scope.viewer.accountId) && who.has(scope.membership.partnerId);
}
