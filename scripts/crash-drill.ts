/**
 * `npm run drill:crash -- [--kills 30] [--db sqlite|postgres] [--clients 4] [--seed N]`
 *
 * The crash drill: starts Hearth as a real process (server/main.ts, which `npm start` runs once
 * the web app is built; the drill needs no web app), lets several clients write over the HTTP API
 * what people write (sign-ups and confirmations, pairing, check-ins, appreciations, drafts, a
 * discarded draft), kills the server with SIGKILL at random moments and starts it again each time.
 * Afterwards every write that was answered 2xx must read back through the API, and the database
 * must pass its integrity check (SQLite `PRAGMA integrity_check`; on PostgreSQL, where only the
 * app server is killed, amcheck over every index). Exits non-zero when anything is missing.
 * PostgreSQL: DATABASE_URL names the server; the drill makes its own database there and drops it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { withPgClient } from '../server/db/pg-client.ts';

export interface DrillOptions {
  kills: number;
  db: 'sqlite' | 'postgres';
  /** Clients writing at once. */
  clients?: number;
  /** PostgreSQL server (the drill creates and drops its own database on it). */
  databaseUrl?: string;
  seed?: number;
  log?: (line: string) => void;
}

export interface DrillResult {
  db: 'sqlite' | 'postgres';
  kills: number;
  /** Kills at a random moment within a usual start's time after spawning (mostly before it answered). */
  killsDuringStart: number;
  /** Writes answered 2xx (account confirmations, pairings, check-ins, drafts, appreciations, discards). */
  acknowledged: number;
  /** Of those, the ones read back as they were answered (a discarded draft: gone). */
  found: number;
  /** The same two counts by kind of write. */
  byKind: Record<WriteKind, { acknowledged: number; found: number }>;
  /** Writes whose request was cut off by a kill: they may or may not be there, both are fine. */
  cutOff: number;
  /** Sign-ups answered 202 whose confirmation mail never reached the outbox (mail leaves after the answer). */
  mailsLost: number;
  integrity: string;
  seconds: number;
  /** What went wrong: missing writes, 5xx answers, a start that failed. Empty when the drill passed. */
  failures: string[];
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A wait that does not keep the process alive once everything else is done. */
const timeout = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/** A small seeded generator, so that a failing drill can be run again the same way (as far as timing allows). */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** One Hearth process at a time, started and killed on demand. */
class Server {
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  private output: string[] = [];
  /** Resolves once the server answers again; clients wait on it after a cut-off request. */
  up!: Promise<void>;
  private markUp!: () => void;
  startedMs = 0;
  /** Requests answered (any status) since the drill began: the clock the kills follow. */
  answers = 0;
  /** How many times the server was killed. */
  generation = 0;

