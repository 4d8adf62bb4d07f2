import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import type { SessionLockView } from '../../../shared/contracts/accounts.ts';
import { local } from '../ui/storage.ts';
import { api, ApiError } from './client.ts';

/**
 * Hearth locked after a quick exit (docs/privacy.md, "The partner"). Two locks that agree: the
 * server's (the session answers 423 to everything until unlockSession) and this browser's flag in
 * localStorage, which decides before anything renders on the next visit or a page restored from
 * the back-forward cache, and holds even when the lock request never reached the server.
 */
const FLAG = 'hearth.locked';
let locked = local.get(FLAG) === '1';
const listeners = new Set<() => void>();

function set(next: boolean): void {
  if (locked === next) return;
  locked = next;
  listeners.forEach((l) => l());
}

export const isLocked = (): boolean => locked;

export function subscribeLock(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const useLocked = (): boolean => useSyncExternalStore(subscribeLock, isLocked);

/** Locks this browser: the flag at once, the page on the next render. */
export function lockHere(): void {
  local.set(FLAG, '1');
  set(true);
}

export function unlockedHere(): void {
  local.remove(FLAG);
  set(false);
}

/** Asks the server to lock this session without waiting: the page is gone before it answers. */
export function sendLock(): void {
  try {
    void fetch('/api/sessions/current/lock', {
      method: 'POST',
      keepalive: true,
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: '{}',
    }).catch(() => undefined);
  } catch {
    /* the flag still locks this browser */
  }
}

/**
 * On a visit that begins locked: makes the server's lock real too (its request may never have
 * arrived), or opens again when there is nothing to keep locked — signed out since, or the
 * setting turned off on another device.
 */
export async function confirmLock(): Promise<void> {
  try {
    if (!(await api.post<SessionLockView>('/api/sessions/current/lock')).locked) unlockedHere();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) unlockedHere();
  }
}

export async function unlock(password: string): Promise<void> {
  try {
    await api.post<SessionLockView>('/api/sessions/current/unlock', { password });
  } catch (error) {
    // No session any more (signed out elsewhere, expired): nothing is left here to show.
    if (!(error instanceof ApiError && error.status === 401)) throw error;
  }
  unlockedHere();
}

/**
 * Keeps every tab and every restored page in step with the flag. A page restored from the
 * back-forward cache still holds the page that was left: it turns into the lock page before it
 * is shown again.
 */
export function watchLock(): void {
  window.addEventListener('storage', (event) => {
    if (event.key === FLAG || event.key === null) set(local.get(FLAG) === '1');
  });
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    const flagged = local.get(FLAG) === '1';
    flushSync(() => set(flagged));
    if (flagged) void confirmLock();
    document.documentElement.classList.remove('is-leaving');
  });
}
