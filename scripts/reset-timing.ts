/**
 * `npx tsx scripts/reset-timing.ts [--tries 200] [--gap 0]`
 * Starts Hearth on SQLite (HEARTH_RATE_LIMIT=off), makes `tries` accounts, then asks for a
 * password reset once for each known address and for as many unknown ones, alternating, and
 * prints the median and p90 of each. The two must not differ: the answer may not tell whether an
 * address has an account. Requests follow each other at once (`--gap` ms apart), so that the work
 * an address causes after its answer would show on the next request (docs/decisions.md).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { freePort } from './free-port.ts';

const { values: args } = parseArgs({ options: { tries: { type: 'string', default: '200' }, gap: { type: 'string', default: '0' } } });
const tries = Number(args.tries);
const gapMs = Number(args.gap);
const root = path.resolve(import.meta.dirname, '..');


const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(path.join(tmpdir(), 'hearth-timing-'));
const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  cwd: root,
  env: { ...process.env, DATABASE_URL: '', HOST: '127.0.0.1', PORT: String(port), BASE_URL: base, HEARTH_DATA_DIR: dataDir, HEARTH_RATE_LIMIT: 'off', HEARTH_DEV_OUTBOX: 'on', HEARTH_JOBS: 'off', LOG_LEVEL: 'warn', NODE_ENV: 'development' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const headers = { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' };
const post = (url: string, body: unknown) => fetch(`${base}${url}`, { method: 'POST', headers, body: JSON.stringify(body) });

try {
  for (let i = 0; ; i++) {
    if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) break;
    if (i > 300) throw new Error('Hearth did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  // Accounts, confirmed through the development outbox: each known address is asked for once,
  // as an attacker testing addresses would (a second reset e-mail to one inbox is spaced out).
  const makeAccount = async (email: string) => {
    await post('/api/auth/sign-up', { email, password: 'a calm and steady measurement', name: 'Timing' });
    let token: string | undefined;
    for (let i = 0; i < 100 && !token; i++) {
      const { messages } = (await (await fetch(`${base}/api/dev/outbox?to=${email}`)).json()) as { messages: { text: string }[] };
      token = messages[0] && /#token=([\w-]+)/.exec(messages[0].text)?.[1];
      if (!token) await new Promise((r) => setTimeout(r, 20));
    }
    if (!token || !(await post('/api/auth/confirm', { token })).ok) throw new Error('could not make the account');
  };
  const knownAddresses = Array.from({ length: tries + 20 }, (_, i) => `timing.known.${i}@example.org`);
  for (const email of knownAddresses) await makeAccount(email);

  const time = async (address: string): Promise<number> => {
    if (gapMs) await new Promise((r) => setTimeout(r, gapMs));
    const start = performance.now();
    const response = await post('/api/auth/password-reset', { email: address });
    await response.arrayBuffer();
    if (response.status !== 202) throw new Error(`unexpected ${response.status}`);
    return performance.now() - start;
  };
  // Warm up both paths, then alternate so that drifts of the machine's speed hit both alike.
  for (let i = 0; i < 20; i++) await time(i % 2 ? knownAddresses[tries + i]! : `warm.${i}@example.org`);
  const known: number[] = [];
  const unknown: number[] = [];
  for (let i = 0; i < tries; i++) {
    known.push(await time(knownAddresses[i]!));
    unknown.push(await time(`nobody.${i}@example.org`));
  }
  const quantile = (xs: number[], q: number) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  };
  const row = (name: string, xs: number[]) => `${name.padEnd(16)} median ${quantile(xs, 0.5).toFixed(2)} ms   p90 ${quantile(xs, 0.9).toFixed(2)} ms`;
  console.log(`requestPasswordReset, ${tries} tries each, ${gapMs} ms apart (SQLite, HEARTH_RATE_LIMIT=off)`);
  console.log(row('known address', known));
  console.log(row('unknown address', unknown));
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}
