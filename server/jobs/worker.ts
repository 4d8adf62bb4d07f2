import { hostname } from 'node:os';
import { Cron } from 'croner';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/database.ts';
import { newId } from '../lib/crypto.ts';
import type { Clock } from '../lib/time.ts';
import { addSeconds, iso } from '../lib/time.ts';
import { JobRepository, type Job, type NewJob } from './repository.ts';

/** What a handler reports for a job it finished; throwing instead asks for another try. */
export type JobOutcome = 'sent' | 'skipped' | 'expired' | 'done';
export type JobHandler = (job: Job, now: Date) => Promise<JobOutcome>;
/** Runs at the start of every tick and queues what has come due (idempotently, by dedupe key). */
export type Planner = (worker: JobWorker, now: Date) => Promise<void>;

export interface WorkerOptions {
  database: Database;
  clock: Clock;
  log: Pick<FastifyBaseLogger, 'error'>;
  /** Jobs claimed per round. */
  batchSize?: number;
  /** A claim older than this is taken to belong to a worker that stopped, and may be claimed again. */
  leaseSeconds?: number;
  maxAttempts?: number;
  retryDelaySeconds?: number;
  /** Done jobs are kept this long (their keys must outlive every planning window). */
  keepDoneDays?: number;
}

export interface TickReport {
  planned: number;
  ran: number;
}

/**
 * The in-process job worker. Each tick (croner, every 30 s by default; tests call `tick()`):
 * planners queue what has come due, then the worker claims due jobs and runs their handlers
 * outside any transaction. With several app servers each runs a worker: the unique
 * (kind, dedupe_key) makes an occurrence one job, and the claim gives it to one worker.
 *
 * A job is marked done after its handler returns. A worker that dies between sending and
 * marking would let another worker send again after the lease (10 minutes): that is the one
 * case of "more than once", and handlers of time-bound jobs expire them when they come too late.
 */
export class JobWorker {
  readonly id = `${hostname()}:${process.pid}:${newId().slice(0, 8)}`;
  private readonly repo: JobRepository;
  private readonly handlers = new Map<string, JobHandler>();
  private readonly planners: Planner[] = [];
  private running: Promise<TickReport> | undefined;
  private cron: Cron | undefined;
  private lastPurge = 0;
  private planned = 0;

  constructor(private readonly options: WorkerOptions) {
    this.repo = new JobRepository(options.database.db, options.database.dialect);
  }

  handle(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  addPlanner(planner: Planner): void {
    this.planners.push(planner);
  }

  /** Queues a job unless the same kind and key was queued before. True when this call queued it. */
  async enqueue(job: NewJob): Promise<boolean> {
    const queued = await this.repo.enqueue({ ...job, id: newId(), now: iso(this.options.clock()) });
    if (queued) this.planned++;
    return queued;
  }

  /** One round of planning and running. Overlapping calls share the round under way. */
  tick(): Promise<TickReport> {
    this.running ??= this.runTick().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Ticks on a cron pattern (croner, with seconds), skipping a tick while the last one runs. */
  start(pattern: string): void {
    if (this.cron) return;
    this.cron = new Cron(pattern, { protect: true, catch: (error) => this.logError('tick', error) }, async () => {
      await this.tick();
    });
  }

  async stop(): Promise<void> {
    this.cron?.stop();
    this.cron = undefined;
    await this.running?.catch(() => undefined);
  }

  /** For tests and operations. */
  jobs(kind: string) {
    return this.repo.list(kind);
  }

  private async runTick(): Promise<TickReport> {
    const { clock } = this.options;
    this.planned = 0;
    const now = clock();
    for (const planner of this.planners) {
      try {
        await planner(this, now);
      } catch (error) {
        this.logError('plan', error);
      }
    }
    const planned = this.planned;
    let ran = 0;
    const batchSize = this.options.batchSize ?? 20;
    const lease = this.options.leaseSeconds ?? 600;
    // A bounded number of rounds, so one tick never runs for ever.
    for (let round = 0; round < 50; round++) {
      const at = clock();
      const jobs = await this.repo.claim(this.id, iso(at), iso(addSeconds(at, -lease)), batchSize, [...this.handlers.keys()]);
      for (const job of jobs) {
        await this.run(job);
        ran++;
      }
      if (jobs.length < batchSize) break;
    }
    await this.purge();
    return { planned, ran };
  }

  private async run(job: Job): Promise<void> {
    const { clock } = this.options;
    const handler = this.handlers.get(job.kind)!;
    try {
      const outcome = await handler(job, clock());
      await this.repo.finish(job.id, this.id, outcome, iso(clock()));
    } catch (error) {
      this.logError(job.kind, error);
      if (job.attempts >= (this.options.maxAttempts ?? 3)) {
        await this.repo.finish(job.id, this.id, 'failed', iso(clock()));
      } else {
        await this.repo.release(job.id, this.id, iso(addSeconds(clock(), this.options.retryDelaySeconds ?? 300)));
      }
    }
  }

  private async purge(): Promise<void> {
    const now = this.options.clock();
    if (now.getTime() - this.lastPurge < 3_600_000) return;
    this.lastPurge = now.getTime();
    await this.repo.purgeDone(iso(addSeconds(now, -(this.options.keepDoneDays ?? 7) * 86400)));
  }

  private logError(what: string, error: unknown): void {
    // The kind of failure only: payloads and messages may hold addresses.
    const err = error as { name?: string; code?: string };
    this.options.log.error({ err: { type: err?.name, code: err?.code }, job: what }, 'job failed');
  }
}
