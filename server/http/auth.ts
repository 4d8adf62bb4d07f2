import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import { hashToken, macMatches, newId } from '../lib/crypto.ts';
import type { AccountService, Authenticated, KnownDevice, NewSession, SignInContext } from '../modules/accounts/service.ts';
import { locked, unauthorized } from './errors.ts';

export const SESSION_COOKIE = 'hearth_session';
const DEVICE_COOKIE = 'hearth_device';
const DEVICE_DAYS = 365;
/** Accounts a browser remembers signing in to (the most recent ones): a shared home computer, with room to spare. */
const DEVICES_PER_BROWSER = 8;

declare module 'fastify' {
  interface FastifyRequest {
    auth: Authenticated | null;
  }
  interface FastifyContextConfig {
    /** Open to a session locked by a quick exit: what the lock page needs, and the ways out. */
    whileLocked?: boolean;
  }
}

export interface AuthOptions {
  accounts: AccountService;
  /** Signs device cookies. */
  tokenKey: Buffer;
  secureCookies: boolean;
}

/**
 * Reads the session cookie of every API request; routes that need a person call requireAuth.
 * A session locked by a quick exit gets 423 from every route not marked `whileLocked`, before
 * any input is looked at (docs/privacy.md, "The partner").
 */
export async function registerAuth(app: FastifyInstance, options: AuthOptions): Promise<void> {
  await app.register(cookie);
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.auth = (await options.accounts.authenticate(token)) ?? null;
    if (request.auth?.locked && !request.routeOptions.config?.whileLocked) throw locked();
  });
}

export function requireAuth(request: FastifyRequest): Authenticated {
  if (!request.auth) throw unauthorized();
  return request.auth;
}

/**
 * The session cookie, and the device cookie: one signed entry per account that signed in on this
 * browser (`account.device.mac`, joined by `~`, newest first). Several people may share a browser,
 * and one signing in must not make it unknown to another (docs/privacy.md).
 */
export class SessionCookies {
  constructor(private readonly options: Omit<AuthOptions, 'accounts'>) {}

  private base() {
    return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: this.options.secureCookies };
  }

  /** Sets the new session, and remembers this browser as one the account signs in from. */
  start(request: FastifyRequest, reply: FastifyReply, session: NewSession): void {
    reply.setCookie(SESSION_COOKIE, session.token, { ...this.base(), expires: session.expiresAt });
    const fresh: KnownDevice = { accountId: session.accountId, deviceId: newId() };
    const others = this.readDevices(request).filter((d) => d.accountId !== session.accountId);
    const entries = [fresh, ...others].slice(0, DEVICES_PER_BROWSER).map((d) => `${d.accountId}.${d.deviceId}.${this.sign(d)}`);
    reply.setCookie(DEVICE_COOKIE, entries.join('~'), { ...this.base(), maxAge: DEVICE_DAYS * 86400 });
  }

  clear(reply: FastifyReply): void {
    reply.clearCookie(SESSION_COOKIE, this.base());
  }

  signInContext(request: FastifyRequest): SignInContext {
    return {
      address: request.ip,
      userAgent: String(request.headers['user-agent'] ?? ''),
      devices: this.readDevices(request),
    };
  }

  /** The entries whose signature holds; anything else in the cookie is ignored. */
  private readDevices(request: FastifyRequest): KnownDevice[] {
    const value = request.cookies[DEVICE_COOKIE] ?? '';
    const devices: KnownDevice[] = [];
    for (const entry of value.split('~').slice(0, DEVICES_PER_BROWSER)) {
      const [accountId, deviceId, mac] = entry.split('.');
      if (accountId && deviceId && mac && macMatches(this.options.tokenKey, deviceMessage({ accountId, deviceId }), mac)) devices.push({ accountId, deviceId });
    }
    return devices;
  }

  private sign(device: KnownDevice): string {
    return hashToken(this.options.tokenKey, deviceMessage(device));
  }
}

const deviceMessage = (device: KnownDevice): string => `device:${device.accountId}.${device.deviceId}`;
