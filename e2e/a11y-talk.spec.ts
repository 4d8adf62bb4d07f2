import { expect, type Browser, type Page } from '@playwright/test';
import { axeScreens, type Screen, type StorageState } from './axe.ts';
import { newPerson, pairViaApi, signUpViaApi } from './helpers.ts';

type State = 'alone' | 'paired';

const type = (text: string) => async (page: Page) => {
  await page.locator('#composer textarea').fill(text);
  await expect(page.locator('.coach-summary, .coach--crisis').first()).toBeVisible();
};

const SCREENS: Screen<State>[] = [
  { name: 'talk with requests', state: 'paired', path: '/talk' },
  { name: 'talk critical draft', state: 'paired', path: '/talk', act: type("You never listen. You're so lazy. Whatever, I'm done talking.") },
  { name: 'talk gentle draft', state: 'paired', path: '/talk', act: type('I feel tired after work lately. Could we cook together on Friday?') },
  { name: 'talk crisis words', state: 'paired', path: '/talk', act: type("I want to hurt myself. I don't want to be here anymore.") },
  {
    name: 'talk scaffold and error',
    state: 'paired',
    path: '/talk',
    act: async (page) => {
      await page.getByText('Help me start gently').click();
      await page.getByRole('button', { name: 'Keep privately' }).click();
      await expect(page.getByText('Please write a few words first.')).toBeVisible();
    },
  },
  {
    name: 'talk discard dialog',
    state: 'paired',
    path: '/talk',
    act: async (page) => {
      await page.getByRole('button', { name: 'Discard…' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  { name: 'talk alone', state: 'alone', path: '/talk' },
];

async function prepareStates(browser: Browser): Promise<Record<State, StorageState>> {
  const make = async () => {
    const context = await browser.newContext();
    await signUpViaApi(context, newPerson('Axe'));
    return context;
  };
  const [alone, paired, partner] = await Promise.all(Array.from({ length: 3 }, make));
  await pairViaApi(paired!, partner!);
  const sent = (await (await partner!.request.post('/api/talk/requests', { data: { text: 'I feel far from you lately. Could we talk tonight?' } })).json()) as unknown;
  expect(sent).toMatchObject({ status: 'sent' });
  const mine = (await (await paired!.request.post('/api/talk/requests', { data: { text: 'Could we plan a slow Sunday together?' } })).json()) as { request: { id: string } };
  expect((await partner!.request.post(`/api/talk/requests/${mine.request.id}/response`, { data: { response: 'accept', note: 'Yes please.' } })).ok()).toBe(true);
  expect((await paired!.request.post('/api/talk/drafts', { data: { text: 'Something to say another day.' } })).ok()).toBe(true);

  const states = { alone: await alone!.storageState(), paired: await paired!.storageState() };
  await Promise.all([alone, paired, partner].map((c) => c!.close()));
  return states;
}

axeScreens(SCREENS, prepareStates);
