import { expect, test } from '@playwright/test';
import { heading, newPerson, outboxLink, signUpViaApi, signUpViaUi } from './helpers.ts';

test('two partners find each other, and one leaves without blame', async ({ browser }) => {
  const alex = newPerson('Alex');
  const sam = newPerson('Sam');

  // Partner A signs up and confirms through the e-mailed link.
  const contextA = await browser.newContext();
  const a = await contextA.newPage();
  await a.goto('/');
  await expect(a).toHaveURL(/\/welcome$/);
  await a.getByRole('link', { name: 'Create an account' }).click();
  await signUpViaUi(a, alex);
  await expect(a.getByText(alex.email)).toBeVisible();
  await a.goto(await outboxLink(contextA.request, alex.email, '/confirm'));
  await expect(heading(a)).toHaveText('Hello, Alex');
  await expect(a.getByText('Welcome to Hearth. Your account is ready.')).toBeVisible();

  // Alone: Hearth is worth using alone, an invitation is offered without pressure.
  await expect(a.getByRole('heading', { name: 'Starting on your own' })).toBeVisible();
  await a.getByRole('link', { name: 'Invite your partner' }).click();
  await expect(heading(a)).toHaveText('Invite your partner');
  await a.getByRole('button', { name: 'Create an invitation' }).click();
  await expect(a.getByText('Your invitation is ready.')).toBeVisible();
  const inviteUrl = await a.getByLabel('Link').inputValue();
  const code = await a.getByLabel('Code').inputValue();
  expect(inviteUrl).toContain(`/join#code=${code}`);

  // Home shows the open invitation.
  await a.getByRole('link', { name: 'Home', exact: true }).click();
  await expect(a.getByRole('heading', { name: 'Your invitation is open' })).toBeVisible();
  await expect(a.getByLabel('Code')).toHaveValue(code);

  // Partner B opens the link signed out, signs up, confirms, and comes back to accept.
  const contextB = await browser.newContext();
  const b = await contextB.newPage();
  await b.goto(inviteUrl);
  await expect(heading(b)).toHaveText("You've been invited to Hearth");
  await expect(b.getByText(code)).toBeVisible();
  await b.getByRole('link', { name: 'Create an account' }).click();
  await expect(b.getByText("we'll bring you back to accept the invitation")).toBeVisible();
  await signUpViaUi(b, sam);
  await b.goto(await outboxLink(contextB.request, sam.email, '/confirm'));
  await expect(heading(b)).toHaveText('Join your partner');
  await expect(b.getByLabel('Invitation code')).toHaveValue(code);
  await b.getByRole('button', { name: 'Accept invitation' }).click();

  // Both see each other's name.
  await expect(heading(b)).toHaveText('Hello, Sam');
  await expect(b.getByRole('heading', { name: 'You and Alex' })).toBeVisible();
  await expect(b.getByText('You and Alex are now paired in Hearth.')).toBeVisible();
  await a.reload();
  await expect(a.getByRole('heading', { name: 'You and Sam' })).toBeVisible();

  // A leaves; the dialog says plainly what happens.
  await a.getByRole('link', { name: 'Account', exact: true }).click();
  await a.getByRole('button', { name: 'Leave couple…' }).click();
  const dialog = a.getByRole('dialog', { name: 'Leave your couple?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('You and Sam will no longer be paired in Hearth.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Stay paired' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Leave couple' }).click();
  await expect(dialog).toBeHidden();
  await expect(a.getByText('You are no longer paired. Hearth is still here for you.')).toBeVisible();
  await expect(a.getByRole('heading', { name: 'Your couple' })).toHaveCount(0);

  // B sees the neutral notice, can keep going alone, and can hide it.
  await b.reload();
  const notice = b.getByRole('region', { name: 'You are no longer paired in Hearth.' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('You can keep using Hearth on your own');
  await expect(notice).not.toContainText('Alex');
  await expect(b.getByRole('heading', { name: 'Starting on your own' })).toBeVisible();
  await notice.getByRole('button', { name: 'OK, hide this note' }).click();
  await expect(notice).toBeHidden();
  await b.reload();
  await expect(b.getByRole('heading', { name: 'Starting on your own' })).toBeVisible();
  await expect(b.getByText('You are no longer paired in Hearth.')).toHaveCount(0);

  await contextA.close();
  await contextB.close();
});

test('a code typed by hand works, and the usual mistakes are explained', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const riley = newPerson('Riley');
  await signUpViaApi(context, riley);

  // An unknown code.
  await page.goto('/join');
  await page.getByLabel('Invitation code').fill('AAAA-BBBB-CCCC');
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(page.getByRole('alert')).toContainText("This invitation code doesn't work.");
  await expect(page.getByLabel('Invitation code')).toHaveValue('AAAA-BBBB-CCCC');

  // An empty code, checked in the browser with the shared contract.
  await page.getByLabel('Invitation code').fill('');
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(page.getByText('Please enter the code from the invitation.')).toBeVisible();
  await expect(page.getByLabel('Invitation code')).toBeFocused();

  // One's own invitation.
  await page.goto('/invite');
  await page.getByRole('button', { name: 'Create an invitation' }).click();
  const code = await page.getByLabel('Code').inputValue();
  await page.goto('/join');
  await page.getByLabel('Invitation code').fill(code.toLowerCase().replace(/-/g, ' '));
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(page.getByRole('alert')).toContainText('This is your own invitation.');

  // Withdrawing and renewing.
  await page.goto('/invite');
  await page.getByRole('button', { name: 'Make a new invitation' }).click();
  await expect(page.getByText('Here is a new invitation. The earlier one no longer works.')).toBeVisible();
  await expect(page.getByLabel('Code')).not.toHaveValue(code);
  await page.getByRole('button', { name: 'Withdraw invitation' }).click();
  await expect(page.getByText('The invitation is withdrawn. Nobody can use it now.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create an invitation' })).toBeVisible();
  await context.close();
});
