import { hkdfSync } from 'node:crypto';

/**
 * The instance secret is never used as a key itself: each purpose gets its own HKDF subkey, so
 * that no key serves two purposes (docs/privacy.md, "Data at rest").
 */
export interface InstanceKeys {
  /** HMAC of tokens, codes and device cookies (stored or compared, never shown again). */
  tokens: Buffer;
  /** AES-256-GCM for the few secrets shown again to their owner (invite codes, calendar addresses). */
  sealing: Buffer;
  /** The root from which key-encryption keys are derived (they wrap each account's data key). */
  wrapping: Buffer;
}

const SALT = Buffer.from('hearth instance keys', 'utf8');

export function deriveKeys(secret: Buffer): InstanceKeys {
  const derive = (purpose: string) => Buffer.from(hkdfSync('sha256', secret, SALT, `hearth/${purpose}/v1`, 32));
  return { tokens: derive('tokens'), sealing: derive('sealing'), wrapping: derive('wrapping') };
}
