import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SignUpBody } from '../../../../shared/contracts/accounts.ts';
import { useSignUp } from '../../api/auth.ts';
import { Button } from '../../ui/Button.tsx';
import { EmailField, Field, PasswordField } from '../../ui/Field.tsx';
import { FormError, useForm } from '../../ui/Form.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Page } from '../../ui/Page.tsx';
import { pendingInvite } from '../couple/pendingInvite.ts';
import { CheckInbox } from './CheckInbox.tsx';

type Values = { name: string; email: string; password: string };

export function SignUpPage() {
  const { t } = useTranslation();
  const signUp = useSignUp();
  // Kept so that "use a different address" brings back what was typed.
  const [values, setValues] = useState<Values | null>(null);
  const [sent, setSent] = useState(false);
  const form = useForm(SignUpBody, async (body) => {
    setValues(body);
    await signUp.mutateAsync(body);
    setSent(true);
  });

  if (sent && values) return <CheckInbox email={values.email} purpose="signUp" onBack={() => setSent(false)} />;

  return (
    <Page title={t('signUp.title')} lead={t('signUp.lead')} width="narrow">
      {pendingInvite.get() && <Notice tone="warm">{t('signUp.fromInvite')}</Notice>}
      <form ref={form.formRef} className="card form" noValidate onSubmit={form.onSubmit}>
        <FormError error={form.formError} />
        <Field
          name="name"
          label={t('fields.name')}
          hint={t('fields.nameHint')}
          autoComplete="given-name"
          required
          maxLength={80}
          defaultValue={values?.name}
          error={form.errors.name}
        />
        <EmailField name="email" defaultValue={values?.email} error={form.errors.email} />
        <PasswordField
          name="password"
          label={t('fields.password')}
          hint={t('fields.newPasswordHint')}
          autoComplete="new-password"
          required
          defaultValue={values?.password}
          error={form.errors.password}
        />
        <Button type="submit" busy={form.submitting} busyLabel={t('signUp.submitting')} className="button--block">
          {t('signUp.submit')}
        </Button>
      </form>
      <p className="aside">
        {t('signUp.haveAccount')} <Link to="/sign-in">{t('signUp.signInLink')}</Link>
      </p>
    </Page>
  );
}
