import type { Generated } from 'kysely';

/**
 * Table types as the repositories see them. Both databases store the same shapes: text ids made
 * by the app, ISO-8601 UTC text timestamps, 0/1 integers for booleans, JSON as text.
 */
export interface AccountTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  locale: string;
  created_at: string;
  updated_at: string;
  /** 0/1: whether a quick exit locks the browser it left (migration 0022). */
  lock_on_quick_exit: Generated<number>;
}

export interface SignupRequestTable {
  id: string;
  token_hash: string;
  email: string;
  name: string;
  password_hash: string;
  locale: string;
  created_at: string;
  expires_at: string;
}

export interface SessionTable {
  id: string;
  token_hash: string;
  account_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  user_agent: string;
  /** Set by a quick exit: the session reads nothing until the password is entered again. */
  locked_at: string | null;
}

export interface PasswordResetTable {
  id: string;
  token_hash: string;
  account_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface CoupleTable {
  id: string;
  created_at: string;
  ended_at: string | null;
}

export interface CoupleMemberTable {
  couple_id: string;
  account_id: string;
  slot: number;
  joined_at: string;
  left_at: string | null;
}

export interface InviteTable {
  id: string;
  inviter_id: string;
  code_hash: string;
  code_sealed: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
  revoked_at: string | null;
}

export interface NoticeTable {
  id: string;
  account_id: string;
  kind: string;
  created_at: string;
  dismissed_at: string | null;
}

export interface ThrottleTable {
  key: string;
  failures: number;
  locked_until: string | null;
  updated_at: string;
}

export interface Schema {
  account: AccountTable;
  signup_request: SignupRequestTable;
  session: SessionTable;
  password_reset: PasswordResetTable;
  couple: CoupleTable;
  couple_member: CoupleMemberTable;
  invite: InviteTable;
  notice: NoticeTable;
  throttle: ThrottleTable;
}
