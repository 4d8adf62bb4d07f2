import { readFile } from 'node:fs/promises';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
// pdf-parse's index runs a self-test when imported; its library file does not.
import pdf from 'pdf-parse/lib/pdf-parse.js';
import { aCouple, chooseToCompareViaApi, completeCheckupViaApi, heading, newPerson, pairViaApi, signUpViaApi } from './helpers.ts';

/** Clicks through every part of the check-up, choosing `pick(n)` (0-based) for the n-th statement. */
async function answerAllParts(page: Page, pick: (n: number) => number, options: { skip?: number } = {}) {
  let n = 0;
  for (;;) {
    const groups = page.locator('.scale-stack > fieldset');
    await expect(groups.first()).toBeVisible();
    const count = await groups.count();
    for (let i = 0; i < count; i++, n++) {
      if (n === options.skip) continue;
      await groups.nth(i).getByRole('radio').nth(pick(n)).check();
    }
    const next = page.getByRole('button', { name: 'Next part' });
    if ((await next.count()) === 0) return;
    const part = await page.getByText(/^Part \d+ of \d+$/).textContent();
    await next.click();
    await expect(page.getByText(/^Part \d+ of \d+$/)).not.toHaveText(part!);
  }
}

async function pdfPages(path: string): Promise<number> {
  const data = await pdf(await readFile(path));
  return data.numpages;
}

test('both partners take the check-up and read their couple report', async ({ browser }) => {
  test.setTimeout(120_000);
  const { contextA, contextB, a, b } = await aCouple(browser, ['Alex', 'Sam']);

  // Home points to the next step, gently; the safety questions are offered, not forced.
  await a.goto('/');
  const card = a.locator('#home-checkup');
  await expect(card.getByRole('heading', { name: 'The Connection Check-up' })).toBeVisible();
  await card.getByRole('link', { name: 'Go straight to the check-up' }).click();

  // The introduction says honestly what this is.
  await expect(heading(a)).toHaveText('Connection Check-up');
  await expect(a.getByText('not a validated clinical test and not a diagnosis')).toBeVisible();
  await expect(a.getByRole('link', { name: 'Answer the safety questions' })).toBeVisible();
  await a.getByRole('button', { name: 'Start the check-up' }).click();
  await expect(a.getByText('Part 1 of 9')).toBeVisible();
  await expect(a.getByRole('heading', { level: 2, name: 'Emotional blueprints' })).toBeFocused();

  // Answers save themselves; a reload (or another device) resumes where they left off.
  const first = a.locator('.scale-stack > fieldset');
  await first.nth(0).getByRole('radio', { name: 'Mostly agree' }).check();
  await first.nth(1).getByRole('radio', { name: 'Strongly disagree' }).check();
  await expect(a.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  const elsewhere = await contextA.newPage();
  await elsewhere.goto('/checkup');
  await expect(elsewhere.getByText('You\'ve answered 2 of 41 statements.')).toBeVisible();
  await elsewhere.getByRole('button', { name: 'Continue' }).click();
  await expect(elsewhere.locator('.scale-stack > fieldset').nth(0).getByRole('radio', { name: 'Mostly agree' })).toBeChecked();
  await elsewhere.close();

  // One statement left open: finishing explains which, and goes to it.
  await answerAllParts(a, (n) => (n * 3) % 5, { skip: 7 });
  await a.getByRole('button', { name: 'See my result' }).click();
  await expect(a.getByRole('alert').filter({ hasText: 'One statement still needs an answer' })).toBeVisible();
  const open = a.locator('fieldset.scale--flagged');
  await expect(open).toHaveCount(1);
  await expect(open).toContainText('Not answered yet');
  await expect(open.getByRole('radio').first()).toBeFocused();
  await open.getByRole('radio', { name: 'Somewhere in between' }).check();
  await expect(a.getByText('still needs an answer')).toHaveCount(0);
  while (await a.getByRole('button', { name: 'Next part' }).count()) await a.getByRole('button', { name: 'Next part' }).click();
  // A double click sends one result.
  await a.getByRole('button', { name: 'See my result' }).dblclick();

  // My result, private: scores, what they may mean, what helps; a chart with its numbers.
  await expect(heading(a)).toHaveText('Your check-up result');
  await expect(a.getByText('Noticing where you stand is already a step toward each other.')).toBeVisible();
  await expect(a.getByRole('figure', { name: /The five dynamics of distance/ })).toBeVisible();
  await expect(a.getByRole('figure', { name: /The forgotten four/ })).toContainText('out of 100');
  await expect(a.locator('#dimension-friendship')).toContainText('Things that may help');
  expect((await (await contextA.request.get('/api/checkup/results')).json()).results).toHaveLength(1);

  // My result as a PDF.
  const [mine] = await Promise.all([a.waitForEvent('download'), a.getByRole('link', { name: 'Download PDF' }).click()]);
  expect(await pdfPages((await mine.path())!)).toBeGreaterThanOrEqual(1);

  // Before both are done: each person's own choice to compare, saying nothing of the partner.
  await a.goto('/checkup/couple');
  await a.getByRole('button', { name: 'Choose to compare' }).click();
  await expect(a.getByRole('heading', { name: "You've chosen to compare" })).toBeVisible();
  await b.goto('/checkup/couple');
  await expect(b.getByRole('heading', { name: 'Compare your results?' })).toBeVisible();
  await b.getByRole('button', { name: 'Choose to compare' }).click();
  await expect(b.getByText('Your couple report appears here once you have both chosen to compare and both have taken the check-up.')).toBeVisible();

  // Sam takes the check-up too, entirely through the page.
  await b.getByRole('link', { name: 'Go to the check-up' }).click();
  await b.getByRole('button', { name: 'Start the check-up' }).click();
  await answerAllParts(b, (n) => (n * 2) % 5);
  await b.getByRole('button', { name: 'See my result' }).click();
  await expect(heading(b)).toHaveText('Your check-up result');

  // The couple report: side by side, strengths, room to grow, differences, first steps.
  await b.getByRole('link', { name: 'Open the couple report' }).click();
  await expect(heading(b)).toHaveText('Your couple report');
  await expect(b.getByText(/^You and Alex, as of/)).toBeVisible();
  await expect(b.getByRole('heading', { name: 'Your scores side by side' })).toBeVisible();
  await expect(b.getByRole('heading', { name: 'Where you both see a strength' })).toBeVisible();
  await expect(b.getByRole('heading', { name: 'Where you both see room to grow' })).toBeVisible();
  await expect(b.getByRole('heading', { name: 'Worth talking about' })).toBeVisible();
  await b.getByText('Show as a table').click();
  await expect(b.getByRole('table', { name: 'Your scores side by side' }).getByRole('row')).toHaveCount(11);
  // Alex's answers stay private until Alex shares them.
  await expect(b.locator('#couple-answers')).toContainText("Alex's answers to each statement are private.");

  const [report] = await Promise.all([b.waitForEvent('download'), b.getByRole('link', { name: 'Download PDF' }).click()]);
  expect(report.suggestedFilename()).toBe('hearth-couple-report.pdf');
  expect(await pdfPages((await report.path())!)).toBeGreaterThanOrEqual(1);

  // Alex chooses to share; Sam then sees Alex's answers.
  await a.goto('/checkup/result');
  await expect(heading(a)).toHaveText('Your check-up result');
  const share = a.getByRole('switch', { name: 'Share my answers with Sam' });
  await expect(share).not.toBeChecked();
  // The switch shows the server's state, so it turns on once the change is saved, not on the click.
  await share.click();
  await expect(share).toBeChecked();
  await expect(a.getByText('Sam can now see your answers in your couple report.')).toBeVisible();
  await b.reload();
  await b.getByText("Show Alex's answers").click();
  await expect(b.locator('#couple-answers li')).toHaveCount(41);

  await contextA.close();
  await contextB.close();
});

/** Everything a person reads on their check-up pages, with nothing that differs by chance. */
async function pagesText(page: Page, resultId: string): Promise<string[]> {
  const texts: string[] = [];
  for (const path of ['/', '/checkup', '/checkup/result', '/checkup/couple', '/help']) {
    await page.goto(path);
    await expect(heading(page)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'One moment…' })).toHaveCount(0);
    await page.waitForLoadState('networkidle');
    texts.push(`${path}\n${await page.locator('body').innerText()}`);
  }
  return texts;
}

