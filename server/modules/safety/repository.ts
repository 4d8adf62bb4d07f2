import type { Kysely } from 'kysely';
import type { Dialect } from '../../db/database.ts';
import type { Schema } from '../../db/schema.ts';
import type { Cipher, Keyring } from '../keyring/keyring.ts';
import { sealedSafetyResponse } from './tables.ts';

export interface SafetyRecord {
  id: string;
  accountId: string;
  screenId: string;
  screenVersion: number;
  answers: { itemId: string; value: number }[];
  /** What the latest answers show. */
  atRisk: boolean;
  complete: boolean;
  answeredAt: string;
  /** When answers last showed a concern; later safe answers leave it as it is. */
  concernReportedAt: string | null;
  /** When the person lifted the concern themselves; a new report clears it. */
  concernLiftedAt: string | null;
}

interface Assessment {
  atRisk?: boolean;
  complete?: boolean;
  concernReportedAt?: string | null;
  concernLiftedAt?: string | null;
}

/**
 * The private safety screen: the person's latest answers, and the concern that may outlive them,
 * all sealed with the person's key. No other module reads this table: what a partner sees never
 * depends on it.
 */
export class SafetyRepository {
  private readonly cipher: Cipher;

  constructor(
    private readonly db: Kysely<Schema>,
    keyring: Keyring,
    private readonly dialect: Dialect,
  ) {
    this.cipher = keyring.cipher(db);
  }

  async findOf(accountId: string): Promise<SafetyRecord | undefined> {
    const found = await this.db.selectFrom('safety_response').selectAll().where('account_id', '=', accountId).executeTakeFirst();
    if (!found) return undefined;
    const row = await this.cipher.openRow(sealedSafetyResponse, found);
    const assessment = JSON.parse(row.assessment ?? '{}') as Assessment;
    return {
      id: row.id,
      accountId: row.account_id,
      screenId: row.screen_id,
      screenVersion: Number(row.screen_version),
      answers: JSON.parse(row.answers) as SafetyRecord['answers'],
      atRisk: assessment.atRisk === true,
      complete: assessment.complete === true,
      answeredAt: row.answered_at,
      concernReportedAt: assessment.concernReportedAt ?? null,
      concernLiftedAt: assessment.concernLiftedAt ?? null,
    };
  }

  /**
   * Inside a transaction, waits until no other change to this person's safety answers is under way,
   * so that a report of concern is never overwritten by answers read before it. SQLite runs one
   * transaction at a time already.
   */
  async lockOwner(accountId: string): Promise<void> {
    if (this.dialect !== 'postgres') return;
    await this.db.selectFrom('account').select('id').where('id', '=', accountId).forUpdate().execute();
  }

  /** Replaces the person's answers and concern, if any. */
  async save(record: SafetyRecord): Promise<void> {
    const row = { account_id: record.accountId };
    const assessment: Assessment = {
      atRisk: record.atRisk,
      complete: record.complete,
      concernReportedAt: record.concernReportedAt,
      concernLiftedAt: record.concernLiftedAt,
    };
    const values = {
      screen_id: record.screenId,
      screen_version: record.screenVersion,
      answers: await this.cipher.seal(sealedSafetyResponse, 'answers', row, JSON.stringify(record.answers.map((a) => ({ itemId: a.itemId, value: a.value })))),
      // What the answers show is sealed with them; the old integer columns tell nothing (migration 0042).
      assessment: await this.cipher.seal(sealedSafetyResponse, 'assessment', row, JSON.stringify(assessment)),
      at_risk: 0,
      complete: 0,
      answered_at: record.answeredAt,
    };
    await this.db
      .insertInto('safety_response')
      .values({ id: record.id, account_id: record.accountId, ...values })
      .onConflict((oc) => oc.column('account_id').doUpdateSet(values))
      .execute();
  }
}
