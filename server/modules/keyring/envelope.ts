import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * The formats of sealed values and wrapped keys (docs/privacy.md, "Data at rest"). Pure functions:
 * keys come in, text goes out; the keyring decides which key.
 *
 * A sealed value is `v1.<nonce>.<owner>.<ciphertext and tag>` (base64url parts): AES-256-GCM under
 * the owner's data key with a fresh 96-bit nonce, and the table, column, row and owner bound as
 * associated data, so a value copied into another row, column or owner does not open.
 */
const ENVELOPE = /^v1\.([\w-]{16})\.([\w-]+)\.([\w-]{22,})$/;

/**
 * A LIKE pattern every sealed value matches ("v1.", 16 nonce characters, "."). The sealing step
 * looks for rows that do not match it; text a person typed does not look like this by chance.
 */
export const SEALED_LIKE = `v1.${'_'.repeat(16)}.%`;

export interface Envelope {
  nonce: Buffer;
  owner: string;
  body: Buffer;
}

export function parseEnvelope(stored: string): Envelope | undefined {
  const match = ENVELOPE.exec(stored);
  if (!match) return undefined;
  return { nonce: Buffer.from(match[1]!, 'base64url'), owner: match[2]!, body: Buffer.from(match[3]!, 'base64url') };
}

/** Names the place of a value: it opens only in the same table, column, row and for the same owner. */
export function placeOf(table: string, column: string, row: readonly string[], owner: string): Buffer {
  return Buffer.from(['hearth/at-rest/v1', table, column, ...row, owner].join('\u0000'), 'utf8');
}

export function sealWith(key: Buffer, owner: string, place: Buffer, plain: string): string {
  if (!/^[\w-]+$/.test(owner)) throw new Error('an owner id must be URL-safe');
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(place);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `v1.${nonce.toString('base64url')}.${owner}.${body.toString('base64url')}`;
}

/** The plain text, or undefined when the value was not sealed for this place with this key. */
export function openWith(key: Buffer, envelope: Envelope, place: Buffer): string | undefined {
  if (envelope.body.length < 16) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, envelope.nonce);
    decipher.setAAD(place);
    decipher.setAuthTag(envelope.body.subarray(envelope.body.length - 16));
    return Buffer.concat([decipher.update(envelope.body.subarray(0, envelope.body.length - 16)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}

/** A key-encryption key: HKDF of the instance's wrapping subkey with the KEK's own salt. */
export function deriveKek(wrappingRoot: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', wrappingRoot, salt, 'hearth/kek/v1', 32));
}

const wrapPlace = (accountId: string, kekVersion: number) => Buffer.from(`hearth/data-key/v1\u0000${accountId}\u0000${kekVersion}`, 'utf8');

/** A data key wrapped by a KEK, bound to its account and KEK version: "nonce.ciphertext-and-tag". */
export function wrapKey(kek: Buffer, kekVersion: number, accountId: string, dataKey: Buffer): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, nonce);
  cipher.setAAD(wrapPlace(accountId, kekVersion));
  const body = Buffer.concat([cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]);
  return `${nonce.toString('base64url')}.${body.toString('base64url')}`;
}

export function unwrapKey(kek: Buffer, kekVersion: number, accountId: string, wrapped: string): Buffer {
  const [nonce, body] = wrapped.split('.').map((p) => Buffer.from(p, 'base64url'));
  if (!nonce || !body || body.length !== 48) throw new Error('a wrapped data key is malformed');
  const decipher = createDecipheriv('aes-256-gcm', kek, nonce);
  decipher.setAAD(wrapPlace(accountId, kekVersion));
  decipher.setAuthTag(body.subarray(32));
  return Buffer.concat([decipher.update(body.subarray(0, 32)), decipher.final()]);
}

export const newDataKey = (): Buffer => randomBytes(32);
export const newSalt = (): string => randomBytes(32).toString('base64url');
