import { expect, test } from '@playwright/test';
import { newPerson, signUpViaApi } from './helpers.ts';

test('keyboard: skip link, then quick exit; focus moves to the heading on navigation', async ({ browser }) => {
  const context = await browser.newContext();
  await signUpViaApi(context, newPerson('Dana'));
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Dana' })).toBeVisible();

  // The skip link comes first and shows itself; quick exit is the very next stop.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Quick exit' })).toBeFocused();

  await page.keyboard.press('Shift+Tab');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  expect(page.url()).not.toContain('#main');

  // Navigating moves focus to the new page's heading and sets the title.
  await page.getByRole('link', { name: 'Account', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeFocused();
  await expect(page).toHaveTitle('Your account · Hearth');
  await expect(page.getByRole('link', { name: 'Account', exact: true })).toHaveAttribute('aria-current', 'page');

  // A dialog: focus starts on the safe choice, Esc closes it and focus returns to the opener.
  const opener = page.getByRole('button', { name: 'Delete account…' });
  await opener.click();
  await expect(page.getByRole('button', { name: 'Keep my account' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(opener).toBeFocused();
  await context.close();
});

test('a form error moves focus to the first field that needs a look', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('What should we call you?').fill('Ari');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByLabel('E-mail address')).toBeFocused();
  await expect(page.getByLabel('E-mail address')).toHaveAccessibleDescription('Please enter your e-mail address.');
  await expect(page.getByLabel('What should we call you?')).toHaveValue('Ari');
});
