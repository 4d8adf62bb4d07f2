import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

export const newId = (): string => randomUUID();

/** 256 random bits, URL-safe: session tokens, e-mail link tokens. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Tokens are stored only as keyed hashes, so a copy of the database opens no session. */
export function hashToken(key: Buffer, token: string): string {
  return createHmac('sha256', key).update(token).digest('base64url');
}

/**
 * Whether `given` is the MAC of `message` (as `hashToken` writes it), compared in constant time:
 * how long the comparison takes tells nothing about how much of a forged MAC was right. Compared
 * as text, not decoded, so that no other spelling of the same bytes passes.
 */
export function macMatches(key: Buffer, message: string, given: string): boolean {
  const expected = Buffer.from(hashToken(key, message), 'utf8');
  const actual = Buffer.from(given, 'utf8');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** AES-256-GCM, for the few secrets we must show again (an invite code to its inviter). */
export function seal(key: Buffer, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key.subarray(0, 32), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

export function unseal(key: Buffer, sealed: string): string {
  const [iv, tag, body] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', key.subarray(0, 32), iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(body!), decipher.final()]).toString('utf8');
}

// Crockford's alphabet: no I, L, O or U, so a code read aloud or copied by hand survives.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A code a person can read and type, such as "K7QM-4XRT-9BWD" (60 bits): invitations, sign-in codes. */
export function newReadableCode(): string {
  const bytes = randomBytes(12);
  const chars = Array.from(bytes, (b) => CODE_ALPHABET[b % 32]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** Accepts codes typed in lower case, with spaces or without dashes, and common look-alikes. */
export function normalizeReadableCode(input: string): string {
  const clean = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  return clean.length === 12 ? `${clean.slice(0, 4)}-${clean.slice(4, 8)}-${clean.slice(8, 12)}` : clean;
}
