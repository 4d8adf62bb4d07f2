/** Table types of sign-in codes (migration 0011), merged into the shared `Schema`. */
export interface SigninCodeTable {
  id: string;
  token_hash: string;
  account_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

declare module '../../db/schema.ts' {
  interface Schema {
    signin_code: SigninCodeTable;
  }
}
