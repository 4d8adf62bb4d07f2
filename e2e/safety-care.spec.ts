import { expect, test } from '@playwright/test';
import { heading, newPerson, signUpViaApi } from './helpers.ts';

test('a later "safe" answer keeps the extra care on; the person ends it themselves with their password', async ({ browser }) => {
  const context = await browser.newContext();
  const person = newPerson('Rowan');
  await signUpViaApi(context, person);
  expect((await context.request.post('/api/safety/answers', { data: { answers: [{ itemId: 'physical-harm', value: 2 }] } })).ok()).toBe(true);
  const page = await context.newPage();

  // Answering again with nothing of concern: thanked, and the extra care stays on.
  await page.goto('/checkup/safety');
  await page.getByRole('button', { name: "I'm on my own and ready" }).click();
  for (const group of await page.getByRole('group').all()) await group.getByRole('radio', { name: 'Not at all' }).check();
  await page.getByRole('button', { name: 'Save my answers' }).click();
  await expect(heading(page)).toHaveText('Thank you');
  await expect(page.getByText(/still taking extra care/)).toBeVisible();
  await expect(page.getByText(/It ends by itself on/)).toBeVisible();
  expect(await page.title()).toBe('Your safety · Hearth');

  await page.getByRole('link', { name: 'About the extra care, and how to end it' }).click();
  await expect(heading(page)).toHaveText('Your safety');
  await expect(page.getByRole('heading', { name: 'Hearth is taking extra care' })).toBeVisible();
  await page.getByLabel('Password', { exact: true }).fill('not the password');
  await page.getByRole('button', { name: 'End the extra care' }).click();
  await expect(page.getByText("That isn't your current password.")).toBeVisible();
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'End the extra care' }).click();
  await expect(page.getByText('The extra care has ended.')).toBeVisible();
  expect(await page.title()).toBe('Your safety · Hearth');
  expect((await (await context.request.get('/api/safety')).json()).atRisk).toBe(false);

  // The same page is there for everyone, from the account page.
  await page.goto('/account');
  await page.getByRole('link', { name: 'Your safety page' }).click();
  await expect(page.getByRole('heading', { name: 'No extra care is on right now' })).toBeVisible();
  await context.close();
});
