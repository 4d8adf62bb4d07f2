import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { ResetPasswordBody } from '../../../../shared/contracts/accounts.ts';
import { useCompletePasswordReset } from '../../api/auth.ts';
import { ApiError } from '../../api/client.ts';
import { Actions, Button, ButtonLink } from '../../ui/Button.tsx';
import { PasswordField } from '../../ui/Field.tsx';
import { FormError, useForm } from '../../ui/Form.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Page } from '../../ui/Page.tsx';
import { tokenFromHash } from './token.ts';

const NewPasswordForm = ResetPasswordBody.pick({ password: true });

const isLinkProblem = (error: unknown) =>
  error instanceof ApiError && (error.code === 'link_invalid' || 'token' in error.fields);

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => tokenFromHash(location.hash));
  const reset = useCompletePasswordReset();
  const [linkBroken, setLinkBroken] = useState(false);
  const form = useForm(
    NewPasswordForm,
    async ({ password }) => {
      try {
        await reset.mutateAsync({ token: token ?? '', password });
      } catch (error) {
        setLinkBroken(isLinkProblem(error));
        throw error;
      }
      await navigate('/', { replace: true, state: { flash: 'passwordReset' } });
    },
    // A token the server refuses, whatever the reason, is a link that no longer works.
    { describe: (error) => (isLinkProblem(error) ? t('errors.linkInvalid', { ns: 'common' }) : undefined) },
  );

  if (!token) {
    return (
      <Page title={t('resetPassword.title')} width="narrow">
        <Notice tone="attention">{t('resetPassword.missingToken')}</Notice>
        <Actions>
          <ButtonLink to="/forgot-password">{t('resetPassword.askAgain')}</ButtonLink>
        </Actions>
      </Page>
    );
  }

  return (
    <Page title={t('resetPassword.title')} lead={t('resetPassword.lead')} width="narrow">
      <form ref={form.formRef} className="card form" noValidate onSubmit={form.onSubmit}>
        <FormError error={form.formError}>
          {linkBroken && (
            <p>
              <ButtonLink to="/forgot-password" variant="secondary">
                {t('resetPassword.askAgain')}
              </ButtonLink>
            </p>
          )}
        </FormError>
        <PasswordField
          name="password"
          label={t('fields.newPassword')}
          hint={t('fields.newPasswordHint')}
          autoComplete="new-password"
          required
          error={form.errors.password}
        />
        <Button type="submit" busy={form.submitting} busyLabel={t('resetPassword.submitting')} className="button--block">
          {t('resetPassword.submit')}
        </Button>
      </form>
    </Page>
  );
}
