import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './Field.tsx';

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
};

/** A multi-line Field: the same label, hint and error, around a text box. */
export function TextAreaField({ label, hint, error, className, rows = 3, ...input }: TextAreaFieldProps) {
  return (
    <FieldFrame
      label={label}
      hint={hint}
      error={error}
      className={className}
      control={(aria) => (
        <div className="field-control">
          <textarea rows={rows} className="input textarea" {...aria} {...input} />
        </div>
      )}
    />
  );
}
