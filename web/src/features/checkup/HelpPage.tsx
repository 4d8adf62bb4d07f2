import { useTranslation } from 'react-i18next';
import { useResources } from '../../api/checkup.ts';
import { Loading } from '../../ui/Loading.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Page } from '../../ui/Page.tsx';
import { ResourceList } from '../../ui/ResourceList.tsx';

/** Help lines, open to everyone at any time (linked from the footer). */
export function HelpPage() {
  const { t } = useTranslation('checkup');
  const resources = useResources();
  if (resources.isError) return <LoadError message={resources.error.message} onRetry={() => void resources.refetch()} />;
  return (
    <Page title={resources.data?.title ?? t('help.title')} lead={resources.data?.intro}>
      {resources.isPending ? <Loading /> : <ResourceList list={resources.data} headingLevel={2} />}
    </Page>
  );
}
