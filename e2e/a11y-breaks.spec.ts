import { expect, type Browser } from '@playwright/test';
import { axeScreens, type Screen, type StorageState } from './axe.ts';
import { newPerson, pairViaApi, signUpViaApi } from './helpers.ts';

type State = 'alone' | 'idle' | 'onBreak' | 'partner' | 'invited';

const banner = (kind: string) => async (page: import('@playwright/test').Page) => {
  await expect(page.locator(`.break-banner--${kind}`)).toBeVisible();
};

const SCREENS: Screen<State>[] = [
  { name: 'break, none running', state: 'idle', path: '/break' },
  {
    name: 'break, length not allowed',
    state: 'idle',
    path: '/break',
    act: async (page) => {
      await page.getByRole('radio', { name: 'Another length' }).check();
      await page.getByLabel('How many minutes?').fill('5');
      await page.getByRole('button', { name: 'Start my break' }).click();
      await expect(page.getByText('Please enter a number of minutes from 20 to 1440 (24 hours).')).toBeVisible();
    },
  },
  { name: 'break, on my break', state: 'onBreak', path: '/break' },
  {
    name: 'break, coming back early dialog',
    state: 'onBreak',
    path: '/break',
    act: async (page) => {
      await page.getByRole('button', { name: "I'm ready to come back early" }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  { name: 'home, my break banner', state: 'onBreak', path: '/', act: banner('mine') },
  { name: 'home, partner on a break', state: 'partner', path: '/', act: banner('partner') },
  { name: 'break, partner on a break', state: 'partner', path: '/break' },
  { name: 'break, invitation back', state: 'invited', path: '/break' },
  { name: 'home, invitation back', state: 'invited', path: '/', act: banner('invitation') },
  { name: 'break, alone', state: 'alone', path: '/break' },
];

async function prepareStates(browser: Browser): Promise<Record<State, StorageState>> {
  const make = async () => {
    const context = await browser.newContext();
    await signUpViaApi(context, newPerson('Axe'));
    return context;
  };
  const [alone, idle, idlePartner, onBreak, partner, invited, invitedPartner] = await Promise.all(Array.from({ length: 7 }, make));
  await pairViaApi(idle!, idlePartner!);
  await pairViaApi(onBreak!, partner!);
  await pairViaApi(invited!, invitedPartner!);
  expect((await onBreak!.request.post('/api/breaks', { data: { minutes: 30 } })).status()).toBe(201);
  expect((await invitedPartner!.request.post('/api/breaks', { data: { minutes: 20 } })).status()).toBe(201);
  expect((await invitedPartner!.request.post('/api/breaks/end', { data: {} })).ok()).toBe(true);

  const all = [alone, idle, idlePartner, onBreak, partner, invited, invitedPartner];
  const states = {
    alone: await alone!.storageState(),
    idle: await idle!.storageState(),
    onBreak: await onBreak!.storageState(),
    partner: await partner!.storageState(),
    invited: await invited!.storageState(),
  };
  await Promise.all(all.map((c) => c!.close()));
  return states;
}

axeScreens(SCREENS, prepareStates);
