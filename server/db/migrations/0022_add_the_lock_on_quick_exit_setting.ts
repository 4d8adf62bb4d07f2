import { sql, type Kysely, type Migration } from 'kysely';

/** Whether a quick exit locks the browser it left: a setting of the account, on unless turned off. */
export const addTheLockOnQuickExitSetting: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable('account')
      .addColumn('lock_on_quick_exit', 'integer', (c) => c.notNull().defaultTo(1).check(sql`lock_on_quick_exit in (0, 1)`))
      .execute();
  },
};
