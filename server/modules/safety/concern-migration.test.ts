import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Migrator, type Kysely, type Migration } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrateToLatest, openDatabase, type Database } from '../../db/database.ts';
import { migrations } from '../../db/migrations/index.ts';
import { testDb } from '../../test/harness.ts';

/** Someone whose answers showed a concern before concerns were kept must not lose it on the first safe answer. */
const PG_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `t_${randomBytes(6).toString('hex')}`;
const dir = mkdtempSync(path.join(tmpdir(), 'hearth-migration-'));
let database: Database;

async function withPg(query: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  if (testDb === 'postgres') await withPg(`create schema ${schema}`);
  database = openDatabase(testDb === 'postgres' ? { kind: 'postgres', url: PG_URL, schema } : { kind: 'sqlite', file: path.join(dir, 'test.sqlite') });
  const before = Object.fromEntries(Object.entries(migrations(database.dialect)).filter(([name]) => name < '0042')) as Record<string, Migration>;
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => before },
    ...(testDb === 'postgres' ? { migrationTableSchema: schema } : {}),
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
});

afterAll(async () => {
  await database.close();
  if (testDb === 'postgres') await withPg(`drop schema ${schema} cascade`);
  rmSync(dir, { recursive: true, force: true });
});

it('counts answers already at risk as a concern reported when they were given', async () => {
  const at = (id: string) => ({ id, email: `${id}@example.org`, name: id, password_hash: 'x', locale: 'en', created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z' });
  const answer = (id: string, atRisk: number) => ({
    id: `r-${id}`,
    account_id: id,
    screen_id: 'safety-screen',
    screen_version: 1,
    answers: '[]',
    at_risk: atRisk,
    complete: 0,
    answered_at: '2026-02-03T04:05:06.000Z',
  });
  // The tables as they were before 0042: typed loosely, like a migration sees them.
  const db = database.db as unknown as Kysely<any>;
  await db.insertInto('account').values([at('worried'), at('fine')]).execute();
  await db.insertInto('safety_response').values([answer('worried', 1), answer('fine', 0)]).execute();

  await migrateToLatest(database);
  // The assessment is still plain JSON here: sealing follows the migrations at start.
  const rows = await database.db.selectFrom('safety_response').select(['account_id', 'assessment', 'at_risk']).orderBy('account_id').execute();
  expect(rows.map((r) => ({ account: r.account_id, column: Number(r.at_risk), assessment: JSON.parse(r.assessment!) }))).toEqual([
    { account: 'fine', column: 0, assessment: { atRisk: false, complete: false, concernReportedAt: null, concernLiftedAt: null } },
    { account: 'worried', column: 0, assessment: { atRisk: true, complete: false, concernReportedAt: '2026-02-03T04:05:06.000Z', concernLiftedAt: null } },
  ]);
});
