import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { Cron } from 'croner';
import { z } from 'zod';

const envSchema = z.object({
  NODE_ENV: z.string().default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  HEARTH_DATA_DIR: z.string().default('data'),
  DATABASE_URL: z.string().optional(),
  BASE_URL: z.url().optional(),
  HEARTH_SECRET_KEY: z.string().optional(),
  HEARTH_SECRETS_FILE: z.string().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Hearth <hearth@localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  QUICK_EXIT_URL: z.url().default('https://www.bbc.com/weather'),
  HEARTH_DEV_OUTBOX: z.enum(['on', 'off']).optional(),
  HEARTH_RATE_LIMIT: z.enum(['on', 'off']).default('on'),
  TRUST_PROXY: z.string().optional(),
  HEARTH_INSTRUMENTS_DIR: z.string().optional(),
  HEARTH_JOBS: z.enum(['on', 'off']).default('on'),
  HEARTH_JOBS_SCHEDULE: z.string().min(1).default('*/30 * * * * *').refine(isCronPattern, 'expected a cron pattern such as */30 * * * * *'),
});

export type Config = {
  env: string;
  isProduction: boolean;
  port: number;
  host: string;
  dataDir: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema?: string };
  baseUrl: string;
  secureCookies: boolean;
  secretKey: Buffer;
  smtpUrl?: string;
  mailFrom: string;
  outboxDir: string;
  devOutbox: boolean;
  logLevel: string;
  quickExitUrl: string;
  rateLimit: boolean;
  /** Fastify's trustProxy: true, or the reverse proxy's addresses, so request.ip is the client's. */
  trustProxy: boolean | string;
  /** Sign-in throttling: free failures before delays start, and the longest delay. */
  throttle: { freeFailures: number; maxDelaySeconds: number };
  /** A counseling practice's extra instrument files (`*.json`), loaded next to the built-in ones. */
  instrumentsDir?: string;
  /** The job worker (reminders): whether this process runs it, and its croner pattern. Absent: not started (tests tick by hand). */
  jobs?: { enabled: boolean; schedule: string };
};

/**
 * Reads the environment once at start; a bad value stops the start with a message naming it.
 * `makeSecret: false` refuses to make a new secret key (a restore needs the old instance's).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: { makeSecret?: boolean } = {}): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Hearth cannot start, the environment is invalid: ${problems}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.HEARTH_DATA_DIR);
  // The folder holds the database, the secret key and mail: its owner alone may open it.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  const baseUrl = (e.BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  const isProduction = e.NODE_ENV === 'production';
  return {
    env: e.NODE_ENV,
    isProduction,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'sqlite', file: path.join(dataDir, 'hearth.sqlite') },
    baseUrl,
    secureCookies: baseUrl.startsWith('https:'),
    secretKey: resolveSecretKey(e.HEARTH_SECRET_KEY, e.HEARTH_SECRETS_FILE ?? path.join(dataDir, 'secret.key'), options.makeSecret ?? true),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    outboxDir: path.join(dataDir, 'outbox'),
    // Never beyond loopback: the outbox lists every reset link to whoever asks (docs/privacy.md).
    devOutbox: isLoopbackHost(e.HOST) && (e.HEARTH_DEV_OUTBOX ? e.HEARTH_DEV_OUTBOX === 'on' : !isProduction && !e.SMTP_URL),
    logLevel: e.LOG_LEVEL,
    quickExitUrl: e.QUICK_EXIT_URL,
    rateLimit: e.HEARTH_RATE_LIMIT === 'on',
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    throttle: { freeFailures: 5, maxDelaySeconds: 15 * 60 },
    instrumentsDir: e.HEARTH_INSTRUMENTS_DIR ? path.resolve(e.HEARTH_INSTRUMENTS_DIR) : undefined,
    jobs: { enabled: e.HEARTH_JOBS === 'on', schedule: e.HEARTH_JOBS_SCHEDULE },
  };
}

/** 127.0.0.0/8, ::1 or localhost: an address only this computer can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost') return true;
  if (net.isIPv4(h)) return h.split('.')[0] === '127';
  return net.isIPv6(h) && new URL(`http://[${h}]`).hostname === '[::1]';
}

/** Settings that start but are probably not what the operator meant; main.ts prints them on standard error. */
export function startupWarnings(config: Config): string[] {
  if (isLoopbackHost(config.host)) return [];
  const warnings: string[] = [];
  if (!config.smtpUrl) {
    warnings.push(
      `Hearth listens on ${config.host}, so other computers can reach it, but SMTP_URL is not set: ` +
        `sign-up links and password resets are only written to ${config.outboxDir}, and nobody receives them ` +
        `(the development outbox is off beyond this computer). Set SMTP_URL to send real e-mail, or HOST=127.0.0.1 to stay on this computer.`,
    );
  }
  if (isLoopbackHost(new URL(config.baseUrl).hostname)) {
    warnings.push(
      `Hearth listens on ${config.host}, but BASE_URL is ${config.baseUrl}: requests addressed to any other name are answered 421. ` +
        `Set BASE_URL to the address people open Hearth at, such as https://hearth.example.org.`,
    );
  }
  return warnings;
}

function isCronPattern(pattern: string): boolean {
  try {
    new Cron(pattern, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

function parseTrustProxy(value: string | undefined): boolean | string {
  if (!value || value === 'false') return false;
  return value === 'true' ? true : value;
}

/**
 * The one server secret (HMAC for tokens, AES for invite codes). Several app servers must share
 * it, so it comes from HEARTH_SECRET_KEY when set; otherwise it is made once and kept in a file
 * only the owner can read.
 */
function resolveSecretKey(fromEnv: string | undefined, file: string, make: boolean): Buffer {
  if (fromEnv) return decodeKey(fromEnv, 'HEARTH_SECRET_KEY');
  if (existsSync(file)) return decodeKey(readFileSync(file, 'utf8').trim(), file);
  if (!make) throw new Error(`There is no secret key: set HEARTH_SECRET_KEY, or copy the secret key file of the Hearth the backup came from to ${file}.`);
  mkdirSync(path.dirname(file), { recursive: true });
  const key = randomBytes(32).toString('base64url');
  writeFileSync(file, key + '\n', { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return Buffer.from(key, 'base64url');
}

function decodeKey(text: string, source: string): Buffer {
  const key = Buffer.from(text, 'base64url');
  if (key.length < 32) throw new Error(`${source}: the secret key must be at least 32 random bytes, base64url-encoded`);
  return key;
}
