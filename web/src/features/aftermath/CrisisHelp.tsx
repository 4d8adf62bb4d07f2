import { useTranslation } from 'react-i18next';
import { useResources } from '../../api/checkup.ts';
import { Loading } from '../../ui/Loading.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { ResourceList } from '../checkup/ResourceList.tsx';

/**
 * When what someone wrote speaks of self-harm, suicide, violence or fear: the server stored and
 * shared nothing; the person gets a caring line and people they can reach right now.
 */
export function CrisisHelp({ message }: { message: string }) {
  const { t } = useTranslation('aftermath');
  const resources = useResources();
  return (
    <div className="aftermath-crisis" role="region" aria-label={t('crisis.label')}>
      <Notice tone="warm">
        <p>{message}</p>
        <p>{t('crisis.text')}</p>
      </Notice>
      {resources.isPending ? <Loading lines={2} /> : resources.data ? <ResourceList list={resources.data} /> : null}
    </div>
  );
}
