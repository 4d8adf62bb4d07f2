import { expect, test, type Page } from '@playwright/test';
import { heading, newPerson, pairViaApi, signUpViaApi } from './helpers.ts';

const loveMap = (page: Page) => page.locator('#today-love-map');

async function answerLoveMap(page: Page, answer: string, guess: string) {
  await loveMap(page).getByLabel('Your answer, about yourself').fill(answer);
  await loveMap(page).getByLabel('Your guess: what might your partner say? (optional)').fill(guess);
  await loveMap(page).getByRole('button', { name: 'Save my answer' }).click();
}

async function checkIn(page: Page, level: string, toward: number) {
  const card = page.locator('#today-check-in');
  await card.getByRole('radio', { name: level }).check();
  for (let i = 0; i < toward; i++) await card.getByRole('button', { name: 'One more: Turned toward' }).click();
  await card.getByRole('button', { name: 'One more: Turned away' }).click();
  await expect(card.getByRole('checkbox', { name: /Share this check-in/ })).not.toBeChecked();
  await card.getByRole('button', { name: 'Save my check-in' }).click();
  await expect(card.getByText('Saved. You can change it any time today.')).toBeVisible();
}

test('two partners complete Today, see the love-map answers revealed, and an appreciation arrives live', async ({ browser }) => {
  const alex = newPerson('Alex');
  const sam = newPerson('Sam');
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  await Promise.all([signUpViaApi(contextA, alex), signUpViaApi(contextB, sam)]);
  await pairViaApi(contextA, contextB);

  const a = await contextA.newPage();
  const b = await contextB.newPage();
  await a.goto('/');
  await a.getByRole('link', { name: 'Open Today' }).click();
  await expect(heading(a)).toHaveText('Today');
  await b.goto('/today');
  await expect(heading(b)).toHaveText('Today');

  // The same question for both.
  const question = await loveMap(a).locator('.today-question').textContent();
  await expect(loveMap(b).locator('.today-question')).toHaveText(question!);

  // Alex answers first: saved, and nothing tells whether Sam has answered.
  await answerLoveMap(a, 'A quiet walk by the river.', 'Probably coffee in bed.');
  await expect(loveMap(a).getByText("Your answer is saved. You'll both see each other's answers once you've both answered.")).toBeVisible();
  await expect(loveMap(a).getByText('A quiet walk by the river.')).toBeVisible();
  await expect(loveMap(b).getByText('A quiet walk by the river.')).toHaveCount(0);

  // Sam answers: both see both answers and guesses side by side — Alex without reloading.
  await answerLoveMap(b, 'Coffee in bed, no alarm.', 'A walk somewhere green.');
  for (const page of [a, b]) {
    const reveal = loveMap(page).locator('.reveal');
    await expect(reveal.getByRole('heading', { name: 'Your answers, side by side' })).toBeVisible();
    await expect(reveal.getByText('A quiet walk by the river.')).toBeVisible();
    await expect(reveal.getByText('Coffee in bed, no alarm.')).toBeVisible();
    await expect(reveal.getByText('Probably coffee in bed.')).toBeVisible();
    await expect(reveal.getByText('A walk somewhere green.')).toBeVisible();
  }
  await expect(loveMap(a).getByRole('region', { name: 'Sam' })).toContainText('Coffee in bed, no alarm.');
  await expect(loveMap(b).getByRole('region', { name: 'Alex' })).toContainText('A quiet walk by the river.');

  // Both check in (private by default).
  await checkIn(a, 'Fairly close', 3);
  await checkIn(b, 'In between', 1);

  // Sam keeps the appreciation wall open; Alex sends from Today, and it appears there live.
  const wall = await contextB.newPage();
  await wall.goto('/appreciations');
  await expect(heading(wall)).toHaveText('Appreciation wall');
  await expect(wall.locator('#wall-received')).toContainText('When your partner sends you an appreciation');
  const card = a.locator('#today-appreciation');
  await card.getByLabel('Your appreciation').fill('Thank you for making time for us this week, even when you were tired.');
  await card.getByRole('button', { name: 'Send to Sam' }).click();
  await expect(card.getByText("Sent. It's on Sam's appreciation wall now.")).toBeVisible();
  await expect(wall.locator('#wall-received')).toContainText('Thank you for making time for us this week, even when you were tired.');
  await expect(wall.locator('#wall-received')).toContainText('From Alex');

  // Alex sees it among the sent ones.
  await a.getByRole('link', { name: 'See your appreciation wall' }).click();
  await expect(a.locator('#wall-sent')).toContainText('Thank you for making time for us this week');

  // The check-in is saved for today: back on Today it reads as already done.
  await a.goto('/today');
  await expect(a.locator('#today-check-in').getByRole('radio', { name: 'Fairly close' })).toBeChecked();
  await expect(a.locator('#today-check-in').getByRole('button', { name: 'Update my check-in' })).toBeVisible();

  await contextA.close();
  await contextB.close();
});

