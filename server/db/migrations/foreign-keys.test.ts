import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/harness.ts';
import { migrateToLatest, migratorOf, type Database } from '../database.ts';

/**
 * Migrations 0060–0062 change foreign keys of tables that already hold people's words: every row
 * must come through, and from then on deleting an account keeps what the partner wrote.
 */
let opened: Awaited<ReturnType<typeof openTestDatabase>>;
let database: Database;
let db: Kysely<any>;
beforeEach(async () => {
  opened = await openTestDatabase();
  database = opened.database;
  db = database.db as Kysely<any>;
});
afterEach(() => opened.close());

const at = '2026-01-01T00:00:00.000Z';

async function seedBeforeTheChange(): Promise<void> {
  const { error } = await (await migratorOf(database)).migrateTo('0005_end_secrets_keyed_by_the_raw_secret');
  if (error) throw error;
  const account = (id: string) => ({ id, email: `${id}@example.org`, name: id, password_hash: 'x', locale: 'en', created_at: at, updated_at: at });
  await db.insertInto('account').values([account('a'), account('b')]).execute();
  await db.insertInto('couple').values({ id: 'c1', created_at: at, ended_at: null }).execute();
  const appreciation = (id: string, author: string, recipient: string) => ({
    id, author_id: author, couple_id: 'c1', recipient_id: recipient, status: 'sent', text: `${author} to ${recipient}`, prompt_id: null, created_at: at, sent_at: at,
  });
  await db.insertInto('appreciation').values([appreciation('ap1', 'a', 'b'), appreciation('ap2', 'b', 'a')]).execute();
  const request = (id: string, author: string, recipient: string) => ({
    id, author_id: author, couple_id: 'c1', recipient_id: recipient, status: 'sent', text: `${author} asks ${recipient}`, created_at: at, sent_at: at,
    response: null, response_note: null, proposed_time: null, responded_at: null,
  });
  await db.insertInto('talk_request').values([request('tr1', 'a', 'b'), request('tr2', 'b', 'a')]).execute();
  await db.insertInto('aftermath').values({ id: 'am1', couple_id: 'c1', started_by: 'a', paused: 0, created_at: at }).execute();
  const step = (account: string) => ({ aftermath_id: 'am1', account_id: account, step: 'feelings', text: `${account} felt`, done: 1, updated_at: at });
  await db.insertInto('aftermath_step').values([step('a'), step('b')]).execute();
}

const rows = async (table: string) => db.selectFrom(table).selectAll().orderBy(sql.ref(table === 'aftermath_step' ? 'account_id' : 'id')).execute();

describe('keeping the partner’s words (migrations 0060–0062)', () => {
  it('keeps every row and index, and leaves foreign keys switched on', async () => {
    await seedBeforeTheChange();
    const before = await Promise.all(['appreciation', 'talk_request', 'aftermath', 'aftermath_step'].map(rows));
    await migrateToLatest(database);
    expect(await Promise.all(['appreciation', 'talk_request', 'aftermath', 'aftermath_step'].map(rows))).toEqual(before);
    if (database.dialect === 'sqlite') {
      const { rows: fk } = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
      expect(fk[0]!.foreign_keys).toBe(1);
      const { rows: indexes } = await sql<{ name: string }>`select name from sqlite_master where type = 'index' and sql is not null order by name`.execute(db);
      expect(indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['appreciation_author', 'appreciation_couple_wall', 'talk_request_author', 'talk_request_couple', 'aftermath_couple']));
    }
  });

  it("deleting an account keeps the partner's words and erases the person's own", async () => {
    await seedBeforeTheChange();
    await migrateToLatest(database);
    await db.deleteFrom('account').where('id', '=', 'a').execute();
    expect((await rows('appreciation')).map((r) => [r.id, r.recipient_id])).toEqual([['ap2', null]]);
    expect((await rows('talk_request')).map((r) => [r.id, r.recipient_id])).toEqual([['tr2', null]]);
    expect((await rows('aftermath')).map((r) => [r.id, r.started_by])).toEqual([['am1', null]]);
    expect((await rows('aftermath_step')).map((r) => r.account_id)).toEqual(['b']);
    // An Aftermath's steps still belong to it.
    await db.deleteFrom('aftermath').where('id', '=', 'am1').execute();
    expect(await rows('aftermath_step')).toEqual([]);
  });
});
