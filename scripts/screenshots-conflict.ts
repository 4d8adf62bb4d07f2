/**
 * Screenshots of the pages for hard moments: "Say it gently" (empty, a critical draft with the
 * Coach's notes, crisis words, the rewrite scaffold), talk requests, the Aftermath (a step shown
 * to both, one waiting), the cycle map drawn from both sides, and breaks (mine, the partner's
 * notice, the invitation back), at phone and desktop widths, with dark-mode variants of a few.
 *
 *   npx tsx scripts/screenshots-conflict.ts [BASE_URL]      (default http://127.0.0.1:3100)
 *
 * Starts nothing: it needs a running Hearth with the development outbox on. Pictures go to
 * e2e/.artifacts/screenshots/conflict/ (git-ignored).
 */
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { base, launch, pair, signedIn, takeShots, type Shot } from './screenshot-kit.ts';

const outDir = path.resolve(import.meta.dirname, '../e2e/.artifacts/screenshots/conflict');

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
  const [alex, sam, maya, jo, kim, ari, lee] = (await Promise.all(
    ['Alex', 'Sam', 'Maya', 'Jo', 'Kim', 'Ari', 'Lee'].map((name) => signedIn(browser, name)),
  )) as [BrowserContext, BrowserContext, BrowserContext, BrowserContext, BrowserContext, BrowserContext, BrowserContext];
  await Promise.all([pair(alex, sam), pair(jo, kim), pair(ari, lee)]);
  await call(sam, 'post', '/api/talk/requests', { text: 'I feel lonely in the evenings lately, when we both end up on our phones. Could we have twenty minutes together after dinner tonight?' });
  const sent = (await call(alex, 'post', '/api/talk/requests', { text: 'I feel worried about money this month. Could we sit down on Sunday and look at it together?' })) as { request: { id: string } };
  await call(sam, 'post', `/api/talk/requests/${sent.request.id}/response`, { response: 'later', note: 'Yes — Sunday morning works, after coffee.', proposedTime: '2026-11-29T10:00:00Z' });
  await call(alex, 'post', '/api/talk/drafts', { text: 'I miss how we used to go walking together.' });

  // Aftermath: the first step shown to both, the second finished by Alex only.
  const started = (await call(alex, 'post', '/api/aftermaths', {})) as { aftermath: { id: string } };
  const aftermath = started.aftermath.id;
  await call(alex, 'post', '/api/aftermaths/steps', { aftermathId: aftermath, step: 'feelings', text: 'I felt hurt and a bit invisible when the phone came out at dinner, and then angry at myself for snapping.', done: true });
  await call(sam, 'post', '/api/aftermaths/steps', { aftermathId: aftermath, step: 'feelings', text: 'I felt tired and cornered. I froze instead of answering, and I could see that made it worse.', done: true });
  await call(alex, 'post', '/api/aftermaths/steps', { aftermathId: aftermath, step: 'account', text: 'From where I sat, I had been waiting all day to talk, and the phone felt like a door closing.', done: true });

  // Cycle map: both sides mapped (Alex reaches out, Sam steps back), then Alex revised once.
  await call(alex, 'put', '/api/cycle-map', {
    stance: 'pursue',
    myMoves: ['ask again and again', 'raise my voice', 'follow into the next room'],
    feelingsUnderneath: 'Lonely, and scared that I do not matter as much as I used to.',
    fears: 'That we are drifting apart and will not find our way back.',
    longings: 'To feel that you are glad I am here, and to be chosen.',
  });
  await call(sam, 'put', '/api/cycle-map', {
    stance: 'withdraw',
    myMoves: ['go quiet', 'look at my phone', 'leave the room'],
    feelingsUnderneath: 'Overwhelmed, and ashamed that I keep getting it wrong.',
    fears: 'That whatever I say will start a bigger fight.',
    longings: 'To feel that I am enough, just as I am, and to rest together.',
  });
  await call(alex, 'put', '/api/cycle-map', {
    stance: 'pursue',
    myMoves: ['ask again and again', 'raise my voice', 'follow into the next room', 'bring up old fights'],
    feelingsUnderneath: 'Lonely, and scared that I do not matter as much as I used to.',
    fears: 'That we are drifting apart and will not find our way back.',
    longings: 'To feel that you are glad I am here, and to be chosen.',
  });

  // Breaks: Jo is on a break (Kim sees the notice); Ari and Lee were just invited back.
  await call(jo, 'post', '/api/breaks', { minutes: 30 });
  await call(ari, 'post', '/api/breaks', { minutes: 20 });
  await call(ari, 'post', '/api/breaks/end', {});

  const [paired, alone, onBreak, partnerOnBreak, invited] = await Promise.all([alex, maya, jo, kim, lee].map((c) => c.storageState()));
  await Promise.all([alex, sam, maya, jo, kim, ari, lee].map((c) => c.close()));

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
    { name: 'aftermath-intro', path: '/aftermath', state: paired },
    { name: 'aftermath-alone', path: '/aftermath', state: alone },
    { name: 'aftermath-steps', path: `/aftermath/${aftermath}`, state: paired },
    { name: 'aftermath-steps', path: `/aftermath/${aftermath}`, state: paired, dark: true },
    { name: 'cycle-map', path: '/cycle-map', state: paired, act: (page) => page.locator('svg[role="img"]').first().waitFor() },
    { name: 'cycle-map', path: '/cycle-map', state: paired, dark: true, act: (page) => page.locator('svg[role="img"]').first().waitFor() },
    { name: 'cycle-map-empty', path: '/cycle-map', state: alone },
    { name: 'break-idle', path: '/break', state: paired },
    { name: 'break-mine', path: '/break', state: onBreak },
    { name: 'break-partner-home', path: '/', state: partnerOnBreak },
    { name: 'break-invited', path: '/break', state: invited },
  ];
  await takeShots(browser, shots, outDir, { timezoneId: 'UTC' });
  await browser.close();
}

await main();
