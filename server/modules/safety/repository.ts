import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type {} from './tables.ts';

export interface SafetyAnswers {
  id: string;
  accountId: string;
  screenId: string;
  screenVersion: number;
  answers: { itemId: string; value: number }[];
  atRisk: boolean;
  complete: boolean;
  answeredAt: string;
}

export interface SafetyRecord extends SafetyAnswers {
  concernReportedAt: string | null;
  concernLiftedAt: string | null;
}

/**
 * The private safety screen: the person's latest answers, and the concern that may outlive them.
 * No other module reads this table: what a partner sees never depends on it.
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
      concernReportedAt: row.concern_reported_at,
      concernLiftedAt: row.concern_lifted_at,
    };
  }

  /**
   * Replaces the person's earlier answers, if any. `reportedAt` (answers that show a concern)
   * starts the concern anew; without it the concern stays exactly as it was.
   */
  async save(record: SafetyAnswers, reportedAt: string | null): Promise<void> {
    const values = {
      screen_id: record.screenId,
      screen_version: record.screenVersion,
      answers: JSON.stringify(record.answers.map((a) => ({ itemId: a.itemId, value: a.value }))),
      at_risk: record.atRisk ? 1 : 0,
      complete: record.complete ? 1 : 0,
      answered_at: record.answeredAt,
    };
    const concern = reportedAt ? { concern_reported_at: reportedAt, concern_lifted_at: null } : {};
    await this.db
      .insertInto('safety_response')
      .values({ id: record.id, account_id: record.accountId, ...values, concern_reported_at: reportedAt, concern_lifted_at: null })
      .onConflict((oc) => oc.column('account_id').doUpdateSet({ ...values, ...concern }))
      .execute();
  }

  async liftConcern(accountId: string, now: string): Promise<void> {
    await this.db
      .updateTable('safety_response')
      .set({ concern_lifted_at: now })
      .where('account_id', '=', accountId)
      .where('concern_reported_at', 'is not', null)
      .where('concern_lifted_at', 'is', null)
      .execute();
  }
}
