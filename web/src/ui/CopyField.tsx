import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button.tsx';
import { cx } from './cx.ts';
import { Live } from './Notice.tsx';

interface CopyFieldProps {
  label: string;
  value: string;
  copyLabel: string;
  copiedMessage: string;
  /** code: large, spaced letters to read aloud. */
  variant?: 'code' | 'link';
}

/** A read-only value with a copy button; if copying is not allowed, the text is selected instead. */
export function CopyField({ label, value, copyLabel, copiedMessage, variant = 'link' }: CopyFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  // "Copied" settles back after a few seconds, so copying again reads naturally.
  useEffect(() => {
    if (status !== 'copied') return;
    const timer = setTimeout(() => setStatus('idle'), 4000);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      input.current?.select();
      setStatus('failed');
    }
  };

  return (
    <div className={cx('copy-field', `copy-field--${variant}`)}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="copy-field-row">
        <input
          ref={input}
          id={id}
          className="input copy-field-value"
          value={value}
          readOnly
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button variant="secondary" onClick={copy} className="copy-field-button">
          {status === 'copied' ? t('common.copied') : copyLabel}
        </Button>
      </div>
      <Live className="copy-field-status">
        {status === 'copied' && copiedMessage}
        {status === 'failed' && t('common.copyFailed')}
      </Live>
    </div>
  );
}
