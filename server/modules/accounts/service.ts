import type { Database } from '../../db/database.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { alreadyHaveAccount, invalidCredentials, invalidField, linkInvalid, notFound, signInCodeInvalid, throttled, tooManyPasswordChecks, wrongPassword } from '../../http/errors.ts';
import type { Translate } from '../../i18n.ts';
import { hashToken, newId, newReadableCode, newToken, normalizeReadableCode } from '../../lib/crypto.ts';
import type { Later } from '../../lib/later.ts';
import type { Clock } from '../../lib/time.ts';
import { addSeconds, iso } from '../../lib/time.ts';
import type { Mailer } from '../../mail/mailer.ts';
import type { CoupleService } from '../couples/service.ts';
import { TalkRepository } from '../talk/repository.ts';
import type { Keyring } from '../keyring/keyring.ts';
import type { SessionSignal } from '../events/bus.ts';
import type { ThrottleService } from '../throttle/service.ts';
import { AccountRepository, SessionRepository, type Account, type Session } from './repository.ts';
import { decoyPasswordHash, hashPassword, isCommonPassword, verifyPassword } from './passwords.ts';

const SESSION_DAYS = 30;
const SIGNUP_LINK_HOURS = 24;
const RESET_LINK_HOURS = 1;
const RESET_MAIL_SPACING = { freeFailures: 3, maxDelaySeconds: 60 };
const SIGN_IN_CODE_MINUTES = 15;
/** Checks of one account's password, from any device: after 100, none for an hour (docs/privacy.md). */
const PASSWORD_CHECKS = { freeFailures: 99, firstDelaySeconds: 3600, maxDelaySeconds: 3600 };
// Refreshing last-seen on every request would make every read a write.
const TOUCH_AFTER_SECONDS = 300;

export interface AccountsDeps {
  database: Database;
  clock: Clock;
  /** Keys token hashes (sessions, links, throttling keys). */
  tokenKey: Buffer;
  baseUrl: string;
  mailer: Mailer;
  later: Later;
  t: Translate;
  throttle: ThrottleService;
  throttlePolicy: { freeFailures: number; maxDelaySeconds: number };
  couples: CoupleService;
  /** Every account gets its data key when it is made; deleting the account destroys it. */
  keyring: Keyring;
  /** Open event streams of ended sessions close at once, on every app server. */
  sessionSignal: SessionSignal;
}

export interface Authenticated {
  sessionId: string;
  accountId: string;
  account: { id: string; name: string; email: string; created_at: string };
  settings: AccountSettings;
  /** Locked by a quick exit: nothing is read until the password is entered again. */
  locked: boolean;
}

export interface AccountSettings {
  lockOnQuickExit: boolean;
}

/** A browser that signed in to an account before, as its signed device cookie says. */
export interface KnownDevice {
  accountId: string;
  deviceId: string;
}

export interface SignInContext {
  address: string;
  userAgent: string;
  /** Every account this browser signed in to before (a shared browser may know several). */
  devices: KnownDevice[];
}

