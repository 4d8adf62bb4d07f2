import { useTranslation } from 'react-i18next';
import { useExportMyData } from '../../api/export.ts';
import { Button, type Variant } from '../../ui/Button.tsx';
import { FormError } from '../../ui/Form.tsx';
import { Live, Notice } from '../../ui/Notice.tsx';

/** "Download my data", saying while the file is prepared and when it is ready. */
export function ExportButton({ variant = 'secondary' }: { variant?: Variant }) {
  const { t } = useTranslation();
  const download = useExportMyData();
  return (
    <div className="export-button">
      <Button variant={variant} busy={download.isPending} busyLabel={t('account.export.working')} onClick={() => download.mutate()}>
        {t('account.export.action')}
      </Button>
      <Live>{download.isSuccess && <Notice tone="warm">{t('account.export.ready')}</Notice>}</Live>
      <FormError error={download.error?.message} />
    </div>
  );
}
