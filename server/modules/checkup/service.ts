import type { Kysely } from 'kysely';
import {
  answerFieldProblems,
  compareResults,
  missingItems,
  pairHistory,
  rebase,
  scoreCheckup,
  suggestionsFor,
  type Answer,
  type CheckupResult,
  type CoupleComparison,
  type ExerciseCatalog,
  type HistoryPoint as PairedResults,
  type Instrument,
  type SafetyStatus,
  usableAnswers,
} from '../../../shared/checkup/index.ts';
import { readableBy, type Viewer, type Visibility } from '../../access/policy.ts';
import type { Database } from '../../db/database.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import type { Schema } from '../../db/schema.ts';
import { checkupBusy, checkupIncomplete, invalidInput, notFound, reportNotReady } from '../../http/errors.ts';
import { newId } from '../../lib/crypto.ts';
import type { Clock } from '../../lib/time.ts';
import { iso } from '../../lib/time.ts';
import type { ConsentService } from '../consent/service.ts';
import { MembershipRepository } from '../couples/repository.ts';
import type { Keyring } from '../keyring/keyring.ts';
import type { SafetyService } from '../safety/service.ts';
import { CheckupRepository, type CheckupResponse, type CheckupResultRecord, type StoredAnswer } from './repository.ts';

/** The instrument used when a request names none. */
export const BUILTIN_INSTRUMENT_ID = 'connection-checkup';

export interface CheckupDeps {
  database: Database;
  /** Seals and opens what people wrote (docs/privacy.md, "Data at rest"). */
  keyring: Keyring;
  clock: Clock;
  /** Loaded and validated at start (shared/checkup/load.ts); the built-in one first. */
  instruments: readonly Instrument[];
  exercises: ExerciseCatalog;
  safety: SafetyService;
  /** Decides whether the couple report is open, and whose answers are shared. */
  consent: ConsentService;
}

export interface Draft {
  answers: StoredAnswer[];
  startedAt: string | null;
  updatedAt: string | null;
}

export interface SavedDraft {
  instrument: Instrument;
  draft: Draft;
}

export interface CheckupState extends SavedDraft {
  latest: CheckupResultRecord | undefined;
}

/** A result with its scores read against the instrument as loaded now. */
export interface ScoredResult {
  record: CheckupResultRecord;
  scores: CheckupResult;
  /** Its author lets their current partner see its item answers (a consent record). */
  shared: boolean;
}

/** A result as the couple sees it: numbered within the couple, so no earlier couple shows through. */
export interface CoupleResult extends ScoredResult {
  coupleNumber: number;
}

export interface MyResult extends ScoredResult {
  instrument: Instrument;
  answers: StoredAnswer[];
  /** Exercise ids per dimension key, already chosen for the viewer's own safety. */
  exercises: Map<string, string[]>;
}

export type HistoryPoint = PairedResults<CoupleResult>;

export interface CoupleReport {
  instrument: Instrument;
  partner: { id: string; name: string };
  mine: CoupleResult;
  partnerResult: CoupleResult;
  comparison: CoupleComparison;
  /** Exercise ids, chosen for the viewer's own safety. */
  firstSteps: string[];
  partnerAnswers: StoredAnswer[] | null;
  history: HistoryPoint[];
}

const mine = (r: CheckupResponse): Visibility => ({ kind: 'private', ownerId: r.accountId });

/**
 * The Connection Check-up: drafts that autosave, results that never change, sharing, and the
 * couple report. Every record handed out passes through the access policy: a result is private
 * to its author; its scores (never its item answers, unless shared) are visible to the couple it
 * belongs to in the couple report.
 */
export class CheckupService {
  private readonly repo: CheckupRepository;
  private readonly members: MembershipRepository;
  private readonly byId: Map<string, Instrument>;
  readonly defaultInstrument: Instrument;

  constructor(private readonly deps: CheckupDeps) {
    this.repo = new CheckupRepository(deps.database.db, deps.keyring);
    this.members = new MembershipRepository(deps.database.db);
    this.byId = new Map(deps.instruments.map((i) => [i.id, i]));
    const builtin = this.byId.get(BUILTIN_INSTRUMENT_ID) ?? deps.instruments[0];
    if (!builtin) throw new Error('no check-up instrument is loaded');
    this.defaultInstrument = builtin;
  }

  get exercises(): ExerciseCatalog {
    return this.deps.exercises;
  }

  /** The built-in instrument first, then the others in load order. */
  get instruments(): Instrument[] {
    return [this.defaultInstrument, ...this.deps.instruments.filter((i) => i !== this.defaultInstrument)];
  }

  instrument(id: string | undefined): Instrument {
    if (id === undefined) return this.defaultInstrument;
    const instrument = this.byId.get(id);
    if (!instrument) throw notFound();
    return instrument;
  }

