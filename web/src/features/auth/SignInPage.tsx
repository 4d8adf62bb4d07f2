import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { SignInBody } from '../../../../shared/contracts/accounts.ts';
import { useSignIn } from '../../api/auth.ts';
import type { ApiError } from '../../api/client.ts';
import { Button, ButtonLink } from '../../ui/Button.tsx';
import { EmailField, PasswordField } from '../../ui/Field.tsx';
import { FormError, useForm } from '../../ui/Form.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Page } from '../../ui/Page.tsx';
import { InboxActions } from './CheckInbox.tsx';
import { CodeForm } from './SignInCode.tsx';
import { ThrottledMessage } from './ThrottledMessage.tsx';

export function SignInPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const signIn = useSignIn();
  const [codeFor, setCodeFor] = useState<string | null>(null);
  const [email, setEmail] = useState('');
  const describe = (error: ApiError) => {
    if (error.code === 'throttled') return <ThrottledMessage seconds={error.retryAfter} offerReset />;
    if (error.code !== 'too_many_tries') return error.message;
    // Past the hourly cap no password is checked: the way in is a new one, by e-mail.
    return (
      <>
        <p>{error.message}</p>
        <p>
          <ButtonLink to="/forgot-password" variant="secondary">
            {t('signIn.chooseNewPassword')}
          </ButtonLink>
        </p>
      </>
    );
  };
  // On success the signed-in person is known, and GuestOnly moves on to where they were going.
  const form = useForm(
    SignInBody,
    async (body) => {
      setEmail(body.email);
      if ((await signIn.mutateAsync(body)) === 'codeSent') setCodeFor(body.email);
    },
    { describe },
  );
  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut;

  if (codeFor) return <CodeStep email={codeFor} onBack={() => setCodeFor(null)} />;

  return (
    <Page title={t('signIn.title')} lead={t('signIn.lead')} width="narrow">
      {signedOut && <Notice>{t('signIn.signedOutElsewhere')}</Notice>}
      <form ref={form.formRef} className="card form" noValidate onSubmit={form.onSubmit}>
        <FormError error={form.formError} />
        <EmailField name="email" autoComplete="username" defaultValue={email} error={form.errors.email} />
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

/**
 * While sign-in is slowed down after several tries, a browser the account does not know yet gets
 * in with a code e-mailed to the account. The page says the same whether the password was right
 * or not: only the owner's inbox knows.
 */
function CodeStep({ email, onBack }: { email: string; onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <Page title={t('signInCode.title')} lead={t('signInCode.sent')} width="narrow">
      <CodeForm />
      <p className="aside">
        {t('signInCode.noMail')} <Link to="/forgot-password">{t('signInCode.resetInstead')}</Link>
      </p>
      <InboxActions email={email} onBack={onBack} back={t('signInCode.back')} quiet />
    </Page>
  );
}
