import { useTranslation } from 'react-i18next';
import { useResources } from '../../api/checkup.ts';
import { Loading } from '../../ui/Loading.tsx';
import { ResourceList } from '../checkup/ResourceList.tsx';

/**
 * Shown under the caring line when what someone wrote speaks of self-harm, suicide, violence or
 * fear (the server stored and shared nothing): people they can reach right now, for their locale.
 */
export function CrisisHelp() {
  const { t } = useTranslation('aftermath');
  const resources = useResources();
  return (
    <div className="aftermath-crisis" role="region" aria-label={t('crisis.label')}>
      {resources.isPending ? <Loading lines={2} /> : resources.data ? <ResourceList list={resources.data} /> : null}
    </div>
  );
}
