import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useResources } from '../api/checkup.ts';
import { Loading } from './Loading.tsx';
import { Notice } from './Notice.tsx';
import { ResourceList } from './ResourceList.tsx';

/**
 * People to reach now, under a caring word: shown instead of coaching, or when the server
 * refused to share words that speak of crisis (it kept none of them).
 */
export function CrisisHelp({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const resources = useResources();
  return (
    <section className="coach coach--crisis" aria-labelledby="crisis-title">
      <h3 id="crisis-title" className="coach-title">
        {t('crisisHelp.title')}
      </h3>
      {children && <Notice tone="warm">{children}</Notice>}
      {resources.data ? <ResourceList list={resources.data} /> : <Loading lines={2} />}
    </section>
  );
}
