import { useQueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import { useCallback, useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeView } from '../../../shared/contracts/couples.ts';
import { FALLBACK_QUICK_EXIT_URL, useConfig } from '../api/config.ts';
import { lockHere, sendLock } from '../api/lock.ts';
import { meKey } from '../api/me.ts';
import { cx } from './cx.ts';
import { session } from './storage.ts';

/**
 * Hides the page at once and replaces this history entry with a neutral site, never waiting for
 * the network. A signed-in person's browser is locked on the way out, when their setting says so
 * (docs/privacy.md, "The partner"): the flag before leaving, the server's lock by a request
 * nobody waits for. So Back, a restored page and the next visit show the lock page, and the entry
 * left behind has a neutral address and title.
 */
export function leaveNow(url: string, me: MeView | null | undefined): void {
  document.documentElement.classList.add('is-leaving');
  // Unknown (still loading) counts as signed in: the server knows, and decides by the setting.
  if (me !== null) sendLock();
  if (me?.settings.lockOnQuickExit) lockHere();
  session.clear();
  document.title = i18next.t('app.name', { ns: 'web' });
  history.replaceState(null, '', '/');
  window.location.replace(url);
}

/** Leaves for the configured neutral site (a built-in one until the config has loaded). */
function useLeave(): () => void {
  const url = useConfig().data?.quickExitUrl ?? FALLBACK_QUICK_EXIT_URL;
  const client = useQueryClient();
  // Read at the moment of leaving, not subscribed: the lock page must not ask for the account.
  return useCallback(() => leaveNow(url, client.getQueryData<MeView | null>(meKey)), [url, client]);
}

export function QuickExitButton({ className }: { className?: string }) {
  const { t } = useTranslation();
  const leave = useLeave();
  const descriptionId = useId();
  return (
    <>
      <button type="button" className={cx('quick-exit', className)} aria-describedby={descriptionId} onClick={leave}>
        <svg className="quick-exit-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M14 4h5a1 1 0 0 1 1 1v14a1 1 0 0 1-1 1h-5M10 8l-4 4 4 4M6 12h10" />
        </svg>
        <span>{t('quickExit.label')}</span>
      </button>
      <span id={descriptionId} className="visually-hidden">
        {t('quickExit.description')}
      </span>
    </>
  );
}

/**
 * Esc pressed twice within a second leaves, wherever focus is. An Esc that closes a dialog is
 * the dialog's own and does not count as the first of the two.
 */
export function useEscapeTwice(): void {
  const leave = useLeave();
  useEffect(() => {
    // -Infinity, not 0: performance.now() starts at page load, so 0 would make one early Esc count as two.
    let last = Number.NEGATIVE_INFINITY;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.repeat) return;
      // Captured before the dialog sees it: an open modal dialog means this Esc will close it.
      if (document.querySelector('dialog[open]')) {
        last = Number.NEGATIVE_INFINITY;
        return;
      }
      const now = performance.now();
      if (now - last <= 1000) leave();
      last = now;
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [leave]);
}
