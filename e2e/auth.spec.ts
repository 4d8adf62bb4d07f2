import { expect, test } from '@playwright/test';
import { heading, newPerson, outboxLink, signInViaUi, signUpViaApi } from './helpers.ts';

test('sign in, a wrong password, sign out', async ({ page, context, browser }) => {
  const person = newPerson('Jordan');
  const elsewhere = await browser.newContext();
  await signUpViaApi(elsewhere, person);
  await elsewhere.close();

  await page.goto('/sign-in');
  await expect(heading(page)).toHaveText('Welcome back');

  // The shared contract checks the form in the browser first.
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByText('Please enter your e-mail address.')).toBeVisible();
  await expect(page.getByLabel('E-mail address')).toBeFocused();

  // A wrong password: the server's sentence, and nothing typed is lost.
  await signInViaUi(page, { email: person.email, password: 'not-the-right-one' });
  await expect(page.getByRole('alert')).toContainText("That e-mail and password don't match.");
  await expect(page.getByLabel('E-mail address')).toHaveValue(person.email);
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('not-the-right-one');

  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(heading(page)).toHaveText('Hello, Jordan');

  // Signed in, the guest pages move on.
  await page.goto('/sign-in');
  await expect(heading(page)).toHaveText('Hello, Jordan');

  await page.getByRole('link', { name: 'Account', exact: true }).click();
  await expect(page.getByText(person.email)).toBeVisible();
  await page.getByRole('button', { name: 'Sign out', exact: true }).last().click();
  await expect(page).toHaveURL(/\/welcome$/);
  await expect(page.getByText('You are signed out. Take care.')).toBeVisible();
  const cookies = await context.cookies();
  expect(cookies.find((c) => c.name === 'hearth_session')).toBeUndefined();

  // Signed out, the signed-in pages ask to sign in and then come back.
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
  await signInViaUi(page, person);
  await expect(heading(page)).toHaveText('Your account');
});

test('forgot password: the e-mailed link sets a new one and signs in', async ({ page, browser }) => {
  const person = newPerson('Casey');
  const elsewhere = await browser.newContext();
  await signUpViaApi(elsewhere, person);
  await elsewhere.close();

  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(heading(page)).toHaveText('Choose a new password');
  await page.getByLabel('E-mail address').fill(person.email);
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(heading(page)).toHaveText('Check your inbox');
  // The same words whether or not the address has an account.
  await expect(page.getByText('If there is a Hearth account for this address')).toBeVisible();

  const link = await outboxLink(page.request, person.email, '/reset-password');
  await page.goto(link);
  await expect(heading(page)).toHaveText('Choose a new password');
  await page.getByLabel('New password').fill('short');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByText('Please use at least 8 characters.')).toBeVisible();

  const newPassword = `${person.password}-renewed`;
  await page.getByLabel('New password').fill(newPassword);
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(heading(page)).toHaveText('Hello, Casey');
  await expect(page.getByText('Your new password is saved. You are signed in.')).toBeVisible();

  // The link works once.
  await page.goto(link);
  await page.getByLabel('New password').fill(`${newPassword}-again`);
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByRole('alert')).toContainText('This link has expired or was already used.');
  await expect(page.getByRole('link', { name: 'Ask for a new link' })).toBeVisible();

  // The old password no longer works; the new one does.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/sign-in');
  await signInViaUi(other, person);
  await expect(other.getByRole('alert')).toContainText("don't match");
  await signInViaUi(other, { email: person.email, password: newPassword });
  await expect(heading(other)).toHaveText('Hello, Casey');
  await fresh.close();
});

test('signing up again with a known address says only "check your inbox"', async ({ page, browser }) => {
  const person = newPerson('Morgan');
  const elsewhere = await browser.newContext();
  await signUpViaApi(elsewhere, person);
  await elsewhere.close();
  await page.goto('/sign-up');
  await page.getByLabel('What should we call you?').fill('Someone else');
  await page.getByLabel('E-mail address').fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill('another-long-passphrase');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(heading(page)).toHaveText('Check your inbox');
  await expect(page.getByText('Open the link in it to finish.')).toBeVisible();

  // Going back keeps what was typed.
  await page.getByRole('button', { name: 'Use a different address' }).click();
  await expect(page.getByLabel('What should we call you?')).toHaveValue('Someone else');
});

test('after several tries, sign-in asks calmly to wait, with the time', async ({ page }) => {
  let answer: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  await page.route('**/api/auth/sign-in', async (route) => {
    await answered;
    await route.fulfill({
      status: 429,
      headers: { 'content-type': 'application/json', 'retry-after': '240' },
      body: JSON.stringify({ error: { code: 'throttled', message: 'There have been several tries to sign in.' } }),
    });
  });
  await page.goto('/sign-in');
  await signInViaUi(page, { email: 'someone@example.test', password: 'whatever-it-was' });

  // While it works: a calm busy state; the button keeps focus and ignores more clicks.
  const button = page.getByRole('button', { name: 'Signing you in…' });
  await expect(button).toHaveAttribute('aria-disabled', 'true');
  answer();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText("Let's pause for a moment");
  await expect(alert).toContainText('You can try again in about 4 minutes.');
  await expect(alert.getByRole('link', { name: 'Or choose a new password by e-mail.' })).toBeVisible();
});

