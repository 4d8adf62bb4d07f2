import { expect, test, type Page } from '@playwright/test';
import { aCouple, heading, newPerson, signUpViaApi } from './helpers.ts';

const form = (page: Page) => page.locator('form.cycle-form');

async function mapMySide(page: Page, side: { stance: string; suggestion: string; ownMove: string; feel: string; fear: string; long: string }) {
  const f = form(page);
  await f.getByRole('radio', { name: side.stance }).check();
  await f.getByRole('button', { name: `Add: ${side.suggestion}` }).click();
  await f.getByLabel('Something I do').fill(side.ownMove);
  await f.getByLabel('Something I do').press('Enter');
  await expect(f.getByRole('list', { name: 'What I do, so far' }).getByRole('listitem')).toHaveCount(2);
  await f.getByLabel('What I feel underneath').fill(side.feel);
  await f.getByLabel('What I fear').fill(side.fear);
  await f.getByLabel('What I long for').fill(side.long);
  await f.getByRole('button', { name: 'Save my side' }).click();
}

test('each partner maps their side; the cycle is drawn only once both have; a revision keeps the earlier version', async ({ browser }) => {
  const { contextA, contextB, a, b } = await aCouple(browser, ['Alex', 'Sam']);

  await a.goto('/cycle-map');
  await expect(heading(a)).toHaveText('The cycle map');
  await expect(a.getByRole('heading', { name: 'What is the cycle?' })).toBeVisible();

  // Saving with no moves: a clear message, nothing sent.
  await form(a).getByRole('button', { name: 'Save my side' }).click();
  await expect(form(a).getByText('Please add at least one thing you tend to do when you feel apart.')).toBeVisible();
  await expect(form(a).getByLabel('Something I do')).toBeFocused();

  await mapMySide(a, {
    stance: 'Reach out more (pursue)',
    suggestion: 'push for an answer',
    ownMove: 'text again and again',
    feel: 'Alone on my side of the sofa.',
    fear: 'That I do not matter to you any more.',
    long: 'To hear that we are okay.',
  });
  await expect(a.getByText('Saved. Thank you for taking the time to look at your side.')).toBeVisible();
  const mine = a.locator('#cycle-mine');
  await expect(mine).toContainText('text again and again');
  await expect(mine).toContainText('The drawing appears once you and Sam have both mapped your side.');
  await expect(a.getByRole('img', { name: /The cycle between you and Sam/ })).toHaveCount(0);

  // Sam sees no drawing and none of Alex's words (and no hint that Alex has mapped).
  await b.goto('/cycle-map');
  await expect(heading(b)).toHaveText('The cycle map');
  await expect(b.getByRole('heading', { name: 'Map your side' })).toBeVisible();
  await expect(b.getByRole('img')).toHaveCount(0);
  for (const words of ['text again and again', 'Alone on my side of the sofa.', 'That I do not matter to you any more.', 'To hear that we are okay.']) {
    await expect(b.getByText(words)).toHaveCount(0);
  }

  await mapMySide(b, {
    stance: 'Go quiet or step back',
    suggestion: 'leave the room',
    ownMove: 'stare at my phone',
    feel: 'Flooded, like nothing I say is right.',
    fear: 'That I will get it wrong again.',
    long: 'A pause without it meaning I do not care.',
  });
  await expect(b.getByText('Your cycle is drawn below.')).toBeVisible();

  // Both see the drawing with both sides' words — Alex without reloading.
  const everyWord = [
    'push for an answer',
    'text again and again',
    'Alone on my side of the sofa.',
    'leave the room',
    'stare at my phone',
    'Flooded, like nothing I say is right.',
    'A pause without it meaning I do not care.',
    'To hear that we are okay.',
  ];
  for (const [page, partner] of [
    [a, 'Sam'],
    [b, 'Alex'],
  ] as const) {
    const drawing = page.getByRole('img', { name: new RegExp(`The cycle between you and ${partner}`) });
    await expect(drawing).toBeVisible();
    await expect(drawing).toContainText(`What ${partner} does`);
    await expect(drawing).toContainText('The cycle');
    await page.getByText('Read the cycle as text').click();
    const asText = page.locator('.cycle-as-text');
    for (const words of everyWord) await expect(asText).toContainText(words);
    // The SVG wraps lines, so check a short phrase from each side drawn there too.
    await expect(drawing).toContainText('push for an answer');
    await expect(drawing).toContainText('stare at my phone');
  }

  // Alex revises: the form starts from the saved side; the earlier version is listed.
  await a.getByRole('button', { name: 'Change my side' }).click();
  await expect(form(a).getByLabel('What I long for')).toHaveValue('To hear that we are okay.');
  await form(a).getByRole('button', { name: 'Remove: text again and again' }).click();
  await form(a).getByRole('button', { name: 'Add: go quiet' }).click();
  await form(a).getByRole('radio', { name: 'A bit of both' }).check();
  await form(a).getByRole('button', { name: 'Save my side' }).click();
  await expect(a.getByText('Saved. Your earlier version is kept below.')).toBeVisible();
  const versions = a.locator('#cycle-versions');
  const earlier = versions.getByRole('region', { name: 'Your earlier versions' }).locator('details');
  await expect(earlier).toHaveCount(1);
  await expect(earlier.locator('summary')).toContainText('Tends to reach out');
  await earlier.locator('summary').click();
  await expect(earlier).toContainText('text again and again');
  await expect(a.getByRole('img', { name: /The cycle between you and Sam/ })).toContainText('go quiet');

  // Sam sees Alex's earlier version too, now that both have mapped.
  await b.reload();
  await expect(b.locator('#cycle-versions').getByRole('region', { name: "Alex's earlier versions" }).locator('details')).toHaveCount(1);
});

