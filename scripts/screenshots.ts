/**
 * Full-page screenshots of every page, signed out and signed in (alone, invitation open, paired,
 * after the partner left), at phone and desktop widths, with dark-mode variants of a few.
 *
 *   npx tsx scripts/screenshots.ts [BASE_URL]      (default http://127.0.0.1:3100)
 *
 * Starts nothing: it needs a running Hearth with the development outbox on (it signs people up
 * through the API and reads their confirmation links from the outbox). Pictures go to
 * e2e/.artifacts/screenshots/ (git-ignored).
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { base, launch, pair, person, signedIn, takeShots, type Shot, type StorageState } from './screenshot-kit.ts';

const outDir = path.resolve(import.meta.dirname, '../e2e/.artifacts/screenshots');



/** Answers the whole check-up through the API and submits it. */
async function completeCheckup(context: BrowserContext, pick: (index: number) => number): Promise<void> {
  const view = (await (await context.request.get(`${base}/api/checkup`)).json()) as { instrument: { items: { id: string }[] } };
  const answers = view.instrument.items.map((item, i) => ({ itemId: item.id, value: pick(i) }));
  const saved = await context.request.put(`${base}/api/checkup/answers`, { data: { answers } });
  if (!saved.ok()) throw new Error(`Saving answers failed: ${saved.status()}`);
  const submitted = await context.request.post(`${base}/api/checkup/submit`, { data: {} });
  if (submitted.status() !== 201) throw new Error(`Submitting failed: ${submitted.status()}`);
}

/** The sign-in page as while sign-in is slowed down, on a browser the account does not know yet. */
async function toCodeStep(page: Page): Promise<void> {
  await page.route('**/api/auth/sign-in', (route) =>
    route.fulfill({ status: 202, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ status: 'code_sent' }) }),
  );
  await page.getByLabel('E-mail address').fill('someone@example.test');
  await page.getByLabel('Password', { exact: true }).fill('their-password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'One more step' }).waitFor();
}

async function prepare(browser: Browser) {
  const alexLogin = person('Alex');
  const [alone, pending, alex, sam, jo, kim, riley, casey, quinn] = await Promise.all([
    signedIn(browser, 'Maya'),
    signedIn(browser, 'Noor'),
    signedIn(browser, 'Alex', alexLogin),
    signedIn(browser, 'Sam'),
    signedIn(browser, 'Jo'),
    signedIn(browser, 'Kim'),
    signedIn(browser, 'Riley'),
    signedIn(browser, 'Casey'),
    signedIn(browser, 'Quinn'),
  ]);
  await pending!.request.post(`${base}/api/invites`, { data: {} });
  await pair(alex!, sam!);
  await pair(jo!, kim!);
  await kim!.request.post(`${base}/api/couple/leave`, { data: {} });

  // Riley and Casey have each taken the check-up twice (a retake), and Casey shares answers.
  await pair(riley!, casey!);
  const patterns = [
    (i: number) => [4, 2, 3, 5, 1, 4, 3, 2][i % 8]!,
    (i: number) => [2, 4, 3, 1, 5, 3, 4, 2, 3][i % 9]!,
  ];
  for (const context of [riley!, casey!]) {
    await context.request.post(`${base}/api/consents`, { data: { scope: 'checkupCompare', audience: 'partner', granted: true } });
  }
  await completeCheckup(riley!, (i) => Math.max(1, patterns[0]!(i) - 1));
  await completeCheckup(casey!, (i) => Math.min(5, patterns[1]!(i) + 1));
  await completeCheckup(riley!, patterns[0]!);
  await completeCheckup(casey!, patterns[1]!);
  const caseyResults = (await (await casey!.request.get(`${base}/api/checkup/results`)).json()) as { results: { id: string }[] };
  await casey!.request.put(`${base}/api/checkup/results/${caseyResults.results[0]!.id}/sharing`, { data: { shared: true } });

  // A second device for Alex, so the account page lists two sessions.
  const phone = await browser.newContext({
    userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
  });
  await phone.request.post(`${base}/api/auth/sign-in`, { data: { email: alexLogin.email, password: alexLogin.password } });

  const states = {
    alone: await alone!.storageState(),
    pending: await pending!.storageState(),
    paired: await alex!.storageState(),
    partnerLeft: await jo!.storageState(),
    reported: await riley!.storageState(),
    safety: await quinn!.storageState(),
  };
  await Promise.all([alone, pending, alex, sam, jo, kim, riley, casey, quinn, phone].map((c) => c!.close()));
  return states;
}

