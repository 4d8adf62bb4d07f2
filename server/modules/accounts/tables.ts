import type { PasswordResetTable } from '../../db/schema.ts';

/** Sign-in codes (migration 0011): kept like a password-reset link (a keyed hash, an expiry, used once). */
export type SigninCodeTable = PasswordResetTable;

declare module '../../db/schema.ts' {
  interface Schema {
    signin_code: SigninCodeTable;
  }
}
