import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import { hashToken, newId } from '../lib/crypto.ts';
import type { AccountService, Authenticated, NewSession, SignInContext } from '../modules/accounts/service.ts';
import { AppError, unauthorized } from './errors.ts';

export const SESSION_COOKIE = 'hearth_session';
const DEVICE_COOKIE = 'hearth_device';
const DEVICE_DAYS = 365;

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
    if (request.auth?.locked && !request.routeOptions.config?.whileLocked) throw new AppError(423, 'locked', 'errors.locked');
  });
}

export function requireAuth(request: FastifyRequest): Authenticated {
  if (!request.auth) throw unauthorized();
  return request.auth;
}

export class SessionCookies {
  constructor(private readonly options: Omit<AuthOptions, 'accounts'>) {}

  private base() {
    return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: this.options.secureCookies };
  }

  /** Sets the new session, and remembers this browser as one the account signs in from. */
  start(reply: FastifyReply, session: NewSession): void {
    reply.setCookie(SESSION_COOKIE, session.token, { ...this.base(), expires: session.expiresAt });
    const deviceId = newId();
    reply.setCookie(DEVICE_COOKIE, `${session.accountId}.${deviceId}.${this.sign(session.accountId, deviceId)}`, {
      ...this.base(),
      maxAge: DEVICE_DAYS * 86400,
    });
  }

  clear(reply: FastifyReply): void {
    reply.clearCookie(SESSION_COOKIE, this.base());
  }

  signInContext(request: FastifyRequest): SignInContext {
    return {
      address: request.ip,
      userAgent: String(request.headers['user-agent'] ?? ''),
      device: this.readDevice(request.cookies[DEVICE_COOKIE]),
    };
  }

  private readDevice(value: string | undefined): SignInContext['device'] {
    const [accountId, deviceId, mac] = (value ?? '').split('.');
    if (!accountId || !deviceId || !mac || mac !== this.sign(accountId, deviceId)) return null;
    return { accountId, deviceId };
  }

  private sign(accountId: string, deviceId: string): string {
    return hashToken(this.options.tokenKey, `device:${accountId}.${deviceId}`);
  }
}
