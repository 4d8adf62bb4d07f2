import type { ReactNode } from 'react';
import { cx } from './cx.ts';

/** calm: neutral information; warm: good news; attention: something to look at (never alarm-red). */
export type Tone = 'calm' | 'warm' | 'attention';

export function Notice({ tone = 'calm', title, children, className }: { tone?: Tone; title?: ReactNode; children?: ReactNode; className?: string }) {
  return (
    <div className={cx('notice', `notice--${tone}`, className)}>
      {title && <p className="notice-title">{title}</p>}
      {children && <div className="notice-body">{children}</div>}
    </div>
  );
}

/**
 * A live region that is always in the page, so screen readers hear what appears in it:
 * `status` politely (saved, copied), `alert` at once (an error).
 */
export function Live({ kind = 'status', children, className }: { kind?: 'status' | 'alert'; children?: ReactNode; className?: string }) {
  return (
    <div role={kind} className={cx('live', className)}>
      {children}
    </div>
  );
}
