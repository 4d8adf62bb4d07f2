import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';

export class ThrottleRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  latestLock(keys: string[]): Promise<{ locked_until: string | null } | undefined> {
    return this.db
      .selectFrom('throttle')
      .select('locked_until')
      .where('key', 'in', keys)
      .where('locked_until', 'is not', null)
      .orderBy('locked_until', 'desc')
      .executeTakeFirst();
  }

  /** Counts one more failure (atomic on both databases) and returns the new count. */
  async addFailure(key: string, now: string, windowStart: string): Promise<number> {
    await this.db
      .insertInto('throttle')
      .values({ key, failures: 1, locked_until: null, updated_at: now })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => ({
          // A quiet hour forgives earlier failures, so no lock lasts for good.
          failures: eb.case().when('throttle.updated_at', '<', windowStart).then(1).else(eb('throttle.failures', '+', 1)).end(),
          updated_at: now,
        })),
      )
      .execute();
    const row = await this.db.selectFrom('throttle').select('failures').where('key', '=', key).executeTakeFirstOrThrow();
    return row.failures;
  }

  async lock(key: string, until: string): Promise<void> {
    await this.db.updateTable('throttle').set({ locked_until: until }).where('key', '=', key).execute();
  }

  async clear(keys: string[]): Promise<void> {
    await this.db.deleteFrom('throttle').where('key', 'in', keys).execute();
  }
}
