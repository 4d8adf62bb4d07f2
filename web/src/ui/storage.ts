/** Web storage that never throws (private modes, blocked storage): losing a hint is fine. */
function safe(storage: () => Storage) {
  return {
    get(key: string): string | null {
      try {
        return storage().getItem(key);
      } catch {
        return null;
      }
    },
    set(key: string, value: string): void {
      try {
        storage().setItem(key, value);
      } catch {
        /* not stored: the person can still type it, and the server's lock still holds */
      }
    },
    remove(key: string): void {
      try {
        storage().removeItem(key);
      } catch {
        /* nothing to remove */
      }
    },
    clear(): void {
      try {
        storage().clear();
      } catch {
        /* nothing to clear */
      }
    },
  };
}

/** For this tab only: drafts' hints, flash notes. */
export const session = safe(() => sessionStorage);
/** For what must outlast the tab: the lock after a quick exit. */
export const local = safe(() => localStorage);

const FLASH = 'hearth.flash';
export type Flash = 'signedOut' | 'accountDeleted';

/**
 * Ends the signed-in page with a full load of the welcome page: nothing of the account stays in
 * memory on a shared device, and the signed-in page is replaced in history.
 */
export function leaveToWelcome(flash: Flash): void {
  session.set(FLASH, flash);
  window.location.replace('/welcome');
}

export const peekFlash = (): Flash | null => session.get(FLASH) as Flash | null;
export const clearFlash = (): void => session.remove(FLASH);
