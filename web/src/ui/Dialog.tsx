import { useEffect, useId, useRef, type ReactNode } from 'react';
import { QuickExitButton } from './QuickExit.tsx';

interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  children: ReactNode;
}

/**
 * A modal built on <dialog> and showModal(): the page behind is inert, Esc closes it, and focus
 * returns to where it was. Focus starts on the element marked data-autofocus (the safe choice).
 * The dialog carries its own quick-exit button, since the one in the header is inert meanwhile.
 */
export function Dialog({ open, onClose, title, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnTo.current = document.activeElement as HTMLElement | null;
      dialog.showModal();
      (dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>('h2'))?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onClose={() => {
        onClose();
        returnTo.current?.focus();
      }}
    >
      <div className="dialog-top">
        <QuickExitButton className="quick-exit--inline" />
      </div>
      <h2 id={titleId} className="dialog-title" tabIndex={-1}>
        {title}
      </h2>
      {children}
    </dialog>
  );
}
