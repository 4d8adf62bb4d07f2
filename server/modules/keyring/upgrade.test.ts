import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Migrator, sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCheckupContent } from '../../../shared/checkup/load.ts';
import { openDatabase, type DatabaseConfig } from '../../db/database.ts';
import { migrations } from '../../db/migrations/index.ts';
import { startTestApp, testDb } from '../../test/harness.ts';
import { hashPassword } from '../accounts/passwords.ts';

const PG_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const dir = mkdtempSync(path.join(tmpdir(), 'hearth-upgrade-'));
const schema = `u_${randomBytes(6).toString('hex')}`;
const config: DatabaseConfig = testDb === 'postgres' ? { kind: 'postgres', url: PG_URL, schema } : { kind: 'sqlite', file: path.join(dir, 'old.sqlite') };

async function onPg(query: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(query);
  await client.end();
}

afterAll(async () => {
  if (testDb === 'postgres') await onPg(`drop schema if exists ${schema} cascade`);
  rmSync(dir, { recursive: true, force: true });
});

describe('a database from before encryption at rest', () => {
  it('is migrated (check-up answers become text) and sealed at the first start, and reads as it was', async () => {
    if (testDb === 'postgres') await onPg(`create schema ${schema}`);
    const old = openDatabase(config);
    const migrator = new Migrator({
      db: old.db,
      provider: { getMigrations: async () => migrations(old.dialect) },
      ...(testDb === 'postgres' ? { migrationTableSchema: schema } : {}),
    });
    expect((await migrator.migrateTo('0005_end_secrets_keyed_by_the_raw_secret')).error).toBeUndefined();
    const instrument = loadCheckupContent({ extraInstrumentDirs: [] }).instruments[0]!;
    const now = new Date().toISOString();
    const password = 'an old and patient evening';
    await old.db.insertInto('account').values({ id: 'acc-old', email: 'old@example.org', name: 'Old', password_hash: await hashPassword(password), locale: 'en', created_at: now, updated_at: now }).execute();
    await old.db
      .insertInto('checkup_response')
      .values({ id: 'resp-old', account_id: 'acc-old', instrument_id: instrument.id, instrument_version: instrument.version, couple_id: null, number: null, started_at: now, updated_at: now, submitted_at: null, shared: 0, scores: null })
      .execute();
    const answers = instrument.items.slice(0, 3).map((item, i) => ({ itemId: item.id, value: i + 2 }));
    // Integers, as the old column held them.
    for (const a of answers) await sql`insert into checkup_answer (response_id, item_id, value, answered_at) values ('resp-old', ${a.itemId}, ${a.value}, ${now})`.execute(old.db);
    const date = now.slice(0, 10);
    await sql`insert into check_in (id, account_id, couple_id, date, connection, toward, away, against, note, shared, created_at, updated_at)
              values ('ci-old', 'acc-old', null, ${date}, 4, 1, 0, 2, 'written before sealing', 0, ${now}, ${now})`.execute(old.db);
    await old.db
      .insertInto('safety_response')
      .values({ id: 'safe-old', account_id: 'acc-old', screen_id: 'x', screen_version: 1, answers: '[{"itemId":"afraid","value":2}]', at_risk: 1, complete: 0, answered_at: now })
      .execute();
    await old.close();

    const t = await startTestApp({ database: config });
    try {
      const stored = await sql<{ v: string }>`select note as v from check_in union all select answers as v from check_in union all select value as v from checkup_answer
        union all select answers as v from safety_response union all select assessment as v from safety_response`.execute(t.ctx.database.db);
      expect(stored.rows).toHaveLength(7);
      expect(await t.ctx.database.db.selectFrom('safety_response').select(['at_risk', 'complete']).executeTakeFirst()).toEqual({ at_risk: 0, complete: 0 });
      for (const row of stored.rows) expect(row.v).toMatch(/^v1\./);
      const client = t.client();
      await client.post('/api/auth/sign-in', { email: 'old@example.org', password }).expect(200);
      expect((await client.get(`/api/today?date=${date}`).expect(200)).json().checkIn).toMatchObject({ note: 'written before sealing', connection: 4, toward: 1, away: 0, against: 2 });
      expect((await client.get('/api/checkup').expect(200)).json().progress.answers).toEqual(answers);
      expect((await client.get('/api/safety').expect(200)).json()).toMatchObject({ answered: true, atRisk: true, complete: false });
    } finally {
      await t.close();
    }
  });
});