  /** The instrument, the viewer's current draft (to resume on any device) and latest result. */
  async checkup(viewer: Viewer, instrumentId?: string): Promise<CheckupState> {
    const instrument = this.instrument(instrumentId);
    const [draft, results] = await Promise.all([
      this.repo.findDraft(viewer.accountId, instrument.id),
      this.repo.resultsOf(viewer.accountId, instrument.id),
    ]);
    const latest = results.map((r) => readableBy(viewer, r, mine))[0];
    return { instrument, draft: await this.draftView(viewer, instrument, draft), latest };
  }

  /**
   * Autosave: stores these answers in the viewer's draft (starting one when there is none, as
   * after a submit), replacing earlier answers to the same items. Refuses the whole request when
   * an item is unknown or a value is off the scale.
   */
  async saveAnswers(viewer: Viewer, instrumentId: string | undefined, answers: readonly Answer[]): Promise<SavedDraft> {
    const instrument = this.instrument(instrumentId);
    const fields = answerFieldProblems(instrument, answers);
    if (Object.keys(fields).length > 0) throw invalidInput(fields);

    // A draft submitted from another device in the meantime is closed; the answers then start
    // a new draft, like any answer after a submit.
    for (let attempt = 0; attempt < 3; attempt++) {
      const draft = await this.openDraft(viewer, instrument);
      const now = iso(this.deps.clock());
      const saved = await this.transaction(async (repo) => {
        if (!(await repo.touchDraft(draft.id, now))) return false;
        await repo.upsertAnswers(draft, answers, now);
        return true;
      });
      if (saved) {
        const current = await this.repo.findDraft(viewer.accountId, instrument.id);
        return { instrument, draft: await this.draftView(viewer, instrument, current) };
      }
    }
    throw checkupBusy();
  }

