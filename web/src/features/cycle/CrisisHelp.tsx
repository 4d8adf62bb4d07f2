import { useResources } from '../../api/checkup.ts';
import { Loading } from '../../ui/Loading.tsx';
import { ResourceList } from '../checkup/ResourceList.tsx';

/** People to reach right now, shown when what someone wrote speaks of harm (the server kept none of it). */
export function CrisisHelp() {
  const resources = useResources();
  if (resources.isPending) return <Loading lines={1} />;
  if (resources.isError) return null;
  return <ResourceList list={resources.data} />;
}
