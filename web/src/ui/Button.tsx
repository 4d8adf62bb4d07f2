import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';
import { cx } from './cx.ts';

export type Variant = 'primary' | 'secondary' | 'quiet';

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: Variant;
  /** While a request runs: shows a calm spinner and `busyLabel`, ignores clicks, keeps focus. */
  busy?: boolean;
  busyLabel?: ReactNode;
};

export function Button({ variant = 'primary', busy = false, busyLabel, className, children, onClick, type = 'button', ...rest }: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={cx('button', `button--${variant}`, busy && 'is-busy', className)}
      // aria-disabled rather than disabled: the button keeps focus while it works.
      aria-disabled={busy || undefined}
      onClick={(event) => {
        if (busy) return event.preventDefault();
        onClick?.(event);
      }}
    >
      {busy && <span className="spinner" aria-hidden="true" />}
      <span>{busy ? (busyLabel ?? children) : children}</span>
    </button>
  );
}

export function ButtonLink({ variant = 'primary', className, ...rest }: LinkProps & { variant?: Variant }) {
  return <Link {...rest} className={cx('button', `button--${variant}`, className)} />;
}

export function Actions({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cx('actions', className)}>{children}</div>;
}