async function couple(browser: import('@playwright/test').Browser) {
  const a = await browser.newContext();
  const b = await browser.newContext();
  await Promise.all([signUpViaApi(a, newPerson('Alex')), signUpViaApi(b, newPerson('Sam'))]);
  await pairViaApi(a, b);
  await Promise.all([chooseToCompareViaApi(a), chooseToCompareViaApi(b)]);
  return { a, b };
}

async function answerSafety(context: BrowserContext, atRisk: boolean): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/checkup/safety');
  await expect(heading(page)).toHaveText('Is it safe to answer right now?');
  await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
  await page.getByRole('button', { name: "I'm on my own and ready" }).click();
  await expect(heading(page)).toHaveText('Your safety');
  const groups = page.locator('form fieldset');
  const count = await groups.count();
  // Skipping is allowed: the last question stays unanswered.
  for (let i = 0; i < count - 1; i++) await groups.nth(i).getByRole('radio', { name: atRisk && i < 2 ? 'Often' : 'Not at all' }).check();
  await page.getByRole('button', { name: 'Save my answers' }).click();
  return page;
}

test('the safety screen shows help to that person only; the partner sees exactly the same pages', async ({ browser }) => {
  test.setTimeout(120_000);
  const safe = await couple(browser);
  const risk = await couple(browser);

  // The safe answer: a calm thank-you.
  const safePage = await answerSafety(safe.a, false);
  await expect(heading(safePage)).toHaveText('Thank you');
  await expect(safePage.locator('a[href^="tel:"]')).toHaveCount(0);

  // The at-risk answer: resources with phone and text links, and a private way to a counselor.
  const riskPage = await answerSafety(risk.a, true);
  await expect(heading(riskPage)).toHaveText('You deserve to be safe');
  await expect(riskPage.getByText('you can reach a counselor privately')).toBeVisible();
  await expect(riskPage.getByRole('link', { name: 'Call 1-800-799-7233' })).toHaveAttribute('href', /^tel:/);
  await expect(riskPage.getByRole('link', { name: 'Text START to 88788' })).toHaveAttribute('href', /^sms:/);

  // Both couples finish the check-up with the same answers.
  for (const { a, b } of [safe, risk]) {
    await completeCheckupViaApi(a, (i) => (i % 5) + 1);
    await completeCheckupViaApi(b, (i) => ((i + 2) % 5) + 1);
  }
  const resultOf = async (context: BrowserContext) => ((await (await context.request.get('/api/checkup/results')).json()) as { results: { id: string }[] }).results[0]!.id;

  // The partner's pages read the same, word for word, in both cases.
  const pageSafe = await safe.b.newPage();
  const pageRisk = await risk.b.newPage();
  const textSafe = await pagesText(pageSafe, await resultOf(safe.b));
  const textRisk = await pagesText(pageRisk, await resultOf(risk.b));
  expect(textRisk).toEqual(textSafe);
  expect(textRisk.find((t) => t.startsWith('/checkup/couple'))).toContain('Your scores side by side');

  for (const context of [safe.a, safe.b, risk.a, risk.b]) await context.close();
});
