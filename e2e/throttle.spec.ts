import { expect, test, type APIRequestContext } from '@playwright/test';
import { heading, newPerson, outboxLink, signInViaUi, signUpViaApi, type Person } from './helpers.ts';

/**
 * Runs in its own project after all the others (see playwright.config.ts): it makes many failed
 * sign-ins from 127.0.0.1, which would slow down every other test's sign-in.
 */

/**
 * Wrong passwords for `person`, as a patient partner at home would try them (the same address,
 * 127.0.0.1), waiting out any delay they are told of. Ten of them slow the account for 16 s or more.
 */
async function guess(request: APIRequestContext, person: Person, times = 10) {
  for (let i = 0; i < times; i++) {
    const response = await request.post('/api/auth/sign-in', { data: { email: person.email, password: `guess-${i}` } });
    if (response.status() === 429) {
      await new Promise((r) => setTimeout(r, Number(response.headers()['retry-after']) * 1000));
      i--;
    }
  }
}

/** The code in the newest sign-in code e-mail to `email` (after `after`). */
async function signInCode(request: APIRequestContext, email: string, after: string): Promise<string> {
  const link = await outboxLink(request, email, '/sign-in-code', { after });
  return new URL(link).hash.replace('#code=', '');
}

test("a partner signing in on the owner's browser does not make it unknown to the owner's account", async ({ browser }) => {
  const owner = newPerson('Owner');
  const partner = newPerson('Partner');
  const shared = await browser.newContext();
  const partnersOwn = await browser.newContext();
  await signUpViaApi(shared, owner);
  await signUpViaApi(partnersOwn, partner);
  await shared.request.post('/api/auth/sign-out');

  // The partner signs in on the shared browser with their own account, then leaves it.
  expect((await shared.request.post('/api/auth/sign-in', { data: { email: partner.email, password: partner.password } })).status()).toBe(200);
  await shared.request.post('/api/auth/sign-out');
  // …and guesses the owner's password from their own browser, on the same home network.
  await guess(partnersOwn.request, owner);

  // The owner, on the shared browser, with the right password, gets in directly.
  const page = await shared.newPage();
  await page.goto('/sign-in');
  await signInViaUi(page, owner);
  await expect(heading(page)).toHaveText('Hello, Owner');
  await shared.close();
  await partnersOwn.close();
});

test('after a partner guessed from the same network, the owner on a new browser gets in with the e-mailed code', async ({ browser }) => {
  const owner = newPerson('Owner');
  const own = await browser.newContext();
  await signUpViaApi(own, owner);
  const partners = await browser.newContext();
  await guess(partners.request, owner);

  // A new browser: the right password brings a calm page and a field for the code.
  const fresh = await browser.newContext();
  const page = await fresh.newPage();
  const before = new Date().toISOString();
  await page.goto('/sign-in');
  await signInViaUi(page, owner);
  await expect(heading(page)).toHaveText('One more step');
  await expect(page.getByText("If that was your password, we've just e-mailed you a code")).toBeVisible();
  const code = await signInCode(page.request, owner.email, before);
  await page.getByLabel('Sign-in code').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Sign in with this code' }).click();
  await expect(heading(page)).toHaveText('Hello, Owner');

  // On yet another browser, the e-mailed link signs in at once and leaves no code in the address bar.
  const phone = await browser.newContext();
  const onPhone = await phone.newPage();
  const later = new Date().toISOString();
  expect((await phone.request.post('/api/auth/sign-in', { data: { email: owner.email, password: owner.password } })).status()).toBe(202);
  await onPhone.goto(await outboxLink(phone.request, owner.email, '/sign-in-code', { after: later }));
  await expect(heading(onPhone)).toHaveText('Hello, Owner');
  expect(onPhone.url()).not.toContain('code=');
  for (const c of [own, partners, fresh, phone]) await c.close();
});

test('sign-in throttling never locks a person out of their own known device', async ({ browser }) => {
  // The owner signs in once on their own browser, which remembers the device.
  const owner = newPerson('Owner');
  const own = await browser.newContext();
  await signUpViaApi(own, owner);
  expect((await own.request.post('/api/auth/sign-in', { data: { email: owner.email, password: owner.password } })).status()).toBe(200);

  // Someone on the same network (a shared household address) makes failed sign-ins; spread over
  // made-up addresses, no per-account limit slows them, and the whole address gets locked.
  const other = await browser.newContext();
  for (let i = 0; i < 24; i++) {
    await other.request.post('/api/auth/sign-in', { data: { email: `made-up-${i}-${owner.email}`, password: 'guess-not-it' } });
  }

  // The owner, on their own device, with the right password, must get in.
  const response = await own.request.post('/api/auth/sign-in', { data: { email: owner.email, password: owner.password } });
  expect(response.status(), `Retry-After: ${response.headers()['retry-after']}`).toBe(200);
  await own.close();
  await other.close();
});
