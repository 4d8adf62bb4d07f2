import argon2 from 'argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

// OWASP's argon2id recommendation: 19 MiB memory, 2 passes, 1 lane.
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => argon2.hash(password, HASH_OPTIONS);

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// Unknown addresses are checked against this too, so both answers take the same time.
let decoyHash: Promise<string> | undefined;
export const decoyPasswordHash = (): Promise<string> => (decoyHash ??= hashPassword('decoy password, never valid'));

// The 10,000 most used passwords of the zxcvbn corpus, as NIST SP 800-63B suggests.
const COMMON = new Set((dictionary['passwords-common'] as string[]).slice(0, 10_000));

export const isCommonPassword = (password: string): boolean => COMMON.has(password.toLowerCase());
