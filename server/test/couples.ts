/** Couples for tests (not used by the app). */
import type { Person, TestApp } from './harness.ts';
export async function pairUp(a: Person, b: Person): Promise<void> {
  const { code } = (await a.client.post('/api/invites').expect(201)).json() as { code: string };
  await b.client.post('/api/invites/accept', { code }).expect(200);
}

export async function couple(t: TestApp): Promise<[Person, Person]> {
  const a = await t.person();
  const b = await t.person();
  await pairUp(a, b);
  return [a, b];
}
