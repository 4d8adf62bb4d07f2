import type { Kysely, Migration } from 'kysely';

/**
 * A quick exit locks the session of the browser it left (docs/privacy.md, "The partner"): while
 * `locked_at` is set, that session reads nothing until its person enters their password again.
 */
export const lockSessionsAfterQuickExit: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('session').addColumn('locked_at', 'text').execute();
  },
};
