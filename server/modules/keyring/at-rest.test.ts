import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testDb, type TestApp } from '../../test/harness.ts';
import { couple } from '../../test/couples.ts';
import { PRIVATE_COLUMNS, storedValues, writeEverything } from './testing.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** What someone holding a copy of the database sees: the SQLite file and its WAL, or a plain SQL dump of the PostgreSQL schema. */
function databaseBytes(t: TestApp): string {
  const config = t.config.database;
  if (config.kind === 'sqlite') {
    return [config.file, `${config.file}-wal`].filter(existsSync).map((f) => readFileSync(f).toString('latin1')).join('\n');
  }
  return execFileSync('pg_dump', ['--dbname', config.url, '--schema', config.schema!, '--format', 'plain'], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

describe('encryption at rest', () => {
  it('leaves no canary of any private field in the database files (or a dump of them)', async () => {
    const [a, b] = await couple(t);
    const canaries = [...(await writeEverything(t, a, b, `canary${Date.now()}a`)), ...(await writeEverything(t, b, a, `canary${Date.now()}b`))];
    // The check can see a leak: each canary reads back through the API.
    expect((await a.client.get('/api/talk/requests').expect(200)).body).toContain(canaries.find((c) => c.endsWith('talk-sent')));
    const bytes = databaseBytes(t);
    expect(bytes.length).toBeGreaterThan(10_000);
    for (const canary of canaries) expect(bytes, `${canary} (${testDb})`).not.toContain(canary);
  });

  it('stores every private column as ciphertext, integers and JSON included', async () => {
    for (const { table, column } of PRIVATE_COLUMNS) {
      const values = await storedValues(t, table, column);
      expect(values.length, `${table}.${column} has rows`).toBeGreaterThan(0);
      for (const value of values) expect(value, `${table}.${column}`).toMatch(/^v1\.[\w-]{16}\.[\w-]+\.[\w-]{22,}$/);
    }
    // Whether someone's safety answers showed a concern is not told by a plain column either (all answered "at risk" here).
    const flags = await t.ctx.database.db.selectFrom('safety_response').select(['at_risk', 'complete']).execute();
    expect(flags.length).toBeGreaterThan(0);
    for (const row of flags) expect([Number(row.at_risk), Number(row.complete)]).toEqual([0, 0]);
  });
});
