import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedIn, useUpdateSettings } from '../../api/me.ts';
import { FormError } from '../../ui/Form.tsx';
import { Live } from '../../ui/Notice.tsx';
import { Card } from '../../ui/Page.tsx';
import { Switch } from '../../ui/Switch.tsx';

/** Whether a quick exit locks Hearth in the browser it left (on unless turned off). */
export function QuickExitSection() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const update = useUpdateSettings();
  const hintId = useId();
  // The switch shows the choice at once; it settles back if saving fails.
  const on = update.isPending ? update.variables.lockOnQuickExit : me.settings.lockOnQuickExit;
  return (
    <Card title={t('account.quickExit.title')} id="account-quick-exit">
      <p className="muted">{t('account.quickExit.lead')}</p>
      <Switch
        label={t('account.quickExit.label')}
        checked={on}
        busy={update.isPending}
        describedBy={hintId}
        onChange={(lockOnQuickExit) => update.mutate({ lockOnQuickExit })}
      />
      <p id={hintId} className="muted">
        {t('account.quickExit.hint')}
      </p>
      <Live>{update.isSuccess && <p className="muted switch-status">{on ? t('account.quickExit.on') : t('account.quickExit.off')}</p>}</Live>
      <FormError error={update.error?.message} />
    </Card>
  );
}
