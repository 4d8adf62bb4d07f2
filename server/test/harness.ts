import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type pg from 'pg';
import { buildApp, type AppOptions } from '../app.ts';
import type { Config } from '../config/index.ts';
import { createContext, type AppContext } from '../context.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { withPgClient } from '../db/pg-client.ts';
import { readOutbox } from '../mail/mailer.ts';

/** The suite runs on SQLite by default and on PostgreSQL when HEARTH_TEST_DB=postgres. */
export const testDb = process.env.HEARTH_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
const PG_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A clock tests can move forward. */
export class TestClock {
  private offsetMs = 0;
  now = (): Date => new Date(Date.now() + this.offsetMs);
  advance(seconds: number): void {
    this.offsetMs += seconds * 1000;
  }
}

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  clock: TestClock;
  config: Config;
  client(): Client;
  /** A confirmed, signed-in person. */
  person(name?: string): Promise<Person>;
  outbox(to: string): Promise<{ subject: string; text: string }[]>;
  close(): Promise<void>;
}

export interface Person {
  id: string;
  name: string;
  email: string;
  password: string;
  client: Client;
}

export async function startTestApp(overrides: Partial<Config> = {}, options: AppOptions = {}): Promise<TestApp> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hearth-test-'));
  const schema = `t_${randomBytes(6).toString('hex')}`;
  if (testDb === 'postgres') await withPg((c) => c.query(`create schema ${schema}`));
  const config: Config = {
    env: 'test',
    isProduction: false,
    port: 0,
    host: '127.0.0.1',
    dataDir: dir,
    database: testDb === 'postgres' ? { kind: 'postgres', url: PG_URL, schema } : { kind: 'sqlite', file: path.join(dir, 'test.sqlite') },
    baseUrl: 'http://localhost:3000',
    secureCookies: false,
    secretKey: randomBytes(32),
    mailFrom: 'Hearth <hearth@localhost>',
    outboxDir: path.join(dir, 'outbox'),
    devOutbox: true,
    logLevel: 'silent',
    quickExitUrl: 'https://example.org/',
    rateLimit: false,
    trustProxy: false,
    throttle: { freeFailures: 5, maxDelaySeconds: 900 },
    ...overrides,
  };
  const clock = new TestClock();
  // What the services log outside a request (mail, jobs, live updates) joins the app's log stream.
  const stream = options.logStream;
  const log = { error: (obj: unknown, msg?: string) => void stream?.write(JSON.stringify({ level: 50, ...(obj as object), msg }) + '\n') };
  const ctx = await createContext(config, log, { clock: clock.now });
  const app = await buildApp(ctx, { logger: false, webDist: path.join(dir, 'no-web'), ...options });
  await app.ready();
  let people = 0;

  const outbox = async (to: string) => {
    await ctx.later.flush();
    return (await readOutbox(config.outboxDir, 1000)).filter((m) => m.to === to.toLowerCase());
  };

  const testApp: TestApp = {
    app,
    ctx,
    clock,
    config,
    client: () => new Client(app, config.baseUrl),
    outbox,
    async person(name = `Person ${++people}`) {
      const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${randomBytes(4).toString('hex')}@example.org`;
      const password = `a long and quiet evening ${randomBytes(3).toString('hex')}`;
      const client = new Client(app, config.baseUrl);
      await client.post('/api/auth/sign-up', { email, password, name }).expect(202);
      const [mail] = await outbox(email);
      await client.post('/api/auth/confirm', { token: linkToken(mail!.text) }).expect(200);
      const me = await client.get('/api/me').expect(200);
      return { id: me.json().account.id, name, email, password, client };
    },
    async close() {
      await app.close();
      await ctx.close();
      if (testDb === 'postgres') await withPg((c) => c.query(`drop schema ${schema} cascade`));
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return testApp;
}

/** An empty database of the suite's kind, not migrated (for tests of migrations). */
export async function openTestDatabase(): Promise<{ database: Database; close(): Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hearth-test-'));
  const schema = `t_${randomBytes(6).toString('hex')}`;
  if (testDb === 'postgres') await withPg((c) => c.query(`create schema ${schema}`));
  const database = openDatabase(testDb === 'postgres' ? { kind: 'postgres', url: PG_URL, schema } : { kind: 'sqlite', file: path.join(dir, 'test.sqlite') });
  return {
    database,
    async close() {
      await database.close();
      if (testDb === 'postgres') await withPg((c) => c.query(`drop schema ${schema} cascade`));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const withPg = <T>(fn: (c: pg.Client) => Promise<T>): Promise<T> => withPgClient(PG_URL, fn);

/** The token of the first Hearth link in an e-mail (links carry it after '#token=' or '#code='). */
export function linkToken(text: string): string {
  const match = /#(?:token|code)=([\w-]+)/.exec(text);
  if (!match) throw new Error('no link in the e-mail');
  return match[1]!;
}

class Pending implements PromiseLike<LightMyRequestResponse> {
  constructor(private readonly response: Promise<LightMyRequestResponse>) {}
  then<A = LightMyRequestResponse, B = never>(ok?: ((r: LightMyRequestResponse) => A | PromiseLike<A>) | null, fail?: ((e: unknown) => B | PromiseLike<B>) | null) {
    return this.response.then(ok, fail);
  }
  /** Resolves with the response when its status is the expected one, with its body in the error otherwise. */
  async expect(status: number): Promise<LightMyRequestResponse> {
    const response = await this.response;
    if (response.statusCode !== status) {
      throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body.slice(0, 500)}`);
    }
    return response;
  }
}

/** An HTTP client with a cookie jar, like one browser. Requests look same-origin, addressed to BASE_URL's host. */
export class Client {
  readonly cookies = new Map<string, string>();
  private readonly host: string;
  constructor(
    private readonly app: FastifyInstance,
    baseUrl: string,
  ) {
    this.host = new URL(baseUrl).host;
  }

  request(options: InjectOptions): Pending {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const merged: Record<string, string> = {
      host: this.host,
      'sec-fetch-site': 'same-origin',
      ...(cookie ? { cookie } : {}),
      ...(options.headers as Record<string, string>),
    };
    // An empty value leaves the header out, as a browser that does not send it.
    const headers = Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== ''));
    return new Pending(
      this.app.inject({ ...options, headers }).then((response) => {
        for (const c of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
          const expired = c.maxAge === 0 || (c.expires && c.expires.getTime() <= Date.now()) || c.value === '';
          if (expired) this.cookies.delete(c.name);
          else this.cookies.set(c.name, c.value);
        }
        return response;
      }),
    );
  }

  get(url: string, headers?: Record<string, string>) {
    return this.request({ method: 'GET', url, headers });
  }
  post(url: string, payload: unknown = {}, headers?: Record<string, string>) {
    return this.request({ method: 'POST', url, payload: payload as InjectOptions['payload'], headers });
  }
  put(url: string, payload: unknown = {}) {
    return this.request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] });
  }
  patch(url: string, payload: unknown = {}) {
    return this.request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] });
  }
  delete(url: string) {
    return this.request({ method: 'DELETE', url });
  }
}
