import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iso } from '../lib/time.ts';
import { startTestApp, type TestApp } from '../test/harness.ts';
import { advanceAll, startSecondServer } from '../test/servers.ts';
import { JobRepository } from './repository.ts';

let t1: TestApp;
let t2: TestApp;
beforeAll(async () => {
  t1 = await startTestApp();
  t2 = await startSecondServer(t1);
});
afterAll(async () => {
  await t2.close();
  await t1.close();
});

const advance = (seconds: number) => advanceAll([t1, t2], seconds);
const inPast = (t: TestApp, seconds = 1) => iso(new Date(t.clock.now().getTime() - seconds * 1000));

describe('the job worker', () => {
  it('queues an occurrence once, however often and by whichever server it is planned', async () => {
    const job = { kind: 'test.once', dedupeKey: 'k1', payload: {}, runAt: inPast(t1) };
    const results = await Promise.all([t1.ctx.worker.enqueue(job), t2.ctx.worker.enqueue(job), t1.ctx.worker.enqueue(job)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await t1.ctx.worker.jobs('test.once')).toHaveLength(1);
  });

  it('runs every job exactly once while two workers race for them', async () => {
    const ran = new Map<string, string[]>();
    for (const [name, t] of [['one', t1], ['two', t2]] as const) {
      t.ctx.worker.handle('test.race', async (job) => {
        ran.set(job.dedupeKey, [...(ran.get(job.dedupeKey) ?? []), name]);
        await new Promise((r) => setTimeout(r, Math.random() * 5));
        return 'done';
      });
    }
    const keys = Array.from({ length: 60 }, (_, i) => `job-${i}`);
    await Promise.all(keys.map((k) => t1.ctx.worker.enqueue({ kind: 'test.race', dedupeKey: k, payload: { k }, runAt: inPast(t1) })));
    for (let round = 0; round < 3; round++) await Promise.all([t1.ctx.worker.tick(), t2.ctx.worker.tick()]);
    expect([...ran.keys()].sort()).toEqual([...keys].sort());
    for (const k of keys) expect(ran.get(k)).toHaveLength(1);
    const jobs = await t1.ctx.worker.jobs('test.race');
    expect(jobs.every((j) => j.doneAt && j.outcome === 'done' && j.attempts === 1)).toBe(true);
  });

  it('waits for a job that is not due yet', async () => {
    let runs = 0;
    t1.ctx.worker.handle('test.later', async () => {
      runs++;
      return 'done';
    });
    await t1.ctx.worker.enqueue({ kind: 'test.later', dedupeKey: 'x', payload: {}, runAt: iso(new Date(t1.clock.now().getTime() + 3600_000)) });
    await t1.ctx.worker.tick();
    expect(runs).toBe(0);
    advance(3601);
    await t1.ctx.worker.tick();
    expect(runs).toBe(1);
  });

  it('tries a failing job again later, and gives up after three attempts', async () => {
    let runs = 0;
    t1.ctx.worker.handle('test.fail', async () => {
      runs++;
      throw new Error('smtp down');
    });
    await t1.ctx.worker.enqueue({ kind: 'test.fail', dedupeKey: 'f', payload: {}, runAt: inPast(t1) });
    await t1.ctx.worker.tick();
    expect(runs).toBe(1);
    await t1.ctx.worker.tick();
    expect(runs).toBe(1);
    for (let i = 0; i < 3; i++) {
      advance(301);
      await t1.ctx.worker.tick();
    }
    expect(runs).toBe(3);
    expect((await t1.ctx.worker.jobs('test.fail'))[0]).toMatchObject({ outcome: 'failed', attempts: 3 });
  });

  it('leaves kinds it cannot run to workers that can (a rolling deploy)', async () => {
    await t1.ctx.worker.enqueue({ kind: 'test.newer', dedupeKey: 'n', payload: {}, runAt: inPast(t1) });
    await Promise.all([t1.ctx.worker.tick(), t2.ctx.worker.tick()]);
    expect((await t1.ctx.worker.jobs('test.newer'))[0]).toMatchObject({ doneAt: null, attempts: 0 });
  });

  it('lets another worker take over a job whose worker stopped mid-way, once the lease runs out', async () => {
    let runs = 0;
    t2.ctx.worker.handle('test.orphan', async () => {
      runs++;
      return 'done';
    });
    await t1.ctx.worker.enqueue({ kind: 'test.orphan', dedupeKey: 'o', payload: {}, runAt: inPast(t1) });
    // A worker claims it and dies without finishing.
    const repo = new JobRepository(t1.ctx.database.db, t1.ctx.database.dialect);
    const now = iso(t1.clock.now());
    const [claimed] = await repo.claim('dead-worker', now, inPast(t1, 600), 100, ['test.orphan']);
    expect(claimed?.kind).toBe('test.orphan');
    await t2.ctx.worker.tick();
    expect(runs).toBe(0);
    advance(601);
    await t2.ctx.worker.tick();
    expect(runs).toBe(1);
    // The worker that stopped can no longer mark it as its own.
    expect(await repo.finish(claimed!.id, 'dead-worker', 'done', iso(t1.clock.now()))).toBe(false);
  });
});