async function main() {
  const browser = await launch();
  const states = await prepare(browser);

  const shots: Shot[] = [
    { name: 'welcome', path: '/welcome' },
    { name: 'welcome', path: '/welcome', dark: true },
    { name: 'sign-up', path: '/sign-up' },
    {
      name: 'sign-up-errors',
      path: '/sign-up',
      act: async (page) => {
        await page.getByLabel('E-mail address').fill('alex@');
        await page.getByLabel('Password', { exact: true }).fill('short');
        await page.getByRole('button', { name: 'Create account' }).click();
        await page.getByText('Please tell us what to call you.').waitFor();
      },
    },
    {
      name: 'check-inbox',
      path: '/sign-up',
      act: async (page) => {
        const who = person('Lee');
        await page.getByLabel('What should we call you?').fill(who.name);
        await page.getByLabel('E-mail address').fill(who.email);
        await page.getByLabel('Password', { exact: true }).fill(who.password);
        await page.getByRole('button', { name: 'Create account' }).click();
        await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
      },
    },
    { name: 'sign-in', path: '/sign-in' },
    {
      name: 'sign-in-wrong-password',
      path: '/sign-in',
      act: async (page) => {
        await page.getByLabel('E-mail address').fill('someone@example.test');
        await page.getByLabel('Password', { exact: true }).fill('not-the-password');
        await page.getByRole('button', { name: 'Sign in', exact: true }).click();
        await page.getByRole('alert').filter({ hasText: "don't match" }).waitFor();
      },
    },
    {
      name: 'sign-in-wrong-password',
      path: '/sign-in',
      dark: true,
      act: async (page) => {
        await page.getByRole('button', { name: 'Sign in', exact: true }).click();
        await page.getByText('Please enter your e-mail address.').waitFor();
      },
    },
    {
      name: 'sign-in-throttled',
      path: '/sign-in',
      act: async (page) => {
        await page.route('**/api/auth/sign-in', (route) =>
          route.fulfill({
            status: 429,
            headers: { 'content-type': 'application/json', 'retry-after': '180' },
            body: JSON.stringify({ error: { code: 'throttled', message: 'There have been several tries to sign in.' } }),
          }),
        );
        await page.getByLabel('E-mail address').fill('someone@example.test');
        await page.getByLabel('Password', { exact: true }).fill('a-guess');
        await page.getByRole('button', { name: 'Sign in', exact: true }).click();
        await page.getByText("Let's pause for a moment").waitFor();
      },
    },
    ...[false, true].map(
      (dark): Shot => ({
        name: 'sign-in-code-step',
        path: '/sign-in',
        dark,
        act: toCodeStep,
      }),
    ),
    {
      name: 'sign-in-code-wrong',
      path: '/sign-in',
      act: async (page) => {
        await toCodeStep(page);
        await page.getByLabel('Sign-in code').fill('k7qm 4xrt 9bwd');
        await page.getByRole('button', { name: 'Sign in with this code' }).click();
        await page.getByRole('alert').filter({ hasText: "This code doesn't work" }).waitFor();
      },
    },
    {
      name: 'sign-in-too-many-tries',
      path: '/sign-in',
      act: async (page) => {
        await page.route('**/api/auth/sign-in', (route) =>
          route.fulfill({
            status: 429,
            headers: { 'content-type': 'application/json', 'retry-after': '3400' },
            body: JSON.stringify({
              error: {
                code: 'too_many_tries',
                message:
                  "There have been many tries with this account's password in the last hour, so we've stopped checking it for now. You can still get in: choose a new password, and we'll e-mail you a link.",
              },
            }),
          }),
        );
        await page.getByLabel('E-mail address').fill('someone@example.test');
        await page.getByLabel('Password', { exact: true }).fill('a-guess');
        await page.getByRole('button', { name: 'Sign in', exact: true }).click();
        await page.getByRole('link', { name: 'Choose a new password' }).waitFor();
      },
    },
    {
      name: 'sign-in-code-link-used',
      path: '/sign-in-code#code=K7QM-4XRT-9BWD',
      act: (page) => page.getByRole('alert').filter({ hasText: "This code doesn't work" }).waitFor(),
    },
    ...[false, true].map(
      (dark): Shot => ({
        name: 'sign-up-name-characters',
        path: '/sign-up',
        dark,
        act: async (page) => {
          await page.getByLabel('What should we call you?').fill('Robin\u200B\u202Ehttps://example.test');
          await page.getByRole('button', { name: 'Create account' }).click();
          await page.getByText('typing your name in again usually helps').waitFor();
        },
      }),
    ),
    { name: 'forgot-password', path: '/forgot-password' },
    { name: 'reset-password', path: '/reset-password#token=abcdefghijklmnopqrstuvwxyz0123' },
    { name: 'reset-password-no-token', path: '/reset-password' },
    {
      name: 'confirm-failed',
      path: '/confirm#token=abcdefghijklmnopqrstuvwxyz0123',
      act: async (page) => page.getByRole('heading', { name: "This link didn't work" }).waitFor(),
    },
    { name: 'join-signed-out', path: '/join#code=K7QM-4XRT-9BWD' },
    { name: 'not-found', path: '/nothing-here' },
    { name: 'dev-outbox', path: '/dev/outbox' },

    { name: 'home-alone', path: '/', state: states.alone },
    { name: 'home-alone', path: '/', state: states.alone, dark: true },
    { name: 'invite-none', path: '/invite', state: states.alone },
    { name: 'join-signed-in', path: '/join#code=K7QM-4XRT-9BWD', state: states.alone },
    { name: 'home-invite-pending', path: '/', state: states.pending },
    { name: 'invite-pending', path: '/invite', state: states.pending },
    { name: 'invite-pending', path: '/invite', state: states.pending, dark: true },
    { name: 'home-paired', path: '/', state: states.paired },
    { name: 'home-paired', path: '/', state: states.paired, dark: true },
    { name: 'account', path: '/account', state: states.paired },
    { name: 'account', path: '/account', state: states.paired, dark: true },
    {
      name: 'account-leave-dialog',
      path: '/account',
      state: states.paired,
      act: async (page) => {
        await page.getByRole('button', { name: 'Leave couple…' }).click();
        await page.getByRole('dialog').waitFor();
      },
    },
    {
      name: 'account-leave-dialog',
      path: '/account',
      state: states.paired,
      dark: true,
      act: async (page) => {
        await page.getByRole('button', { name: 'Leave couple…' }).click();
        await page.getByRole('dialog').waitFor();
      },
    },
    {
      name: 'account-name-characters',
      path: '/account',
      state: states.paired,
      act: async (page) => {
        await page.getByLabel('What should we call you?').fill('Alex\u2066 \u200B');
        await page.getByRole('button', { name: 'Save name' }).click();
        await page.getByText('typing your name in again usually helps').waitFor();
      },
    },
    {
      name: 'account-password-throttled',
      path: '/account',
      state: states.paired,
      act: async (page) => {
        await page.route('**/api/me/password', (route) =>
          route.fulfill({
            status: 429,
            headers: { 'content-type': 'application/json', 'retry-after': '8' },
            body: JSON.stringify({ error: { code: 'throttled', message: 'There have been several tries with a wrong password.' } }),
          }),
        );
        await page.getByLabel('Current password').fill('a-guess');
        await page.getByLabel('New password').fill('a brand new sentence here');
        await page.getByRole('button', { name: 'Change password' }).click();
        await page.getByText("Let's pause for a moment").waitFor();
      },
    },
    {
      name: 'account-delete-dialog',
      path: '/account',
      state: states.paired,
      act: async (page) => {
        await page.getByRole('button', { name: 'Delete account…' }).click();
        await page.getByRole('dialog').getByRole('button', { name: 'Delete my account' }).click();
        await page.getByRole('dialog').getByText('Please enter your password.', { exact: true }).waitFor();
      },
    },
    { name: 'home-partner-left', path: '/', state: states.partnerLeft },
    { name: 'home-partner-left', path: '/', state: states.partnerLeft, dark: true },

    // The check-up, results, couple report, safety screen and help lines.
    { name: 'help', path: '/help' },
    { name: 'safety-safe-now', path: '/checkup/safety', state: states.safety },
    {
      name: 'safety-questions',
      path: '/checkup/safety',
      state: states.safety,
      act: async (page) => {
        await page.getByRole('button', { name: "I'm on my own and ready" }).click();
        await page.locator('form fieldset').first().getByRole('radio', { name: 'Once or rarely' }).check();
      },
    },
    {
      name: 'safety-thanks',
      path: '/checkup/safety',
      state: states.safety,
      act: async (page) => {
        await page.getByRole('button', { name: "I'm on my own and ready" }).click();
        await page.getByRole('button', { name: 'Save my answers' }).click();
        await page.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
      },
    },
    {
      name: 'safety-at-risk',
      path: '/checkup/safety',
      state: states.safety,
      act: async (page) => {
        await page.getByRole('button', { name: "I'm on my own and ready" }).click();
        await page.locator('form fieldset').first().getByRole('radio', { name: 'Often' }).check();
        await page.getByRole('button', { name: 'Save my answers' }).click();
        await page.getByRole('heading', { level: 1, name: 'You deserve to be safe' }).waitFor();
      },
    },
    { name: 'checkup-intro', path: '/checkup', state: states.paired },
    {
      name: 'checkup-part',
      path: '/checkup',
      state: states.paired,
      act: async (page) => {
        await page.getByRole('button', { name: /Start the check-up|Continue/ }).click();
        const groups = page.locator('.scale-stack fieldset');
        await groups.nth(0).getByRole('radio', { name: 'Mostly agree' }).check();
        await groups.nth(1).getByRole('radio', { name: 'Somewhere in between' }).check();
        // A second run finds these answers already saved: nothing new to save.
        await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor({ timeout: 3000 }).catch(() => undefined);
      },
    },
    {
      name: 'checkup-part',
      path: '/checkup',
      state: states.paired,
      dark: true,
      act: async (page) => {
        await page.getByRole('button', { name: /Start the check-up|Continue/ }).click();
        await page.locator('.scale-stack fieldset').first().waitFor();
      },
    },
    {
      name: 'checkup-missing',
      path: '/checkup',
      state: states.paired,
      act: async (page) => {
        await page.getByRole('button', { name: /Start the check-up|Continue/ }).click();
        while (await page.getByRole('button', { name: 'Next part' }).count()) await page.getByRole('button', { name: 'Next part' }).click();
        await page.getByRole('button', { name: 'See my result' }).click();
        await page.getByText(/still need an answer/).first().waitFor();
      },
    },
    { name: 'couple-report-empty', path: '/checkup/couple', state: states.paired },
    { name: 'home-reported', path: '/', state: states.reported },
    { name: 'my-result', path: '/checkup/result', state: states.reported, act: (page) => page.locator('.chart--trend .chart-plot canvas').first().waitFor() },
    { name: 'my-result', path: '/checkup/result', state: states.reported, dark: true, act: (page) => page.locator('.chart--trend .chart-plot canvas').first().waitFor() },
    { name: 'couple-report', path: '/checkup/couple', state: states.reported, act: (page) => page.locator('.chart--trend .chart-plot canvas').first().waitFor() },
    { name: 'couple-report', path: '/checkup/couple', state: states.reported, dark: true, act: (page) => page.locator('.chart--trend .chart-plot canvas').first().waitFor() },
  ];

  await takeShots(browser, shots, outDir);
  await browser.close();
}

await main();
