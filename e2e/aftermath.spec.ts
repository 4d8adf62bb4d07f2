import { expect, test, type Page } from '@playwright/test';
import { aCouple, heading, newPerson, pairViaApi, signUpViaApi } from './helpers.ts';

const step = (page: Page, id: string) => page.locator(`#aftermath-step-${id}`);
const feelings = (page: Page) => step(page, 'feelings');
const FEELINGS_PROMPT = 'What did you feel during the fight?';

test('two partners finish an Aftermath step privately, then both see it revealed; either can pause and resume', async ({ browser }) => {
  const { contextA, contextB, a, b } = await aCouple(browser, ['Alex', 'Sam']);

  // Alex reads what it is and starts one.
  await a.goto('/aftermath');
  await expect(heading(a)).toHaveText('Aftermath');
  await expect(a.getByText('Private until you both finish')).toBeVisible();
  await expect(a.locator('#aftermath-list')).toContainText('Nothing here yet.');
  await a.getByRole('button', { name: 'Start an Aftermath' }).click();
  await expect(heading(a)).toHaveText('Your Aftermath');
  await expect(a).toHaveURL(/\/aftermath\/[\w-]+$/);
  await expect(a.getByText('0 of 5 steps shown to you both')).toBeVisible();

  // Sam finds it from the Aftermath page.
  await b.goto('/aftermath');
  await b.getByRole('link', { name: 'Carry on' }).click();
  await expect(heading(b)).toHaveText('Your Aftermath');
  await expect(b.getByText(/^Alex started this on/)).toBeVisible();
  expect(new URL(b.url()).pathname).toBe(new URL(a.url()).pathname);

  // Finishing with nothing written asks for a few words.
  await feelings(a).getByRole('button', { name: "I'm finished with this step" }).click();
  await expect(feelings(a).getByText('Please write a few words first.')).toBeVisible();

  // Alex writes and finishes the first step: it stays private, and says what happens next.
  const alexWords = 'I felt hurt and a little invisible when the phone came out at dinner.';
  const samWords = 'I felt tired and cornered, and I froze instead of answering.';
  await feelings(a).getByLabel(FEELINGS_PROMPT).fill(alexWords);
  await feelings(a).getByRole('button', { name: "I'm finished with this step" }).click();
  await expect(feelings(a).getByText("You've finished this step")).toBeVisible();
  await expect(feelings(a).getByText('Your words stay private until Sam finishes this step too.')).toBeVisible();
  await expect(a.getByRole('button', { name: /How you felt.*You've finished/ })).toBeVisible();

  // Sam writes and saves privately (not finished yet): neither sees the other's words.
  await feelings(b).getByLabel(FEELINGS_PROMPT).fill(samWords);
  await feelings(b).getByRole('button', { name: 'Save privately' }).click();
  await expect(feelings(b).getByText('Saved privately. Only you can see it.')).toBeVisible();
  await expect(b.getByText(alexWords)).toHaveCount(0);
  // A fresh look from Alex's side shows nothing of Sam's, on the step itself or in the steps list.
  const a2 = await contextA.newPage();
  await a2.goto(a.url());
  await a2.getByRole('button', { name: /^How you felt/ }).click();
  await expect(feelings(a2).getByText(alexWords)).toBeVisible();
  await expect(a2.getByText(samWords)).toHaveCount(0);
  await expect(a2.getByText('0 of 5 steps shown to you both')).toBeVisible();
  await a2.close();
  await expect(a.getByText(samWords)).toHaveCount(0);

  // Alex goes on to the next step meanwhile.
  await feelings(a).getByRole('button', { name: 'Next: What happened' }).click();
  await expect(step(a, 'account').getByRole('heading', { name: 'What happened' })).toBeFocused();

  // Sam finishes: the step is shown to both, side by side — Alex without reloading, told on the
  // step they are on, with a way back to it.
  await feelings(b).getByRole('button', { name: "I'm finished with this step" }).click();
  await expect(a.getByText('“How you felt” is now shown to you both.')).toBeVisible();
  await a.getByRole('button', { name: 'Read “How you felt”' }).click();
  await expect(a.getByText('“How you felt” is now shown to you both.')).toHaveCount(0);
  for (const [page, partner] of [
    [a, 'Sam'],
    [b, 'Alex'],
  ] as const) {
    await expect(page.getByText('1 of 5 steps shown to you both')).toBeVisible();
    await expect(feelings(page).getByRole('region', { name: 'You wrote' })).toContainText(page === a ? alexWords : samWords);
    await expect(feelings(page).getByRole('region', { name: `${partner} wrote` })).toContainText(page === a ? samWords : alexWords);
  }
  // And still after a reload.
  await a.reload();
  await a.getByRole('button', { name: /How you felt.*Shown to you both/ }).click();
  await expect(feelings(a).getByRole('region', { name: 'Sam wrote' })).toContainText(samWords);

  // Sam pauses: Alex sees it at once and can resume; Sam sees that too.
  await b.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(b.locator('.aftermath-paused')).toContainText('This Aftermath is on pause.');
  await expect(a.locator('.aftermath-paused')).toContainText('This Aftermath is on pause.');
  await a.getByRole('button', { name: /^What happened/ }).click();
  await expect(step(a, 'account').getByText('Writing is on hold while this Aftermath is paused.')).toBeVisible();
  await expect(step(a, 'account').getByRole('textbox')).toHaveCount(0);
  await expect(step(a, 'account').getByRole('button', { name: "I'm finished with this step" })).toHaveCount(0);
  await a.getByRole('button', { name: 'Resume' }).click();
  await expect(a.locator('.aftermath-paused')).toHaveCount(0);
  await expect(b.locator('.aftermath-paused')).toHaveCount(0);
  await expect(b.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();

  // Both see it in their list.
  await a.goto('/aftermath');
  await expect(a.locator('#aftermath-list').getByRole('link', { name: /^Started on/ })).toHaveCount(1);

  await contextA.close();
  await contextB.close();
});

test('a person whose own safety answers showed a concern is offered help for themselves, not the Aftermath', async ({ browser }) => {
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  await Promise.all([signUpViaApi(contextA, newPerson('Ari')), signUpViaApi(contextB, newPerson('Lee'))]);
  await pairViaApi(contextA, contextB);
  const answers = ['afraid', 'walking-carefully', 'physical-harm', 'threats'].map((itemId) => ({ itemId, value: itemId === 'threats' ? 0 : 2 }));
  expect((await contextA.request.post('/api/safety/answers', { data: { answers } })).ok()).toBe(true);

  const a = await contextA.newPage();
  await a.goto('/aftermath');
  await expect(heading(a)).toHaveText("Let's start with you");
  await expect(a.getByRole('link', { name: 'Call 1-800-799-7233' })).toHaveAttribute('href', /^tel:/);
  await expect(a.getByRole('button', { name: /Start/ })).toHaveCount(0);
  await expect(a.locator('main')).not.toContainText('Lee');

  // The partner's page looks as it would for anyone.
  const b = await contextB.newPage();
  await b.goto('/aftermath');
  await expect(heading(b)).toHaveText('Aftermath');
  await expect(b.getByRole('button', { name: 'Start an Aftermath' })).toBeVisible();

  // Should the start be asked for anyway, the server's answer leads to the same help.
  const started = (await (await contextA.request.post('/api/aftermaths', { data: {} })).json()) as { status: string };
  expect(started.status).toBe('notOffered');

  await contextA.close();
  await contextB.close();
});

test('a person without a partner learns the Aftermath is for two and finds the way to invite', async ({ browser }) => {
  const context = await browser.newContext();
  await signUpViaApi(context, newPerson('Robin'));
  const page = await context.newPage();
  await page.goto('/aftermath');
  await expect(heading(page)).toHaveText('Aftermath');
  await expect(page.getByRole('heading', { name: 'This is something you do together' })).toBeVisible();
  await page.getByRole('link', { name: 'Invite your partner' }).click();
  await expect(page).toHaveURL(/\/invite$/);
  await context.close();
});
