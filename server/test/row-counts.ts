/** Row counts of the test database (not used by the app). */
import { sql } from 'kysely';
import type { TestApp } from './harness.ts';

/** Row counts of every table of this test's database (its own schema on PostgreSQL). */
export async function rowCounts(t: TestApp): Promise<Record<string, number>> {
  const { db, schema } = t.ctx.database;
  const tables = (await db.introspection.getTables({ withInternalKyselyTables: true })).filter((table) => !schema || table.schema === schema);
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const result = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table.name)}`.execute(db);
    counts[table.name] = Number(result.rows[0]?.n ?? 0);
  }
  return counts;
}
