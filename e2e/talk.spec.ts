import { expect, test, type Page } from '@playwright/test';
import { aCouple, heading } from './helpers.ts';

const composer = (page: Page) => page.locator('#composer');
const box = (page: Page) => composer(page).getByRole('textbox', { name: /What would you like to say to/ });

test('a critical draft shows marked patterns and a gentler way; the draft never leaves the device while typed; a talk request is sent and answered live', async ({ browser }) => {
  const { contextA, contextB, a, b } = await aCouple(browser);
  await b.goto('/talk');
  await expect(b.locator('#talk-received')).toContainText('Nothing yet');

  // Every request the page makes while Alex types: none may carry the draft.
  const draft = 'You never listen to me, you always put your phone first. Whatever.';
  const requests: string[] = [];
  a.on('request', (request) => requests.push(`${request.url()} ${request.postData() ?? ''}`));

  await a.goto('/talk');
  await expect(heading(a)).toHaveText('Say it gently');
  await box(a).pressSequentially(draft, { delay: 5 });

  const notes = composer(a).locator('.coach');
  await expect(notes.getByText(/Hearth noticed 2 patterns/)).toBeVisible();
  // Marked in the person's own words, with a word label after each part (not colour alone).
  await expect(notes.locator('mark').first()).toContainText(/never/i);
  await expect(notes.locator('.coach-preview .coach-label', { hasText: 'Blame' }).first()).toBeVisible();
  await expect(notes.locator('.coach-preview .coach-label', { hasText: 'Shutting down' }).first()).toBeVisible();
  await expect(notes.getByText(/You might try a gentle start/)).toBeVisible();
  await expect(notes.getByText(/you might ask for a break and say when you will come back/)).toBeVisible();
  expect(requests.filter((r) => r.includes('phone first'))).toEqual([]);

  // The rewrite scaffold replaces the words; Undo brings them back; then the gentle version stays.
  await composer(a).getByText('Help me start gently').click();
  await composer(a).getByLabel('I feel…').fill('lonely');
  await composer(a).getByLabel('about…').fill('the evenings this week, when we were both on our phones');
  await composer(a).getByLabel('and I need… / Could we…').fill('some time together after dinner tonight');
  await composer(a).getByRole('button', { name: 'Use these words' }).click();
  const gentle = 'I feel lonely about the evenings this week, when we were both on our phones, and I need some time together after dinner tonight.';
  await expect(box(a)).toHaveValue(gentle);
  await composer(a).getByRole('button', { name: 'Undo' }).click();
  await expect(box(a)).toHaveValue(draft);
  await box(a).fill(gentle);
  await expect(notes.getByText(/Nothing here sounds like blame/)).toBeVisible();
  await expect(notes.locator('.startup-part.is-there')).toHaveCount(3);
  expect(requests.filter((r) => r.includes('lonely'))).toEqual([]);

  await composer(a).getByRole('button', { name: 'Send to Sam' }).click();
  await expect(composer(a).getByText(/Sent. Sam will see your talk request/)).toBeVisible();
  await expect(box(a)).toHaveValue('');

  // Sam's open page shows it without reloading, and Sam answers.
  const received = b.locator('#talk-received');
  await expect(received.getByText(gentle)).toBeVisible();
  await received.getByRole('radio', { name: 'Later, not right now' }).check();
  // Words of crisis in the note are not shared: help instead, and the words stay in the box.
  await received.getByLabel('A few words with your answer (optional)').fill("Honestly I don't want to be alive anymore.");
  await received.getByRole('button', { name: 'Send answer' }).click();
  await expect(received.getByRole('heading', { name: 'You matter' })).toBeVisible();
  await expect(received.getByLabel('A few words with your answer (optional)')).toHaveValue("Honestly I don't want to be alive anymore.");
  await received.getByLabel('A few words with your answer (optional)').fill('After the dishes, at eight?');
  await received.getByRole('button', { name: 'Send answer' }).click();
  await expect(received.getByText('Your answer: Later, not right now')).toBeVisible();

  await expect(a.locator('#talk-sent').getByText('Sam answered: Later, not right now')).toBeVisible();
  await expect(a.locator('#talk-sent').getByText('After the dishes, at eight?')).toBeVisible();
  await expect(a.getByText(/alive anymore/)).toHaveCount(0);
  await Promise.all([contextA.close(), contextB.close()]);
});

test('a draft kept privately is only mine; words of crisis bring help instead of a send button', async ({ browser }) => {
  const { contextA, contextB, a, b } = await aCouple(browser);
  await a.goto('/talk');

  await box(a).fill('I miss our walks on Sunday mornings.');
  await composer(a).getByRole('button', { name: 'Keep privately' }).click();
  await expect(a.locator('#talk-drafts').getByText('I miss our walks on Sunday mornings.')).toBeVisible();
  await b.goto('/talk');
  await expect(b.locator('#talk-received')).toContainText('Nothing yet');
  await expect(b.getByText('I miss our walks')).toHaveCount(0);

  // Opening the kept draft puts it back in the composer.
  await a.locator('#talk-drafts').getByRole('button', { name: 'Open in the composer' }).click();
  await expect(box(a)).toHaveValue('I miss our walks on Sunday mornings.');
  await expect(box(a)).toBeFocused();

  // Leaving with words in the box asks first.
  await a.getByRole('link', { name: 'Today' }).first().click();
  const leave = a.getByRole('dialog', { name: 'Leave without keeping your draft?' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Stay and keep writing' }).click();
  await expect(heading(a)).toHaveText('Say it gently');

  await box(a).fill("I can't go on like this. Sometimes I think everyone would be better off without me.");
  const help = composer(a).locator('.coach--crisis');
  await expect(help.getByRole('heading', { name: 'You matter' })).toBeVisible();
  await expect(help.getByRole('link', { name: /988/ }).first()).toBeVisible();
  await expect(composer(a).getByRole('button', { name: 'Send to Sam' })).toHaveCount(0);
  await Promise.all([contextA.close(), contextB.close()]);
});
