import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateAccountBody } from '../../../../shared/contracts/accounts.ts';
import { useSignedIn, useUpdateName } from '../../api/me.ts';
import { Button } from '../../ui/Button.tsx';
import { Field } from '../../ui/Field.tsx';
import { FormError, useForm } from '../../ui/Form.tsx';
import { Live, Notice } from '../../ui/Notice.tsx';
import { Card } from '../../ui/Page.tsx';

export function DetailsSection() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const update = useUpdateName();
  const [saved, setSaved] = useState(false);
  const form = useForm(UpdateAccountBody, async (body) => {
    setSaved(false);
    await update.mutateAsync(body);
    setSaved(true);
  });

  return (
    <Card title={t('account.details.title')} id="account-details">
      <form ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit}>
        <FormError error={form.formError} />
        <Field
          name="name"
          label={t('fields.name')}
          hint={t('fields.nameHint')}
          autoComplete="given-name"
          required
          maxLength={80}
          defaultValue={me.account.name}
          error={form.errors.name}
        />
        <div className="readonly-field">
          <p className="field-label">{t('account.details.email')}</p>
          <p className="readonly-value">{me.account.email}</p>
        </div>
        <Live>{saved && <Notice tone="warm">{t('account.details.saved')}</Notice>}</Live>
        <Button type="submit" variant="secondary" busy={form.submitting} busyLabel={t('account.details.saving')}>
          {t('account.details.save')}
        </Button>
      </form>
    </Card>
  );
}
