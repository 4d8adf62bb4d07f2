/** sessionStorage that never throws (private modes, blocked storage): losing a hint is fine. */
export const session = {
  get(key: string): string | null {
    try {
      return sessionStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string): void {
    try {
      sessionStorage.setItem(key, value);
    } catch {
      /* not stored: the person can still type it */
    }
  },
  remove(key: string): void {
    try {
      sessionStorage.removeItem(key);
    } catch {
      /* nothing to remove */
    }
  },
  clear(): void {
    try {
      sessionStorage.clear();
    } catch {
      /* nothing to clear */
    }
  },
};

/** localStorage that never throws: for what must outlast the tab (the lock after a quick exit). */
export const local = {
  get(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string): void {
    try {
      localStorage.setItem(key, value);
    } catch {
      /* not stored: the server's lock still holds */
    }
  },
  remove(key: string): void {
    try {
      localStorage.removeItem(key);
    } catch {
      /* nothing to remove */
    }
  },
};

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
