/** Test apps beyond the usual one (not used by the app). */
import { Writable } from 'node:stream';
import { startTestApp, type TestApp } from './harness.ts';

/** Another app server on the same database (same SQLite file, or the same PostgreSQL schema), secret and outbox. */
export const startSecondServer = (first: TestApp): Promise<TestApp> =>
  startTestApp({ database: first.config.database, secretKey: first.config.secretKey, outboxDir: first.config.outboxDir });

/** Moves the clocks of all these app servers together: they share one wall clock. */
export function advanceAll(apps: readonly TestApp[], seconds: number): void {
  for (const app of apps) app.clock.advance(seconds);
}

/** A stream for the app's log (`startTestApp(…, { logger: true, logStream })`) that keeps every line. */
export function logCapture(): { lines: string[]; logStream: Writable } {
  const lines: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logStream };
}
