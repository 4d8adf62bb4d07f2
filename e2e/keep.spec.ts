import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { aCouple, heading, newPerson, signUpViaApi } from './helpers.ts';

/** Nothing lost: the export, what leaving keeps, and what stays to read from before. */

test('downloading my data gives a zip that opens, with a README, a readable page and JSON', async ({ browser }) => {
  const context = await browser.newContext();
  const person = newPerson('Robin');
  await signUpViaApi(context, person);
  expect((await context.request.post('/api/talk/drafts', { data: { text: 'Could we plan a slow Sunday?' } })).ok()).toBe(true);
  const page = await context.newPage();
  await page.goto('/account');
  await expect(heading(page)).toHaveText('Your account');

  const section = page.locator('#account-export');
  await expect(section.getByRole('heading', { name: 'Your data' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Download my data' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^hearth-export-\d{4}-\d\d-\d\d\.zip$/);
  await expect(section.getByText("Your file is ready. You'll find it with your downloads.")).toBeVisible();

  const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  const text = (name: string) => strFromU8(files[name]!);
  expect(text('README.txt')).toContain('open hearth-export.html in any web browser');
  const html = text('hearth-export.html');
  expect(html).toContain('<h1>Your Hearth data</h1>');
  expect(html).toContain('Could we plan a slow Sunday?');
  expect(html).not.toContain('<script');
  expect(JSON.parse(text('account.json'))).toMatchObject({ format: 'hearth-export', account: { name: 'Robin', email: person.email } });
  expect(JSON.parse(text('talk.json')).drafts[0]).toMatchObject({ text: 'Could we plan a slow Sunday?' });

  // The page itself opens in the browser and reads as a page.
  await page.setContent(html);
  await expect(page.getByRole('heading', { level: 1, name: 'Your Hearth data' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Talk requests' })).toBeVisible();
  await context.close();
});

test('leaving says what each keeps and offers the export first; afterwards the appreciations are there "from before", to read only', async ({ browser }) => {
  const { a, b, contextA, contextB } = await aCouple(browser, ['Alex', 'Sam']);
  expect((await contextB.request.post('/api/appreciations', { data: { text: 'Thank you for the soup when I was ill.' } })).ok()).toBe(true);
  expect((await contextA.request.post('/api/appreciations', { data: { text: 'I loved our walk by the river.' } })).ok()).toBe(true);

  await a.goto('/account');
  await a.getByRole('button', { name: 'Leave couple…' }).click();
  const dialog = a.getByRole('dialog', { name: 'Leave your couple?' });
  await expect(dialog.getByRole('heading', { name: 'What each of you keeps' })).toBeVisible();
  await expect(dialog.getByText('You each keep, to read, what you wrote and what was sent to you')).toBeVisible();
  await expect(dialog.getByText('Neither of you ever sees what the other kept private')).toBeVisible();
  await expect(dialog.getByText('Before you leave, you might download your data')).toBeVisible();
  // The export comes before the choice to leave.
  const exportButton = dialog.getByRole('button', { name: 'Download my data' });
  const leaveButton = dialog.getByRole('button', { name: 'Leave couple', exact: true });
  const [exportBox, leaveBox] = [await exportButton.boundingBox(), await leaveButton.boundingBox()];
  expect(exportBox!.y).toBeLessThan(leaveBox!.y);
  await leaveButton.click();
  await expect(a.getByText('You are no longer paired. Hearth is still here for you.')).toBeVisible();

  await a.goto('/appreciations');
  const before = a.locator('#wall-before');
  await expect(before.getByRole('heading', { name: 'From before' })).toBeVisible();
  await expect(before.getByText('Thank you for the soup when I was ill.')).toBeVisible();
  await expect(before.getByText('I loved our walk by the river.')).toBeVisible();
  await expect(before.getByText('Sent to you')).toBeVisible();
  await expect(before.getByText('You sent this')).toBeVisible();
  await expect(before.getByRole('button')).toHaveCount(0);

  // The other keeps their side of it too.
  await b.goto('/appreciations');
  await expect(b.locator('#wall-before').getByText('Thank you for the soup when I was ill.')).toBeVisible();
  await contextA.close();
  await contextB.close();
});
