import { useTranslation } from 'react-i18next';
import { Actions, Button } from '../ui/Button.tsx';
import { Page } from '../ui/Page.tsx';

/** Shown when a page throws: the layout (and quick exit) stays, the words stay calm. */
export function CrashPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('crash.title')} width="narrow">
      <p>{t('crash.text')}</p>
      <Actions>
        <Button onClick={() => window.location.reload()}>{t('crash.reload')}</Button>
      </Actions>
    </Page>
  );
}
