import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Whether a person's safety answers show a concern, and when a concern was last reported or lifted,
 * must not be readable in a copy of the database (docs/privacy.md, "Data at rest"), and only text
 * can be sealed. The assessment moves into a new text column (JSON, sealed by the step after the
 * migrations); the integer columns stay, always 0, because SQLite cannot drop a column that a CHECK
 * constraint names.
 */
export const safetyAssessmentAsText: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('safety_response').addColumn('assessment', 'text').execute();
    // Answers already at risk count as a concern reported when they were given: the concern outlives
    // later answers (docs/privacy.md, "The partner"), and it is sealed with them.
    await sql`update safety_response
              set assessment = '{"atRisk":' || case when at_risk = 1 then 'true' else 'false' end
                            || ',"complete":' || case when complete = 1 then 'true' else 'false' end
                            || ',"concernReportedAt":' || case when at_risk = 1 then '"' || answered_at || '"' else 'null' end
                            || ',"concernLiftedAt":null}',
                  at_risk = 0, complete = 0`.execute(db);
  },
};
