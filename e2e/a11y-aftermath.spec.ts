import { expect, type Browser, type BrowserContext } from '@playwright/test';
import { axeScreens, type Screen, type StorageState } from './axe.ts';
import { newPerson, pairViaApi, signUpViaApi } from './helpers.ts';

type State = 'alone' | 'paired' | 'midway' | 'paused' | 'atRisk';

/** Filled in by `prepare`: the Aftermaths the screens open. */
const ids = { midway: '', paused: '' };

const SCREENS: Screen<State>[] = [
  { name: 'aftermath intro alone', state: 'alone', path: '/aftermath' },
  { name: 'aftermath intro paired', state: 'paired', path: '/aftermath' },
  { name: 'aftermath intro with one open', state: 'midway', path: '/aftermath' },
  {
    name: 'aftermath with a revealed step',
    state: 'midway',
    path: '/aftermath/:midway',
    act: async (page) => {
      await page.getByRole('button', { name: /^How you felt/ }).click();
      await expect(page.getByRole('region', { name: 'You wrote' })).toBeVisible();
    },
  },
  {
    name: 'aftermath step finished by me',
    state: 'midway',
    path: '/aftermath/:midway',
    act: async (page) => {
      await page.getByRole('button', { name: /^What happened/ }).click();
      await expect(page.getByText("You've finished this step")).toBeVisible();
    },
  },
  {
    name: 'aftermath validation error',
    state: 'midway',
    path: '/aftermath/:midway',
    act: async (page) => {
      await page.getByRole('button', { name: /^What it stirred up/ }).click();
      await page.getByRole('button', { name: "I'm finished with this step" }).click();
      await expect(page.getByText('Please write a few words first.')).toBeVisible();
    },
  },
  {
    name: 'aftermath words that speak of crisis',
    state: 'midway',
    path: '/aftermath/:midway',
    act: async (page) => {
      await page.getByRole('button', { name: /^What it stirred up/ }).click();
      await page.getByRole('textbox').fill('Some nights I want to kill myself after we fight.');
      await page.getByRole('button', { name: "I'm finished with this step" }).click();
      await expect(page.getByRole('link', { name: 'Call 988' })).toBeVisible();
    },
  },
  { name: 'aftermath paused', state: 'paused', path: '/aftermath/:paused' },
  { name: 'aftermath not offered', state: 'atRisk', path: '/aftermath' },
];

// The ids are known only after `prepare` ran; the screens read them when their test runs.
for (const screen of SCREENS) {
  const template = screen.path;
  Object.defineProperty(screen, 'path', { get: () => template.replace(':midway', ids.midway).replace(':paused', ids.paused) });
}

async function prepareStates(browser: Browser): Promise<Record<State, StorageState>> {
  const make = async () => {
    const context = await browser.newContext();
    await signUpViaApi(context, newPerson('Axe'));
    return context;
  };
  const people = await Promise.all(Array.from({ length: 9 }, make));
  const [alone, paired, pairedPartner, midway, midwayPartner, paused, pausedPartner, atRisk, atRiskPartner] = people as BrowserContext[];
  await pairViaApi(paired!, pairedPartner!);
  await pairViaApi(midway!, midwayPartner!);
  await pairViaApi(paused!, pausedPartner!);
  await pairViaApi(atRisk!, atRiskPartner!);

  const start = async (who: BrowserContext) => ((await (await who.request.post('/api/aftermaths', { data: {} })).json()) as { aftermath: { id: string } }).aftermath.id;
  const save = async (who: BrowserContext, aftermathId: string, step: string, text: string, done: boolean) =>
    expect((await who.request.post('/api/aftermaths/steps', { data: { aftermathId, step, text, done } })).ok()).toBe(true);

  // One step shown to both, one finished by me only.
  ids.midway = await start(midway!);
  await save(midway!, ids.midway, 'feelings', 'I felt hurt and far away.', true);
  await save(midwayPartner!, ids.midway, 'feelings', 'I felt tired and cornered.', true);
  await save(midway!, ids.midway, 'account', 'We were at dinner and it went quiet.', true);

  ids.paused = await start(paused!);
  await save(paused!, ids.paused, 'feelings', 'A first draft.', false);
  expect((await pausedPartner!.request.post(`/api/aftermaths/${ids.paused}/pause`, { data: {} })).ok()).toBe(true);

  const answers = ['afraid', 'physical-harm'].map((itemId) => ({ itemId, value: 2 }));
  expect((await atRisk!.request.post('/api/safety/answers', { data: { answers } })).ok()).toBe(true);

  const states = {
    alone: await alone!.storageState(),
    paired: await paired!.storageState(),
    midway: await midway!.storageState(),
    paused: await paused!.storageState(),
    atRisk: await atRisk!.storageState(),
  };
  await Promise.all(people.map((c) => c.close()));
  return states;
}

axeScreens(SCREENS, prepareStates);
