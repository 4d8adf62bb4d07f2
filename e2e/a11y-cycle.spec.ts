import { expect, type Browser } from '@playwright/test';
import { axeScreens, type Screen, type StorageState } from './axe.ts';
import { newPerson, pairViaApi, signUpViaApi } from './helpers.ts';

type State = 'empty' | 'mine' | 'complete';

const SCREENS: Screen<State>[] = [
  { name: 'cycle map empty', state: 'empty', path: '/cycle-map' },
  { name: 'cycle map, my side only', state: 'mine', path: '/cycle-map' },
  {
    name: 'cycle map complete',
    state: 'complete',
    path: '/cycle-map',
    act: async (page) => {
      await expect(page.getByRole('img', { name: /The cycle between you/ })).toBeVisible();
    },
  },
  {
    name: 'cycle map with versions and text open',
    state: 'complete',
    path: '/cycle-map',
    act: async (page) => {
      await page.getByText('Read the cycle as text').click();
      for (const summary of await page.locator('.cycle-version summary').all()) await summary.click();
      await expect(page.locator('.cycle-version[open]')).not.toHaveCount(0);
    },
  },
  {
    name: 'cycle map with a validation error',
    state: 'mine',
    path: '/cycle-map',
    act: async (page) => {
      await page.getByRole('button', { name: 'Change my side' }).click();
      while ((await page.getByRole('button', { name: /^Remove: / }).count()) > 0) await page.getByRole('button', { name: /^Remove: / }).first().click();
      await page.getByRole('button', { name: 'Save my side' }).click();
      await expect(page.getByText('Please add at least one thing you tend to do when you feel apart.')).toBeVisible();
    },
  },
];

const side = (stance: string, moves: string[], words: string) => ({
  stance,
  myMoves: moves,
  feelingsUnderneath: `Underneath, ${words}: tired and a little lonely, and not sure what to say.`,
  fears: 'That we keep drifting and neither of us knows how to stop it.',
  longings: 'To feel that we are on the same side again.',
});

async function prepareStates(browser: Browser): Promise<Record<State, StorageState>> {
  const make = async () => {
    const context = await browser.newContext();
    await signUpViaApi(context, newPerson('Axe'));
    return context;
  };
  const [empty, mine, minePartner, complete, completePartner] = await Promise.all(Array.from({ length: 5 }, make));
  await pairViaApi(mine!, minePartner!);
  await pairViaApi(complete!, completePartner!);
  const put = async (context: typeof empty, body: unknown) => expect((await context!.request.put('/api/cycle-map', { data: body })).ok()).toBe(true);
  await put(mine, side('pursue', ['push for an answer', 'raise my voice'], 'mine'));
  await put(complete, side('pursue', ['push for an answer', 'follow them from room to room'], 'first'));
  await put(completePartner, side('withdraw', ['go quiet', 'leave the room'], 'partner'));
  // A revision on each side, so there are earlier versions to open.
  await put(complete, side('both', ['push for an answer', 'go quiet'], 'revised'));
  await put(completePartner, side('withdraw', ['go quiet', 'leave the room', 'say "I\'m fine"'], 'partner revised'));

  const states = { empty: await empty!.storageState(), mine: await mine!.storageState(), complete: await complete!.storageState() };
  await Promise.all([empty, mine, minePartner, complete, completePartner].map((c) => c!.close()));
  return states;
}

axeScreens(SCREENS, prepareStates);
