import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoupleView } from '../../../../shared/contracts/couples.ts';
import { useLeaveCouple } from '../../api/couple.ts';
import { Actions, Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { FormError } from '../../ui/Form.tsx';
import { useFormatDate } from '../../ui/format.ts';
import { Card } from '../../ui/Page.tsx';
import { ExportButton } from './ExportButton.tsx';

/**
 * Leaving is one person's choice, with no reason asked; the dialog says plainly what follows and
 * what each keeps (docs/privacy.md, section 4), and offers the export first.
 */
export function CoupleSection({ couple, onLeft }: { couple: CoupleView; onLeft: () => void }) {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  const leave = useLeaveCouple();
  const [open, setOpen] = useState(false);
  const partner = couple.partner?.name;
  const since = date(couple.since);

  return (
    <Card title={t('account.couple.title')} id="account-couple">
      <p>{partner ? t('account.couple.pairedWith', { partner, date: since }) : t('account.couple.pairedNoName', { date: since })}</p>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('account.couple.leave')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t('account.couple.leaveTitle')}>
        <p>{partner ? t('account.couple.leaveText', { partner }) : t('account.couple.leaveTextNoName')}</p>
        <p>{t('account.couple.leaveNotice')}</p>
        <h3 className="dialog-subtitle">{t('account.couple.keepTitle')}</h3>
        <ul className="dialog-list">
          <li>{t('account.couple.keepWords')}</li>
          <li>{t('account.couple.keepOwn')}</li>
          <li>{t('account.couple.keepPrivate')}</li>
          <li>{t('account.couple.keepCouple')}</li>
        </ul>
        <p>{t('account.couple.exportFirst')}</p>
        <ExportButton />
        <FormError error={leave.error?.message} />
        <Actions className="dialog-actions">
          <Button variant="secondary" data-autofocus onClick={() => setOpen(false)}>
            {t('account.couple.keep')}
          </Button>
          <Button
            busy={leave.isPending}
            busyLabel={t('account.couple.leaving')}
            onClick={() =>
              leave.mutate(undefined, {
                onSuccess: () => {
                  setOpen(false);
                  onLeft();
                },
              })
            }
          >
            {t('account.couple.leaveConfirm')}
          </Button>
        </Actions>
      </Dialog>
    </Card>
  );
}
