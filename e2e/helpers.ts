import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';

export interface Person {
  name: string;
  email: string;
  password: string;
}

let counter = 0;

/** A new person with a unique address, so tests never share accounts. */
export function newPerson(name: string): Person {
  counter += 1;
  const tag = `${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 6)}`;
  return { name, email: `${name.toLowerCase()}-${tag}@example.test`, password: `quiet-harbour-lantern-${tag}` };
}

/**
 * The newest link in the development outbox for `email` whose path is `path` (`/confirm`,
 * `/reset-password`), polling until the mail has been written.
 */
export async function outboxLink(request: APIRequestContext, email: string, path: string, options: { after?: string } = {}): Promise<string> {
  const pattern = new RegExp(`https?://[^\\s]+${path.replace(/[/-]/g, '\\$&')}#[^\\s]+`);
  let found: string | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/dev/outbox?to=${encodeURIComponent(email)}`);
        const { messages } = (await response.json()) as { messages: { text: string; date: string }[] };
        const match = messages.filter((m) => !options.after || m.date > options.after).map((m) => m.text.match(pattern)?.[0]).find(Boolean);
        found = match;
        return Boolean(match);
      },
      { message: `an e-mail to ${email} with a ${path} link`, timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

/** Signs a person up through the API and confirms, so `context` holds their session cookie. */
export async function signUpViaApi(context: BrowserContext, person: Person): Promise<void> {
  const signUp = await context.request.post('/api/auth/sign-up', { data: person });
  expect(signUp.status()).toBe(202);
  const link = await outboxLink(context.request, person.email, '/confirm');
  const token = new URL(link).hash.replace('#token=', '');
  const confirm = await context.request.post('/api/auth/confirm', { data: { token } });
  expect(confirm.status()).toBe(200);
}

/** Fills the sign-up form and waits for the "check your inbox" answer. */
export async function signUpViaUi(page: Page, person: Person): Promise<void> {
  await page.getByLabel('What should we call you?').fill(person.name);
  await page.getByLabel('E-mail address').fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your inbox' })).toBeVisible();
}

export async function signInViaUi(page: Page, person: Pick<Person, 'email' | 'password'>): Promise<void> {
  await page.getByLabel('E-mail address').fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** The level-1 heading of the page: what a person sees first. */
export const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Pairs two signed-in people through the API: `a` invites, `b` accepts. */
export async function pairViaApi(a: BrowserContext, b: BrowserContext): Promise<void> {
  const invite = (await (await a.request.post('/api/invites', { data: {} })).json()) as { code: string };
  expect((await b.request.post('/api/invites/accept', { data: { code: invite.code } })).ok()).toBe(true);
}

/**
 * Answers the whole check-up through the API (for tests about what comes after it): every
 * statement gets `pick(index)` on its scale, then the draft is submitted.
 */
export async function completeCheckupViaApi(context: BrowserContext, pick: (index: number) => number = (i) => (i % 5) + 1): Promise<void> {
  const view = (await (await context.request.get('/api/checkup')).json()) as { instrument: { items: { id: string; scale: { min: number; max: number } }[] } };
  const answers = view.instrument.items.map((item, i) => ({ itemId: item.id, value: Math.min(item.scale.max, Math.max(item.scale.min, pick(i))) }));
  expect((await context.request.put('/api/checkup/answers', { data: { answers } })).ok()).toBe(true);
  expect((await context.request.post('/api/checkup/submit', { data: {} })).status()).toBe(201);
}

/** The person chooses to compare check-up results with their partner (`checkupCompare`). */
export async function chooseToCompareViaApi(context: BrowserContext): Promise<void> {
  const response = await context.request.post('/api/consents', { data: { scope: 'checkupCompare', audience: 'partner', granted: true } });
  expect(response.status()).toBe(200);
}

/** Two people signed up and paired through the API, each with a page: how most couple tests begin. */
export async function aCouple(browser: Browser, [nameA, nameB]: [string, string] = ['Alex', 'Sam']) {
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  await Promise.all([signUpViaApi(contextA, newPerson(nameA)), signUpViaApi(contextB, newPerson(nameB))]);
  await pairViaApi(contextA, contextB);
  return { contextA, contextB, a: await contextA.newPage(), b: await contextB.newPage() };
}
