/**
 * Screenshots of the pages for everyday connection: Today (before and after the love-map reveal, alone and
 * paired), the appreciation wall, rituals, reminders and Progress (with some data), at phone and
 * desktop widths, with dark-mode variants of a few.
 *
 *   npx tsx scripts/screenshots-connection.ts [BASE_URL]      (default http://127.0.0.1:3100)
 *
 * Starts nothing: it needs a running Hearth with the development outbox on. Pictures go to
 * e2e/.artifacts/screenshots/connection/ (git-ignored).
 */
import path from 'node:path';
import type { Browser, BrowserContext } from '@playwright/test';
import { base, launch, pair, signedIn, takeShots, type Shot, type StorageState } from './screenshot-kit.ts';

const outDir = path.resolve(import.meta.dirname, '../e2e/.artifacts/screenshots/connection');
const ZONE = 'UTC';


async function call(context: BrowserContext, method: 'get' | 'post' | 'put', url: string, data?: unknown): Promise<unknown> {
  const response = await context.request[method](`${base}${url}`, data === undefined ? undefined : { data });
  if (!response.ok()) throw new Error(`${method.toUpperCase()} ${url}: ${response.status()} ${await response.text()}`);
  return response.json();
}

async function answer(context: BrowserContext, text: string, guess: string): Promise<void> {
  const today = (await call(context, 'get', `/api/today?timeZone=${ZONE}`)) as { loveMap: { question: { id: string } } };
  await call(context, 'post', '/api/today/love-map', { questionId: today.loveMap.question.id, answer: text, guess });
}

/** Check-ins on past days are refused by the API (only "today" is accepted), so history comes from today only. */
async function prepare(browser: Browser) {
  const [alone, alex, sam, jo, kim] = await Promise.all([
    signedIn(browser, 'Maya'),
    signedIn(browser, 'Alex'),
    signedIn(browser, 'Sam'),
    signedIn(browser, 'Jo'),
    signedIn(browser, 'Kim'),
  ]);
  await pair(alex, sam);
  await pair(jo, kim);

  // Jo and Kim: Jo answered, Kim not yet (Jo sees "saved", nothing about Kim).
  await answer(jo, 'Reading in the sun with nowhere to be.', 'Probably a long bike ride.');

  // Alex and Sam: both answered (revealed), check-ins shared, appreciations both ways, a ritual.
  await answer(alex, 'The first warm evening of spring, eating outside.', 'Something with music, I think.');
  await answer(sam, 'Singing badly in the car with the windows down.', 'Eating outside when it gets warm.');
  await call(alex, 'put', '/api/today/check-in', { connection: 4, toward: 5, away: 2, against: 0, shared: true, timeZone: ZONE });
  await call(sam, 'put', '/api/today/check-in', { connection: 3, toward: 3, away: 1, against: 1, shared: true, timeZone: ZONE });
  await call(alex, 'post', '/api/appreciations', { text: 'Thank you for picking up the groceries when I was swamped. It meant a lot.' });
  await call(sam, 'post', '/api/appreciations', { text: 'I love how you laugh at your own jokes before the punchline.' });
  await call(sam, 'post', '/api/appreciations', { text: 'Thank you for trying the new recipe, even if it burned a bit. I noticed the effort.' });
  await call(alex, 'post', '/api/rituals', { title: 'Stress-reducing talk after work', schedule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', timeZone: ZONE, time: '18:30' });
  await call(alex, 'post', '/api/rituals', { title: 'Date night', schedule: 'FREQ=MONTHLY;BYMONTHDAY=12', timeZone: ZONE, time: '19:30' });
  await call(alex, 'post', '/api/calendar/feed', {});
  await call(alex, 'put', '/api/reminders', { enabled: true, days: ['mon', 'wed', 'fri'], time: '08:30', timeZone: ZONE, quietHours: { start: '22:00', end: '07:00' } });
  await call(alone, 'post', '/api/appreciations/drafts', { text: 'You always remember how I take my tea.' });

  const states = { alone: await alone.storageState(), revealed: await alex.storageState(), waiting: await jo.storageState(), fresh: await kim.storageState() };
  await Promise.all([alone, alex, sam, jo, kim].map((c) => c.close()));
  return states;
}

async function main() {
  const browser = await launch();
  const states = await prepare(browser);

  const shots: Shot[] = [
    { name: 'home-paired', path: '/', state: states.fresh },
    { name: 'today-before', path: '/today', state: states.fresh },
    { name: 'today-waiting', path: '/today', state: states.waiting },
    { name: 'today-revealed', path: '/today', state: states.revealed },
    { name: 'today-revealed', path: '/today', state: states.revealed, dark: true },
    { name: 'today-alone', path: '/today', state: states.alone },
    { name: 'appreciations', path: '/appreciations', state: states.revealed },
    { name: 'appreciations-alone', path: '/appreciations', state: states.alone },
    { name: 'rituals', path: '/rituals', state: states.revealed },
    { name: 'rituals', path: '/rituals', state: states.revealed, dark: true },
    { name: 'reminders', path: '/settings/reminders', state: states.revealed },
    { name: 'progress', path: '/progress', state: states.revealed },
    { name: 'progress', path: '/progress', state: states.revealed, dark: true },
    { name: 'progress-empty', path: '/progress', state: states.alone },
  ];

  await takeShots(browser, shots, outDir, {
    timezoneId: ZONE,
    ready: async (page, shot) => {
      if (shot.path === '/progress') await page.locator('.uplot').first().waitFor().catch(() => undefined);
    },
  });
  await browser.close();
}

await main();
