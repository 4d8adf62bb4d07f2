import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { newPerson, pairViaApi, signUpViaApi } from './helpers.ts';

type State = 'alone' | 'paired' | 'revealed';
type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

interface Screen {
  name: string;
  state: State;
  path: string;
  act?: (page: Page) => Promise<void>;
}

const SCREENS: Screen[] = [
  { name: 'today alone', state: 'alone', path: '/today' },
  { name: 'today paired', state: 'paired', path: '/today' },
  {
    name: 'today with errors',
    state: 'paired',
    path: '/today',
    act: async (page) => {
      await page.locator('#today-appreciation').getByRole('button', { name: /Send to/ }).click();
      await expect(page.getByText('Please write a few words to send.')).toBeVisible();
      await page.locator('#today-check-in').getByRole('button', { name: /check-in/ }).click();
      await expect(page.getByText('Please choose how connected you felt.')).toBeVisible();
    },
  },
  { name: 'today revealed', state: 'revealed', path: '/today' },
  { name: 'appreciations paired', state: 'revealed', path: '/appreciations' },
  { name: 'appreciations alone', state: 'alone', path: '/appreciations' },
  { name: 'rituals', state: 'revealed', path: '/rituals' },
  { name: 'rituals empty', state: 'alone', path: '/rituals' },
  {
    name: 'ritual delete dialog',
    state: 'revealed',
    path: '/rituals',
    act: async (page) => {
      await page.getByRole('button', { name: 'Remove…' }).first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  { name: 'reminders off', state: 'alone', path: '/settings/reminders' },
  { name: 'reminders on', state: 'revealed', path: '/settings/reminders' },
  { name: 'progress empty', state: 'alone', path: '/progress' },
  {
    name: 'progress with data',
    state: 'revealed',
    path: '/progress',
    act: async (page) => {
      for (const summary of await page.locator('.chart-table summary').all()) await summary.click();
    },
  },
  { name: 'home with Today', state: 'paired', path: '/' },
];

async function prepareStates(browser: Browser): Promise<Record<State, StorageState>> {
  const make = async () => {
    const context = await browser.newContext();
    await signUpViaApi(context, newPerson('Axe'));
    return context;
  };
  const [alone, paired, partner, revealed, revealedPartner] = await Promise.all(Array.from({ length: 5 }, make));
  await pairViaApi(paired!, partner!);
  await pairViaApi(revealed!, revealedPartner!);

  // One couple with something in every part: answers revealed, appreciations, a shared check-in,
  // a ritual with a calendar link, reminders on.
  for (const [who, words] of [
    [revealed!, 'Slow Sunday mornings.'],
    [revealedPartner!, 'Long walks after rain.'],
  ] as const) {
    const today = (await (await who.request.get('/api/today?timeZone=UTC')).json()) as { loveMap: { question: { id: string } } };
    expect((await who.request.post('/api/today/love-map', { data: { questionId: today.loveMap.question.id, answer: words, guess: 'Something cosy.' } })).ok()).toBe(true);
    expect((await who.request.put('/api/today/check-in', { data: { connection: 4, toward: 3, away: 1, against: 0, shared: true, timeZone: 'UTC' } })).ok()).toBe(true);
    expect((await who.request.post('/api/appreciations', { data: { text: `Thank you for ${words.toLowerCase()}` } })).ok()).toBe(true);
  }
  expect((await revealed!.request.post('/api/rituals', { data: { title: 'Evening walk', schedule: 'FREQ=WEEKLY;BYDAY=MO,TH', timeZone: 'Europe/Berlin', time: '19:30' } })).ok()).toBe(true);
  expect((await revealed!.request.post('/api/calendar/feed', { data: {} })).ok()).toBe(true);
  expect((await revealed!.request.put('/api/reminders', { data: { enabled: true, days: ['mon', 'wed'], time: '08:30', timeZone: 'Europe/Berlin' } })).ok()).toBe(true);

  const states = { alone: await alone!.storageState(), paired: await paired!.storageState(), revealed: await revealed!.storageState() };
  await Promise.all([alone, paired, partner, revealed, revealedPartner].map((c) => c!.close()));
  return states;
}

let states: Awaited<ReturnType<typeof prepareStates>>;
test.beforeAll(async ({ browser }) => {
  states = await prepareStates(browser);
});

for (const width of [390, 1280]) {
  for (const screen of SCREENS) {
    test(`axe: ${screen.name} at ${width}px`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 800 }, storageState: states[screen.state] });
      const page = await context.newPage();
      await page.goto(screen.path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'One moment…' })).toHaveCount(0);
      await screen.act?.(page);

      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const summary = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
      );
      expect(summary, summary.join('\n')).toEqual([]);
      await context.close();
    });
  }
}
