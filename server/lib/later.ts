import type { FastifyBaseLogger } from 'fastify';

/**
 * Work that must not show in an answer's timing — looking an address up, writing a link, sending
 * its e-mail — starts after the response has gone out. (That an address has an account must never
 * be told by how long the answer took: docs/privacy.md.)
 */
export class Later {
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly log: Pick<FastifyBaseLogger, 'error'>) {}

  /** Runs `task` once the current request's answer is on its way; a failure logs its kind only. */
  run(task: () => Promise<void>): void {
    const running = new Promise<void>((resolve) => setImmediate(resolve))
      .then(task)
      .catch((error: unknown) => {
        const e = error as { name?: string; code?: string } | null;
        this.log.error({ err: { type: e?.name, code: e?.code } }, 'work after the response failed');
      });
    this.pending.add(running);
    void running.finally(() => this.pending.delete(running));
  }

  /** Waits for everything handed over so far, and what it hands over in turn (shutdown and tests). */
  async flush(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }
}
