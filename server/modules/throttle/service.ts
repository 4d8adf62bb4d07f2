import { passwordCheckThrottled } from '../../http/errors.ts';
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { Clock } from '../../lib/time.ts';
import { addSeconds, iso } from '../../lib/time.ts';
import { ThrottleRepository } from './repository.ts';

export interface ThrottlePolicy {
  /** Failures allowed before delays start. */
  freeFailures: number;
  /** The first delay, doubled at each further failure (1 s when not given). */
  firstDelaySeconds?: number;
  maxDelaySeconds: number;
}

/**
 * Growing delays after repeated failures: 1 s, 2 s, 4 s … up to a ceiling, forgiven after a
 * quiet hour. Delays, never a permanent lock: a partner who knows the address must not be able
 * to shut the other out of their own account.
 */
export class ThrottleService {
  constructor(
    private readonly repo: ThrottleRepository,
    private readonly clock: Clock,
  ) {}

  /** The same throttle inside a caller's transaction. */
  within(trx: Kysely<Schema>): ThrottleService {
    return new ThrottleService(new ThrottleRepository(trx), this.clock);
  }

  /** Seconds to wait before another try, or 0. */
  async waitSeconds(keys: string[]): Promise<number> {
    const row = await this.repo.latestLock(keys);
    if (!row?.locked_until) return 0;
    const ms = Date.parse(row.locked_until) - this.clock().getTime();
    return ms > 0 ? Math.ceil(ms / 1000) : 0;
  }

  async recordFailure(key: string, policy: ThrottlePolicy): Promise<void> {
    const now = this.clock();
    const failures = await this.repo.addFailure(key, iso(now), iso(addSeconds(now, -3600)));
    await this.delayAfter(key, failures, policy, now);
  }

  /**
   * Counts one more request on `key` and answers whether it may go ahead: when no delay runs, it
   * may, and starts the next delay as a failure would. Requests made while a delay runs do not
   * lengthen it, so something spaced out this way still happens at least every `maxDelaySeconds`.
   * Inside a transaction the count's upsert locks the row first: simultaneous requests queue.
   */
  async allowOne(key: string, policy: ThrottlePolicy): Promise<boolean> {
    const now = this.clock();
    const failures = await this.repo.addFailure(key, iso(now), iso(addSeconds(now, -3600)));
    const lock = await this.repo.latestLock([key]);
    if (lock?.locked_until && lock.locked_until > iso(now)) return false;
    await this.delayAfter(key, failures, policy, now);
    return true;
  }

  private async delayAfter(key: string, failures: number, policy: ThrottlePolicy, now: Date): Promise<void> {
    const over = failures - policy.freeFailures;
    if (over > 0) {
      const delay = Math.min((policy.firstDelaySeconds ?? 1) * 2 ** (over - 1), policy.maxDelaySeconds);
      await this.repo.lock(key, iso(addSeconds(now, delay)));
    }
  }

  clear(keys: string[]): Promise<void> {
    return this.repo.clear(keys);
  }

  /**
   * A password asked for again behind a session (changing it, deleting the account, unlocking
   * Hearth after a quick exit, lifting a safety concern): one track per account for all of them,
   * with the delays of sign-in, so a shared signed-in browser is no free guessing machine
   * (docs/privacy.md, "The partner").
   * Answers whether `check` accepted the password; 429 while a delay runs.
   */
  async passwordAgain(accountId: string, policy: ThrottlePolicy, check: () => Promise<boolean>): Promise<boolean> {
    const key = `password-again:${accountId}`;
    const wait = await this.waitSeconds([key]);
    if (wait > 0) throw passwordCheckThrottled(wait);
    if (!(await check())) {
      await this.recordFailure(key, policy);
      return false;
    }
    await this.clear([key]);
    return true;
  }
}
