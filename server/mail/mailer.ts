import { chmodSync, existsSync, readdirSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';
import { newId } from '../lib/crypto.ts';
import type { Later } from '../lib/later.ts';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface OutboxEntry extends MailMessage {
  id: string;
  date: string;
}

/**
 * Sends through SMTP_URL when it is set; otherwise writes each message to the outbox folder
 * (an .eml file and a .json twin for the development outbox page).
 * Messages leave after the response, so that no timing tells whether an address has an account.
 */
export class Mailer {
  private readonly transport: Transporter;

  constructor(
    private readonly options: { smtpUrl?: string; from: string; outboxDir: string },
    private readonly log: Pick<FastifyBaseLogger, 'error'>,
    private readonly later: Later,
  ) {
    this.transport = options.smtpUrl
      ? nodemailer.createTransport(options.smtpUrl)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    makeOutboxPrivate(options.outboxDir);
  }

  sendLater(message: MailMessage): void {
    this.later.run(() =>
      this.deliver(message).catch((error: unknown) => {
        this.log.error({ err: mailFailure(error) }, 'mail could not be sent');
      }),
    );
  }

  /** Sends now and fails loudly, for the job worker, which retries. */
  async deliver(message: MailMessage): Promise<void> {
    const info = await this.transport.sendMail({ from: this.options.from, ...message });
    if (this.options.smtpUrl) return;
    const entry: OutboxEntry = { id: `${Date.now()}-${newId()}`, date: new Date().toISOString(), ...message };
    await mkdir(this.options.outboxDir, { recursive: true, mode: 0o700 });
    const base = path.join(this.options.outboxDir, entry.id);
    await writeFile(`${base}.eml`, info.message as Buffer, { mode: 0o600 });
    await writeFile(`${base}.json`, JSON.stringify(entry), { mode: 0o600 });
  }
}

/**
 * What kind of failure it was, never its message: SMTP servers quote the recipient's address back
 * ("<robin@example.org>: no such mailbox"), and the address is personal.
 */
function mailFailure(error: unknown): { type?: string; code?: string; command?: string; responseCode?: number } {
  const e = error as { name?: string; code?: string; command?: string; responseCode?: number } | null;
  return { type: e?.name, code: e?.code, command: e?.command, responseCode: e?.responseCode };
}

/** Mail holds sign-in links and addresses: an outbox an older start left readable by all is closed. */
function makeOutboxPrivate(outboxDir: string): void {
  if (!existsSync(outboxDir)) return;
  chmodSync(outboxDir, 0o700);
  for (const name of readdirSync(outboxDir)) chmodSync(path.join(outboxDir, name), 0o600);
}

/** The newest messages in the local outbox, newest first (development only). */
export async function readOutbox(outboxDir: string, limit = 50): Promise<OutboxEntry[]> {
  const names = await readdir(outboxDir).catch(() => [] as string[]);
  const newest = names.filter((n) => n.endsWith('.json')).sort().reverse().slice(0, limit);
  return Promise.all(newest.map(async (n) => JSON.parse(await readFile(path.join(outboxDir, n), 'utf8')) as OutboxEntry));
}
