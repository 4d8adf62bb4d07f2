import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Whether a person's safety answers show a concern must not be readable in a copy of the database
 * (docs/privacy.md, "Data at rest"), and only text can be sealed. The assessment moves into a new
 * text column (JSON, sealed by the step after the migrations); the integer columns stay, always 0,
 * because SQLite cannot drop a column that a CHECK constraint names.
 */
export const safetyAssessmentAsText: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('safety_response').addColumn('assessment', 'text').execute();
    await sql`update safety_response
              set assessment = '{"atRisk":' || case when at_risk = 1 then 'true' else 'false' end
                            || ',"complete":' || case when complete = 1 then 'true' else 'false' end || '}',
                  at_risk = 0, complete = 0`.execute(db);
  },
};
