import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/harness.ts';
import { logCapture } from '../test/servers.ts';

const { lines, logStream: sink } = logCapture();

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ logLevel: 'trace' }, { logger: true, logStream: sink });
});
afterAll(() => t.close());

describe('logs', () => {
  it('hold no password, token, cookie, e-mail address or name a person typed', async () => {
    const p = await t.person('Canary Quill');
    const inv = (await p.client.post('/api/invites').expect(201)).json();
    await t.client().post('/api/auth/sign-in', { email: p.email, password: 'wrong-canary-password' }).expect(401);
    await p.client.patch('/api/me', { name: 'Secret Canary Name' }).expect(200);
    const log = lines.join('');
    expect(log).toContain('/api/auth/sign-in');
    for (const secret of [p.password, 'wrong-canary-password', p.email, 'Canary Quill', 'Secret Canary Name', inv.code, p.client.cookies.get('hearth_session')!]) {
      expect(log).not.toContain(secret);
    }
  });

  it('hold no secret calendar address, whether it works or not', async () => {
    const p = await t.person();
    await p.client.post('/api/rituals', { title: 'Walk', schedule: 'FREQ=DAILY', timeZone: 'UTC' }).expect(201);
    const { url } = (await p.client.post('/api/calendar/feed').expect(200)).json();
    const path = new URL(url).pathname;
    const token = path.replace('/api/calendar/', '').replace('.ics', '');
    const from = lines.length;
    await t.client().get(path).expect(200);
    await t.client().get(`${path}?refresh=1`).expect(200);
    await t.client().get('/api/calendar/a-guessed-secret-canary.ics').expect(404);
    const log = lines.slice(from).join('');
    expect(log).toContain('/api/calendar/');
    for (const secret of [token, 'a-guessed-secret-canary']) expect(log).not.toContain(secret);
  });

  it('hold no e-mail address when a message cannot be sent, only what kind of failure it was', async () => {
    // An SMTP server that refuses every recipient, quoting the address back as real ones do.
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(address, _session, callback) {
        callback(Object.assign(new Error(`<${address.address}>: no such mailbox here`), { responseCode: 550 }));
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as { port: number }).port;
    const { lines: mailLines, logStream: mailSink } = logCapture();
    const withSmtp = await startTestApp({ smtpUrl: `smtp://127.0.0.1:${port}`, logLevel: 'trace' }, { logger: true, logStream: mailSink });
    try {
      const email = 'canary.recipient@example.org';
      await withSmtp.client().post('/api/auth/sign-up', { email, password: 'a quiet walk by the river', name: 'Canary' }).expect(202);
      await withSmtp.ctx.later.flush();
      const log = mailLines.join('');
      expect(log).toContain('mail could not be sent');
      expect(log).toContain('EENVELOPE');
      expect(log).not.toContain('canary.recipient');
      expect(log).not.toContain('example.org');
    } finally {
      await withSmtp.close();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});