test('a person alone reflects privately and keeps an appreciation for later', async ({ browser }) => {
  const context = await browser.newContext();
  await signUpViaApi(context, newPerson('Maya'));
  const page = await context.newPage();
  await page.goto('/today');
  await expect(heading(page)).toHaveText('Today');
  await expect(page.getByRole('heading', { name: 'A question for you' })).toBeVisible();
  await expect(page.getByLabel(/Your guess/)).toHaveCount(0);
  await loveMap(page).getByLabel('Your thoughts').fill('I feel closest on slow mornings.');
  await loveMap(page).getByRole('button', { name: 'Save my answer' }).click();
  await expect(loveMap(page).getByText('Saved, just for you.')).toBeVisible();

  const card = page.locator('#today-appreciation');
  await card.getByRole('button', { name: 'Keep it for later' }).click();
  await expect(card.getByText('Please write a few words to send.')).toBeVisible();
  await card.getByLabel('Your appreciation').fill('You always remember how I take my tea.');
  await card.getByRole('button', { name: 'Keep it for later' }).click();
  await expect(card.getByText('Kept for later.', { exact: false })).toBeVisible();
  await expect(page.locator('#today-check-in').getByRole('checkbox')).toHaveCount(0);

  await page.goto('/appreciations');
  await expect(page.locator('#wall-drafts')).toContainText('You always remember how I take my tea.');
  await page.locator('#wall-drafts').getByRole('button', { name: 'Remove' }).click();
  await expect(page.locator('#wall-drafts')).toContainText('Nothing kept for later yet.');
  await context.close();
});

test('rituals: create with a weekly schedule, mark done, edit, subscribe; reminders are off by default', async ({ browser }) => {
  const context = await browser.newContext();
  await signUpViaApi(context, newPerson('Noor'));
  const page = await context.newPage();
  await page.goto('/rituals');
  await expect(heading(page)).toHaveText('Rituals of connection');
  await expect(page.getByText('No rituals yet.', { exact: false })).toBeVisible();

  const form = page.locator('#rituals-new');
  await form.getByLabel('What is it?').fill('Evening walk');
  await form.getByRole('radio', { name: 'Every day' }).check();
  await form.getByLabel('At what time?').fill('20:30');
  await form.getByRole('button', { name: 'Save ritual' }).click();
  await expect(page.getByText('Your ritual is saved.')).toBeVisible();
  const ritual = page.locator('.ritual').filter({ hasText: 'Evening walk' });
  await expect(ritual).toContainText('Every day at 8:30');

  await ritual.getByRole('button', { name: "Mark today's as done" }).click();
  await expect(ritual.getByText('Done today')).toBeVisible();

  await ritual.getByRole('button', { name: 'Edit' }).click();
  await ritual.getByRole('radio', { name: 'Every week' }).check();
  await ritual.getByRole('checkbox', { name: 'Sunday' }).check();
  await ritual.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Your changes are saved.')).toBeVisible();
  await expect(ritual).toContainText('Sunday');

  // The calendar file and the secret link.
  const ics = await context.request.get('/api/rituals.ics');
  expect(await ics.text()).toContain('Evening walk');
  await page.getByRole('button', { name: 'Make a calendar link' }).click();
  const link = await page.getByLabel('Calendar link').inputValue();
  expect(link).toMatch(/\.ics$/);
  await page.getByRole('button', { name: 'Make a new link' }).click();
  await expect(page.getByText('Here is a new link. The old one no longer works.')).toBeVisible();
  await expect(page.getByLabel('Calendar link')).not.toHaveValue(link);

  // Reminders: off until turned on, and plain about privacy.
  await page.goto('/settings/reminders');
  await expect(heading(page)).toHaveText('Reminders');
  await expect(page.getByText('never mention anything private', { exact: false })).toBeVisible();
  const on = page.getByRole('checkbox', { name: 'Send me a reminder e-mail for Today' });
  await expect(on).not.toBeChecked();
  await on.check();
  await page.getByRole('checkbox', { name: 'Wednesday' }).check();
  await page.getByRole('button', { name: 'Save reminders' }).click();
  await expect(page.getByText('Your reminder settings are saved.')).toBeVisible();
  const saved = (await (await context.request.get('/api/reminders')).json()) as { enabled: boolean; days: string[] };
  expect(saved.enabled).toBe(true);
  expect(saved.days).toContain('wed');
  await context.close();
});
