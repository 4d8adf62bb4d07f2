import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordBody } from '../../../../shared/contracts/accounts.ts';
import { useChangePassword } from '../../api/me.ts';
import { Button } from '../../ui/Button.tsx';
import { PasswordField } from '../../ui/Field.tsx';
import { FormError, useForm } from '../../ui/Form.tsx';
import { ThrottledMessage } from '../auth/ThrottledMessage.tsx';
import { Live, Notice } from '../../ui/Notice.tsx';
import { Card } from '../../ui/Page.tsx';

export function PasswordSection() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [changed, setChanged] = useState(false);
  const form = useForm(
    ChangePasswordBody,
    async (body) => {
      setChanged(false);
      await change.mutateAsync(body);
      form.formRef.current?.reset();
      setChanged(true);
    },
    { describe: (error) => (error.code === 'throttled' ? <ThrottledMessage seconds={error.retryAfter} /> : undefined) },
  );

  return (
    <Card title={t('account.password.title')} id="account-password">
      <p className="muted">{t('account.password.lead')}</p>
      <form ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit}>
        <FormError error={form.formError} />
        {/* Lets password managers file the new password under the right account. */}
        <PasswordField
          name="currentPassword"
          label={t('fields.currentPassword')}
          autoComplete="current-password"
          required
          error={form.errors.currentPassword}
        />
        <PasswordField
          name="newPassword"
          label={t('fields.newPassword')}
          hint={t('fields.newPasswordHint')}
          autoComplete="new-password"
          required
          error={form.errors.newPassword}
        />
        <Live>{changed && <Notice tone="warm">{t('account.password.changed')}</Notice>}</Live>
        <Button type="submit" variant="secondary" busy={form.submitting} busyLabel={t('account.password.submitting')}>
          {t('account.password.submit')}
        </Button>
      </form>
    </Card>
  );
}
