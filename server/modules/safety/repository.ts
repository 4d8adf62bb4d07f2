import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type {} from './tables.ts';

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
  constructor(private readonly db: Kysely<Schema>) {}

  async findOf(accountId: string): Promise<SafetyRecord | undefined> {
    const row = await this.db.selectFrom('safety_response').selectAll().where('account_id', '=', accountId).executeTakeFirst();
    if (!row) return undefined;
    return {
      id: row.id,
      accountId: row.account_id,
      screenId: row.screen_id,
      screenVersion: Number(row.screen_version),
      answers: JSON.parse(row.answers) as SafetyRecord['answers'],
      atRisk: Number(row.at_risk) === 1,
      complete: Number(row.complete) === 1,
      answeredAt: row.answered_at,
    };
  }

  /** Replaces the person's earlier answers, if any. */
  async save(record: SafetyRecord): Promise<void> {
    const values = {
      screen_id: record.screenId,
      screen_version: record.screenVersion,
      answers: JSON.stringify(record.answers.map((a) => ({ itemId: a.itemId, value: a.value }))),
      at_risk: record.atRisk ? 1 : 0,
      complete: record.complete ? 1 : 0,
      answered_at: record.answeredAt,
    };
    await this.db
      .insertInto('safety_response')
      .values({ id: record.id, account_id: record.accountId, ...values })
      .onConflict((oc) => oc.column('account_id').doUpdateSet(values))
      .execute();
  }
}