  /**
   * Scores the draft and keeps it as a new, dated result. Refuses (400, one field per item)
   * while any item is unanswered. The next answers start a new draft: a retake.
   */
  async submit(viewer: Viewer, instrumentId?: string): Promise<CheckupResultRecord> {
    const instrument = this.instrument(instrumentId);
    const found = await this.repo.findDraft(viewer.accountId, instrument.id);
    const draft = found && readableBy(viewer, found, mine);
    if (!draft) throw checkupIncomplete(instrument.items.map((i) => i.id));
    const now = iso(this.deps.clock());
    let submitted: boolean;
    try {
      submitted = await this.transaction(async (repo) => {
        // Locks the draft first, so an autosave from another device waits or starts a new draft.
        if (!(await repo.touchDraft(draft.id, now))) return false;
        const answers = usableAnswers(instrument, await repo.answersOf(draft.id));
        const missing = missingItems(instrument, answers);
        if (missing.length > 0) throw checkupIncomplete(missing);
        const scores = scoreCheckup(instrument, answers);
        const number = await repo.nextNumber(viewer.accountId, instrument.id);
        return repo.submit(draft, { number, coupleId: viewer.coupleId, instrumentVersion: instrument.version, scores, now });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw checkupBusy();
      throw error;
    }
    if (!submitted) throw checkupBusy();
    const result = await this.repo.findResult(draft.id);
    return readableBy(viewer, result, mine);
  }

  /** The viewer's results of an instrument, newest first, read against the loaded instrument. */
  async listResults(viewer: Viewer, instrumentId?: string): Promise<{ instrument: Instrument; results: ScoredResult[] }> {
    const instrument = this.instrument(instrumentId);
    const records = (await this.repo.resultsOf(viewer.accountId, instrument.id)).map((r) => readableBy(viewer, r, mine));
    const shared = await this.deps.consent.sharedResults(viewer.accountId, viewer.coupleId, records.map((r) => r.id));
    return {
      instrument,
      results: records.map((record) => ({ record, scores: rebase(instrument, record.scores) ?? record.scores, shared: shared.has(record.id) })),
    };
  }

  /** One of the viewer's own results; anyone else's answers 404. */
  async result(viewer: Viewer, id: string): Promise<MyResult> {
    const record = readableBy(viewer, await this.repo.findResult(id), mine);
    const instrument = this.byId.get(record.instrumentId);
    const scores = instrument && rebase(instrument, record.scores);
    if (!instrument || !scores) throw notFound();
    const [answers, safety, shared] = await Promise.all([
      this.repo.answersOf(record.id),
      this.deps.safety.statusOf(viewer),
      this.deps.consent.sharedResults(viewer.accountId, viewer.coupleId, [record.id]),
    ]);
    const exercises = new Map(
      scores.dimensions.map((d) => {
        const band = instrument.bands[d.key]!.find((b) => b.key === d.band)!;
        return [d.key, suggestionsFor(band.exercises, this.deps.exercises, safety)];
      }),
    );
    return { record, scores, shared: shared.has(record.id), instrument, answers, exercises };
  }

  /**
   * Lets the partner see (or no longer see) this result's item answers in the couple report: a
   * consent record of its own, a finer choice inside `checkupCompare`.
   */
  async setSharing(viewer: Viewer, id: string, shared: boolean): Promise<{ id: string; shared: boolean }> {
    const record = readableBy(viewer, await this.repo.findResult(id), mine);
    await this.deps.consent.setResultAnswers(viewer, record.id, shared);
    return { id: record.id, shared };
  }

  /**
   * Both partners' latest results of the instrument side by side. 404 — the same answer in every
   * case — until both have chosen to compare (`checkupCompare`) and both have submitted, and for a
   * person without a partner: neither learns from it whether the other chose or submitted. The
   * first steps are chosen for the viewer's own safety alone; nothing here reads the partner's
   * safety screen.
   */
  async coupleReport(viewer: Viewer, instrumentId?: string): Promise<CoupleReport> {
    const instrument = this.instrument(instrumentId);
    const membership = await this.members.of(viewer.accountId);
    if (!membership || membership.coupleId !== viewer.coupleId || !membership.partnerId) throw reportNotReady();
    const coupleId = membership.coupleId;
    const partnerId = membership.partnerId;
    if (!(await this.deps.consent.inForce(viewer, 'checkupCompare'))) throw reportNotReady();

    const records = await this.repo.coupleResults([viewer.accountId, partnerId], instrument.id, coupleId);
    // Scores are the couple's to see; a result made alone belongs to the couple its author is in now.
    const visible = records.map((r) =>
      readableBy(viewer, r, (x): Visibility => ({ kind: 'ownerAndCouple', ownerId: x.accountId, coupleId: x.coupleId ?? coupleId })),
    );
    const scored = async (ownerId: string): Promise<CoupleResult[]> => {
      const own = visible.filter((r) => r.accountId === ownerId);
      const shared = await this.deps.consent.sharedResults(ownerId, coupleId, own.map((r) => r.id));
      return own.flatMap((record, i) => {
        const scores = rebase(instrument, record.scores);
        return scores ? [{ record, scores, shared: shared.has(record.id), coupleNumber: i + 1 }] : [];
      });
    };
    const [mineAll, theirsAll] = await Promise.all([scored(viewer.accountId), scored(partnerId)]);
    const latestMine = mineAll.at(-1);
    const latestTheirs = theirsAll.at(-1);
    if (!latestMine || !latestTheirs) throw reportNotReady();

    const comparison = compareResults(instrument, latestMine.scores, latestTheirs.scores);
    const safety: SafetyStatus = await this.deps.safety.statusOf(viewer);
    const firstSteps = suggestionsFor(comparison.firstSteps, this.deps.exercises, safety, { max: 3 });

    let partnerAnswers: StoredAnswer[] | null = null;
    if (latestTheirs.shared) {
      // Item answers are private unless their author shared them.
      const shared = readableBy(viewer, latestTheirs, (r): Visibility =>
        r.shared ? { kind: 'ownerAndCouple', ownerId: r.record.accountId, coupleId: r.record.coupleId ?? coupleId } : mine(r.record),
      );
      partnerAnswers = await this.repo.answersOf(shared.record.id);
    }

    return {
      instrument,
      partner: { id: partnerId, name: membership.partnerName ?? '' },
      mine: latestMine,
      partnerResult: latestTheirs,
      comparison,
      firstSteps,
      partnerAnswers,
      history: pairHistory(mineAll, theirsAll, (r) => r.record.submittedAt),
    };
  }

  private async draftView(viewer: Viewer, instrument: Instrument, found: CheckupResponse | undefined): Promise<Draft> {
    if (!found) return { answers: [], startedAt: null, updatedAt: null };
    const draft = readableBy(viewer, found, mine);
    const answers = usableAnswers(instrument, await this.repo.answersOf(draft.id));
    return { answers, startedAt: draft.startedAt, updatedAt: draft.updatedAt };
  }

  /** The viewer's open draft, started now when there is none (two devices at once make one). */
  private async openDraft(viewer: Viewer, instrument: Instrument): Promise<CheckupResponse> {
    const existing = await this.repo.findDraft(viewer.accountId, instrument.id);
    if (existing) return readableBy(viewer, existing, mine);
    try {
      await this.repo.insertDraft({
        id: newId(),
        accountId: viewer.accountId,
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        now: iso(this.deps.clock()),
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const draft = await this.repo.findDraft(viewer.accountId, instrument.id);
    if (!draft) throw checkupBusy();
    return readableBy(viewer, draft, mine);
  }

  private transaction<T>(work: (repo: CheckupRepository) => Promise<T>): Promise<T> {
    return this.deps.database.db.transaction().execute((trx: Kysely<Schema>) => work(new CheckupRepository(trx, this.deps.keyring)));
  }
}
