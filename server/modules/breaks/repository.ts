import type { Kysely } from 'kysely';
import type { Dialect } from '../../db/database.ts';
import type { Schema } from '../../db/schema.ts';
import type {} from './tables.ts';

export interface FloodBreak {
  id: string;
  coupleId: string;
  accountId: string;
  startedAt: string;
  returnAt: string;
  endedAt: string | null;
}

const decode = (row: Schema['flood_break']): FloodBreak => ({
  id: row.id,
  coupleId: row.couple_id,
  accountId: row.account_id,
  startedAt: row.started_at,
  returnAt: row.return_at,
  endedAt: row.ended_at,
});

export class BreakRepository {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly dialect: Dialect,
  ) {}

  /**
   * Inside a transaction, waits until no other break of the couple is being started, so that
   * "one break at a time" holds on PostgreSQL's READ COMMITTED. (NO KEY: rows that merely point
   * at the couple are not held up.) SQLite runs one transaction at a time already.
   */
  async lockCouple(coupleId: string): Promise<void> {
    if (this.dialect !== 'postgres') return;
    await this.db.selectFrom('couple').select('id').where('id', '=', coupleId).forNoKeyUpdate().execute();
  }

  async insert(b: FloodBreak): Promise<void> {
    await this.db
      .insertInto('flood_break')
      .values({ id: b.id, couple_id: b.coupleId, account_id: b.accountId, started_at: b.startedAt, return_at: b.returnAt, ended_at: b.endedAt })
      .execute();
  }

  /** The couple's most recent break. */
  async latest(coupleId: string): Promise<FloodBreak | undefined> {
    const row = await this.db
      .selectFrom('flood_break')
      .selectAll()
      .where('couple_id', '=', coupleId)
      .orderBy('started_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row && decode(row);
  }

  /** Ends the person's break if it is still running; false when it was already over. */
  async end(id: string, accountId: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('flood_break')
      .set({ ended_at: at })
      .where('id', '=', id)
      .where('account_id', '=', accountId)
      .where('ended_at', 'is', null)
      .where('return_at', '>', at)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
