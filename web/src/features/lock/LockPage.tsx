import { useTranslation } from 'react-i18next';
import { UnlockSessionBody } from '../../../../shared/contracts/accounts.ts';
import { useSignOut } from '../../api/auth.ts';
import { unlock, unlockedHere } from '../../api/lock.ts';
import { Button } from '../../ui/Button.tsx';
import { PasswordField } from '../../ui/Field.tsx';
import { FormError, useForm } from '../../ui/Form.tsx';
import { Card, Page } from '../../ui/Page.tsx';
import { leaveToWelcome } from '../../ui/storage.ts';

/**
 * After a quick exit: the password again before anything is shown. The page names nobody, shows
 * nothing of the account and does not say that a quick exit happened, since whoever opens the
 * browser next may not be its person.
 */
export function LockPage() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const form = useForm(UnlockSessionBody, (body) => unlock(body.password));

  return (
    <Page title={t('lock.title')} lead={t('lock.lead')} width="narrow" className="lock">
      <div className="stack">
        <Card id="lock-unlock">
          <form ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit}>
            <FormError error={form.formError} />
            <PasswordField name="password" label={t('fields.password')} autoComplete="current-password" required error={form.errors.password} />
            <Button type="submit" busy={form.submitting} busyLabel={t('lock.unlocking')} className="button--block">
              {t('lock.unlock')}
            </Button>
          </form>
        </Card>
        <Card id="lock-other" title={t('lock.otherTitle')} className="card--quiet">
          <p>{t('lock.other')}</p>
          <FormError error={signOut.error?.message} />
          <Button
            variant="secondary"
            busy={signOut.isPending}
            busyLabel={t('account.signOut.working')}
            onClick={() =>
              signOut.mutate(undefined, {
                onSuccess: () => {
                  unlockedHere();
                  leaveToWelcome('signedOut');
                },
              })
            }
          >
            {t('lock.signOut')}
          </Button>
        </Card>
      </div>
    </Page>
  );
}
