/** Practices and their staff for tests, made as the operator's command and an admin would. */
import { linkToken, type Person, type TestApp } from './harness.ts';

export interface TestPractice {
  practiceId: string;
  admin: Person & { staffId: string };
}

/** A practice made by `npm run practice -- create`, its admin signed up and joined. */
export async function practiceWithAdmin(t: TestApp, name = 'Riverside Counseling'): Promise<TestPractice> {
  const admin = await t.person('Avery Admin');
  const { practiceId, adminInviteUrl } = await t.ctx.practice.createPractice({ name, adminEmail: admin.email });
  const joined = (await admin.client.post('/api/staff-invites/accept', { token: linkToken(adminInviteUrl) }).expect(200)).json();
  return { practiceId, admin: { ...admin, staffId: joined.staffId } };
}

/** A counselor of the practice: invited by its admin, joined with the e-mailed link. */
export async function counselorOf(t: TestApp, practice: TestPractice, name = 'Dr. Lee'): Promise<Person & { staffId: string }> {
  const person = await t.person(name);
  await practice.admin.client.post('/api/practice/staff-invites', { email: person.email, role: 'counselor' }).expect(201);
  const mails = await t.outbox(person.email);
  const invite = mails.find((m) => m.subject.includes('invited to join'));
  if (!invite) throw new Error('no staff invitation e-mailed');
  const joined = (await person.client.post('/api/staff-invites/accept', { token: linkToken(invite.text) }).expect(200)).json();
  return { ...person, staffId: joined.staffId };
}
