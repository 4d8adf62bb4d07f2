import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

type Operation = { operationId?: string; requestBody?: { content: { 'application/json': { schema: JsonSchema } } } };
type JsonSchema = { type?: string; properties?: Record<string, JsonSchema> };

async function operations() {
  const doc = (await t.client().get('/api/openapi.json').expect(200)).json() as { paths: Record<string, Record<string, Operation>> };
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  );
}

describe('the API description', () => {
  it('names every operation, including the contract of the foundation', async () => {
    const ops = await operations();
    expect(ops.filter(({ op }) => !op.operationId)).toEqual([]);
    const ids = ops.map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const name of ['signUp', 'signIn', 'signOut', 'getMe', 'createInvite', 'acceptInvite', 'revokeInvite', 'leaveCouple', 'listSessions', 'revokeSession']) {
      expect(ids).toContain(name);
    }
    const signUp = ops.find(({ op }) => op.operationId === 'signUp')!.op;
    expect(Object.keys(signUp.requestBody!.content['application/json'].schema.properties!).sort()).toEqual(['email', 'name', 'password']);
  });
});

/** Values that look like what a field wants, and values that are wildly wrong. */
const fieldValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.emailAddress(),
  fc.constantFrom('', ' ', 'correct horse battery staple', 'K7QM-4XRT-9BWD', 'a'.repeat(5000), '\u0000', '<script>'),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 2 }),
);

function bodyFor(schema: JsonSchema | undefined) {
  const keys = Object.keys(schema?.properties ?? {});
  const shaped = keys.length
    ? fc.record(Object.fromEntries(keys.map((k) => [k, fieldValue])), { requiredKeys: [] })
    : fc.constant({});
  return fc.oneof(shaped, fc.jsonValue({ maxDepth: 3 }), fc.string());
}

function asQuery(body: unknown): Record<string, string> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return {};
  return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v) ?? '']));
}

const pathParam = fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 80 }), fc.constantFrom('..', '%', '0', 'null'));

describe('no input makes the server fail', () => {
  it('answers every generated body, parameter and query on every route with less than 500', async () => {
    const ops = await operations();
    for (const { path, method, op } of ops) {
      const person = await t.person();
      const schema = op.requestBody?.content['application/json'].schema;
      await fc.assert(
        fc.asyncProperty(bodyFor(schema), pathParam, fc.boolean(), async (body, param, signedIn) => {
          const url = path.replace(/\{[^}]+\}/g, encodeURIComponent(param));
          const client = signedIn ? person.client : t.client();
          const res = await client.request({
            method: method as 'GET',
            url,
            ...(method === 'GET' ? { query: asQuery(body) } : { payload: JSON.stringify(body) }),
            headers: method === 'GET' ? {} : { 'content-type': 'application/json' },
          });
          expect(res.statusCode, `${method} ${url} ${JSON.stringify(body).slice(0, 200)} → ${res.body.slice(0, 200)}`).toBeLessThan(500);
          if (res.statusCode >= 400) expect(res.json().error.message).toBeTruthy();
        }),
        { numRuns: 40 },
      );
    }
  }, 240_000);
});
