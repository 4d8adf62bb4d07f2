import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import i18next from 'i18next';
import type { z } from 'zod';
import { ApiError } from '../api/client.ts';
import { Live, Notice } from './Notice.tsx';

export type FieldErrors = Record<string, string>;

/** A zod message is an i18n key in the `common` namespace ("validation.emailRequired"). */
const translateIssue = (key: string): string =>
  i18next.t(key, { ns: 'common', defaultValue: i18next.t('validation.invalid', { ns: 'common' }) });

const isKey = (message: string) => /^validation\.[A-Za-z]+$/.test(message);

function issuesToErrors(issues: z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join('.') || '_';
    errors[field] ??= translateIssue(issue.message);
  }
  return errors;
}

/**
 * Checks the values with the contract. An empty field reads as a missing one, so that the
 * contract's "please enter…" message is shown rather than "that doesn't look like…".
 */
function validate<S extends z.ZodType>(schema: S, values: Record<string, unknown>) {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed;
  const errors = issuesToErrors(parsed.error.issues);
  const blanks = Object.keys(values).filter((key) => values[key] === '' && errors[key]);
  if (blanks.length) {
    const asMissing = schema.safeParse({ ...values, ...Object.fromEntries(blanks.map((key) => [key, undefined])) });
    for (const issue of asMissing.error?.issues ?? []) {
      const field = issue.path.map(String).join('.');
      if (blanks.includes(field) && isKey(issue.message)) errors[field] = translateIssue(issue.message);
    }
  }
  return { success: false as const, errors };
}

interface FormOptions {
  /** Turns an API error into the form-level message (undefined: the server's own sentences). */
  describe?: (error: ApiError) => ReactNode | undefined;
}

/**
 * Validates a form with a shared zod contract, submits it, and maps the server's answer onto the
 * fields. Inputs are uncontrolled and never cleared on error, so nothing a person typed is lost.
 */
export function useForm<S extends z.ZodType>(schema: S, submit: (values: z.output<S>) => Promise<unknown>, options: FormOptions = {}) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<ReactNode>(null);
  const [submitting, setSubmitting] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  // After a failed try, bring the first field that needs a look into focus.
  useEffect(() => {
    if (attempt) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const form = event.currentTarget;
    const values = Object.fromEntries(new FormData(form));
    const parsed = validate(schema, values);
    if (!parsed.success) {
      setErrors(parsed.errors);
      setFormError(null);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    setFormError(null);
    setSubmitting(true);
    try {
      await submit(parsed.data);
    } catch (error) {
      const apiError =
        error instanceof ApiError ? error : new ApiError(0, 'client', i18next.t('errors.server', { ns: 'common' }));
      // Field messages go next to their fields; any for a field not in this form join the summary.
      const shown = Object.fromEntries(Object.entries(apiError.fields).filter(([name]) => form.elements.namedItem(name)));
      const unshown = Object.entries(apiError.fields).filter(([name]) => !(name in shown)).map(([, message]) => message);
      const repeats = Object.values(shown).includes(apiError.message);
      const described = options.describe?.(apiError);
      const summary = repeats ? null : apiError.message;
      setErrors(shown);
      setFormError(
        described !== undefined ? (
          described
        ) : unshown.length ? (
          <>
            {summary && <p>{summary}</p>}
            {unshown.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </>
        ) : (
          summary
        ),
      );
      setAttempt((n) => n + 1);
    } finally {
      setSubmitting(false);
    }
  };

  const clear = () => {
    setErrors({});
    setFormError(null);
  };

  return { formRef, onSubmit, errors, formError, submitting, clear };
}

/** The form-level error, in an always-present alert region; `children` add a way forward. */
export function FormError({ error, children }: { error: ReactNode; children?: ReactNode }) {
  return (
    <Live kind="alert">
      {error ? (
        <Notice tone="attention">
          {typeof error === 'string' ? <p>{error}</p> : error}
          {children}
        </Notice>
      ) : null}
    </Live>
  );
}
