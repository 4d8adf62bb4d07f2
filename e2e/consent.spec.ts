import { expect, test } from '@playwright/test';
import { aCouple, completeCheckupViaApi, heading } from './helpers.ts';

test('both choose to compare and read the report; when one stops, the other’s report is gone on reload', async ({ browser }) => {
  test.setTimeout(90_000);
  const { contextA, contextB, a, b } = await aCouple(browser, ['Alex', 'Sam']);
  await completeCheckupViaApi(contextA, (i) => (i % 5) + 1);
  await completeCheckupViaApi(contextB, (i) => ((i + 2) % 5) + 1);

  // Both results are in, yet neither sees the other's scores until both choose.
  await a.goto('/checkup/couple');
  await expect(heading(a)).toHaveText('Your couple report');
  await expect(a.getByRole('heading', { name: 'Compare your results?' })).toBeVisible();
  await a.getByRole('button', { name: 'Choose to compare' }).click();
  await expect(a.getByRole('heading', { name: "You've chosen to compare" })).toBeVisible();
  await expect(a.getByRole('heading', { name: 'Your scores side by side' })).toHaveCount(0);

  // Sam's page says nothing about Alex's choice.
  await b.goto('/checkup/couple');
  await expect(b.getByRole('heading', { name: 'Compare your results?' })).toBeVisible();
  await b.getByRole('button', { name: 'Choose to compare' }).click();
  await expect(b.getByRole('heading', { name: 'Your scores side by side' })).toBeVisible();
  await a.reload();
  await expect(a.getByRole('heading', { name: 'Your scores side by side' })).toBeVisible();

  // Alex stops comparing, after a dialog that says it ends for both.
  await a.getByRole('button', { name: 'Stop comparing' }).click();
  const dialog = a.getByRole('dialog', { name: 'Stop comparing your results?' });
  await expect(dialog).toContainText('The couple report will disappear for you and for Sam.');
  await dialog.getByRole('button', { name: 'Stop comparing' }).click();
  await expect(a.getByRole('heading', { name: 'Compare your results?' })).toBeVisible();

  await b.reload();
  await expect(b.getByRole('heading', { name: "You've chosen to compare" })).toBeVisible();
  await expect(b.getByRole('heading', { name: 'Your scores side by side' })).toHaveCount(0);
  expect((await contextB.request.get('/api/couple/report')).status()).toBe(404);

  await contextA.close();
  await contextB.close();
});