test('a person alone maps their side privately and is told the drawing needs a partner', async ({ browser }) => {
  const context = await browser.newContext();
  await signUpViaApi(context, newPerson('Kai'));
  const page = await context.newPage();
  await page.goto('/cycle-map');
  await expect(heading(page)).toHaveText('The cycle map');
  await expect(page.getByText(/The drawing needs both sides of the cycle/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Invite your partner' })).toHaveAttribute('href', '/invite');
  await form(page).getByRole('button', { name: 'Add: go quiet' }).click();
  await form(page).getByRole('button', { name: 'Save my side' }).click();
  await expect(page.getByText('Saved. Thank you for taking the time to look at your side.')).toBeVisible();
  await expect(page.locator('#cycle-mine')).toContainText('go quiet');
  await expect(page.getByRole('img')).toHaveCount(0);
});

test('the moves editor works from the keyboard', async ({ browser }) => {
  const context = await browser.newContext();
  await signUpViaApi(context, newPerson('Noa'));
  const page = await context.newPage();
  await page.goto('/cycle-map');
  await expect(heading(page)).toHaveText('The cycle map');
  const f = form(page);
  const moves = f.getByRole('list', { name: 'What I do, so far' }).locator('.cycle-move-text');

  // Enter in the text box adds the move (and does not send the form).
  await f.getByLabel('Something I do').focus();
  await page.keyboard.type('sigh loudly');
  await page.keyboard.press('Enter');
  await expect(moves).toHaveText(['sigh loudly']);
  await expect(f.getByLabel('Something I do')).toHaveValue('');
  await expect(page.getByText('Saved.', { exact: false })).toHaveCount(0);

  // Tab past "Add" to the first idea; Enter adds it.
  await page.keyboard.press('Tab');
  await expect(f.getByRole('button', { name: 'Add', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(f.getByRole('button', { name: 'Add: push for an answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(moves).toHaveText(['sigh loudly', 'push for an answer']);

  // Removing keeps focus in the editor.
  await f.getByRole('button', { name: 'Remove: sigh loudly' }).focus();
  await page.keyboard.press('Enter');
  await expect(moves).toHaveText(['push for an answer']);
  await expect(f.getByRole('button', { name: 'Remove: push for an answer' })).toBeFocused();

  await f.getByRole('button', { name: 'Save my side' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Saved. Thank you for taking the time to look at your side.')).toBeVisible();

  // "Change my side" opens the form with focus on its heading; Cancel brings focus back.
  await page.getByRole('button', { name: 'Change my side' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Change your side' })).toBeFocused();
  await f.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Change my side' })).toBeFocused();
});
