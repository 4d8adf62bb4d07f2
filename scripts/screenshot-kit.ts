/**
 * What both screenshot scripts need: the server to talk to, and people signed up and paired
 * through the API (reading confirmation links from the development outbox).
 */
import type { Browser, BrowserContext } from '@playwright/test';

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
