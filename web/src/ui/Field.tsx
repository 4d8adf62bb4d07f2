import { useId, useState, type InputHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from './cx.ts';

type FieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Content beside the input, inside its frame (the show-password toggle). */
  addon?: ReactNode;
};

/** What every field has around its control: a label, a hint and an error, and how they are wired. */
export interface FieldFrameProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
}

/**
 * Label, hint and error around a control (error before the control, as people read); `control`
 * gets the id and the aria attributes that tie them together for screen readers.
 */
export function FieldFrame({ label, hint, error, className, control }: FieldFrameProps & { control: (aria: ControlAria) => ReactNode }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cx('field', error && 'field--invalid', className)}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {control({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': [errorId, hintId].filter(Boolean).join(' ') || undefined })}
    </div>
  );
}

export interface ControlAria {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export function Field({ label, hint, error, addon, className, ...input }: FieldProps) {
  return (
    <FieldFrame
      label={label}
      hint={hint}
      error={error}
      className={className}
      control={(aria) => (
        <div className={cx('field-control', Boolean(addon) && 'field-control--addon')}>
          <input className="input" {...aria} {...input} />
          {addon}
        </div>
      )}
    />
  );
}

type PasswordFieldProps = Omit<FieldProps, 'type' | 'addon'>;

export function PasswordField(props: PasswordFieldProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <Field
      {...props}
      type={visible ? 'text' : 'password'}
      spellCheck={false}
      autoCapitalize="none"
      addon={
        <button
          type="button"
          className="field-toggle"
          aria-label={visible ? t('common.hidePassword') : t('common.showPassword')}
          onClick={() => setVisible((v) => !v)}
        >
          {visible ? t('common.hide') : t('common.show')}
        </button>
      }
    />
  );
}

export function EmailField(props: Omit<FieldProps, 'type' | 'label'> & { label?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Field
      label={t('fields.email')}
      type="email"
      autoComplete="email"
      inputMode="email"
      autoCapitalize="none"
      spellCheck={false}
      required
      {...props}
    />
  );
}
