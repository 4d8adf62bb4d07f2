import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/harness.ts';

const lines: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(String(chunk));
    done();
  },
});

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
});
