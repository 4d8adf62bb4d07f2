import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { Cipher, Keyring } from '../keyring/keyring.ts';
import { sealedSafetyResponse } from './tables.ts';

export interface SafetyRecord {
  id: string;
  accountId: string;
  screenId: string;
  screenVersion: number;
  answers: { itemId: string; value: number }[];
  atRisk: boolean;
  complete: boolean;
  answeredAt: string;
}

/**
 * The private safety screen. Only the person's latest answers are kept. No other module reads
 * this table: what a partner sees never depends on it.
 */
export class SafetyRepository {
  private readonly cipher: Cipher;

  constructor(
    private readonly db: Kysely<Schema>,
    keyring: Keyring,
  ) {
    this.cipher = keyring.cipher(db);
  }

  async findOf(accountId: string): Promise<SafetyRecord | undefined> {
    const found = await this.db.selectFrom('safety_response').selectAll().where('account_id', '=', accountId).executeTakeFirst();
    if (!found) return undefined;
    const row = await this.cipher.openRow(sealedSafetyResponse, found);
    const assessment = JSON.parse(row.assessment ?? '{}') as { atRisk?: boolean; complete?: boolean };
    return {
      id: row.id,
      accountId: row.account_id,
      screenId: row.screen_id,
      screenVersion: Number(row.screen_version),
      answers: JSON.parse(row.answers) as SafetyRecord['answers'],
      atRisk: assessment.atRisk === true,
      complete: assessment.complete === true,
      answeredAt: row.answered_at,
    };
  }

  /** Replaces the person's earlier answers, if any. */
  async save(record: SafetyRecord): Promise<void> {
    const row = { account_id: record.accountId };
    const values = {
      screen_id: record.screenId,
      screen_version: record.screenVersion,
      answers: await this.cipher.seal(sealedSafetyResponse, 'answers', row, JSON.stringify(record.answers.map((a) => ({ itemId: a.itemId, value: a.value })))),
      // What the answers show is sealed with them; the old integer columns tell nothing (migration 0042).
      assessment: await this.cipher.seal(sealedSafetyResponse, 'assessment', row, JSON.stringify({ atRisk: record.atRisk, complete: record.complete })),
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
