import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FALLBACK_QUICK_EXIT_URL, useConfig } from '../api/config.ts';
import { cx } from './cx.ts';
import { session } from './storage.ts';

function useQuickExitUrl(): string {
  return useConfig().data?.quickExitUrl ?? FALLBACK_QUICK_EXIT_URL;
}

/** Hides the page at once and replaces this history entry with a neutral site. */
export function leaveNow(url: string): void {
  document.documentElement.classList.add('is-leaving');
  session.clear();
  window.location.replace(url);
}

export function QuickExitButton({ className }: { className?: string }) {
  const { t } = useTranslation();
  const url = useQuickExitUrl();
  const descriptionId = useId();
  return (
    <>
      <button type="button" className={cx('quick-exit', className)} aria-describedby={descriptionId} onClick={() => leaveNow(url)}>
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

/** Esc pressed twice within a second leaves, wherever focus is (also inside a dialog). */
export function useEscapeTwice(): void {
  const url = useQuickExitUrl();
  useEffect(() => {
    // -Infinity, not 0: performance.now() starts at page load, so 0 would make one early Esc count as two.
    let last = Number.NEGATIVE_INFINITY;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.repeat) return;
      const now = performance.now();
      if (now - last <= 1000) leaveNow(url);
      last = now;
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [url]);
}
