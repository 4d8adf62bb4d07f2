import { expect, test, type Browser, type Page } from '@playwright/test';
import { QUICK_EXIT_URL } from '../playwright.config.ts';
import { heading, newPerson, pairViaApi, signUpViaApi, type Person } from './helpers.ts';

const historyLength = (page: Page) => page.evaluate(() => history.length);

/** A couple with names found nowhere else on a page, each signed in its own browser. */
async function couple(browser: Browser) {
  const alone = newPerson('Marisol');
  const partner = newPerson('Quentin');
  const context = await browser.newContext();
  const partnerContext = await browser.newContext();
  await Promise.all([signUpViaApi(context, alone), signUpViaApi(partnerContext, partner)]);
  await pairViaApi(context, partnerContext);
  await partnerContext.close();
  return { context, page: await context.newPage(), me: alone, partner };
}

/** The lock page, and nothing anywhere in the document that names the couple or shows their Hearth. */
async function expectLocked(page: Page, people: Person[]) {
  await expect(heading(page)).toHaveText('Hearth is locked');
  const html = await page.content();
  for (const p of people) {
    expect(html).not.toContain(p.name);
    expect(html).not.toContain(p.email);
  }
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  expect(await page.title()).not.toContain('account');
}

async function unlockWith(page: Page, person: Person) {
  await page.getByLabel('Password', { exact: true }).fill('not the password');
  await page.getByRole('button', { name: 'Open Hearth' }).click();
  await expect(page.getByText("That isn't your current password.")).toBeVisible();
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Open Hearth' }).click();
  await expect(heading(page)).not.toHaveText('Hearth is locked');
}

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

  for (const how of ['the button', 'Esc twice'] as const) {
    test(`after leaving with ${how}, Back shows the lock page and nothing else; the password opens Hearth again`, async ({ browser }) => {
      const { context, page, me, partner } = await couple(browser);
      await page.goto('/');
      await expect(page.getByText(partner.name).first()).toBeVisible();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
      await expect(heading(page)).toHaveText('Your account');
      await expect(page.getByText(partner.name).first()).toBeVisible();

      if (how === 'the button') await page.getByRole('button', { name: 'Quick exit' }).click();
      else await page.keyboard.press('Escape').then(() => page.keyboard.press('Escape'));
      await page.waitForURL(QUICK_EXIT_URL);
      await page.goBack();
      expect(new URL(page.url()).pathname).toBe('/');
      await expectLocked(page, [me, partner]);
      // The server holds the lock too, not only this page.
      expect((await context.request.get('/api/me')).status()).toBe(423);
      // A reload and a visit to any address show the same.
      await page.goto('/account');
      await expectLocked(page, [me, partner]);

      await unlockWith(page, me);
      await expect(heading(page)).toHaveText('Your account');
      await expect(page.getByText(partner.name).first()).toBeVisible();
      expect((await context.request.get('/api/me')).status()).toBe(200);
      await context.close();
    });
  }

  test('Back to a page loaded on its own (a back-forward cache candidate) shows the lock page too', async ({ browser }) => {
    const { context, page, me, partner } = await couple(browser);
    await page.goto('/today');
    await expect(heading(page)).toBeVisible();
    await page.goto('/account');
    await expect(page.getByText(partner.name).first()).toBeVisible();
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL(QUICK_EXIT_URL);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/today');
    await expectLocked(page, [me, partner]);
    await context.close();
  });

  test('a page restored from the back-forward cache, and every other open tab, turn into the lock page', async ({ browser }) => {
    const { context, page, me, partner } = await couple(browser);
    const other = await context.newPage();
    await other.goto('/account');
    await expect(other.getByText(partner.name).first()).toBeVisible();
    await page.goto('/');
    await expect(page.getByText(partner.name).first()).toBeVisible();
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL(QUICK_EXIT_URL);
    // The other tab is told through the browser's storage, without a reload.
    await expectLocked(other, [me, partner]);

    // A restored page comes back as it was left: simulate one (this Chromium keeps none here).
    await unlockWith(other, me);
    const restored = await context.newPage();
    await restored.goto('/');
    await expect(restored.getByText(partner.name).first()).toBeVisible();
    await restored.evaluate(() => {
      localStorage.setItem('hearth.locked', '1');
      document.documentElement.classList.add('is-leaving');
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    });
    await expectLocked(restored, [me, partner]);
    await expect(restored.locator('html')).not.toHaveClass(/is-leaving/);
    expect((await context.request.get('/api/me')).status()).toBe(423);
    await context.close();
  });

  test('an Esc that closes a dialog is not the first of the two', async ({ browser }) => {
    const context = await browser.newContext();
    await signUpViaApi(context, newPerson('Tove'));
    const page = await context.newPage();
    await page.goto('/account');
    await page.getByRole('button', { name: 'Delete account…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(page.url()).toContain('/account');
    await expect(heading(page)).toHaveText('Your account');
    // That Esc was the first of two: one more within a second leaves.
    await page.keyboard.press('Escape');
    await page.waitForURL(QUICK_EXIT_URL);
    await context.close();
  });

  test('with the setting turned off, a quick exit leaves without locking', async ({ browser }) => {
    const { context, page, partner } = await couple(browser);
    await page.goto('/account');
    const setting = page.getByRole('switch', { name: 'Lock Hearth after a quick exit' });
    await expect(setting).toBeChecked();
    await setting.click();
    await expect(page.getByText('A quick exit will not lock Hearth.')).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await expect(page.getByText(partner.name).first()).toBeVisible();
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL(QUICK_EXIT_URL);
    await page.goBack();
    await expect(page.getByText(partner.name).first()).toBeVisible();
    await expect(heading(page)).not.toHaveText('Hearth is locked');
    expect((await context.request.get('/api/me')).status()).toBe(200);
    await context.close();
  });
});

