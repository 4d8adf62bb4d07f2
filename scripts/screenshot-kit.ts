/**
 * What both screenshot scripts need: the server to talk to, and people signed up and paired
 * through the API (reading confirmation links from the development outbox).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';

export const base = (process.argv[2] ?? 'http://127.0.0.1:3100').replace(/\/$/, '');

export type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

let serial = 0;
export function person(name: string) {
  serial += 1;
  const tag = `${Date.now().toString(36)}${serial}`;
  return { name, email: `${name.toLowerCase()}.${tag}@example.test`, password: `warm-kettle-morning-${tag}` };
}

export async function outboxLink(context: BrowserContext, email: string, linkPath: string): Promise<string> {
  const pattern = new RegExp(`https?://\\S+${linkPath}#\\S+`);
  for (let i = 0; i < 50; i++) {
    const response = await context.request.get(`${base}/api/dev/outbox?to=${encodeURIComponent(email)}`);
    if (!response.ok()) throw new Error(`The outbox answered ${response.status()}: is HEARTH_DEV_OUTBOX on?`);
    const { messages } = (await response.json()) as { messages: { text: string }[] };
    const link = messages.map((m) => m.text.match(pattern)?.[0]).find(Boolean);
    if (link) return link;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No ${linkPath} e-mail arrived for ${email}`);
}

export async function signedIn(browser: Browser, name: string, who = person(name)): Promise<BrowserContext> {
  const context = await browser.newContext();
  const signUp = await context.request.post(`${base}/api/auth/sign-up`, { data: who });
  if (signUp.status() !== 202) throw new Error(`Sign-up failed: ${signUp.status()} ${await signUp.text()}`);
  const token = new URL(await outboxLink(context, who.email, '/confirm')).hash.replace('#token=', '');
  const confirm = await context.request.post(`${base}/api/auth/confirm`, { data: { token } });
  if (!confirm.ok()) throw new Error(`Confirming failed: ${confirm.status()}`);
  return context;
}

export async function pair(inviter: BrowserContext, invitee: BrowserContext): Promise<void> {
  const invite = (await (await inviter.request.post(`${base}/api/invites`, { data: {} })).json()) as { code: string };
  const accepted = await invitee.request.post(`${base}/api/invites/accept`, { data: { code: invite.code } });
  if (!accepted.ok()) throw new Error(`Accepting failed: ${accepted.status()}`);
}

export interface Shot {
  name: string;
  path: string;
  /** Signed out when absent. */
  state?: StorageState;
  /** Brings the page into the state to picture (a draft typed, a dialog open). */
  act?: (page: Page) => Promise<void>;
  dark?: boolean;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/**
 * Takes every shot at phone and desktop widths into `outDir`, full page (a viewport picture when
 * a dialog is open: it sits on the top layer). ONLY=name,name… takes just those.
 */
export async function takeShots(browser: Browser, shots: Shot[], outDir: string, options: { timezoneId?: string; ready?: (page: Page, shot: Shot) => Promise<void> } = {}) {
  mkdirSync(outDir, { recursive: true });
  const only = process.env.ONLY?.split(',');
  for (const width of [390, 1280]) {
    for (const shot of shots.filter((s) => !only || only.includes(s.name))) {
      const context = await browser.newContext({
        viewport: { width, height: width < 600 ? 844 : 900 },
        deviceScaleFactor: width < 600 ? 2 : 1,
        colorScheme: shot.dark ? 'dark' : 'light',
        reducedMotion: 'reduce',
        storageState: shot.state,
        ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
      });
      const page = await context.newPage();
      await page.goto(base + shot.path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.getByRole('status').filter({ hasText: 'One moment…' }).waitFor({ state: 'detached' }).catch(() => undefined);
      await options.ready?.(page, shot);
      await shot.act?.(page);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
      const file = path.join(outDir, `${shot.name}-${width}${shot.dark ? '-dark' : ''}.png`);
      const hasDialog = await page.locator('dialog[open]').count();
      await page.screenshot({ path: file, fullPage: !hasDialog });
      console.log(path.relative(process.cwd(), file));
      await context.close();
    }
  }
}
