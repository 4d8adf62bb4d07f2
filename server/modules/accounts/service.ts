import type { Database } from '../../db/database.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { AppError, badRequest, notFound } from '../../http/errors.ts';
import type { Translate } from '../../i18n.ts';
import { hashToken, newId, newToken } from '../../lib/crypto.ts';
import type { Clock } from '../../lib/time.ts';
import { addSeconds, iso } from '../../lib/time.ts';
import type { Mailer } from '../../mail/mailer.ts';
import type { CoupleService } from '../couples/service.ts';
import type { ThrottleService } from '../throttle/service.ts';
import { AccountRepository, SessionRepository, type Session } from './repository.ts';
import { decoyPasswordHash, hashPassword, isCommonPassword, verifyPassword } from './passwords.ts';

const SESSION_DAYS = 30;
const SIGNUP_LINK_HOURS = 24;
const RESET_LINK_HOURS = 1;
// Refreshing last-seen on every request would make every read a write.
const TOUCH_AFTER_SECONDS = 300;

export interface AccountsDeps {
  database: Database;
  clock: Clock;
  /** Keys token hashes (sessions, links, throttling keys). */
  tokenKey: Buffer;
  baseUrl: string;
  mailer: Mailer;
  t: Translate;
  throttle: ThrottleService;
  throttlePolicy: { freeFailures: number; maxDelaySeconds: number };
  couples: CoupleService;
}

export interface Authenticated {
  sessionId: string;
  accountId: string;
  account: { id: string; name: string; email: string; created_at: string };
}

export interface SignInContext {
  address: string;
  userAgent: string;
  /** A browser that signed in to this account before, as its signed device cookie says. */
  device: { accountId: string; deviceId: string } | null;
}

export interface NewSession {
  token: string;
  accountId: string;
  expiresAt: Date;
}

export class AccountService {
  private readonly accounts: AccountRepository;
  private readonly sessions: SessionRepository;

  constructor(private readonly deps: AccountsDeps) {
    this.accounts = new AccountRepository(deps.database.db);
    this.sessions = new SessionRepository(deps.database.db);
  }

  /**
   * Always answers the same way: a new address gets a confirmation link, a known one a note
   * that the account exists. The answer never tells which.
   */
  async signUp(input: { email: string; password: string; name: string }, locale: string): Promise<void> {
    assertUncommon(input.password);
    const passwordHash = await hashPassword(input.password);
    const existing = await this.accounts.findByEmail(input.email);
    if (existing) {
      this.mail(existing.email, 'accountExists', {
        signInUrl: `${this.deps.baseUrl}/sign-in`,
        resetUrl: `${this.deps.baseUrl}/forgot-password`,
      });
      return;
    }
    const now = this.deps.clock();
    const token = newToken();
    await this.accounts.deleteExpiredSignupRequests(iso(now));
    await this.accounts.insertSignupRequest({
      id: newId(),
      token_hash: this.hash(token),
      email: input.email,
      name: input.name,
      password_hash: passwordHash,
      locale,
      created_at: iso(now),
      expires_at: iso(addSeconds(now, SIGNUP_LINK_HOURS * 3600)),
    });
    this.mail(input.email, 'confirmSignUp', { name: input.name, url: `${this.deps.baseUrl}/confirm#token=${token}` });
  }

