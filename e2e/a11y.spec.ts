import { expect, type Browser, type BrowserContext } from '@playwright/test';
import { axeScreens, type Screen, type StorageState } from './axe.ts';
import { chooseToCompareViaApi, completeCheckupViaApi, newPerson, signUpViaApi } from './helpers.ts';

type State = 'guest' | 'alone' | 'pending' | 'paired' | 'partnerLeft' | 'reported';

const SCREENS: Screen<State>[] = [
  { name: 'welcome', state: 'guest', path: '/welcome' },
  { name: 'sign-up', state: 'guest', path: '/sign-up' },
  {
    name: 'sign-up with errors',
    state: 'guest',
    path: '/sign-up',
    act: async (page) => {
      await page.getByRole('button', { name: 'Create account' }).click();
      await expect(page.getByText('Please tell us what to call you.')).toBeVisible();
    },
  },
  {
    name: 'check your inbox',
    state: 'guest',
    path: '/sign-up',
    act: async (page) => {
      const person = newPerson('Axe');
      await page.getByLabel('What should we call you?').fill(person.name);
      await page.getByLabel('E-mail address').fill(person.email);
      await page.getByLabel('Password', { exact: true }).fill(person.password);
      await page.getByRole('button', { name: 'Create account' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Check your inbox' })).toBeVisible();
    },
  },
  { name: 'sign-in', state: 'guest', path: '/sign-in' },
  {
    name: 'sign-in with a wrong password',
    state: 'guest',
    path: '/sign-in',
    act: async (page) => {
      await page.getByLabel('E-mail address').fill('nobody@example.test');
      await page.getByLabel('Password', { exact: true }).fill('not-a-password');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expect(page.getByRole('alert')).toContainText("don't match");
    },
  },
  {
    name: 'sign-up with hidden characters in the name',
    state: 'guest',
    path: '/sign-up',
    act: async (page) => {
      await page.getByLabel('What should we call you?').fill('Robin\u200B\u202E');
      await page.getByRole('button', { name: 'Create account' }).click();
      await expect(page.getByText('typing your name in again usually helps')).toBeVisible();
    },
  },
  {
    name: 'sign-in: the e-mailed code step',
    state: 'guest',
    path: '/sign-in',
    act: async (page) => {
      // As while sign-in is slowed down, on a browser the account does not know.
      await page.route('**/api/auth/sign-in', (route) =>
        route.fulfill({ status: 202, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ status: 'code_sent' }) }),
      );
      await page.getByLabel('E-mail address').fill('nobody@example.test');
      await page.getByLabel('Password', { exact: true }).fill('their-password');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByLabel('Sign-in code').fill('K7QM-4XRT-9BWD');
      await page.getByRole('button', { name: 'Sign in with this code' }).click();
      await expect(page.getByRole('alert')).toContainText("This code doesn't work");
    },
  },
  {
    name: 'sign-in code link that no longer works',
    state: 'guest',
    path: '/sign-in-code#code=K7QM-4XRT-9BWD',
    act: async (page) => {
      await expect(page.getByRole('alert').first()).toContainText("This code doesn't work");
    },
  },
  { name: 'forgot password', state: 'guest', path: '/forgot-password' },
  { name: 'reset password', state: 'guest', path: '/reset-password#token=abcdefghijklmnopqrstuvwxyz' },
  { name: 'reset password without token', state: 'guest', path: '/reset-password' },
  {
    name: 'confirm with a used link',
    state: 'guest',
    path: '/confirm#token=abcdefghijklmnopqrstuvwxyz',
    act: async (page) => {
      await expect(page.getByRole('heading', { level: 1, name: "This link didn't work" })).toBeVisible();
    },
  },
  { name: 'join signed out', state: 'guest', path: '/join#code=K7QM-4XRT-9BWD' },
  { name: 'not found', state: 'guest', path: '/no-such-page' },
  { name: 'dev outbox', state: 'guest', path: '/dev/outbox' },
  { name: 'home alone', state: 'alone', path: '/' },
  { name: 'invite (none yet)', state: 'alone', path: '/invite' },
  { name: 'join signed in', state: 'alone', path: '/join#code=K7QM-4XRT-9BWD' },
  { name: 'home with invitation', state: 'pending', path: '/' },
  { name: 'invite (open)', state: 'pending', path: '/invite' },
  { name: 'home paired', state: 'paired', path: '/' },
  { name: 'account paired', state: 'paired', path: '/account' },
  {
    name: 'leave dialog',
    state: 'paired',
    path: '/account',
    act: async (page) => {
      await page.getByRole('button', { name: 'Leave couple…' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'delete dialog with an error',
    state: 'paired',
    path: '/account',
    act: async (page) => {
      await page.getByRole('button', { name: 'Delete account…' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Delete my account' }).click();
      await expect(page.getByRole('dialog').getByText('Please enter your password.', { exact: true })).toBeVisible();
    },
  },
  { name: 'home after partner left', state: 'partnerLeft', path: '/' },
  { name: 'help lines', state: 'guest', path: '/help' },
  { name: 'safety: is it safe now?', state: 'alone', path: '/checkup/safety' },
  {
    name: 'safety: questions',
    state: 'alone',
    path: '/checkup/safety',
    act: async (page) => {
      await page.getByRole('button', { name: "I'm on my own and ready" }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Your safety' })).toBeVisible();
      await page.locator('form fieldset').first().getByRole('radio', { name: 'Sometimes' }).check();
    },
  },
  {
    name: 'safety: help shown',
    state: 'alone',
    path: '/checkup/safety',
    act: async (page) => {
      await page.getByRole('button', { name: "I'm on my own and ready" }).click();
      await page.locator('form fieldset').first().getByRole('radio', { name: 'Often' }).check();
      await page.getByRole('button', { name: 'Save my answers' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'You deserve to be safe' })).toBeVisible();
    },
  },
  { name: 'check-up intro', state: 'paired', path: '/checkup' },
  {
    name: 'check-up part',
    state: 'paired',
    path: '/checkup',
    act: async (page) => {
      await page.getByRole('button', { name: /Start the check-up|Continue/ }).click();
      // An answer not chosen before (the other width's run saved one already).
      await page.locator('.scale-stack fieldset').first().getByRole('radio', { checked: false }).first().check();
      await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    },
  },
  {
    name: 'check-up with statements left open',
    state: 'paired',
    path: '/checkup',
    act: async (page) => {
      await page.getByRole('button', { name: /Start the check-up|Continue/ }).click();
      while (await page.getByRole('button', { name: 'Next part' }).count()) await page.getByRole('button', { name: 'Next part' }).click();
      await page.getByRole('button', { name: 'See my result' }).click();
      await expect(page.getByText(/statements still need an answer/)).toBeVisible();
    },
  },
  { name: 'couple report (not yet)', state: 'paired', path: '/checkup/couple' },
  {
    name: 'couple report (chosen to compare)',
    state: 'paired',
    path: '/checkup/couple',
    act: async (page) => {
      const choose = page.getByRole('button', { name: 'Choose to compare' });
      if (await choose.count()) await choose.click();
      await expect(page.getByRole('heading', { name: "You've chosen to compare" })).toBeVisible();
    },
  },
  { name: 'my result', state: 'reported', path: '/checkup/result' },
  {
    name: 'my result (sharing changed)',
    state: 'reported',
    path: '/checkup/result',
    act: async (page) => {
      // Toggles whatever the state is (another run may have left it on), and waits for the answer.
      await page.getByRole('switch').click();
      await expect(page.getByText(/can now see your answers|Your answers are private again/)).toBeVisible();
    },
  },
  {
    name: 'couple report',
    state: 'reported',
    path: '/checkup/couple',
    act: async (page) => {
      await expect(page.locator('.chart--trend .chart-plot canvas').first()).toBeVisible();
      for (const summary of await page.locator('summary').all()) await summary.click();
    },
  },
  { name: 'home with a couple report', state: 'reported', path: '/' },
];

/** Makes one signed-in person per state, through the API. */
async function prepareStates(browser: Browser): Promise<Record<Exclude<State, 'guest'>, StorageState>> {
  const make = async () => {
    const context = await browser.newContext();
    await signUpViaApi(context, newPerson('Axe'));
    return context;
  };
  const [alone, pending, paired, partner, left, leaver, reported, reportedPartner] = await Promise.all(Array.from({ length: 8 }, make));
  await pending!.request.post('/api/invites', { data: {} });

  const pair = async (a: BrowserContext, b: BrowserContext) => {
    const invite = await (await a.request.post('/api/invites', { data: {} })).json();
    expect((await b.request.post('/api/invites/accept', { data: { code: invite.code } })).ok()).toBe(true);
  };
  await pair(paired!, partner!);
  await pair(left!, leaver!);
  await pair(reported!, reportedPartner!);
  await chooseToCompareViaApi(reported!);
  await chooseToCompareViaApi(reportedPartner!);
  // Two results each (a retake), so the pages show charts over time; the partner shares answers.
  for (const round of [0, 1]) {
    await completeCheckupViaApi(reported!, (i) => ((i + round) % 5) + 1);
    await completeCheckupViaApi(reportedPartner!, (i) => ((i * 2 + round) % 5) + 1);
  }
  const shared = (await (await reportedPartner!.request.get('/api/checkup/results')).json()) as { results: { id: string }[] };
  expect((await reportedPartner!.request.put(`/api/checkup/results/${shared.results[0]!.id}/sharing`, { data: { shared: true } })).ok()).toBe(true);
  expect((await leaver!.request.post('/api/couple/leave', { data: {} })).ok()).toBe(true);

  const states = {
    alone: await alone!.storageState(),
    pending: await pending!.storageState(),
    paired: await paired!.storageState(),
    partnerLeft: await left!.storageState(),
    reported: await reported!.storageState(),
  };
  await Promise.all([alone, pending, paired, partner, left, leaver, reported, reportedPartner].map((c) => c!.close()));
  return states;
}

axeScreens(SCREENS, prepareStates);
