import { expect, type Browser } from '@playwright/test';
import { axeScreens, type Screen, type StorageState } from './axe.ts';
import { newPerson, signUpViaApi } from './helpers.ts';

type State = 'careOn' | 'careOff' | 'locked';

const AT_RISK = [{ itemId: 'physical-harm', value: 2 }];

const SCREENS: Screen<State>[] = [
  { name: 'safety page, extra care on', state: 'careOn', path: '/account/safety' },
  {
    name: 'safety page, wrong password',
    state: 'careOn',
    path: '/account/safety',
    act: async (page) => {
      await page.getByLabel('Password', { exact: true }).fill('not the password');
      await page.getByRole('button', { name: 'End the extra care' }).click();
      await expect(page.getByText("That isn't your current password.")).toBeVisible();
    },
  },
  { name: 'safety page, no extra care', state: 'careOff', path: '/account/safety' },
  {
    name: 'safety result, extra care kept',
    state: 'careOn',
    path: '/checkup/safety',
    act: async (page) => {
      await page.getByRole('button', { name: "I'm on my own and ready" }).click();
      await page.getByRole('button', { name: 'Save my answers' }).click();
      await expect(page.getByRole('link', { name: 'About the extra care, and how to end it' })).toBeVisible();
    },
  },
  { name: 'account with the quick-exit setting', state: 'careOff', path: '/account' },
  { name: 'lock page', state: 'locked', path: '/' },
  {
    name: 'lock page, wrong password',
    state: 'locked',
    path: '/',
    act: async (page) => {
      await page.getByLabel('Password', { exact: true }).fill('not the password');
      await page.getByRole('button', { name: 'Open Hearth' }).click();
      await expect(page.getByText("That isn't your current password.")).toBeVisible();
    },
  },
];

async function prepare(browser: Browser): Promise<Record<State, StorageState>> {
  const states = {} as Record<State, StorageState>;
  for (const state of ['careOn', 'careOff', 'locked'] as const) {
    const context = await browser.newContext();
    await signUpViaApi(context, newPerson('Rowan'));
    if (state === 'careOn') expect((await context.request.post('/api/safety/answers', { data: { answers: AT_RISK } })).ok()).toBe(true);
    expect((await context.request.post('/api/safety/answers', { data: { answers: [] } })).ok()).toBe(true);
    if (state === 'locked') expect((await (await context.request.post('/api/sessions/current/lock')).json()).locked).toBe(true);
    states[state] = await context.storageState();
    await context.close();
  }
  return states;
}

axeScreens(SCREENS, prepare);