test('sessions: two devices listed, ending one signs that device out', async ({ browser }) => {
  const person = newPerson('Quinn');
  const first = await browser.newContext();
  await signUpViaApi(first, person);

  const second = await browser.newContext({ userAgent: 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Firefox/128.0' });
  const phone = await second.newPage();
  await phone.goto('/sign-in');
  await signInViaUi(phone, person);
  await expect(heading(phone)).toHaveText('Hello, Quinn');

  const page = await first.newPage();
  await page.goto('/account');
  const sessions = page.getByRole('region', { name: "Where you're signed in" });
  const items = sessions.getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: 'This device' })).toHaveCount(1);
  await expect(items.filter({ hasText: 'Firefox · Android' })).toHaveCount(1);

  await items.filter({ hasText: 'Firefox · Android' }).getByRole('button', { name: /^Sign out Firefox · Android/ }).click();
  await expect(sessions.getByText('That device is signed out.')).toBeVisible();
  await expect(items).toHaveCount(1);
  await expect(sessions.getByText("You're signed in on this device only.")).toBeVisible();

  // The other device is signed out: the next page asks to sign in again.
  await phone.goto('/account');
  await expect(phone).toHaveURL(/\/sign-in\?next=%2Faccount$/);

  // And "sign out everywhere else".
  await signInViaUi(phone, person);
  await expect(heading(phone)).toHaveText('Your account');
  await page.reload();
  await expect(items).toHaveCount(2);
  await sessions.getByRole('button', { name: 'Sign out everywhere else' }).click();
  await expect(sessions.getByText('All your other devices are signed out.')).toBeVisible();
  await expect(items).toHaveCount(1);
  // Still open on the phone: its next request finds the session gone and asks to sign in.
  await phone.getByLabel('What should we call you?').fill('Q');
  await phone.getByRole('button', { name: 'Save name' }).click();
  await expect(phone).toHaveURL(/\/sign-in\?next=%2Faccount$/);
  await expect(phone.getByText("You're signed out on this device. Please sign in again to continue.")).toBeVisible();

  await first.close();
  await second.close();
});

test('account: change name and password, then delete', async ({ browser }) => {
  const person = newPerson('Avery');
  const context = await browser.newContext();
  await signUpViaApi(context, person);
  const page = await context.newPage();
  await page.goto('/account');

  await page.getByLabel('What should we call you?').fill('Ave');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Your name is saved.')).toBeVisible();

  await page.getByLabel('Current password').fill('wrong-password-here');
  await page.getByLabel('New password').fill(`${person.password}-2`);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText("That isn't your current password. Please try again.")).toBeVisible();
  await expect(page.getByLabel('New password')).toHaveValue(`${person.password}-2`);
  await page.getByLabel('Current password').fill(person.password);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your password is changed. Other devices were signed out.')).toBeVisible();
  await expect(page.getByLabel('New password')).toHaveValue('');

  await page.getByRole('button', { name: 'Delete account…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
  await expect(dialog.getByRole('button', { name: 'Keep my account' })).toBeFocused();
  await dialog.getByLabel('Password', { exact: true }).fill(person.password);
  await dialog.getByRole('button', { name: 'Delete my account' }).click();
  // The old password is refused, next to the field; what was typed stays.
  await expect(dialog.getByText("That isn't your current password. Please try again.")).toBeVisible();
  await expect(dialog.getByLabel('Password', { exact: true })).toHaveValue(person.password);
  await dialog.getByLabel('Password', { exact: true }).fill(`${person.password}-2`);
  await dialog.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page).toHaveURL(/\/welcome$/);
  await expect(page.getByText('Your account has been deleted.')).toBeVisible();

  await page.goto('/sign-in');
  await signInViaUi(page, { email: person.email, password: `${person.password}-2` });
  await expect(page.getByRole('alert')).toContainText("don't match");
  await context.close();
});

test('an e-mailed link works once; a broken one is explained', async ({ browser }) => {
  const person = newPerson('Emery');
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/sign-up');
  await page.getByLabel('What should we call you?').fill(person.name);
  await page.getByLabel('E-mail address').fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  const link = await outboxLink(page.request, person.email, '/confirm');
  await page.goto(link);
  await expect(heading(page)).toHaveText('Hello, Emery');

  await page.goto(link);
  await expect(heading(page)).toHaveText("This link didn't work");
  await expect(page.getByRole('alert')).toContainText('This link has expired or was already used.');

  await page.goto('/confirm#token=short');
  await expect(page.getByRole('alert')).toContainText('This link has expired or was already used.');
  await page.goto('/confirm');
  await expect(page.getByRole('alert')).toContainText('This link seems to be incomplete.');
  await context.close();
});

test('confirming signs in even while the first "who am I" request is still on its way', async ({ browser }) => {
  const person = newPerson('Rowan');
  const context = await browser.newContext();
  await context.request.post('/api/auth/sign-up', { data: person });
  const link = await outboxLink(context.request, person.email, '/confirm');
  const page = await context.newPage();
  // The page asks /api/me at once, before the confirmation has set the session cookie; hold
  // that first (signed-out) answer back until after the confirmation is done.
  let first = true;
  await page.route('**/api/me', async (route) => {
    if (!first) return route.continue();
    first = false;
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // The app may cancel that stale request itself (that is its fix); then there is nothing to fulfil.
    await route.fulfill({ response }).catch(() => undefined);
  });
  await page.goto(link);
  await expect(heading(page)).toHaveText('Hello, Rowan');
  await context.close();
});
