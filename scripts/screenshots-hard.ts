/**
 * Screenshots of the pages for hard moments: "Say it gently" (empty, a critical draft with the
 * Coach's notes, crisis words, the rewrite scaffold), talk requests, the Aftermath, the cycle map
 * and breaks, at phone and desktop widths, with dark-mode variants of a few.
 *
 *   npx tsx scripts/screenshots-hard.ts [BASE_URL]      (default http://127.0.0.1:3100)
 *
 * Starts nothing: it needs a running Hearth with the development outbox on. Pictures go to
 * e2e/.artifacts/screenshots/hard/ (git-ignored).
 */
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { base, launch, pair, signedIn, takeShots, type Shot } from './screenshot-kit.ts';

const outDir = path.resolve(import.meta.dirname, '../e2e/.artifacts/screenshots/hard');

async function call(context: BrowserContext, method: 'get' | 'post' | 'put', url: string, data?: unknown): Promise<unknown> {
  const response = await context.request[method](`${base}${url}`, data === undefined ? undefined : { data });
  if (!response.ok()) throw new Error(`${method.toUpperCase()} ${url}: ${response.status()} ${await response.text()}`);
  return response.json();
}

const type = (text: string) => async (page: Page) => {
  await page.locator('#composer textarea').fill(text);
  await page.locator('.coach-summary, .coach--crisis').first().waitFor();
};

const CRITICAL = "You never listen to me. You're so selfish, you always put your phone first. Whatever, I'm done talking about it.";

async function main() {
  const browser = await launch();
  const [alex, sam, maya] = await Promise.all([signedIn(browser, 'Alex'), signedIn(browser, 'Sam'), signedIn(browser, 'Maya')]);
  await pair(alex, sam);
  await call(sam, 'post', '/api/talk/requests', { text: 'I feel lonely in the evenings lately, when we both end up on our phones. Could we have twenty minutes together after dinner tonight?' });
  const sent = (await call(alex, 'post', '/api/talk/requests', { text: 'I feel worried about money this month. Could we sit down on Sunday and look at it together?' })) as { request: { id: string } };
  await call(sam, 'post', `/api/talk/requests/${sent.request.id}/response`, { response: 'later', note: 'Yes — Sunday morning works, after coffee.', proposedTime: '2026-11-29T10:00:00Z' });
  await call(alex, 'post', '/api/talk/drafts', { text: 'I miss how we used to go walking together.' });

  const [paired, alone] = [await alex.storageState(), await maya.storageState()];
  await Promise.all([alex, sam, maya].map((c) => c.close()));

  const shots: Shot[] = [
    { name: 'talk', path: '/talk', state: paired },
    { name: 'talk-critical', path: '/talk', state: paired, act: type(CRITICAL) },
    { name: 'talk-critical', path: '/talk', state: paired, act: type(CRITICAL), dark: true },
    { name: 'talk-gentle', path: '/talk', state: paired, act: type('I feel lonely when we eat in front of the TV. Could we have dinner at the table tonight?') },
    { name: 'talk-crisis', path: '/talk', state: paired, act: type("I can't do this anymore. Sometimes I think everyone would be better off without me.") },
    {
      name: 'talk-scaffold',
      path: '/talk',
      state: paired,
      act: async (page) => {
        await page.getByText('Help me start gently').click();
        await page.getByLabel('I feel…').fill('lonely');
        await page.getByLabel('about…').fill('the evenings this week');
      },
    },
    { name: 'talk-alone', path: '/talk', state: alone },
  ];
  await takeShots(browser, shots, outDir, { timezoneId: 'UTC' });
  await browser.close();
}

await main();
