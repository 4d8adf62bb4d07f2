import type { Kysely, Migration } from 'kysely';

/**
 * A safety concern outlives the answers that showed it (docs/privacy.md, "The partner"): it stays
 * on for 30 days after it was last reported, whatever later answers say, unless its author lifts
 * it with their password. The row keeps when it was last reported and when it was lifted.
 * Answers already at risk count as reported when they were given.
 */
export const keepSafetyConcernsAfterLaterAnswers: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('safety_response').addColumn('concern_reported_at', 'text').execute();
    await db.schema.alterTable('safety_response').addColumn('concern_lifted_at', 'text').execute();
    await db
      .updateTable('safety_response')
      .set((eb) => ({ concern_reported_at: eb.ref('answered_at') }))
      .where('at_risk', '=', 1)
      .execute();
  },
};
