import { useTranslation } from 'react-i18next';
import { Card } from '../../ui/Page.tsx';
import { ExportButton } from './ExportButton.tsx';

export function ExportSection() {
  const { t } = useTranslation();
  return (
    <Card title={t('account.export.title')} id="account-export">
      <p>{t('account.export.lead')}</p>
      <p className="muted">{t('account.export.what')}</p>
      <p className="muted">{t('account.export.privacy')}</p>
      <ExportButton />
    </Card>
  );
}
