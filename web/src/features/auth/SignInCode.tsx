import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { SignInWithCodeBody } from '../../../../shared/contracts/accounts.ts';
import { useSignInWithCode } from '../../api/auth.ts';
import type { ApiError } from '../../api/client.ts';
import { Button } from '../../ui/Button.tsx';
import { Field } from '../../ui/Field.tsx';
import { FormError, useForm } from '../../ui/Form.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { afterSignInPath } from './guards.tsx';
import { ThrottledMessage } from './ThrottledMessage.tsx';

const describe = (error: ApiError) => (error.code === 'throttled' ? <ThrottledMessage seconds={error.retryAfter} offerReset /> : undefined);

/** The field for the e-mailed sign-in code. Once signed in, GuestOnly moves on, or `onSignedIn` does. */
export function CodeForm({ defaultCode, onSignedIn }: { defaultCode?: string; onSignedIn?: () => void }) {
  const { t } = useTranslation();
  const signIn = useSignInWithCode();
  const form = useForm(
    SignInWithCodeBody,
    async (body) => {
      await signIn.mutateAsync(body);
      onSignedIn?.();
    },
    { describe },
  );
  return (
    <form ref={form.formRef} className="card form" noValidate onSubmit={form.onSubmit}>
      <FormError error={form.formError} />
      <Field
        name="code"
        label={t('signInCode.label')}
        hint={t('signInCode.hint')}
        autoComplete="one-time-code"
        autoCapitalize="characters"
        spellCheck={false}
        required
        maxLength={40}
        defaultValue={defaultCode}
        error={form.errors.code}
      />
      <Button type="submit" busy={form.submitting} busyLabel={t('signIn.submitting')} className="button--block">
        {t('signInCode.submit')}
      </Button>
    </form>
  );
}

/** Opened from the e-mailed link (`#code=…`, never sent to a server): signs in at once, then goes on. */
export function SignInCodePage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const signIn = useSignInWithCode();
  const [code] = useState(() => new URLSearchParams(location.hash.replace(/^#/, '')).get('code'));
  const started = useRef(false);
  const goOn = () => void navigate(afterSignInPath(new URLSearchParams()), { replace: true });

  useEffect(() => {
    if (!code || started.current) return;
    started.current = true;
    // The code stays out of the history: the address bar keeps the page, not the secret.
    void navigate({ hash: '' }, { replace: true });
    signIn.mutate({ code }, { onSuccess: goOn });
  });

  if (code && !signIn.isError) {
    return (
      <Page title={t('signInCode.opening')} width="narrow">
        <Loading lines={1} />
      </Page>
    );
  }
  return (
    <Page title={t('signInCode.title')} lead={t('signInCode.lead')} width="narrow">
      {signIn.error && <FormError error={describe(signIn.error as ApiError) ?? signIn.error.message} />}
      <CodeForm defaultCode={code ?? undefined} onSignedIn={goOn} />
      <p className="aside">
        <Link to="/sign-in">{t('signInCode.back')}</Link>
      </p>
    </Page>
  );
}
