import { useTranslation } from 'react-i18next';
import { useMe } from '../api/me.ts';
import { Actions, ButtonLink } from '../ui/Button.tsx';
import { Page } from '../ui/Page.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  const signedIn = Boolean(useMe().data);
  return (
    <Page title={t('notFound.title')} width="narrow">
      <p>{t('notFound.text')}</p>
      <Actions>
        <ButtonLink to={signedIn ? '/' : '/welcome'}>{signedIn ? t('common.backHome') : t('common.backToStart')}</ButtonLink>
      </Actions>
    </Page>
  );
}
