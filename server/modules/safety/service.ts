import { readableBy, type Viewer } from '../../access/policy.ts';
import { assessSafety, type SafetyScreen, type SafetyStatus } from '../../../shared/checkup/index.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Schema } from '../../db/schema.ts';
import { invalidInput, wrongPassword } from '../../http/errors.ts';
import { newId } from '../../lib/crypto.ts';
import type { Clock } from '../../lib/time.ts';
import { addSeconds, iso } from '../../lib/time.ts';
import type { Keyring } from '../keyring/keyring.ts';
import type { ThrottlePolicy, ThrottleService } from '../throttle/service.ts';
import { SafetyRepository, type SafetyRecord } from './repository.ts';

/** How long a concern stays on after it was last reported, whatever later answers say. */
export const CONCERN_DAYS = 30;

export interface SafetyDeps {
  database: Database;
  /** Seals and opens the person's answers (docs/privacy.md, "Data at rest"). */
  keyring: Keyring;
  clock: Clock;
  screen: SafetyScreen;
  throttle: ThrottleService;
  throttlePolicy: ThrottlePolicy;
  /** Whether this is the account's password (the accounts module keeps the hashes). */
  passwordMatches: (accountId: string, password: string) => Promise<boolean>;
}

export interface SafetyConcern {
  lastReportedAt: string;
  /** When it ends by itself; null while the latest answers still show it. */
  until: string | null;
}

export interface SafetyState {
  answered: boolean;
  /** The extra care is on: the latest answers show a concern, or an earlier one still holds. */
  atRisk: boolean;
  complete: boolean;
  answeredAt: string | null;
  /** Whether the latest answers themselves show a concern. */
  answersShowConcern: boolean;
  concern: SafetyConcern | null;
}

const own = (r: SafetyRecord) => ({ kind: 'private' as const, ownerId: r.accountId });

/**
 * A concern holds until its author lifts it, and for CONCERN_DAYS after it was last reported even
 * when later answers look safe: a partner standing behind the person could demand those answers
 * (docs/privacy.md, "The partner").
 */
function concernOf(record: SafetyRecord, now: Date): SafetyConcern | null {
  // A new report clears the lift, so a lift is always later than the answers it ended.
  if (record.concernLiftedAt) return null;
  if (record.atRisk) return { lastReportedAt: record.concernReportedAt ?? record.answeredAt, until: null };
  if (!record.concernReportedAt) return null;
  const until = addSeconds(new Date(record.concernReportedAt), CONCERN_DAYS * 86_400);
  return now < until ? { lastReportedAt: record.concernReportedAt, until: iso(until) } : null;
}

/**
 * The private SafetyScreen. Every method takes the viewer and reads only the viewer's own
 * answers; nothing here is ever asked about anyone else, so what a partner is shown can never
 * depend on it (product.md, "Safety").
 */
export class SafetyService {
  private readonly repo: SafetyRepository;

  constructor(private readonly deps: SafetyDeps) {
    this.repo = this.repository(deps.database.db);
  }

  get screen(): SafetyScreen {
    return this.deps.screen;
  }

  /**
   * Applies the content's rule (skipped items count as nothing) and keeps only these answers.
   * Answers that show a concern report it anew; safe ones leave an earlier concern on.
   */
  async submit(viewer: Viewer, answers: readonly { itemId: string; value: number }[]): Promise<SafetyState> {
    const { screen } = this.deps;
    const items = new Set(screen.items.map((i) => i.id));
    const fields: Record<string, string> = {};
    const seen = new Set<string>();
    answers.forEach((answer, i) => {
      if (!items.has(answer.itemId)) fields[`answers.${i}.itemId`] = 'errors.unknownItem';
      else if (seen.has(answer.itemId)) fields[`answers.${i}.itemId`] = 'errors.answeredTwice';
      else if (answer.value < screen.scale.min || answer.value > screen.scale.max) fields[`answers.${i}.value`] = 'errors.answerOutOfRange';
      seen.add(answer.itemId);
    });
    if (Object.keys(fields).length > 0) throw invalidInput(fields);

    const assessment = assessSafety(screen, answers);
    const answeredAt = iso(this.deps.clock());
    await this.transaction(async (repo) => {
      await repo.lockOwner(viewer.accountId);
      const before = await repo.findOf(viewer.accountId);
      await repo.save({
        id: before?.id ?? newId(),
        accountId: viewer.accountId,
        screenId: screen.id,
        screenVersion: screen.version,
        answers: answers.map((a) => ({ itemId: a.itemId, value: a.value })),
        atRisk: assessment.atRisk,
        complete: assessment.complete,
        answeredAt,
        // A report starts the concern anew (and clears a lift); safe answers leave it as it was.
        concernReportedAt: assessment.atRisk ? answeredAt : (before?.concernReportedAt ?? null),
        concernLiftedAt: assessment.atRisk ? null : (before?.concernLiftedAt ?? null),
      });
    });
    return this.stateOf(viewer);
  }

  /** The viewer's own state; "not answered" when they skipped the screen. */
  async stateOf(viewer: Viewer): Promise<SafetyState> {
    const found = await this.repo.findOf(viewer.accountId);
    if (!found) return { answered: false, atRisk: false, complete: false, answeredAt: null, answersShowConcern: false, concern: null };
    const record = readableBy(viewer, found, own);
    const concern = concernOf(record, this.deps.clock());
    return {
      answered: true,
      atRisk: concern !== null,
      complete: record.complete,
      answeredAt: record.answeredAt,
      answersShowConcern: record.atRisk,
      concern,
    };
  }

  /** The viewer's own latest answers, if any (their export). */
  async answersOf(viewer: Viewer): Promise<SafetyRecord | undefined> {
    const found = await this.repo.findOf(viewer.accountId);
    return found && readableBy(viewer, found, own);
  }

  /** What the suggestion filter needs for the viewer (and only ever for the viewer). */
  async statusOf(viewer: Viewer): Promise<SafetyStatus> {
    return { atRisk: (await this.stateOf(viewer)).atRisk };
  }

  /**
   * The person ends the extra care themselves, on a private page, with their password: throttled
   * like sign-in, and 400 for a wrong one, as changing the password answers.
   */
  async liftConcern(viewer: Viewer, password: string): Promise<SafetyState> {
    const { throttle, throttlePolicy, passwordMatches } = this.deps;
    if (!(await throttle.passwordAgain(viewer.accountId, throttlePolicy, () => passwordMatches(viewer.accountId, password)))) {
      throw wrongPassword('password');
    }
    const now = iso(this.deps.clock());
    await this.transaction(async (repo) => {
      await repo.lockOwner(viewer.accountId);
      const record = await repo.findOf(viewer.accountId);
      if (record?.concernReportedAt && !record.concernLiftedAt) await repo.save({ ...record, concernLiftedAt: now });
    });
    return this.stateOf(viewer);
  }

  private repository(db: Kysely<Schema>): SafetyRepository {
    return new SafetyRepository(db, this.deps.keyring, this.deps.database.dialect);
  }

  private transaction(work: (repo: SafetyRepository) => Promise<void>): Promise<void> {
    return this.deps.database.db.transaction().execute((trx) => work(this.repository(trx)));
  }
}
