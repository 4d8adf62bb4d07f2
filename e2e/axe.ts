import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';

export type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** A page in a given state, checked with axe at phone and desktop widths. */
export interface Screen<State extends string> {
  name: string;
  state: State;
  path: string;
  /** Brings the page into the state to check (an error shown, a dialog open). */
  act?: (page: Page) => Promise<void>;
}

/**
 * Declares one axe test per screen and width. `prepare` makes a signed-in person per state once
 * (through the API); a state it leaves out is a signed-out visitor.
 */
export function axeScreens<State extends string>(
  screens: Screen<State>[],
  prepare: (browser: Browser) => Promise<Partial<Record<State, StorageState>>>,
): void {
  let states: Partial<Record<State, StorageState>>;
  test.beforeAll(async ({ browser }) => {
    states = await prepare(browser);
  });

  for (const width of [390, 1280]) {
    for (const screen of screens) {
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
}
