import { expect, type Browser, type BrowserContext } from '@playwright/test';
import { axeScreens, type Screen, type StorageState } from './axe.ts';
import { newPerson, pairViaApi, signUpViaApi } from './helpers.ts';

type State = 'alone' | 'paired' | 'revealed';

const SCREENS: Screen<State>[] = [
  { name: 'today alone', state: 'alone', path: '/today' },
  { name: 'today paired', state: 'paired', path: '/today' },
  {
    name: 'today with errors',
    state: 'paired',
    path: '/today',
    act: async (page) => {
      await page.locator('#today-appreciation').getByRole('button', { name: /Send to/ }).click();
      await expect(page.getByText('Please write a few words to send.')).toBeVisible();
      await page.locator('#today-check-in').getByRole('button', { name: /check-in/ }).click();
      await expect(page.getByText('Please choose how connected you felt.')).toBeVisible();
    },
  },
  { name: 'today revealed', state: 'revealed', path: '/today' },
  { name: 'appreciations paired', state: 'revealed', path: '/appreciations' },
  { name: 'appreciations alone', state: 'alone', path: '/appreciations' },
  { name: 'rituals', state: 'revealed', path: '/rituals' },
  { name: 'rituals empty', state: 'alone', path: '/rituals' },
  {
    name: 'ritual delete dialog',
    state: 'revealed',
    path: '/rituals',
    act: async (page) => {
      await page.getByRole('button', { name: 'Remove…' }).first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  { name: 'reminders off', state: 'alone', path: '/settings/reminders' },
  { name: 'reminders on', state: 'revealed', path: '/settings/reminders' },
  { name: 'progress empty', state: 'alone', path: '/progress' },
  {
    name: 'progress with data',
    state: 'revealed',
    path: '/progress',
    act: async (page) => {
      for (const summary of await page.locator('.chart-table summary').all()) await summary.click();
    },
  },
  { name: 'home with Today', state: 'paired', path: '/' },
];

async function prepareStates(browser: Browser): Promise<Record<State, StorageState>> {
  const make = async () => {
    const context = await browser.newContext();
    await signUpViaApi(context, newPerson('Axe'));
    return context;
  };
  const [alone, paired, partner, revealed, revealedPartner] = await Promise.all(Array.from({ length: 5 }, make));
  await pairViaApi(paired!, partner!);
  await pairViaApi(revealed!, revealedPartner!);

  // One couple with something in every part: answers revealed, appreciations, a shared check-in,
  // a ritual with a calendar link, reminders on.
  for (const [who, words] of [
    [revealed!, 'Slow Sunday mornings.'],
    [revealedPartner!, 'Long walks after rain.'],
  ] as const) {
    const today = (await (await who.request.get('/api/today?timeZone=UTC')).json()) as { loveMap: { question: { id: string } } };
    expect((await who.request.post('/api/today/love-map', { data: { questionId: today.loveMap.question.id, answer: words, guess: 'Something cosy.' } })).ok()).toBe(true);
    expect((await who.request.put('/api/today/check-in', { data: { connection: 4, toward: 3, away: 1, against: 0, shared: true, timeZone: 'UTC' } })).ok()).toBe(true);
    expect((await who.request.post('/api/appreciations', { data: { text: `Thank you for ${words.toLowerCase()}` } })).ok()).toBe(true);
  }
  expect((await revealed!.request.post('/api/rituals', { data: { title: 'Evening walk', schedule: 'FREQ=WEEKLY;BYDAY=MO,TH', timeZone: 'Europe/Berlin', time: '19:30' } })).ok()).toBe(true);
  expect((await revealed!.request.post('/api/calendar/feed', { data: {} })).ok()).toBe(true);
  expect((await revealed!.request.put('/api/reminders', { data: { enabled: true, days: ['mon', 'wed'], time: '08:30', timeZone: 'Europe/Berlin' } })).ok()).toBe(true);

  const states = { alone: await alone!.storageState(), paired: await paired!.storageState(), revealed: await revealed!.storageState() };
  await Promise.all([alone, paired, partner, revealed, revealedPartner].map((c) => c!.close()));
  return states;
}

axeScreens(SCREENS, prepareStates);
