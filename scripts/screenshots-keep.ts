/**
 * Screenshots of what keeps a person's words: the account page with "Your data", the leave and
 * delete dialogs, a cycle-map side mapped alone after pairing, and "From before" on the
 * appreciations, talk and Aftermath pages, at phone and desktop widths, light and dark.
 *
 *   npx tsx scripts/screenshots-keep.ts [BASE_URL]      (default http://127.0.0.1:3100)
 *
 * Starts nothing: it needs a running Hearth with the development outbox on. Pictures go to
 * e2e/.artifacts/screenshots/keep/ (git-ignored).
 */
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { base, launch, pair, signedIn, takeShots, type Shot } from './screenshot-kit.ts';

const outDir = path.resolve(import.meta.dirname, '../e2e/.artifacts/screenshots/keep');

async function call(context: BrowserContext, method: 'post' | 'put', url: string, data: unknown): Promise<unknown> {
  const response = await context.request[method](`${base}${url}`, { data });
  if (!response.ok()) throw new Error(`${method.toUpperCase()} ${url}: ${response.status()} ${await response.text()}`);
  return response.json();
}

const open = (button: string) => async (page: Page) => {
  await page.getByRole('button', { name: button }).click();
  await page.getByRole('dialog').waitFor();
};

const loaded = (selector: string) => async (page: Page) => {
  await page.locator(selector).waitFor();
};

async function main() {
  const browser = await launch();
  const [alex, sam, robin, jo] = (await Promise.all(['Alex', 'Sam', 'Robin', 'Jo'].map((name) => signedIn(browser, name)))) as [BrowserContext, BrowserContext, BrowserContext, BrowserContext];
  await call(alex, 'put', '/api/cycle-map', {
    myMoves: ['Go quiet', 'Leave the room'],
    stance: 'withdraw',
    feelingsUnderneath: 'Tired, and worried I will get it wrong.',
    fears: 'That I am not enough.',
    longings: 'To feel that we are on the same side.',
  });
  await pair(alex, sam);

  await pair(robin, jo);
  await call(jo, 'post', '/api/appreciations', { text: 'Thank you for the soup when I was ill. It meant more than you know.' });
  await call(robin, 'post', '/api/appreciations', { text: 'I loved our walk by the river on Sunday.' });
  await call(jo, 'post', '/api/talk/requests', { text: 'I feel far from you lately. Could we talk about the holidays this weekend?' });
  const mine = (await call(robin, 'post', '/api/talk/requests', { text: 'Could we plan a slow Sunday together?' })) as { request: { id: string } };
  await call(jo, 'post', `/api/talk/requests/${mine.request.id}/response`, { response: 'accept', note: 'Yes, gladly.' });
  const am = (await call(robin, 'post', '/api/aftermaths', {})) as { aftermath: { id: string } };
  await call(robin, 'post', '/api/aftermaths/steps', { aftermathId: am.aftermath.id, step: 'feelings', text: 'I felt alone, and tired of trying.', done: true });
  await call(robin, 'post', '/api/aftermaths/steps', { aftermathId: am.aftermath.id, step: 'account', text: 'We were both late and hungry.', done: false });
  await call(robin, 'post', '/api/couple/leave', {});

  const paired = await alex.storageState();
  const left = await robin.storageState();
  const shots: Shot[] = [];
  for (const dark of [false, true]) {
    shots.push(
      { name: 'account', path: '/account', state: paired, dark },
      { name: 'leave-dialog', path: '/account', state: paired, act: open('Leave couple…'), dark },
      { name: 'delete-dialog', path: '/account', state: paired, act: open('Delete account…'), dark },
      { name: 'cycle-mapped-alone', path: '/cycle-map', state: paired, act: loaded('#cycle-mine'), dark },
      { name: 'appreciations-before', path: '/appreciations', state: left, act: loaded('#wall-before'), dark },
      { name: 'talk-before', path: '/talk', state: left, act: loaded('#talk-before'), dark },
      { name: 'aftermath-before', path: '/aftermath', state: left, act: loaded('#aftermath-before'), dark },
    );
  }
  await takeShots(browser, shots, outDir);
  await browser.close();
}

await main();
