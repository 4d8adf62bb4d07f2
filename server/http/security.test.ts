import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('cross-site requests', () => {
  it('refuses a state-changing request a browser marks cross-site', async () => {
    const p = await t.person();
    const bySite = await p.client.post('/api/invites', {}, { 'sec-fetch-site': 'cross-site' }).expect(403);
    expect(bySite.json().error.code).toBe('cross_site');
    await p.client.post('/api/invites', {}, { 'sec-fetch-site': 'same-site' }).expect(403);
    expect((await p.client.get('/api/me').expect(200)).json().invite).toBeNull();
  });

  it('refuses a foreign Origin when the browser sends no Sec-Fetch-Site', async () => {
    const p = await t.person();
    const forged = p.client.request({
      method: 'POST',
      url: '/api/couple/leave',
      headers: { 'sec-fetch-site': '', origin: 'https://evil.example' },
    });
    await forged.expect(403);
    const own = p.client.request({ method: 'POST', url: '/api/invites', headers: { 'sec-fetch-site': '', origin: 'http://localhost:3000' } });
    await own.expect(201);
  });

  it('lets reads through from anywhere (they change nothing)', async () => {
    const p = await t.person();
    await p.client.get('/api/me', { 'sec-fetch-site': 'cross-site' }).expect(200);
  });
});

describe('response headers', () => {
  it('sends a strict CSP, nosniff, no referrer, no framing, and no-store on the API', async () => {
    const p = await t.person();
    const res = await p.client.get('/api/me').expect(200);
    const csp = String(res.headers['content-security-policy']);
    const scriptSrc = /script-src ([^;]*)/.exec(csp)![1]!;
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers unknown API paths, bad JSON and other media types with a 4xx JSON error', async () => {
    const p = await t.person();
    const missing = await p.client.get('/api/nothing-here').expect(404);
    expect(missing.json().error.code).toBe('not_found');
    const badJson = await p.client.request({ method: 'POST', url: '/api/invites/accept', payload: '{"code":', headers: { 'content-type': 'application/json' } });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json().error.message).toBeTruthy();
    const text = await p.client.request({ method: 'POST', url: '/api/invites/accept', payload: 'code=1', headers: { 'content-type': 'text/plain' } });
    expect(text.statusCode).toBe(415);
    const huge = await p.client.post('/api/invites/accept', { code: 'x'.repeat(300_000) });
    expect(huge.statusCode).toBe(413);
  });

  it('reports health and the database in use', async () => {
    const res = await t.client().get('/healthz').expect(200);
    expect(res.json()).toEqual({ status: 'ok', db: t.ctx.database.dialect });
  });
});

describe('characters no database can store', () => {
  it('answers a NUL character in a body, a query or a path with 400, on either database', async () => {
    const p = await t.person();
    const inBody = await p.client.patch('/api/me', { name: 'a\u0000b' }).expect(400);
    expect(inBody.json().error.code).toBe('invalid_input');
    await p.client.delete('/api/sessions/%00').expect(400);
    await p.client.get('/api/dev/outbox?to=%00').expect(400);
    expect((await p.client.get('/api/me').expect(200)).json().account.name).toBe(p.name);
  });
});
