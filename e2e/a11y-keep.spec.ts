import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { axeScreens, type Screen, type StorageState } from './axe.ts';
import { newPerson, pairViaApi, signUpViaApi } from './helpers.ts';

type State = 'paired' | 'left';

const openDialog = (button: string) => async (page: Page) => {
  await page.getByRole('button', { name: button }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
};

/** Waits for a part that appears once its data has loaded, so axe reads it too. */
const shown = (selector: string) => async (page: Page) => {
  await expect(page.locator(selector)).toBeVisible();
};

const SCREENS: Screen<State>[] = [
  { name: 'account with export', state: 'paired', path: '/account' },
  { name: 'leave dialog', state: 'paired', path: '/account', act: openDialog('Leave couple…') },
  { name: 'delete dialog', state: 'paired', path: '/account', act: openDialog('Delete account…') },
  { name: 'cycle map side mapped alone', state: 'paired', path: '/cycle-map', act: shown('#cycle-mine') },
  { name: 'appreciations from before', state: 'left', path: '/appreciations', act: shown('#wall-before') },
  { name: 'talk from before', state: 'left', path: '/talk', act: shown('#talk-before') },
  { name: 'aftermath from before', state: 'left', path: '/aftermath', act: shown('#aftermath-before') },
];

const post = async (context: BrowserContext, url: string, data: unknown) => {
  const response = await context.request.post(url, { data });
  expect(response.ok(), `${url}: ${response.status()}`).toBe(true);
  return response.json();
};

async function prepareStates(browser: Browser): Promise<Record<State, StorageState>> {
  const make = async () => {
    const context = await browser.newContext();
    await signUpViaApi(context, newPerson('Axe'));
    return context;
  };
  const [paired, partner, left, former] = await Promise.all(Array.from({ length: 4 }, make));
  expect((await paired!.request.put('/api/cycle-map', { data: { myMoves: ['go quiet'], feelingsUnderneath: 'tired', fears: 'being too much', longings: 'rest' } })).ok()).toBe(true);
  await pairViaApi(paired!, partner!);

  await pairViaApi(left!, former!);
  await post(former!, '/api/appreciations', { text: 'Thank you for the soup when I was ill.' });
  await post(left!, '/api/appreciations', { text: 'I loved our walk by the river.' });
  await post(former!, '/api/talk/requests', { text: 'Could we talk about the holidays this weekend?' });
  const am = (await post(left!, '/api/aftermaths', {})) as { aftermath: { id: string } };
  await post(left!, '/api/aftermaths/steps', { aftermathId: am.aftermath.id, step: 'feelings', text: 'I felt alone and tired.', done: true });
  await post(left!, '/api/couple/leave', {});

  const states = { paired: await paired!.storageState(), left: await left!.storageState() };
  await Promise.all([paired, partner, left, former].map((c) => c!.close()));
  return states;
}

axeScreens(SCREENS, prepareStates);
