import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { SignInBody } from '../../../../shared/contracts/accounts.ts';
import { useSignIn } from '../../api/auth.ts';
import type { ApiError } from '../../api/client.ts';
import { Button } from '../../ui/Button.tsx';
import { EmailField, PasswordField } from '../../ui/Field.tsx';
import { FormError, useForm } from '../../ui/Form.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Page } from '../../ui/Page.tsx';

/** "Let's pause" with the wait in words, instead of a bare refusal, after several tries. */
function ThrottledMessage({ seconds }: { seconds?: number }) {
  const { t } = useTranslation();
  const wait = seconds ?? 60;
  return (
    <>
      <p className="notice-title">{t('signIn.throttledTitle')}</p>
      <p>
        {wait < 60
          ? t('signIn.waitSeconds', { count: wait })
          : t('signIn.waitMinutes', { count: Math.ceil(wait / 60) })}{' '}
        <Link to="/forgot-password">{t('signIn.resetInstead')}</Link>
      </p>
    </>
  );
}

export function SignInPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const signIn = useSignIn();
  // On success the signed-in person is known, and GuestOnly moves on to where they were going.
  const form = useForm(SignInBody, (body) => signIn.mutateAsync(body), {
    describe: (error: ApiError) => (error.code === 'throttled' ? <ThrottledMessage seconds={error.retryAfter} /> : error.message),
  });
  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut;

  return (
    <Page title={t('signIn.title')} lead={t('signIn.lead')} width="narrow">
      {signedOut && <Notice>{t('signIn.signedOutElsewhere')}</Notice>}
      <form ref={form.formRef} className="card form" noValidate onSubmit={form.onSubmit}>
        <FormError error={form.formError} />
        <EmailField name="email" autoComplete="username" error={form.errors.email} />
        <PasswordField
          name="password"
          label={t('fields.password')}
          autoComplete="current-password"
          required
          error={form.errors.password}
        />
        <Button type="submit" busy={form.submitting} busyLabel={t('signIn.submitting')} className="button--block">
          {t('signIn.submit')}
        </Button>
        <p className="form-link">
          <Link to="/forgot-password">{t('signIn.forgot')}</Link>
        </p>
      </form>
      <p className="aside">
        {t('signIn.noAccount')} <Link to="/sign-up">{t('signIn.signUpLink')}</Link>
      </p>
    </Page>
  );
}