/** Signed in, or — while the account is throttled, from an unknown device — "if that was your password, a code is on its way". */
export type SignInOutcome = { session: NewSession } | { codeSent: true };

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
    // The address is not confirmed yet: the e-mail carries no text the sender chose (see docs/privacy.md).
    this.mail(input.email, 'confirmSignUp', { url: `${this.deps.baseUrl}/confirm#token=${token}` });
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
        await this.deps.keyring.ensureDataKey(trx, accountId);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyHaveAccount();
      throw error;
    }
    return this.openSession(accountId, context.userAgent);
  }

  /**
   * A person must always be able to get in, and a partner must not be able to keep them out
   * (docs/privacy.md, docs/decisions.md):
   * - a browser that signed in to this account before is throttled on its own track, apart from
   *   the address and the account, so failures elsewhere (a partner guessing on the same home
   *   network) never slow the owner down on their own device;
   * - from any other browser, while the account or the address is throttled, the password is
   *   still checked, but a right and a wrong one get the same answer (202) and the same writes,
   *   and only the right one e-mails the owner a one-time sign-in code;
   * - whatever the device, at most 100 checks of one account's password in an hour; beyond that
   *   none is checked, and "Forgot password" (which proves the inbox) is the way in.
   */
  async signIn(input: { email: string; password: string }, context: SignInContext): Promise<SignInOutcome> {
    const account = await this.accounts.findByEmail(input.email);
    const device = account && context.devices.find((d) => d.accountId === account.id);
    const accountKey = device ? `device:${device.deviceId}` : `email:${this.hash(input.email)}`;
    const addressKey = `address:${context.address}`;
    const wait = await this.deps.throttle.waitSeconds(device ? [accountKey] : [accountKey, addressKey]);
    if (wait > 0 && device) throw throttled(wait);
    await this.countPasswordCheck(input.email);

    const valid = await verifyPassword(account?.password_hash ?? (await decoyPasswordHash()), input.password);
    if (wait > 0) {
      const code = account && valid ? newReadableCode() : null;
      const now = this.deps.clock();
      await this.deps.database.db.transaction().execute(async (trx) => {
        // The same failures for a right and a wrong password, so that not even when the delay
        // ends tells them apart.
        await this.recordSignInFailure(this.deps.throttle.within(trx), accountKey, addressKey);
        const accounts = new AccountRepository(trx);
        await accounts.deleteExpiredSignInCodes(iso(now));
        if (code) {
          await accounts.insertSignInCode({
            id: newId(),
            token_hash: this.codeHash(code),
            account_id: account!.id,
            created_at: iso(now),
            expires_at: iso(addSeconds(now, SIGN_IN_CODE_MINUTES * 60)),
            used_at: null,
          });
        }
      });
      if (code) {
        this.mail(account!.email, 'signInCode', {
          code,
          url: `${this.deps.baseUrl}/sign-in-code#code=${code}`,
          resetUrl: `${this.deps.baseUrl}/forgot-password`,
        });
      }
      return { codeSent: true };
    }
    if (!account || !valid) {
      await this.recordSignInFailure(this.deps.throttle, accountKey, device ? null : addressKey);
      throw invalidCredentials();
    }
    await this.deps.throttle.clear([accountKey]);
    return { session: await this.openSession(account.id, context.userAgent) };
  }

  /** Opening the e-mailed code (typed, or by its link) signs in at once; it works once, for 15 minutes. */
  async signInWithCode(code: string, context: SignInContext): Promise<NewSession> {
    const key = `code-address:${context.address}`;
    const wait = await this.deps.throttle.waitSeconds([key]);
    if (wait > 0) throw throttled(wait);
    const accountId = await this.accounts.consumeSignInCode(this.codeHash(code), iso(this.deps.clock()));
    if (!accountId) {
      await this.deps.throttle.recordFailure(key, this.deps.throttlePolicy);
      throw signInCodeInvalid();
    }
    await this.deps.throttle.clear([key]);
    return this.openSession(accountId, context.userAgent);
  }

  private async recordSignInFailure(throttle: ThrottleService, accountKey: string, addressKey: string | null): Promise<void> {
    await throttle.recordFailure(accountKey, this.deps.throttlePolicy);
    // Households share an address, so it gets more room than one account.
    if (addressKey) await throttle.recordFailure(addressKey, { ...this.deps.throttlePolicy, freeFailures: this.deps.throttlePolicy.freeFailures * 4 });
  }

  /**
   * Counts one more check of the password of the account at `email` (known or not, alike), or
   * refuses it beyond the hourly cap. Counted in a transaction, so simultaneous tries cannot slip
   * past the cap.
   */
  private async countPasswordCheck(email: string): Promise<void> {
    const key = `checks:${this.hash(email)}`;
    const allowed = await this.deps.database.db.transaction().execute((trx) => this.deps.throttle.within(trx).allowOne(key, PASSWORD_CHECKS));
    if (!allowed) {
      const wait = await this.deps.throttle.waitSeconds([key]);
      throw tooManyPasswordChecks(Math.max(wait, 1));
    }
  }

  private codeHash(code: string): string {
    return this.hash(`sign-in:${normalizeReadableCode(code)}`);
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
      settings: { lockOnQuickExit: Number(session.account_lock_on_quick_exit) === 1 },
      locked: session.locked_at !== null,
    };
  }

  /**
   * A quick exit locks the session of the browser it left, when the account's setting says so
   * (docs/privacy.md, "The partner"). Answers whether the session is locked now.
   */
  async lockSession(auth: Authenticated): Promise<boolean> {
    if (!auth.settings.lockOnQuickExit) return auth.locked;
    await this.sessions.lock(auth.sessionId, iso(this.deps.clock()));
    // The locked session's open event streams close at once, like an ended session's.
    await this.deps.sessionSignal.sessionsEnded(auth.accountId);
    return true;
  }

  /** The password again, throttled like sign-in; 400 for a wrong one, as changing the password answers. */
  async unlockSession(auth: Authenticated, password: string): Promise<void> {
    await this.confirmPassword(await this.requireAccount(auth.accountId), password, 'password');
    await this.sessions.unlock(auth.sessionId);
  }

  async signOut(sessionId: string, accountId: string): Promise<void> {
    await this.sessions.deleteOwn(accountId, sessionId);
    await this.deps.sessionSignal.sessionsEnded(accountId);
  }

  listSessions(accountId: string): Promise<Session[]> {
    return this.sessions.listForAccount(accountId, iso(this.deps.clock()));
  }

  async revokeSession(accountId: string, sessionId: string): Promise<void> {
    if (!(await this.sessions.deleteOwn(accountId, sessionId))) throw notFound();
    await this.deps.sessionSignal.sessionsEnded(accountId);
  }

  async revokeOtherSessions(accountId: string, currentSessionId: string): Promise<number> {
    const ended = await this.sessions.deleteAllExcept(accountId, currentSessionId);
    await this.deps.sessionSignal.sessionsEnded(accountId);
    return ended;
  }

  /**
   * Answers at once, the same for every address; the lookup, the link and its e-mail come after
   * the answer. Known or not, the address then costs the same one write (SQLite is busy for its
   * commit, which a request arriving just after would feel): a note of the request, which spaces
   * out reset e-mails to one inbox (delays doubling up to a minute, and a flood of requests never
   * holds one back longer), and, for an account, the link in the same transaction.
   */
  requestPasswordReset(email: string): void {
    this.deps.later.run(async () => {
      const account = await this.accounts.findByEmail(email);
      const now = this.deps.clock();
      const token = newToken();
      const key = `reset:${this.hash(email)}`;
      const send = await this.deps.database.db.transaction().execute(async (trx) => {
        const allowed = await this.deps.throttle.within(trx).allowOne(key, RESET_MAIL_SPACING);
        if (!account || !allowed) return false;
        await new AccountRepository(trx).insertPasswordReset({
          id: newId(),
          token_hash: this.hash(token),
          account_id: account.id,
          created_at: iso(now),
          expires_at: iso(addSeconds(now, RESET_LINK_HOURS * 3600)),
        });
        return true;
      });
      if (send) this.mail(account!.email, 'resetPassword', { url: `${this.deps.baseUrl}/reset-password#token=${token}` });
    });
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
    await this.deps.sessionSignal.sessionsEnded(accountId);
    const account = await this.accounts.findById(accountId);
    // The inbox is proven and the old password is gone: earlier guesses no longer count.
    if (account) await this.deps.throttle.clear([`email:${this.hash(account.email)}`, `checks:${this.hash(account.email)}`]);
    return this.openSession(accountId, context.userAgent);
  }

  async changePassword(auth: Authenticated, input: { currentPassword: string; newPassword: string }): Promise<void> {
    const account = await this.requireAccount(auth.accountId);
    await this.confirmPassword(account, input.currentPassword, 'currentPassword');
    assertUncommon(input.newPassword, 'newPassword');
    const passwordHash = await hashPassword(input.newPassword);
    const now = iso(this.deps.clock());
    await this.deps.database.db.transaction().execute(async (trx) => {
      const accounts = new AccountRepository(trx);
      await accounts.updatePasswordHash(account.id, passwordHash, now);
      await accounts.invalidatePasswordResets(account.id, now);
      await new SessionRepository(trx).deleteAllExcept(account.id, auth.sessionId);
    });
    await this.deps.sessionSignal.sessionsEnded(account.id);
    this.mail(account.email, 'passwordChanged', { resetUrl: `${this.deps.baseUrl}/forgot-password` });
  }

  /** The person's own account, as their export shows it. */
  async describe(accountId: string): Promise<{ id: string; name: string; email: string; locale: string; createdAt: string }> {
    const account = await this.requireAccount(accountId);
    return { id: account.id, name: account.name, email: account.email, locale: account.locale, createdAt: account.created_at };
  }

  /** Whether this is the person's password (for checks behind a session, which throttle it themselves). */
  async passwordMatches(accountId: string, password: string): Promise<boolean> {
    const account = await this.accounts.findById(accountId);
    return account ? this.checkPassword(account, password) : false;
  }

  /** Every password check counts toward the account's hourly cap, whatever asked for it. */
  private async checkPassword(account: Account, password: string): Promise<boolean> {
    await this.countPasswordCheck(account.email);
    return verifyPassword(account.password_hash, password);
  }

  async updateSettings(accountId: string, settings: AccountSettings): Promise<void> {
    await this.accounts.updateLockOnQuickExit(accountId, settings.lockOnQuickExit, iso(this.deps.clock()));
  }

  async updateAccount(accountId: string, input: { name: string }): Promise<void> {
    await this.accounts.updateName(accountId, input.name, iso(this.deps.clock()));
  }

  async deleteAccount(auth: Authenticated, password: string): Promise<void> {
    const account = await this.requireAccount(auth.accountId);
    await this.confirmPassword(account, password, 'password');
    await this.erase(account.id);
  }

  /**
   * Leaves any couple first (the partner sees the same neutral notice as for leaving), then erases
   * everything the person wrote. What the partner wrote stays theirs (docs/privacy.md, section 4):
   * the foreign keys keep it, and the answers the person gave to the partner's talk requests are
   * cleared here. Also used by a restore, for accounts deleted after the backup was taken.
   */
  async erase(accountId: string): Promise<void> {
    await this.deps.couples.leaveIfPaired(accountId);
    // The account's data key goes with the account row (a cascade, in the same statement): what
    // the person wrote can no longer be read, in any backup either (docs/privacy.md, "Data at rest").
    await this.deps.database.db.transaction().execute(async (trx) => {
      await new TalkRepository(trx, this.deps.keyring).forgetAnswersBy(accountId);
      await new AccountRepository(trx).delete(accountId);
    });
    this.deps.keyring.forget(accountId);
    await this.deps.database.afterDeletion();
    await this.deps.sessionSignal.sessionsEnded(accountId);
  }

  /**
   * The current password, asked again behind a session (changing it, deleting the account). A
   * partner on a shared, signed-in device could otherwise guess it as fast as the server answers,
   * so failures are throttled per account with sign-in's policy, on the one track every password
   * asked again shares (docs/privacy.md).
   */
  private async confirmPassword(account: Account, password: string, field: string): Promise<void> {
    const matches = await this.deps.throttle.passwordAgain(account.id, this.deps.throttlePolicy, () => this.checkPassword(account, password));
    if (!matches) throw wrongPassword(field);
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

  private mail(to: string, template: 'confirmSignUp' | 'accountExists' | 'resetPassword' | 'passwordChanged' | 'signInCode', values: Record<string, string>) {
    const t = this.deps.t;
    const text = `${t(`mail:${template}.text`, values)}\n\n—\n${t('mail:footer')}`;
    this.deps.mailer.sendLater({ to, subject: t(`mail:${template}.subject`), text });
  }
}

function assertUncommon(password: string, field = 'password'): void {
  if (isCommonPassword(password)) {
    throw invalidField(field, 'validation.passwordTooCommon');
  }
}
