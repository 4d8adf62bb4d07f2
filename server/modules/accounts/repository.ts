import type { Insertable, Kysely, Selectable } from 'kysely';
import { sql } from 'kysely';
import { PreparedQuery } from '../../db/prepared.ts';
import type { AccountTable, Schema, SessionTable, SignupRequestTable } from '../../db/schema.ts';
import type { SigninCodeTable } from './tables.ts';

export type Account = Selectable<AccountTable>;
export type Session = Selectable<SessionTable>;
export type SignupRequest = Selectable<SignupRequestTable>;
export type SigninCode = Selectable<SigninCodeTable>;
export type SessionWithAccount = Session & {
  account_name: string;
  account_email: string;
  account_created_at: string;
  account_lock_on_quick_exit: number;
};

export class AccountRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  findByEmail(email: string): Promise<Account | undefined> {
    return this.db.selectFrom('account').selectAll().where(sql`lower(email)`, '=', email.toLowerCase()).executeTakeFirst();
  }

  findById(id: string): Promise<Account | undefined> {
    return this.db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insert(account: Insertable<AccountTable>): Promise<void> {
    await this.db.insertInto('account').values(account).execute();
  }

  async updateName(id: string, name: string, now: string): Promise<void> {
    await this.db.updateTable('account').set({ name, updated_at: now }).where('id', '=', id).execute();
  }

  async updateLockOnQuickExit(id: string, on: boolean, now: string): Promise<void> {
    await this.db.updateTable('account').set({ lock_on_quick_exit: on ? 1 : 0, updated_at: now }).where('id', '=', id).execute();
  }

  async updatePasswordHash(id: string, passwordHash: string, now: string): Promise<void> {
    await this.db.updateTable('account').set({ password_hash: passwordHash, updated_at: now }).where('id', '=', id).execute();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('account').where('id', '=', id).execute();
  }

  // Sign-up requests: an account exists only once its e-mail address is confirmed.
  async insertSignupRequest(request: SignupRequest): Promise<void> {
    await this.db.insertInto('signup_request').values(request).execute();
  }

  findSignupRequest(tokenHash: string): Promise<SignupRequest | undefined> {
    return this.db.selectFrom('signup_request').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  }

  async deleteSignupRequestsFor(email: string): Promise<void> {
    await this.db.deleteFrom('signup_request').where(sql`lower(email)`, '=', email.toLowerCase()).execute();
  }

  async deleteExpiredSignupRequests(now: string): Promise<void> {
    await this.db.deleteFrom('signup_request').where('expires_at', '<', now).execute();
  }

  // Password resets.
  async insertPasswordReset(reset: { id: string; token_hash: string; account_id: string; created_at: string; expires_at: string }): Promise<void> {
    await this.db.insertInto('password_reset').values({ ...reset, used_at: null }).execute();
  }

  /** Marks a reset link used and returns its account, or nothing when it was used, expired or unknown. */
  consumePasswordReset(tokenHash: string, now: string): Promise<string | undefined> {
    return this.consume('password_reset', tokenHash, now);
  }

  /** Single use, atomic on both databases: of two simultaneous uses, one finds it still unused. */
  private async consume(table: 'password_reset' | 'signin_code', tokenHash: string, now: string): Promise<string | undefined> {
    const row = await this.db
      .updateTable(table)
      .set({ used_at: now })
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning('account_id')
      .executeTakeFirst();
    return row?.account_id;
  }

  // One-time sign-in codes.
  async insertSignInCode(code: SigninCode): Promise<void> {
    await this.db.insertInto('signin_code').values(code).execute();
  }

  /** Marks a sign-in code used and returns its account, or nothing when it was used, expired or unknown. */
  consumeSignInCode(tokenHash: string, now: string): Promise<string | undefined> {
    return this.consume('signin_code', tokenHash, now);
  }

  async deleteExpiredSignInCodes(now: string): Promise<void> {
    await this.db.deleteFrom('signin_code').where('expires_at', '<', now).execute();
  }

  async invalidatePasswordResets(accountId: string, now: string): Promise<void> {
    await this.db
      .updateTable('password_reset')
      .set({ used_at: now })
      .where('account_id', '=', accountId)
      .where('used_at', 'is', null)
      .execute();
  }
}

export class SessionRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  private readonly live = new PreparedQuery((db, tokenHash: string, now: string) =>
    db
      .selectFrom('session')
      .innerJoin('account', 'account.id', 'session.account_id')
      .selectAll('session')
      .select([
        'account.name as account_name',
        'account.email as account_email',
        'account.created_at as account_created_at',
        'account.lock_on_quick_exit as account_lock_on_quick_exit',
      ])
      .where('session.token_hash', '=', tokenHash)
      .where('session.expires_at', '>', now),
  );

  async insert(session: Insertable<SessionTable>): Promise<void> {
    await this.db.insertInto('session').values(session).execute();
  }

  /** The hot path of every signed-in request: one indexed lookup with the account joined. */
  findLive(tokenHash: string, now: string): Promise<SessionWithAccount | undefined> {
    return this.live.first(this.db, tokenHash, now);
  }

  async touch(id: string, now: string, expiresAt: string): Promise<void> {
    await this.db.updateTable('session').set({ last_seen_at: now, expires_at: expiresAt }).where('id', '=', id).execute();
  }

  /** Keeps the first lock's time when locked again. */
  async lock(id: string, now: string): Promise<void> {
    await this.db.updateTable('session').set({ locked_at: now }).where('id', '=', id).where('locked_at', 'is', null).execute();
  }

  async unlock(id: string): Promise<void> {
    await this.db.updateTable('session').set({ locked_at: null }).where('id', '=', id).execute();
  }

  listForAccount(accountId: string, now: string): Promise<Session[]> {
    return this.db
      .selectFrom('session')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('expires_at', '>', now)
      .orderBy('last_seen_at', 'desc')
      .execute();
  }

  /** Deletes one of the account's own sessions; false when there is none with that id for them. */
  async deleteOwn(accountId: string, id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('session').where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async deleteAllExcept(accountId: string, keepId: string | null): Promise<number> {
    let query = this.db.deleteFrom('session').where('account_id', '=', accountId);
    if (keepId) query = query.where('id', '!=', keepId);
    const result = await query.executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async deleteExpired(now: string): Promise<void> {
    await this.db.deleteFrom('session').where('expires_at', '<=', now).execute();
  }
}
