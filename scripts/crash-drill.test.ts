import { describe, expect, it } from 'vitest';
import { testDb } from '../server/test/harness.ts';
import { runCrashDrill } from './crash-drill.ts';

/**
 * The crash drill on the suite's database (SQLite under `npm test`, PostgreSQL under
 * `npm run test:pg`): 30 kills -9 of a real Hearth process under a write load, then every write
 * answered 2xx reads back and the database passes its integrity check.
 */
describe('crash drill', () => {
  it(
    'loses no answered write and keeps the database intact across 30 kills -9',
    async () => {
      const result = await runCrashDrill({ kills: 30, db: testDb, databaseUrl: process.env.DATABASE_URL });
      console.log(`crash drill (${result.db}): ${JSON.stringify({ ...result, failures: result.failures.length })}`);
      expect(result.failures).toEqual([]);
      expect(result.kills).toBe(30);
      expect(result.integrity).toBe('ok');
      expect(result.found).toBe(result.acknowledged);
      // The load wrote something of every kind, so each kind of write was put to the test.
      for (const [kind, counts] of Object.entries(result.byKind)) expect({ kind, written: counts.acknowledged > 0 }).toEqual({ kind, written: true });
    },
    // Bounded: about a minute on this machine; the limit only stops a drill that hangs.
    600_000,
  );
});
