import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequestPasswordResetBody } from '../../../../shared/contracts/accounts.ts';
import { useRequestPasswordReset } from '../../api/auth.ts';
import { Button } from '../../ui/Button.tsx';
import { EmailField } from '../../ui/Field.tsx';
import { FormError, useForm } from '../../ui/Form.tsx';
import { Page } from '../../ui/Page.tsx';
import { CheckInbox } from './CheckInbox.tsx';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const form = useForm(RequestPasswordResetBody, async (body) => {
    setEmail(body.email);
    await request.mutateAsync(body);
    setSent(true);
  });

  if (sent) return <CheckInbox email={email} purpose="reset" onBack={() => setSent(false)} />;

  return (
    <Page title={t('forgotPassword.title')} lead={t('forgotPassword.lead')} width="narrow">
      <form ref={form.formRef} className="card form" noValidate onSubmit={form.onSubmit}>
        <FormError error={form.formError} />
        <EmailField name="email" autoComplete="username" defaultValue={email} error={form.errors.email} />
        <Button type="submit" busy={form.submitting} busyLabel={t('forgotPassword.submitting')} className="button--block">
          {t('forgotPassword.submit')}
        </Button>
      </form>
      <p className="aside">
        {t('forgotPassword.remembered')} <Link to="/sign-in">{t('forgotPassword.signInLink')}</Link>
      </p>
    </Page>
  );
}
