/**
 * Screenshots of the private safety page (extra care on, a wrong password, no extra care), the
 * safety result when earlier care is kept, the account page's quick-exit setting and the lock page
 * after a quick exit, at phone and desktop widths, light and dark.
 *
 *   npx tsx scripts/screenshots-safety.ts [BASE_URL]      (default http://127.0.0.1:3100)
 *
 * Starts nothing: it needs a running Hearth with the development outbox on. Pictures go to
 * e2e/.artifacts/screenshots/safety/ (git-ignored).
 */
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { base, launch, signedIn, takeShots, type Shot } from './screenshot-kit.ts';

const outDir = path.resolve(import.meta.dirname, '../e2e/.artifacts/screenshots/safety');

async function post(context: BrowserContext, url: string, data: unknown = {}): Promise<void> {
  const response = await context.request.post(`${base}${url}`, { data });
  if (!response.ok()) throw new Error(`POST ${url}: ${response.status()} ${await response.text()}`);
}

const wrongPassword = (button: string) => async (page: Page) => {
  await page.getByLabel('Password', { exact: true }).fill('not the password');
  await page.getByRole('button', { name: button }).click();
  await page.getByText("That isn't your current password.").waitFor();
};

async function main() {
  const browser = await launch();
  const [kept, clear, locked] = await Promise.all(['Rowan', 'Ines', 'Tal'].map((name) => signedIn(browser, name)));
  await post(kept!, '/api/safety/answers', { answers: [{ itemId: 'physical-harm', value: 2 }] });
  await post(kept!, '/api/safety/answers', { answers: [] });
  await post(clear!, '/api/safety/answers', { answers: [] });
  await post(locked!, '/api/sessions/current/lock');
  const [keptState, clearState, lockedState] = await Promise.all([kept!, clear!, locked!].map((c) => c.storageState()));

  const shots: Shot[] = [];
  for (const dark of [false, true]) {
    shots.push(
      { name: 'care-on', path: '/account/safety', state: keptState, dark },
      { name: 'care-on-wrong-password', path: '/account/safety', state: keptState, dark, act: wrongPassword('End the extra care') },
      { name: 'care-off', path: '/account/safety', state: clearState, dark },
      {
        name: 'result-care-kept',
        path: '/checkup/safety',
        state: keptState,
        dark,
        act: async (page) => {
          await page.getByRole('button', { name: "I'm on my own and ready" }).click();
          await page.getByRole('button', { name: 'Save my answers' }).click();
          await page.getByRole('link', { name: 'About the extra care, and how to end it' }).waitFor();
        },
      },
      { name: 'account', path: '/account', state: clearState, dark },
      { name: 'lock', path: '/', state: lockedState, dark },
      { name: 'lock-wrong-password', path: '/', state: lockedState, dark, act: wrongPassword('Open Hearth') },
    );
  }
  await takeShots(browser, shots, outDir);
  await browser.close();
}

await main();