  constructor(
    readonly baseUrl: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {
    this.down();
  }

  private isUp = true;

  private down(): void {
    // Clients already waiting keep waiting on the same promise.
    if (!this.isUp) return;
    this.isUp = false;
    this.up = new Promise((resolve) => (this.markUp = resolve));
  }

  start(): void {
    this.output = [];
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server/main.ts')], { cwd: root, env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString('utf8'));
      if (this.output.length > 40) this.output.shift();
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    this.child = child;
  }

  /** Waits until /healthz answers; throws with the server's last words when it exits first. */
  async ready(): Promise<void> {
    const started = Date.now();
    const child = this.child!;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`Hearth did not start (exit ${child.exitCode ?? child.signalCode}): ${this.output.join('').slice(-1500)}`);
      }
      try {
        const response = await fetch(`${this.baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
        if (response.ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() - started > 60_000) throw new Error(`Hearth did not answer within 60 s: ${this.output.join('').slice(-1500)}`);
      await sleep(20);
    }
    this.startedMs = Date.now() - started;
    this.isUp = true;
    this.markUp();
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  async kill(): Promise<void> {
    this.down();
    this.child?.kill('SIGKILL');
    await this.exited;
    this.generation++;
  }

  async stop(): Promise<void> {
    this.child?.kill('SIGTERM');
    await Promise.race([this.exited, timeout(10_000).then(() => this.child?.kill('SIGKILL'))]);
    await this.exited;
  }
}

/** A request the kill cut off: it may or may not have been carried out. */
class CutOff extends Error {}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}

/** One browser: a cookie jar and same-origin requests. */
class Browser {
  private readonly cookies = new Map<string, string>();
  constructor(private readonly server: Server) {}

  async request(method: string, url: string, body?: unknown): Promise<{ status: number; json: any }> {
    const headers: Record<string, string> = { 'sec-fetch-site': 'same-origin' };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${this.server.baseUrl}${url}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      });
      text = await response.text();
    } catch {
      throw new CutOff();
    }
    this.server.answers++;
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, ...value] = pair!.split('=');
      const gone = value.join('=') === '' || attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (gone) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value.join('='));
    }
    return { status: response.status, json: parse(text) };
  }
}

interface Person {
  id: string;
  email: string;
  browser: Browser;
  /** Confirmed with a 2xx answer (not only found after a cut-off confirmation). */
  acknowledged: boolean;
  partner: Person | null;
  /** The pairing was answered 2xx (not only found after a cut-off acceptance). */
  pairAcknowledged: boolean;
  /** An acceptance was sent and cut off: whether the couple was made is unknown. */
  pairing: 'none' | 'unknown';
  appreciationDrafts: Map<string, string>;
  /** Drafts whose discard was sent: answered (then they must be gone) or cut off (either way). */
  discarding: Map<string, string>;
  discarded: Set<string>;
  talkDrafts: Map<string, string>;
  sent: Map<string, string>;
  /** The last check-in note answered 200, with its date, and notes sent after it whose answer was cut off. */
  checkIn: { date: string; note: string } | null;
  checkInsAfter: string[];
  checkInsAcknowledged: number;
}

const KINDS = ['account', 'couple', 'checkIn', 'appreciationDraft', 'discardedDraft', 'talkDraft', 'appreciation'] as const;
export type WriteKind = (typeof KINDS)[number];
type Counts = Record<WriteKind, number>;
const zero = (): Counts => Object.fromEntries(KINDS.map((k) => [k, 0])) as Counts;
const total = (c: Counts) => KINDS.reduce((sum, k) => sum + c[k], 0);

interface Tally {
  acknowledged: Counts;
  cutOff: number;
  mailsLost: number;
  failures: string[];
}

const MAX_PEOPLE_PER_CLIENT = 4;
const MAX_TALK_DRAFTS = 80; // the API lists at most 100

/** One client: a few people of its own, writing one request at a time. */
class Client {
  readonly people: Person[] = [];
  private seq = 0;

  constructor(
    readonly name: string,
    private readonly server: Server,
    private readonly outboxDir: string,
    private readonly rand: () => number,
    private readonly tally: Tally,
  ) {}

  async run(stopped: () => boolean): Promise<void> {
    while (!stopped()) {
      try {
        await this.step();
      } catch (error) {
        if (!(error instanceof CutOff)) throw error;
        this.tally.cutOff++;
        await this.server.up;
      }
    }
  }

  private text(what: string): string {
    return `${what} ${this.name}-${++this.seq}: thank you for the tea on the porch`;
  }

  /** The expected answer, or a failure noted: every request here is one that must succeed. */
  private expect(response: { status: number; json: any }, status: number, what: string): boolean {
    if (response.status === status) return true;
    this.tally.failures.push(`${what}: answered ${response.status} ${JSON.stringify(response.json).slice(0, 200)}`);
    return false;
  }

  private async step(): Promise<void> {
    if (this.people.length < 2) return this.signUp();
    const unpaired = this.people.filter((p) => !p.partner);
    if (unpaired.length >= 2 && this.rand() < 0.5) return this.pair(unpaired[0]!, unpaired[1]!);
    const roll = this.rand();
    if (roll < 0.04 && this.people.length < MAX_PEOPLE_PER_CLIENT) return this.signUp();
    const person = this.people[Math.floor(this.rand() * this.people.length)]!;
    if (roll < 0.3) return this.checkIn(person);
    if (roll < 0.5) return this.appreciationDraft(person);
    if (roll < 0.6) return this.discardDraft(person);
    if (roll < 0.8 && person.talkDrafts.size < MAX_TALK_DRAFTS) return this.write(person, 'talkDraft', '/api/talk/drafts', person.talkDrafts);
    if (person.partner) return this.write(person, 'appreciation', '/api/appreciations', person.sent);
    return this.appreciationDraft(person);
  }

  private async signUp(): Promise<void> {
    const email = `drill.${this.name}.${++this.seq}.${randomBytes(3).toString('hex')}@example.org`;
    const password = `a slow walk by the river ${randomBytes(4).toString('hex')}`;
    const browser = new Browser(this.server);
    const generation = this.server.generation;
    const signedUp = await browser.request('POST', '/api/auth/sign-up', { email, password, name: `Drill ${this.name}` });
    if (!this.expect(signedUp, 202, 'signUp')) return;
    const token = await this.confirmationToken(email, generation);
    if (!token) {
      // Answered, then killed before the mail was written: the person will ask again.
      this.tally.mailsLost++;
      return;
    }
    let acknowledged = true;
    try {
      const confirmed = await browser.request('POST', '/api/auth/confirm', { token });
      if (!this.expect(confirmed, 200, 'confirmSignUp')) return;
      this.tally.acknowledged.account++;
    } catch (error) {
      if (!(error instanceof CutOff)) throw error;
      // Cut off: perhaps the account exists; the person tries signing in once the server is back.
      this.tally.cutOff++;
      acknowledged = false;
      await this.server.up;
      if ((await browser.request('POST', '/api/auth/sign-in', { email, password })).status !== 200) return;
    }
    const me = await this.read(() => browser.request('GET', '/api/me'));
    if (!this.expect(me, 200, 'getMe after sign-up')) return;
    this.people.push({
      id: me.json.account.id,
      email,
      browser,
      acknowledged,
      partner: null,
      pairAcknowledged: false,
      pairing: 'none',
      appreciationDrafts: new Map(),
      discarding: new Map(),
      discarded: new Set(),
      talkDrafts: new Map(),
      sent: new Map(),
      checkIn: null,
      checkInsAfter: [],
      checkInsAcknowledged: 0,
    });
  }

  /** A read, asked again until a server answers it (reads change nothing). */
  private async read<T>(request: () => Promise<T>): Promise<T> {
    for (;;) {
      try {
        return await request();
      } catch (error) {
        if (!(error instanceof CutOff)) throw error;
        this.tally.cutOff++;
        await this.server.up;
      }
    }
  }

  private readonly seenMail = new Map<string, string>();

  /**
   * The confirmation link's token, from the outbox folder, once its mail is there; null when the
   * server that answered the sign-up was killed without writing it (or after 30 s).
   */
  private async confirmationToken(email: string, generation: number): Promise<string | null> {
    const until = Date.now() + 30_000;
    for (let lastLook = false; !lastLook && Date.now() < until; ) {
      lastLook = this.server.generation !== generation;
      let names: string[] = [];
      try {
        names = readdirSync(this.outboxDir).filter((n) => n.endsWith('.json'));
      } catch {
        // no mail yet
      }
      for (const name of names) {
        if (this.seenMail.has(name)) continue;
        try {
          const mail = JSON.parse(readFileSync(path.join(this.outboxDir, name), 'utf8')) as { to: string; text: string };
          this.seenMail.set(name, mail.to);
          const token = mail.to === email.toLowerCase() ? /#token=([\w-]+)/.exec(mail.text)?.[1] : undefined;
          if (token) return token;
        } catch {
          // half written: read it again next round
        }
      }
      await sleep(30);
    }
    return null;
  }

  private async pair(a: Person, b: Person): Promise<void> {
    if (a.pairing === 'unknown' || b.pairing === 'unknown') {
      // The last acceptance was cut off: look before inviting again.
      const me = await b.browser.request('GET', '/api/me');
      if (!this.expect(me, 200, 'getMe')) return;
      a.pairing = b.pairing = 'none';
      if (me.json.couple?.partner?.id === a.id) {
        a.partner = b;
        b.partner = a;
        return;
      }
    }
    const invite = await a.browser.request('POST', '/api/invites');
    if (!this.expect(invite, 201, 'createInvite')) return;
    a.pairing = b.pairing = 'unknown';
    const accepted = await b.browser.request('POST', '/api/invites/accept', { code: invite.json.code });
    a.pairing = b.pairing = 'none';
    if (!this.expect(accepted, 200, 'acceptInvite')) return;
    this.tally.acknowledged.couple++;
    a.partner = b;
    b.partner = a;
    a.pairAcknowledged = b.pairAcknowledged = true;
  }

  private async checkIn(p: Person): Promise<void> {
    const note = this.text('check-in');
    p.checkInsAfter.push(note);
    const response = await p.browser.request('PUT', '/api/today/check-in', { connection: 3, toward: 2, away: 1, against: 0, note });
    if (!this.expect(response, 200, 'logCheckIn')) return;
    this.tally.acknowledged.checkIn++;
    p.checkInsAcknowledged++;
    p.checkIn = { date: response.json.date, note };
    p.checkInsAfter = [];
  }

  /** Writes a new text (a draft or an appreciation) and keeps its id once it is answered 201. */
  private async write(p: Person, kind: 'appreciationDraft' | 'talkDraft' | 'appreciation', url: string, into: Map<string, string>): Promise<void> {
    const text = this.text(kind);
    const response = await p.browser.request('POST', url, { text });
    if (!this.expect(response, 201, `${kind} (POST ${url})`)) return;
    this.tally.acknowledged[kind]++;
    into.set(response.json.id, text);
  }

  private appreciationDraft(p: Person): Promise<void> {
    return this.write(p, 'appreciationDraft', '/api/appreciations/drafts', p.appreciationDrafts);
  }

  private async discardDraft(p: Person): Promise<void> {
    const [draft] = p.appreciationDrafts;
    if (draft === undefined) return this.appreciationDraft(p);
    const [id, text] = draft;
    // Moved off the list first: a cut-off discard may or may not have happened.
    p.appreciationDrafts.delete(id);
    p.discarding.set(id, text);
    const response = await p.browser.request('DELETE', `/api/appreciations/drafts/${id}`);
    if (!this.expect(response, 200, 'deleteAppreciationDraft')) return;
    this.tally.acknowledged.discardedDraft++;
    p.discarded.add(id);
  }


}

/** Every page of a cursor-paged appreciation list. */
async function appreciations(p: Person, box: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  let cursor: string | null = null;
  do {
    const query: string = `/api/appreciations?box=${box}&limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = await p.browser.request('GET', query);
    if (page.status !== 200) throw new Error(`listAppreciations answered ${page.status}`);
    for (const item of page.json.items as { id: string; text: string }[]) found.set(item.id, item.text);
    cursor = page.json.nextCursor;
  } while (cursor);
  return found;
}

/** Reads every acknowledged write back through the API; counts those found as they were answered. */
async function verify(people: Person[], failures: string[]): Promise<Counts> {
  const found = zero();
  const missing = (what: string) => failures.push(`missing after the drill: ${what}`);
  for (const p of people) {
    // The session opened at confirmation still works: the account and its session survived.
    const me = await p.browser.request('GET', '/api/me');
    if (me.status !== 200 || me.json.account.id !== p.id) {
      missing(`account ${p.email} (getMe answered ${me.status})`);
      continue;
    }
    if (p.acknowledged) found.account++;
    // Once per couple, from the partner whose id sorts first.
    if (p.partner && p.pairAcknowledged && p.id < p.partner.id) {
      if (me.json.couple?.partner?.id === p.partner.id) found.couple++;
      else missing(`couple of ${p.email}`);
    }
    const drafts = await appreciations(p, 'drafts');
    for (const [id, text] of p.appreciationDrafts) {
      if (drafts.get(id) === text) found.appreciationDraft++;
      else missing(`appreciation draft ${id}`);
    }
    for (const [id, text] of p.discarding) {
      if (!p.discarded.has(id)) {
        // Its discard was cut off: there or gone are both right, changed is not.
        if (!drafts.has(id) || drafts.get(id) === text) found.appreciationDraft++;
        else missing(`appreciation draft ${id} (changed)`);
      } else if (!drafts.has(id)) {
        // Answered when kept and answered when discarded: both writes hold.
        found.appreciationDraft++;
        found.discardedDraft++;
      } else failures.push(`missing after the drill: the discard of draft ${id} (it came back)`);
    }
    const talk = await p.browser.request('GET', '/api/talk/drafts');
    const talkDrafts = new Map((talk.json.items as { id: string; text: string }[]).map((d) => [d.id, d.text]));
    for (const [id, text] of p.talkDrafts) {
      if (talkDrafts.get(id) === text) found.talkDraft++;
      else missing(`talk draft ${id}`);
    }
    if (p.sent.size) {
      const sent = await appreciations(p, 'sent');
      const received = await appreciations(p.partner!, 'received');
      for (const [id, text] of p.sent) {
        if (sent.get(id) === text && received.get(id) === text) found.appreciation++;
        else missing(`appreciation ${id}`);
      }
    }
    const today = p.checkIn && (await p.browser.request('GET', `/api/today?date=${p.checkIn.date}`));
    if (p.checkIn && today) {
      // Check-ins replace each other through the day: the last one answered (or one sent after it
      // and cut off) must be there; then the earlier answered ones count as found too.
      const note = today.json?.checkIn?.note;
      if (note === p.checkIn.note || p.checkInsAfter.includes(note)) found.checkIn += p.checkInsAcknowledged;
      else missing(`check-in of ${p.email} (found ${JSON.stringify(note)}, answered ${JSON.stringify(p.checkIn.note)})`);
    }
  }
  return found;
}

function sqliteIntegrity(file: string): string {
  const sqlite = new BetterSqlite3(file);
  try {
    const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    const orphans = sqlite.pragma('foreign_key_check') as unknown[];
    return orphans.length ? `${integrity}; ${orphans.length} rows break foreign keys` : integrity;
  } finally {
    sqlite.close();
  }
}

/** amcheck over every B-tree index (and the rows each one points to) of the drill's database. */
async function postgresIntegrity(url: string): Promise<string> {
  return withPgClient(url, async (client) => {
    await client.query('create extension if not exists amcheck');
    const { rows } = await client.query<{ oid: number }>(
      `select c.oid from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am a on a.oid = c.relam
       join pg_namespace n on n.oid = c.relnamespace where a.amname = 'btree' and n.nspname = 'public'`,
    );
    for (const { oid } of rows) await client.query('select bt_index_check($1, true)', [oid]);
    return 'ok';
  }).catch((error: Error) => `amcheck: ${error.message}`);
}

/** The longest a server lives between kills, whatever the load did. */
const MAX_WINDOW_MS = 5000;

async function untilAnswered(server: Server, answers: number, maxMs: number): Promise<void> {
  const until = Date.now() + maxMs;
  while (server.answers < answers && Date.now() < until) await sleep(2);
}

export async function runCrashDrill(options: DrillOptions): Promise<DrillResult> {
  const began = Date.now();
  const log = options.log ?? (() => {});
  const rand = random(options.seed ?? Date.now());
  const dataDir = mkdtempSync(path.join(tmpdir(), 'hearth-drill-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    BASE_URL: baseUrl,
    HEARTH_DATA_DIR: dataDir,
    HEARTH_SECRET_KEY: randomBytes(32).toString('base64url'),
    HEARTH_RATE_LIMIT: 'off',
    HEARTH_DEV_OUTBOX: 'on',
    LOG_LEVEL: 'error',
  };
  delete env.DATABASE_URL;
  delete env.SMTP_URL;
  let pgUrl: string | undefined;
  let adminUrl: string | undefined;
  const dbName = `hearth_drill_${randomBytes(4).toString('hex')}`;
  if (options.db === 'postgres') {
    adminUrl = options.databaseUrl ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    await withPgClient(adminUrl, (c) => c.query(`create database ${dbName}`));
    const url = new URL(adminUrl);
    url.pathname = `/${dbName}`;
    pgUrl = url.toString();
    env.DATABASE_URL = pgUrl;
  }

  const server = new Server(baseUrl, env);
  const tally: Tally = { acknowledged: zero(), cutOff: 0, mailsLost: 0, failures: [] };
  const clients = Array.from({ length: options.clients ?? 4 }, (_, i) => new Client(`c${i + 1}`, server, path.join(dataDir, 'outbox'), rand, tally));
  let stopped = false;
  let load: Promise<void[]> | undefined;
  let kills = 0;
  let killsDuringStart = 0;
  let integrity = 'not checked';
  let found = zero();
  try {
    let typicalStartMs = 1000;
    for (; kills < options.kills; kills++) {
      server.start();
      // About one kill in six lands while the server is still starting (loading, opening, migrating).
      if (rand() < 1 / 6) {
        await sleep(rand() * typicalStartMs);
        if (server.running) {
          await server.kill();
          killsDuringStart++;
          continue;
        }
      }
      await server.ready();
      typicalStartMs = server.startedMs;
      load ??= Promise.all(clients.map((c) => c.run(() => stopped).catch((error: Error) => void tally.failures.push(`client ${c.name}: ${error.stack}`))));
      // The moment follows the load, not the clock, so that a busy machine still sees writes
      // between kills: after 1–60 answers, then a few milliseconds more to land inside requests.
      await untilAnswered(server, server.answers + 1 + Math.floor(rand() * 60), MAX_WINDOW_MS);
      await sleep(rand() * 20);
      await server.kill();
      if ((kills + 1) % 10 === 0) log(`${kills + 1} kills, ${total(tally.acknowledged)} writes answered so far`);
    }
    if (options.db === 'sqlite') {
      const file = path.join(dataDir, 'hearth.sqlite');
      // The crash left the WAL and SHM behind; they stay readable by Hearth's user only.
      for (const f of [file, `${file}-wal`, `${file}-shm`]) {
        const mode = existsSync(f) ? (statSync(f).mode & 0o777).toString(8) : 'absent';
        if (mode !== '600') tally.failures.push(`${path.basename(f)} is ${mode} after the last kill, not 600`);
      }
      integrity = sqliteIntegrity(file);
    }
    server.start();
    await server.ready();
    // A last stretch of writes on a server nobody kills, then everyone stops.
    await sleep(300);
    stopped = true;
    await load;

    const people = clients.flatMap((c) => c.people);
    found = await verify(people, tally.failures);
    log(`read back the writes of ${people.length} people`);
    await server.stop();
    if (options.db === 'sqlite') {
      const atEnd = sqliteIntegrity(path.join(dataDir, 'hearth.sqlite'));
      integrity = integrity === 'ok' && atEnd === 'ok' ? 'ok' : `after the last kill: ${integrity}; at the end: ${atEnd}`;
    } else {
      integrity = await postgresIntegrity(pgUrl!);
    }
  } catch (error) {
    tally.failures.push((error as Error).message);
  } finally {
    stopped = true;
    if (server.running) await server.kill();
    await Promise.race([load, timeout(5000)]).catch(() => {});
    if (adminUrl) await withPgClient(adminUrl, (c) => c.query(`drop database if exists ${dbName} with (force)`)).catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (integrity !== 'ok') tally.failures.push(`integrity: ${integrity}`);
  for (const kind of KINDS) {
    if (found[kind] !== tally.acknowledged[kind] && !tally.failures.some((f) => f.startsWith('missing'))) {
      tally.failures.push(`${kind}: ${tally.acknowledged[kind]} answered, ${found[kind]} found`);
    }
  }
  return {
    db: options.db,
    kills,
    killsDuringStart,
    acknowledged: total(tally.acknowledged),
    found: total(found),
    byKind: Object.fromEntries(KINDS.map((k) => [k, { acknowledged: tally.acknowledged[k], found: found[k] }])) as DrillResult['byKind'],
    cutOff: tally.cutOff,
    mailsLost: tally.mailsLost,
    integrity,
    seconds: Math.round((Date.now() - began) / 100) / 10,
    failures: tally.failures,
  };
}

function parseArgs(argv: string[]): DrillOptions {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const kills = Number(value('kills') ?? 30);
  const clients = Number(value('clients') ?? 4);
  const db = value('db') ?? (process.env.DATABASE_URL ? 'postgres' : 'sqlite');
  const seed = value('seed');
  if (!Number.isInteger(kills) || kills < 1 || !Number.isInteger(clients) || clients < 1 || (db !== 'sqlite' && db !== 'postgres')) {
    throw new Error('usage: npm run drill:crash -- [--kills N] [--db sqlite|postgres] [--clients N] [--seed N]');
  }
  return { kills, clients, db, seed: seed === undefined ? undefined : Number(seed), log: (line) => console.log(line) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = parseArgs(process.argv.slice(2));
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  console.log(`Crash drill on ${options.db}: ${options.kills} kills, ${options.clients ?? 4} clients, seed ${seed}`);
  const result = await runCrashDrill({ ...options, seed });
  console.log(
    [
      `kills: ${result.kills} (${result.killsDuringStart} while starting)`,
      `writes answered 2xx: ${result.acknowledged}`,
      `found afterwards: ${result.found}`,
      ...Object.entries(result.byKind).map(([kind, c]) => `  ${kind}: ${c.acknowledged} answered, ${c.found} found`),
      `cut off by a kill (either outcome is fine): ${result.cutOff}`,
      `sign-up mails lost: ${result.mailsLost}`,
      `integrity: ${result.integrity}`,
      `time: ${result.seconds} s`,
    ].join('\n'),
  );
  for (const failure of result.failures.slice(0, 30)) console.error(`FAILED: ${failure}`);
  process.exitCode = result.failures.length ? 1 : 0;
}
