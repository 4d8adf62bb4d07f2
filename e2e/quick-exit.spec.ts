import { expect, test, type Page } from '@playwright/test';
import { QUICK_EXIT_URL } from '../playwright.config.ts';
import { newPerson, signUpViaApi } from './helpers.ts';

const historyLength = (page: Page) => page.evaluate(() => history.length);

test.describe('quick exit', () => {
  test('the button is on every page, described, and replaces the history entry', async ({ page }) => {
    await page.goto('/welcome');
    const button = page.getByRole('button', { name: 'Quick exit' });
    await expect(button).toBeVisible();
    await expect(button).toHaveAccessibleDescription(/Leaves Hearth at once for a neutral website/);

    const before = await historyLength(page);
    await button.click();
    await page.waitForURL(QUICK_EXIT_URL);
    expect(await historyLength(page)).toBe(before);

    // Back does not return to the page that was left (it was replaced, not stacked).
    await page.goBack().catch(() => undefined);
    expect(page.url()).not.toContain('/welcome');
  });

  test('Esc twice within a second leaves, also from a signed-in page', async ({ browser }) => {
    const context = await browser.newContext();
    await signUpViaApi(context, newPerson('Robin'));
    const page = await context.newPage();
    await page.goto('/account');
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
    const before = await historyLength(page);

    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(QUICK_EXIT_URL);
    expect(await historyLength(page)).toBe(before);
    await page.goBack().catch(() => undefined);
    expect(page.url()).not.toContain('/account');
    await context.close();
  });

  test('one Esc alone does nothing (also right after the page loads); two far apart do nothing', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(page.url()).toContain('/sign-in');
    await page.waitForTimeout(1500);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(page.url()).toContain('/sign-in');
  });

  test('stays reachable while a dialog is open', async ({ browser }) => {
    const context = await browser.newContext();
    await signUpViaApi(context, newPerson('Sky'));
    const page = await context.newPage();
    await page.goto('/account');
    await page.getByRole('button', { name: 'Delete account…' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL(QUICK_EXIT_URL);
    await context.close();
  });

  test('on a phone-sized screen it stays in view while scrolling', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 700 } });
    await signUpViaApi(context, newPerson('Kai'));
    const page = await context.newPage();
    await page.goto('/account');
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(200);
    const box = await page.getByRole('button', { name: 'Quick exit' }).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThan(80);
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await context.close();
  });
});
