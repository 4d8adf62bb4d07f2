/** Table types of the keyring (migration 0040), merged into the shared `Schema`. */
export interface KekTable {
  version: number;
  /** base64url: 32 random bytes, the HKDF salt of this KEK. */
  salt: string;
  created_at: string;
}

export interface DataKeyTable {
  account_id: string;
  kek_version: number;
  /** The account's data key, AES-256-GCM-wrapped by the KEK: "nonce.ciphertext-and-tag", base64url. */
  wrapped: string;
  created_at: string;
}

declare module '../../db/schema.ts' {
  interface Schema {
    kek: KekTable;
    data_key: DataKeyTable;
  }
}