  /** Opening the e-mailed link creates the account and signs the person in. */
  async confirmSignUp(token: string, context: SignInContext): Promise<NewSession> {
    const now = this.deps.clock();
    const request = await this.accounts.findSignupRequest(this.hash(token));
    if (!request || request.expires_at <= iso(now)) throw linkInvalid();
    const accountId = newId();
    try {
      await this.deps.database.db.transaction().execute(async (trx) => {
        const accounts = new AccountRepository(trx);
        await accounts.insert({
          id: accountId,
          email: request.email,
          name: request.name,
          password_hash: request.password_hash,
          locale: request.locale,
          created_at: iso(now),
          updated_at: iso(now),
        });
        await accounts.deleteSignupRequestsFor(request.email);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError(409, 'already_have_account', 'errors.alreadyHaveAccount');
      throw error;
    }
    return this.openSession(accountId, context.userAgent);
  }

  async signIn(input: { email: string; password: string }, context: SignInContext): Promise<NewSession> {
    const account = await this.accounts.findByEmail(input.email);
    // A browser that signed in to this account before is throttled on its own track, apart from
    // the address and the account: failures elsewhere (say, a partner guessing on the same home
    // network) never slow the owner down on their own device.
    const knownDevice = account && context.device?.accountId === account.id ? context.device.deviceId : null;
    const accountKey = knownDevice ? `device:${knownDevice}` : `email:${this.hash(input.email)}`;
    const addressKey = `address:${context.address}`;
    const wait = await this.deps.throttle.waitSeconds(knownDevice ? [accountKey] : [accountKey, addressKey]);
    if (wait > 0) throw new AppError(429, 'throttled', 'errors.throttled', undefined, wait);

    const valid = await verifyPassword(account?.password_hash ?? (await decoyPasswordHash()), input.password);
    if (!account || !valid) {
      await this.deps.throttle.recordFailure(accountKey, this.deps.throttlePolicy);
      if (!knownDevice) {
        // Households share an address, so it gets more room than one account.
        await this.deps.throttle.recordFailure(addressKey, { ...this.deps.throttlePolicy, freeFailures: this.deps.throttlePolicy.freeFailures * 4 });
      }
      throw new AppError(401, 'invalid_credentials', 'errors.invalidCredentials');
    }
    await this.deps.throttle.clear([accountKey]);
    return this.openSession(account.id, context.userAgent);
  }

  /** Resolves a session cookie to a person; undefined for an unknown, ended or expired one. */
  async authenticate(token: string): Promise<Authenticated | undefined> {
    const now = this.deps.clock();
    const session = await this.sessions.findLive(this.hash(token), iso(now));
    if (!session) return undefined;
    if (now.getTime() - Date.parse(session.last_seen_at) > TOUCH_AFTER_SECONDS * 1000) {
      await this.sessions.touch(session.id, iso(now), iso(addSeconds(now, SESSION_DAYS * 86400)));
    }
    return {
      sessionId: session.id,
      accountId: session.account_id,
      account: { id: session.account_id, name: session.account_name, email: session.account_email, created_at: session.account_created_at },
    };
  }

  async signOut(sessionId: string, accountId: string): Promise<void> {
    await this.sessions.deleteOwn(accountId, sessionId);
  }

  listSessions(accountId: string): Promise<Session[]> {
    return this.sessions.listForAccount(accountId, iso(this.deps.clock()));
  }

  async revokeSession(accountId: string, sessionId: string): Promise<void> {
    if (!(await this.sessions.deleteOwn(accountId, sessionId))) throw notFound();
  }

  async revokeOtherSessions(accountId: string, currentSessionId: string): Promise<number> {
    return this.sessions.deleteAllExcept(accountId, currentSessionId);
  }

  async requestPasswordReset(email: string): Promise<void> {
    const account = await this.accounts.findByEmail(email);
    if (!account) return;
    const now = this.deps.clock();
    const token = newToken();
    await this.accounts.insertPasswordReset({
      id: newId(),
      token_hash: this.hash(token),
      account_id: account.id,
      created_at: iso(now),
      expires_at: iso(addSeconds(now, RESET_LINK_HOURS * 3600)),
    });
    this.mail(account.email, 'resetPassword', { url: `${this.deps.baseUrl}/reset-password#token=${token}` });
  }

  /** A working link proves the inbox: every old session ends and the person is signed in anew. */
  async resetPassword(input: { token: string; password: string }, context: SignInContext): Promise<NewSession> {
    assertUncommon(input.password);
    const passwordHash = await hashPassword(input.password);
    const now = iso(this.deps.clock());
    const accountId = await this.deps.database.db.transaction().execute(async (trx) => {
      const accounts = new AccountRepository(trx);
      const id = await accounts.consumePasswordReset(this.hash(input.token), now);
      if (!id) return undefined;
      await accounts.updatePasswordHash(id, passwordHash, now);
      await accounts.invalidatePasswordResets(id, now);
      await new SessionRepository(trx).deleteAllExcept(id, null);
      return id;
    });
    if (!accountId) throw linkInvalid();
    const account = await this.accounts.findById(accountId);
    if (account) await this.deps.throttle.clear([`email:${this.hash(account.email)}`]);
    return this.openSession(accountId, context.userAgent);
  }

  async changePassword(auth: Authenticated, input: { currentPassword: string; newPassword: string }): Promise<void> {
    const account = await this.requireAccount(auth.accountId);
    if (!(await verifyPassword(account.password_hash, input.currentPassword))) {
      throw new AppError(400, 'wrong_password', 'errors.wrongPassword', { currentPassword: 'errors.wrongPassword' });
    }
    assertUncommon(input.newPassword, 'newPassword');
    const passwordHash = await hashPassword(input.newPassword);
    const now = iso(this.deps.clock());
    await this.deps.database.db.transaction().execute(async (trx) => {
      const accounts = new AccountRepository(trx);
      await accounts.updatePasswordHash(account.id, passwordHash, now);
      await accounts.invalidatePasswordResets(account.id, now);
      await new SessionRepository(trx).deleteAllExcept(account.id, auth.sessionId);
    });
    this.mail(account.email, 'passwordChanged', { resetUrl: `${this.deps.baseUrl}/forgot-password` });
  }

  async updateAccount(accountId: string, input: { name: string }): Promise<void> {
    await this.accounts.updateName(accountId, input.name, iso(this.deps.clock()));
  }

  /** Leaves any couple first (the partner sees the same neutral notice as for leaving), then erases. */
  async deleteAccount(auth: Authenticated, password: string): Promise<void> {
    const account = await this.requireAccount(auth.accountId);
    if (!(await verifyPassword(account.password_hash, password))) {
      throw new AppError(400, 'wrong_password', 'errors.wrongPassword', { password: 'errors.wrongPassword' });
    }
    await this.deps.couples.leaveIfPaired(account.id);
    await this.accounts.delete(account.id);
    await this.deps.database.afterDeletion();
  }

  private async requireAccount(accountId: string) {
    const account = await this.accounts.findById(accountId);
    if (!account) throw notFound();
    return account;
  }

  private async openSession(accountId: string, userAgent: string): Promise<NewSession> {
    const now = this.deps.clock();
    const token = newToken();
    const expiresAt = addSeconds(now, SESSION_DAYS * 86400);
    await this.sessions.insert({
      id: newId(),
      token_hash: this.hash(token),
      account_id: accountId,
      created_at: iso(now),
      last_seen_at: iso(now),
      expires_at: iso(expiresAt),
      user_agent: userAgent.slice(0, 300),
    });
    return { token, accountId, expiresAt };
  }

  private hash(token: string): string {
    return hashToken(this.deps.tokenKey, token);
  }

  private mail(to: string, template: 'confirmSignUp' | 'accountExists' | 'resetPassword' | 'passwordChanged', values: Record<string, string>) {
    const t = this.deps.t;
    const text = `${t(`mail:${template}.text`, values)}\n\n—\n${t('mail:footer')}`;
    this.deps.mailer.sendLater({ to, subject: t(`mail:${template}.subject`), text });
  }
}

function assertUncommon(password: string, field = 'password'): void {
  if (isCommonPassword(password)) {
    throw badRequest('invalid_input', 'errors.invalidInput', { [field]: 'validation.passwordTooCommon' });
  }
}

const linkInvalid = () => new AppError(400, 'link_invalid', 'errors.linkInvalid');
