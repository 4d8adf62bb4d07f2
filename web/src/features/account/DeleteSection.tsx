import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DeleteAccountBody } from '../../../../shared/contracts/accounts.ts';
import { useDeleteAccount } from '../../api/me.ts';
import { Actions, Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { PasswordField } from '../../ui/Field.tsx';
import { FormError, useForm } from '../../ui/Form.tsx';
import { ThrottledMessage } from '../auth/ThrottledMessage.tsx';
import { Card } from '../../ui/Page.tsx';
import { leaveToWelcome } from '../../ui/storage.ts';
import { ExportButton } from './ExportButton.tsx';

export function DeleteSection() {
  const { t } = useTranslation();
  const remove = useDeleteAccount();
  const [open, setOpen] = useState(false);
  const form = useForm(
    DeleteAccountBody,
    async (body) => {
      await remove.mutateAsync(body);
      leaveToWelcome('accountDeleted');
    },
    { describe: (error) => (error.code === 'throttled' ? <ThrottledMessage seconds={error.retryAfter} /> : undefined) },
  );

  return (
    <Card title={t('account.delete.title')} id="account-delete">
      <p className="muted">{t('account.delete.lead')}</p>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('account.delete.open')}
      </Button>
      <Dialog
        open={open}
        onClose={() => {
          setOpen(false);
          form.clear();
        }}
        title={t('account.delete.dialogTitle')}
      >
        <p>{t('account.delete.dialogText')}</p>
        <p>{t('account.delete.dialogPaired')}</p>
        <p>{t('account.delete.dialogPartnerKeeps')}</p>
        <p>{t('account.delete.dialogExport')}</p>
        <ExportButton />
        <form ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit}>
          <FormError error={form.formError} />
          <PasswordField
            name="password"
            label={t('fields.password')}
            hint={t('account.delete.passwordLead')}
            autoComplete="current-password"
            required
            error={form.errors.password}
          />
          <Actions className="dialog-actions">
            <Button variant="secondary" data-autofocus onClick={() => setOpen(false)}>
              {t('account.delete.keep')}
            </Button>
            <Button type="submit" busy={form.submitting} busyLabel={t('account.delete.deleting')}>
              {t('account.delete.confirm')}
            </Button>
          </Actions>
        </form>
      </Dialog>
    </Card>
  );
}
