import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/harness.ts';
import { baseUrlOf, closeListening } from '../test/live.ts';

/** A request with any Host header (fetch would not let us set it), as a rebinding page's would look. */
function get(base: string, path: string, host: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname: url.hostname, port: url.port, path: url.pathname, headers: { host, ...headers } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the Host header', () => {
  let t: TestApp;
  let base: string;
  let port: string;
  beforeAll(async () => {
    t = await startTestApp();
    base = await baseUrlOf(t);
    port = new URL(base).port;
  });
  afterAll(() => closeListening(t));

  it("must be BASE_URL's host: any other name is answered 421 before anything else (DNS rebinding)", async () => {
    const p = await t.person();
    await p.client.get('/api/me').expect(200);
    for (const host of ['rebind.attacker.example:3000', 'localhost:80', 'localhost', 'localhost:3000.evil.example', '']) {
      const res = await p.client.get('/api/me', { host }).expect(421);
      expect(res.json().error.code, host).toBe('misdirected');
      expect(res.json().error.message).toMatch(/address/i);
    }
    // Names are case-insensitive.
    await p.client.get('/api/me', { host: 'LocalHost:3000' }).expect(200);
  });

  it('may also be a loopback name with the listening port, while Hearth listens on loopback', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      expect((await get(base, '/healthz', host)).status, host).toBe(200);
    }
    for (const host of ['localhost:1', `rebind.attacker.example:${port}`, `127.0.0.2:${port}`, `0.0.0.0:${port}`]) {
      const res = await get(base, '/healthz', host);
      expect(res.status, host).toBe(421);
      expect(JSON.parse(res.body).error.code).toBe('misdirected');
    }
    expect((await get(base, '/healthz', 'localhost:3000')).status).toBe(200);
  });
});

describe('the Host header beyond loopback', () => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    // Configured to listen on every interface (the test still listens on 127.0.0.1).
    t = await startTestApp({ host: '0.0.0.0', baseUrl: 'https://hearth.example' });
    base = await baseUrlOf(t);
  });
  afterAll(() => closeListening(t));

  it("must be BASE_URL's host; loopback names no longer pass", async () => {
    const port = new URL(base).port;
    for (const host of ['hearth.example', 'HEARTH.EXAMPLE', 'hearth.example:443']) expect((await get(base, '/healthz', host)).status, host).toBe(200);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, 'hearth.example:8443', 'other.example']) expect((await get(base, '/healthz', host)).status, host).toBe(421);
  });
});

describe('the Host header behind a trusted proxy', () => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await startTestApp({ host: '0.0.0.0', baseUrl: 'https://hearth.example', trustProxy: true });
    base = await baseUrlOf(t);
  });
  afterAll(() => closeListening(t));

  it('is the one the proxy forwards (X-Forwarded-Host, else Host)', async () => {
    expect((await get(base, '/healthz', '10.0.0.5:3000', { 'x-forwarded-host': 'hearth.example' })).status).toBe(200);
    expect((await get(base, '/healthz', 'hearth.example')).status).toBe(200);
    expect((await get(base, '/healthz', '10.0.0.5:3000')).status).toBe(421);
    expect((await get(base, '/healthz', 'hearth.example', { 'x-forwarded-host': 'rebind.attacker.example' })).status).toBe(421);
  });
});
