import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMyChoice, useSetPartnerConsent } from '../../api/consent.ts';
import { Actions, Button, ButtonLink } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { FormError } from '../../ui/Form.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Live } from '../../ui/Notice.tsx';
import { Card } from '../../ui/Page.tsx';

/**
 * Before the couple report: my own choice to compare. The words never depend on what the partner
 * chose or whether they took the check-up (docs/privacy.md, "The consent model").
 */
export function CompareChoice() {
  const { t } = useTranslation('checkup');
  const choice = useMyChoice('checkupCompare');
  const set = useSetPartnerConsent('checkupCompare');
  if (choice.isPending) return <Loading lines={2} />;
  const granted = set.isPending ? set.variables : (choice.data?.granted ?? false);

  return (
    <Card title={granted ? t('compare.chosenTitle') : t('compare.title')} id="compare-choice" className="card--step">
      {granted ? (
        <>
          <p>{t('compare.chosenText')}</p>
          <p className="muted">{t('compare.changeText')}</p>
        </>
      ) : (
        <>
          <p>{t('compare.text')}</p>
          <p className="muted">{t('compare.private')}</p>
        </>
      )}
      <Actions>
        {granted ? (
          <>
            <ButtonLink to="/checkup" variant="secondary">
              {t('couple.toCheckup')}
            </ButtonLink>
            <Button variant="quiet" busy={set.isPending} busyLabel={t('compare.saving')} onClick={() => set.mutate(false)}>
              {t('compare.undo')}
            </Button>
          </>
        ) : (
          <Button busy={set.isPending} busyLabel={t('compare.saving')} onClick={() => set.mutate(true)}>
            {t('compare.choose')}
          </Button>
        )}
      </Actions>
      <Live>{set.isSuccess && <p className="muted">{granted ? t('compare.savedOn') : t('compare.savedOff')}</p>}</Live>
      <FormError error={set.error?.message ?? choice.error?.message} />
    </Card>
  );
}

/** Under the report: either partner may stop comparing; the dialog says it ends for both. */
export function StopComparing({ partner }: { partner: string }) {
  const { t } = useTranslation('checkup');
  const set = useSetPartnerConsent('checkupCompare');
  const [open, setOpen] = useState(false);
  return (
    <Card title={t('compare.stopTitle')} id="compare-stop" className="card--quiet">
      <p>{t('compare.stopText', { partner })}</p>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('compare.stop')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t('compare.stopDialogTitle')}>
        <p>{t('compare.stopDialogText', { partner })}</p>
        <FormError error={set.error?.message} />
        <Actions className="dialog-actions">
          <Button variant="secondary" data-autofocus onClick={() => setOpen(false)}>
            {t('compare.keep')}
          </Button>
          <Button busy={set.isPending} busyLabel={t('compare.saving')} onClick={() => set.mutate(false, { onSuccess: () => setOpen(false) })}>
            {t('compare.stopConfirm')}
          </Button>
        </Actions>
      </Dialog>
    </Card>
  );
}
