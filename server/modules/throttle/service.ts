import { AppError } from '../../http/errors.ts';
import type { Clock } from '../../lib/time.ts';
import { addSeconds, iso } from '../../lib/time.ts';
import type { ThrottleRepository } from './repository.ts';

export interface ThrottlePolicy {
  /** Failures allowed before delays start. */
  freeFailures: number;
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
    const over = failures - policy.freeFailures;
    if (over > 0) {
      const delay = Math.min(2 ** (over - 1), policy.maxDelaySeconds);
      await this.repo.lock(key, iso(addSeconds(now, delay)));
    }
  }

  clear(keys: string[]): Promise<void> {
    return this.repo.clear(keys);
  }

  /**
   * A password asked for again behind a session (unlocking Hearth after a quick exit, lifting a
   * safety concern): one track per account for all of them, with the delays of sign-in, so a
   * shared signed-in browser is no free guessing machine (docs/privacy.md, "The partner").
   * Answers whether `check` accepted the password; 429 while a delay runs.
   */
  async passwordAgain(accountId: string, policy: ThrottlePolicy, check: () => Promise<boolean>): Promise<boolean> {
    const key = `password-again:${accountId}`;
    const wait = await this.waitSeconds([key]);
    if (wait > 0) throw new AppError(429, 'throttled', 'errors.throttled', undefined, wait);
    if (!(await check())) {
      await this.recordFailure(key, policy);
      return false;
    }
    await this.clear([key]);
    return true;
  }
}
