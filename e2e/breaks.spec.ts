import { expect, test } from '@playwright/test';
import { aCouple, heading, newPerson, pairViaApi, signUpViaApi } from './helpers.ts';

test('a break: a timer and guidance for the one on it, a neutral notice for the partner (live), and both are invited back', async ({ browser }) => {
  const { contextA, contextB, a, b } = await aCouple(browser, ['Alex', 'Sam']);

  // Sam has the home page open: no break, nothing shown.
  await b.goto('/');
  await expect(heading(b)).toHaveText('Hello, Sam');
  await expect(b.locator('.break-banner')).toHaveCount(0);

  // Alex chooses 20 minutes (the suggested least) and starts.
  await a.goto('/break');
  await expect(heading(a)).toHaveText('Take a break');
  await expect(a.getByRole('radio', { name: '20 minutes' })).toBeChecked();
  await expect(a.getByText(/You'll both be invited back at \d{1,2}:\d{2}/)).toBeVisible();
  await a.getByRole('button', { name: 'Start my break' }).click();

  await expect(heading(a)).toHaveText("You're on a break");
  await expect(a.getByRole('timer')).toContainText(/^(20:00|19:[0-5]\d)/);
  await expect(a.getByRole('heading', { name: 'While you wait' })).toBeVisible();
  await expect(a.getByText('Breathe slowly: in for four, out for six.', { exact: false })).toBeVisible();
  const backAt = (await a.locator('.break-timer-back').textContent())!.replace(/^Back at /, '');
  expect(backAt).toMatch(/\d{1,2}:\d{2}/);

  // Sam's open page shows the neutral notice with the return time, without reloading; nothing more.
  const notice = b.getByRole('status').filter({ hasText: 'is taking a break' });
  await expect(notice).toHaveText(`Alex is taking a break — back at ${backAt}.`);
  await expect(b.getByText('Breathe slowly', { exact: false })).toHaveCount(0);
  await expect(b.getByRole('timer')).toHaveCount(0);

  // Sam's break page says the same, and nothing to end.
  const bBreak = await contextB.newPage();
  await bBreak.goto('/break');
  await expect(heading(bBreak)).toHaveText('A break for now');
  await expect(bBreak.getByText(`Alex is taking a break — back at ${backAt}.`)).toBeVisible();
  await expect(bBreak.getByRole('button', { name: /come back early/ })).toHaveCount(0);
  await bBreak.close();

  // Elsewhere, Alex sees a small line that leads back to the break.
  await a.goto('/');
  await expect(a.locator('.break-banner--mine')).toContainText(`You're on a break — back at ${backAt}.`);
  await a.getByRole('link', { name: 'Open your break' }).click();
  await expect(heading(a)).toHaveText("You're on a break");
  await expect(a.locator('.break-banner')).toHaveCount(0);

  // Alex is ready early: asked once, then both are invited back.
  await a.getByRole('button', { name: "I'm ready to come back early" }).click();
  const dialog = a.getByRole('dialog', { name: 'Come back now?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Not yet' })).toBeFocused();
  await dialog.getByRole('button', { name: "Yes, I'm ready" }).click();
  await expect(heading(a)).toHaveText('Coming back together');
  await expect(a.getByText('The break is over. When you both feel ready', { exact: false })).toBeVisible();
  await expect(a.getByRole('link', { name: 'Talk it through with the Aftermath' })).toHaveAttribute('href', '/aftermath');

  const invitation = b.locator('.break-banner--invitation');
  await expect(invitation).toContainText('The break is over.');
  await expect(notice).toHaveCount(0);
  await expect(invitation.getByRole('link', { name: 'Talk it through with the Aftermath' })).toHaveAttribute('href', '/aftermath');

  // Sam dismisses it: it stays away for this tab.
  await invitation.getByRole('button', { name: 'Dismiss' }).click();
  await expect(invitation).toHaveCount(0);
  const fetched = b.waitForResponse((r) => r.url().endsWith('/api/breaks/active'));
  await b.reload();
  await fetched;
  await expect(heading(b)).toHaveText('Hello, Sam');
  await expect(b.locator('.break-banner--invitation')).toHaveCount(0);

  await contextA.close();
  await contextB.close();
});

test('a length outside 20 minutes to 24 hours gets a clear message, and nothing starts', async ({ browser }) => {
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  await Promise.all([signUpViaApi(contextA, newPerson('Kai')), signUpViaApi(contextB, newPerson('Jo'))]);
  await pairViaApi(contextA, contextB);
  const page = await contextA.newPage();
  await page.goto('/break');
  await expect(heading(page)).toHaveText('Take a break');

  // By keyboard: arrows move through the lengths, Tab goes on to the minutes, Enter sends.
  await page.getByRole('radio', { name: '20 minutes' }).focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: 'Another length' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Another length' })).toBeFocused();
  await page.keyboard.press('Tab');
  const minutes = page.getByLabel('How many minutes?');
  await expect(minutes).toBeFocused();
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Please enter a number of minutes from 20 to 1440 (24 hours).')).toBeVisible();
  await expect(minutes).toHaveAttribute('aria-invalid', 'true');
  await expect(minutes).toBeFocused();
  await expect(heading(page)).toHaveText('Take a break');
  expect(((await (await contextA.request.get('/api/breaks/active')).json()) as { active: unknown }).active).toBeNull();

  // A length that fits clears the message and shows when both are invited back.
  await minutes.fill('45');
  await expect(page.getByText('Please enter a number of minutes', { exact: false })).toHaveCount(0);
  await expect(page.getByText(/You'll both be invited back at \d{1,2}:\d{2}/)).toBeVisible();
  await minutes.fill('1441');
  await page.getByRole('button', { name: 'Start my break' }).click();
  await expect(page.getByText('Please enter a number of minutes from 20 to 1440 (24 hours).')).toBeVisible();
  await contextA.close();
  await contextB.close();
});

test('a person alone learns that breaks are for two', async ({ browser }) => {
  const context = await browser.newContext();
  await signUpViaApi(context, newPerson('Robin'));
  const page = await context.newPage();
  await page.goto('/break');
  await expect(heading(page)).toHaveText('Take a break');
  await expect(page.getByRole('heading', { name: 'Breaks are for two' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Invite your partner' })).toHaveAttribute('href', '/invite');
  await expect(page.getByRole('button', { name: 'Start my break' })).toHaveCount(0);
  await context.close();
});
