import { expect, test } from '@playwright/test';
import { newPerson, signUpViaApi } from './helpers.ts';

/**
 * Runs in its own project after all the others (see playwright.config.ts): it makes many failed
 * sign-ins from 127.0.0.1, which would slow down every other test's sign-in.
 */

test('sign-in throttling never locks a person out of their own known device', async ({ browser }) => {
  // The owner signs in once on their own browser, which remembers the device.
  const owner = newPerson('Owner');
  const own = await browser.newContext();
  await signUpViaApi(own, owner);
  expect((await own.request.post('/api/auth/sign-in', { data: { email: owner.email, password: owner.password } })).status()).toBe(200);

  // Someone on the same network (a shared household address) makes failed sign-ins; spread over
  // made-up addresses, no per-account limit slows them, and the whole address gets locked.
  const other = await browser.newContext();
  for (let i = 0; i < 24; i++) {
    await other.request.post('/api/auth/sign-in', { data: { email: `made-up-${i}-${owner.email}`, password: 'guess-not-it' } });
  }

  // The owner, on their own device, with the right password, must get in.
  const response = await own.request.post('/api/auth/sign-in', { data: { email: owner.email, password: owner.password } });
  expect(response.status(), `Retry-After: ${response.headers()['retry-after']}`).toBe(200);
  await own.close();
  await other.close();
});
