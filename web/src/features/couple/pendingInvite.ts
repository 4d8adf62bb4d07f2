import { session } from '../../ui/storage.ts';

/**
 * The invite code a person arrived with, kept for this browser tab while they sign up or sign in
 * (sessionStorage: gone when the tab closes, and cleared by quick exit).
 */
const KEY = 'hearth.pendingInvite';

export const pendingInvite = {
  get: () => session.get(KEY),
  set: (code: string) => session.set(KEY, code),
  clear: () => session.remove(KEY),
};

/** Reads `#code=…` from an invite link. */
export function codeFromHash(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('code')?.trim() || null;
}
