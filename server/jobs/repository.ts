import type { Kysely } from 'kysely';
import type { Dialect } from '../db/database.ts';
import type { Schema } from '../db/schema.ts';
import type {} from './tables.ts';

export interface NewJob {
  kind: string;
  dedupeKey: string;
  payload: unknown;
  runAt: string;
}

export interface Job {
  id: string;
  kind: string;
  dedupeKey: string;
  payload: unknown;
  runAt: string;
  attempts: number;
}

/**
 * The job queue. Claiming is one statement on both databases: on PostgreSQL the candidate rows
 * are locked with FOR UPDATE SKIP LOCKED, so several app servers claim disjoint jobs without
 * waiting for each other; on SQLite the single UPDATE … RETURNING runs under the write lock.
 */
export class JobRepository {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly dialect: Dialect,
  ) {}

  /** Queues the job unless one of the same kind and key exists (done or not). True when queued. */
  async enqueue(job: NewJob & { id: string; now: string }): Promise<boolean> {
    const result = await this.db
      .insertInto('job')
      .values({
        id: job.id,
        kind: job.kind,
        dedupe_key: job.dedupeKey,
        payload: JSON.stringify(job.payload),
        run_at: job.runAt,
        created_at: job.now,
        claimed_by: null,
        claimed_at: null,
        done_at: null,
        attempts: 0,
        outcome: null,
      })
      .onConflict((oc) => oc.columns(['kind', 'dedupe_key']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /**
   * Claims up to `limit` due jobs for this worker: not done, due, and either unclaimed or claimed
   * by a worker whose lease ran out (`staleBefore`) — a worker that stopped mid-job. Only kinds
   * this worker can run (during a rolling deploy an older server leaves newer kinds alone).
   */
  async claim(workerId: string, now: string, staleBefore: string, limit: number, kinds: readonly string[]): Promise<Job[]> {
    if (kinds.length === 0) return [];
    let candidates = this.db
      .selectFrom('job')
      .select('id')
      .where('kind', 'in', kinds)
      .where('done_at', 'is', null)
      .where('run_at', '<=', now)
      .where((eb) => eb.or([eb('claimed_at', 'is', null), eb('claimed_at', '<', staleBefore)]))
      .orderBy('run_at')
      .limit(limit);
    if (this.dialect === 'postgres') candidates = candidates.forUpdate().skipLocked();
    const rows = await this.db
      .updateTable('job')
      .set((eb) => ({ claimed_by: workerId, claimed_at: now, attempts: eb('attempts', '+', 1) }))
      .where('id', 'in', candidates)
      .where('done_at', 'is', null)
      .where((eb) => eb.or([eb('claimed_at', 'is', null), eb('claimed_at', '<', staleBefore)]))
      .returning(['id', 'kind', 'dedupe_key', 'payload', 'run_at', 'attempts'])
      .execute();
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      dedupeKey: r.dedupe_key,
      payload: JSON.parse(r.payload) as unknown,
      runAt: r.run_at,
      attempts: Number(r.attempts),
    }));
  }

  /** Marks the job done, if this worker still holds it. */
  async finish(id: string, workerId: string, outcome: string, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('job')
      .set({ done_at: now, outcome })
      .where('id', '=', id)
      .where('claimed_by', '=', workerId)
      .where('done_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Hands the job back to be tried again from `runAt`. */
  async release(id: string, workerId: string, runAt: string): Promise<void> {
    await this.db
      .updateTable('job')
      .set({ claimed_by: null, claimed_at: null, run_at: runAt })
      .where('id', '=', id)
      .where('claimed_by', '=', workerId)
      .where('done_at', 'is', null)
      .execute();
  }

  /** Forgets jobs done before `before` (their keys are long out of any planning window). */
  async purgeDone(before: string): Promise<void> {
    await this.db.deleteFrom('job').where('done_at', '<', before).execute();
  }

  /** For tests and operations: jobs of a kind, oldest first. */
  async list(kind: string): Promise<{ dedupeKey: string; doneAt: string | null; outcome: string | null; claimedBy: string | null; attempts: number }[]> {
    const rows = await this.db
      .selectFrom('job')
      .select(['dedupe_key', 'done_at', 'outcome', 'claimed_by', 'attempts'])
      .where('kind', '=', kind)
      .orderBy('run_at')
      .orderBy('dedupe_key')
      .execute();
    return rows.map((r) => ({ dedupeKey: r.dedupe_key, doneAt: r.done_at, outcome: r.outcome, claimedBy: r.claimed_by, attempts: Number(r.attempts) }));
  }
}
