/** Helpers for the encryption-at-rest, backup and rotation tests (not used by the app). */
import { sql } from 'kysely';
import { answersFor, AT_RISK_ANSWERS, builtin, takeCheckup } from '../checkup/fixtures.ts';
import type { Person, TestApp } from '../../test/harness.ts';

/**
 * Every column that holds what a person wrote or answered privately, with the table's row count
 * query left to the test. Written out here rather than taken from the app's own list, so that a
 * column the app forgets to seal fails the test.
 */
export const PRIVATE_COLUMNS: readonly { table: string; column: string }[] = [
  { table: 'check_in', column: 'note' },
  { table: 'check_in', column: 'answers' },
  { table: 'appreciation', column: 'text' },
  { table: 'talk_request', column: 'text' },
  { table: 'talk_request', column: 'response_note' },
  { table: 'aftermath_step', column: 'text' },
  { table: 'cycle_map_version', column: 'stance' },
  { table: 'cycle_map_version', column: 'my_moves' },
  { table: 'cycle_map_version', column: 'feelings_underneath' },
  { table: 'cycle_map_version', column: 'fears' },
  { table: 'cycle_map_version', column: 'longings' },
  { table: 'love_map_answer', column: 'answer' },
  { table: 'love_map_answer', column: 'guess' },
  { table: 'checkup_answer', column: 'value' },
  { table: 'checkup_response', column: 'scores' },
  { table: 'safety_response', column: 'answers' },
  { table: 'safety_response', column: 'assessment' },
];

/**
 * Through the API, the person writes a canary into every private field (and answers the check-up
 * and the safety screen); the partner answers the person's talk request with a note. Returns the
 * canaries written, each naming its field, so a failure says which one leaked.
 */
export async function writeEverything(t: TestApp, me: Person, partner: Person, tag: string): Promise<string[]> {
  const c = (field: string) => `${tag}-${field}`;
  const today = (await me.client.get('/api/today?timeZone=UTC').expect(200)).json();
  await me.client.post('/api/today/love-map', { questionId: today.loveMap.question.id, answer: c('answer'), guess: c('guess') }).expect(200);
  await me.client.put('/api/today/check-in', { connection: 3, toward: 1, away: 0, against: 0, note: c('note'), timeZone: 'UTC' }).expect(200);
  await me.client.post('/api/appreciations/drafts', { text: c('appreciation-draft') }).expect(201);
  await me.client.post('/api/appreciations', { text: c('appreciation-sent') }).expect(201);
  await me.client.post('/api/talk/drafts', { text: c('talk-draft') }).expect(201);
  const sent = (await me.client.post('/api/talk/requests', { text: c('talk-sent') }).expect(201)).json();
  await partner.client.post(`/api/talk/requests/${sent.request.id}/response`, { response: 'later', note: c('response-note') }).expect(200);
  const aftermath = (await me.client.post('/api/aftermaths', {}).expect(201)).json().aftermath;
  await me.client.post('/api/aftermaths/steps', { aftermathId: aftermath.id, step: 'feelings', text: c('step'), done: false }).expect(200);
  await me.client
    .put('/api/cycle-map', { stance: 'pursue', myMoves: [c('moves')], feelingsUnderneath: c('feelings'), fears: c('fears'), longings: c('longings') })
    .expect(200);
  await takeCheckup(me.client, answersFor(builtin(t), (_, i) => 1 + (i % 5)));
  await me.client.post('/api/safety/answers', { answers: AT_RISK_ANSWERS }).expect(200);
  return ['answer', 'guess', 'note', 'appreciation-draft', 'appreciation-sent', 'talk-draft', 'talk-sent', 'response-note', 'step', 'moves', 'feelings', 'fears', 'longings'].map(c);
}

/** The stored values of one column (non-null), as text. */
export async function storedValues(t: TestApp, table: string, column: string): Promise<string[]> {
  const { rows } = await sql<{ v: unknown }>`select ${sql.ref(column)} as v from ${sql.table(table)} where ${sql.ref(column)} is not null`.execute(t.ctx.database.db);
  return rows.map((r) => String(r.v));
}
