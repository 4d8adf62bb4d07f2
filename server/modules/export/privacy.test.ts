import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Person, type TestApp } from '../../test/harness.ts';
import { AT_RISK_ANSWERS, answersFor, builtin, takeCheckup } from '../checkup/fixtures.ts';
import { pairUp } from '../../test/couples.ts';
import { exportOf } from './testing.ts';

/**
 * An export holds only the person's own and shared items (docs/privacy.md, sections 3 and 4):
 * canaries in every kind of the partner's private item must not appear in it; what the partner
 * shared must.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const side = (fears: string) => ({ myMoves: ['move'], feelingsUnderneath: 'f', fears, longings: 'l' });
const todayQuestion = async (p: Person) => (await p.client.get('/api/today').expect(200)).json().loveMap.question.id as string;

describe("an export never holds the partner's private items", () => {
  it('leaves out every canary of B and keeps everything B shared with A', async () => {
    const a = await t.person();
    const b = await t.person();
    // Made by B alone, never included in the couple's map.
    await b.client.put('/api/cycle-map', side('CANARY-b-cycle-side-mapped-alone')).expect(200);
    await pairUp(a, b);

    // B's private items.
    await b.client.put('/api/today/check-in', { connection: 2, toward: 0, away: 3, against: 1, note: 'CANARY-b-check-in-note' }).expect(200);
    await b.client.post('/api/safety/answers', { answers: AT_RISK_ANSWERS }).expect(200);
    await takeCheckup(b.client, answersFor(builtin(t), () => 4));
    await b.client.post('/api/appreciations/drafts', { text: 'CANARY-b-appreciation-draft' }).expect(201);
    await b.client.post('/api/talk/drafts', { text: 'CANARY-b-talk-draft' }).expect(201);
    // A starts an Aftermath (B, at risk by B's own screen, is not offered it).
    const am = (await a.client.post('/api/aftermaths', {}).expect(201)).json().aftermath;

    // What they share.
    await b.client.post('/api/appreciations', { text: 'SHARED-b-appreciation' }).expect(201);
    await b.client.post('/api/talk/requests', { text: 'SHARED-b-talk-request' }).expect(201);
    await a.client.put('/api/cycle-map', side('SHARED-a-cycle')).expect(200);
    const q = await todayQuestion(a);
    await a.client.post('/api/today/love-map', { questionId: q, answer: 'SHARED-a-love-map' }).expect(200);
    await b.client.post('/api/today/love-map', { questionId: q, answer: 'SHARED-b-love-map' }).expect(200);
    await a.client.post('/api/rituals', { title: 'SHARED-couple-ritual', schedule: 'FREQ=WEEKLY;BYDAY=SU', timeZone: 'UTC' }).expect(201);
    await a.client.post('/api/aftermaths/steps', { aftermathId: am.id, step: 'feelings', text: 'SHARED-a-step', done: true }).expect(200);

    // Tomorrow B answers a question A has not answered: private until A does.
    t.clock.advance(86400);
    const q2 = await todayQuestion(b);
    await b.client.post('/api/today/love-map', { questionId: q2, answer: 'CANARY-b-unrevealed-love-map' }).expect(200);

    const zip = await exportOf(a);
    for (const canary of ['CANARY-b-cycle-side-mapped-alone', 'CANARY-b-check-in-note', 'CANARY-b-appreciation-draft', 'CANARY-b-talk-draft', 'CANARY-b-unrevealed-love-map']) {
      expect(zip.all).not.toContain(canary);
    }
    // B's safety answers and check-up answers are numbers: A's files hold A's own only (none).
    expect(zip.json('safety.json')).toMatchObject({ answeredAt: null, answers: [] });
    expect(zip.json('checkups.json').results).toEqual([]);
    expect(zip.all).not.toContain('"atRisk": true');

    for (const shared of ['SHARED-b-appreciation', 'SHARED-b-talk-request', 'SHARED-a-cycle', 'SHARED-a-love-map', 'SHARED-b-love-map', 'SHARED-couple-ritual', 'SHARED-a-step']) {
      expect(zip.all).toContain(shared);
    }
    // B's check-in was not shared: A's file has no check-in of B at all.
    expect(zip.json('check-ins.json').partnerShared).toEqual([]);
  });

  it("an unrevealed Aftermath step and the note of a shared check-in stay B's", async () => {
    const a = await t.person();
    const b = await t.person();
    await pairUp(a, b);
    const am = (await a.client.post('/api/aftermaths', {}).expect(201)).json().aftermath;
    await b.client.post('/api/aftermaths/steps', { aftermathId: am.id, step: 'feelings', text: 'CANARY-b-unrevealed-step', done: true }).expect(200);
    await b.client.post('/api/aftermaths/steps', { aftermathId: am.id, step: 'account', text: 'SHARED-b-revealed-step', done: true }).expect(200);
    await a.client.post('/api/aftermaths/steps', { aftermathId: am.id, step: 'account', text: 'mine', done: true }).expect(200);
    await b.client.put('/api/today/check-in', { connection: 5, toward: 3, away: 0, against: 0, note: 'CANARY-b-shared-check-in-note', shared: true }).expect(200);
    // B's cycle side in the couple, while A has not mapped: not A's to see yet.
    await b.client.put('/api/cycle-map', side('CANARY-b-cycle-before-both-mapped')).expect(200);

    const zip = await exportOf(a);
    for (const canary of ['CANARY-b-unrevealed-step', 'CANARY-b-shared-check-in-note', 'CANARY-b-cycle-before-both-mapped']) expect(zip.all).not.toContain(canary);
    expect(zip.all).toContain('SHARED-b-revealed-step');
    expect(zip.json('check-ins.json').partnerShared).toMatchObject([{ connection: 5, toward: 3 }]);
    expect(zip.json('check-ins.json').partnerShared[0]).not.toHaveProperty('note');
  });
});
