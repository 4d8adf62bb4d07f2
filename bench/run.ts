/**
 * `npm run bench [-- --db pg] [--seconds 5] [--brackets 3] [--connections 50]`
 * Measures Hearth with autocannon on 127.0.0.1 against a bare Fastify ceiling measured in the
 * same run. This machine's speed swings from minute to minute, so each scenario runs between two
 * ceiling runs and is reported as a ratio to their mean; the median of several brackets counts.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';

const { values: args } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite' },
    seconds: { type: 'string', default: '5' },
    brackets: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
  },
});
const root = path.resolve(import.meta.dirname, '..');
const seconds = Number(args.seconds);
const connections = Number(args.connections);
const HEARTH_PORT = 3900;
const CEILING_PORT = 3901;
const PG_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

type Run = { rps: number; p50: number; p99: number; errors: number };
type Scenario = { name: string; rps: number; p50: number; p99: number; ratio: number; errors: number };

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}

async function measure(opts: autocannon.Options): Promise<Run> {
  const r = await autocannon({ connections, duration: seconds, ...opts });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx };
}

async function startHearth(dataDir: string, databaseUrl?: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(HEARTH_PORT), HOST: '127.0.0.1', HEARTH_DATA_DIR: dataDir, LOG_LEVEL: 'warn', HEARTH_RATE_LIMIT: 'off', NODE_ENV: 'development', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitFor(`http://127.0.0.1:${HEARTH_PORT}/healthz`);
  return child;
}

const base = `http://127.0.0.1:${HEARTH_PORT}`;
const sameOrigin = { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' };

/** Signs a person up through the API (reading the link from the dev outbox) and returns their cookie. */
async function signedInPerson(name: string): Promise<string> {
  const email = `${name.toLowerCase()}.${randomBytes(4).toString('hex')}@bench.example`;
  await fetch(`${base}/api/auth/sign-up`, { method: 'POST', headers: sameOrigin, body: JSON.stringify({ email, password: 'a calm and steady bench', name }) });
  for (let i = 0; i < 50; i++) {
    const { messages } = (await (await fetch(`${base}/api/dev/outbox?to=${encodeURIComponent(email)}`)).json()) as { messages: { text: string }[] };
    const token = messages[0] && /#token=([\w-]+)/.exec(messages[0].text)?.[1];
    if (token) {
      const res = await fetch(`${base}/api/auth/confirm`, { method: 'POST', headers: sameOrigin, body: JSON.stringify({ token }) });
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('hearth_session='));
      if (!cookie) throw new Error('no session cookie');
      return cookie.split(';')[0]!;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('no confirmation e-mail');
}

async function pair(a: string, b: string): Promise<void> {
  const { code } = (await (await fetch(`${base}/api/invites`, { method: 'POST', headers: { ...sameOrigin, cookie: a }, body: '{}' })).json()) as { code: string };
  await fetch(`${base}/api/invites/accept`, { method: 'POST', headers: { ...sameOrigin, cookie: b }, body: JSON.stringify({ code }) });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'hearth-bench-'));
  let databaseUrl: string | undefined;
  const pgDb = `hearth_bench_${randomBytes(4).toString('hex')}`;
  if (args.db === 'pg' || args.db === 'postgres') {
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`create database ${pgDb}`);
    await admin.end();
    const url = new URL(PG_URL);
    url.pathname = `/${pgDb}`;
    databaseUrl = url.toString();
  }
  const ceiling = fork(path.join(root, 'bench/ceiling.mjs'), { env: { ...process.env, PORT: String(CEILING_PORT) }, stdio: 'inherit' });
  const hearth = await startHearth(dataDir, databaseUrl);
  await waitFor(`http://127.0.0.1:${CEILING_PORT}/`);
  try {
    const [a, b] = [await signedInPerson('Avery'), await signedInPerson('Blake')];
    await pair(a!, b!);
    const scenarios: Record<string, autocannon.Options> = {
      getMe: { url: `${base}/api/me`, headers: { cookie: a! } },
      write: {
        url: `${base}/api/me`,
        method: 'PATCH',
        headers: { ...sameOrigin, cookie: b! },
        body: JSON.stringify({ name: 'Blake' }),
      },
    };
    const ceilingRun = () => measure({ url: `http://127.0.0.1:${CEILING_PORT}/` });
    // Warm both servers (JIT, caches) before anything counts.
    await autocannon({ url: `http://127.0.0.1:${CEILING_PORT}/`, connections, duration: 2 });
    await autocannon({ url: `${base}/api/me`, headers: { cookie: a! }, connections, duration: 2 });

    const ceilings: Run[] = [];
    const results: Scenario[] = [];
    for (const [name, options] of Object.entries(scenarios)) {
      const brackets: (Run & { ratio: number })[] = [];
      for (let i = 0; i < Number(args.brackets); i++) {
        const before = await ceilingRun();
        const run = await measure(options);
        const after = await ceilingRun();
        ceilings.push(before, after);
        brackets.push({ ...run, ratio: run.rps / ((before.rps + after.rps) / 2) });
        console.log(`  ${name} bracket ${i + 1}: ${run.rps.toFixed(0)} rps between ceilings of ${before.rps.toFixed(0)} and ${after.rps.toFixed(0)} → ratio ${brackets.at(-1)!.ratio.toFixed(3)}`);
      }
      const mid = [...brackets].sort((x, y) => x.ratio - y.ratio)[Math.floor(brackets.length / 2)]!;
      results.push({ name, rps: Math.round(mid.rps), p50: mid.p50, p99: mid.p99, ratio: Number(mid.ratio.toFixed(3)), errors: brackets.reduce((n, b) => n + b.errors, 0) });
    }
    const ceilingRow: Scenario = {
      name: 'ceiling',
      rps: Math.round(median(ceilings.map((c) => c.rps))),
      p50: median(ceilings.map((c) => c.p50)),
      p99: median(ceilings.map((c) => c.p99)),
      ratio: 1,
      errors: ceilings.reduce((n, c) => n + c.errors, 0),
    };
    const all = [ceilingRow, ...results];
    console.log(`\nHearth on ${databaseUrl ? 'PostgreSQL' : 'SQLite'}, ${connections} connections, ${seconds} s runs, median of ${args.brackets} brackets:`);
    console.table(all);
    writeFileSync(path.join(root, 'bench/results.json'), JSON.stringify({ db: databaseUrl ? 'postgres' : 'sqlite', connections, seconds, scenarios: all }, null, 2) + '\n');
  } finally {
    hearth.kill('SIGTERM');
    ceiling.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    rmSync(dataDir, { recursive: true, force: true });
    if (databaseUrl) {
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`drop database if exists ${pgDb} with (force)`);
      await admin.end();
    }
  }
}

await main();
