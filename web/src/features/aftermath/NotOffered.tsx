import { useTranslation } from 'react-i18next';
import type { ResourceListView } from '../../../../shared/contracts/safety.ts';
import { useResources } from '../../api/checkup.ts';
import { Actions, ButtonLink } from '../../ui/Button.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Card, Page } from '../../ui/Page.tsx';
import { ResourceList } from '../../ui/ResourceList.tsx';

/**
 * For a person whose own safety answers showed a concern: no shared exercise, but kind help just
 * for them. It speaks only of the person themselves; nothing here mentions or involves a partner.
 */
export function NotOffered({ resources }: { resources: ResourceListView | null }) {
  const { t } = useTranslation('aftermath');
  return (
    <Page title={t('notOffered.title')} lead={t('notOffered.lead')} width="narrow" className="aftermath aftermath--solo">
      <div className="stack">
        <Notice tone="warm">
          <p>{t('notOffered.private')}</p>
        </Notice>
        <Card id="aftermath-solo" title={t('notOffered.soloTitle')} className="card--step">
          <ul className="soft-list">
            <li>{t('notOffered.solo.breathe')}</li>
            <li>{t('notOffered.solo.write')}</li>
            <li>{t('notOffered.solo.someone')}</li>
          </ul>
        </Card>
        <Help resources={resources} />
        <Card id="aftermath-more" className="card--quiet">
          <p>{t('notOffered.more')}</p>
          <Actions>
            <ButtonLink to="/help" variant="secondary">
              {t('notOffered.helpLink')}
            </ButtonLink>
          </Actions>
        </Card>
      </div>
    </Page>
  );
}

function Help({ resources }: { resources: ResourceListView | null }) {
  const fallback = useResources();
  const list = resources ?? fallback.data;
  const { t } = useTranslation('aftermath');
  if (!list) return fallback.isPending ? <Loading lines={2} /> : null;
  return (
    <Card id="aftermath-resources" title={list.title} className="card--accent">
      <p>{list.intro}</p>
      <ResourceList list={list} />
    </Card>
  );
}
