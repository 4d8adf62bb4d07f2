import { useTranslation } from 'react-i18next';
import type { CycleSideView } from '../../../../shared/contracts/cycle-map.ts';
import { useCycleMapVersions } from '../../api/cycleMap.ts';
import { useFormatDate } from '../../ui/format.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Card } from '../../ui/Page.tsx';
import { SideSummary } from './SideSummary.tsx';

/** Earlier versions of my side (and my partner's once both have mapped), newest first, each expandable. */
export function CycleVersions({ partner, partnerLabel, paired }: { partner: string; partnerLabel: string; paired: boolean }) {
  const { t } = useTranslation('cycle');
  const versions = useCycleMapVersions();
  // The newest version is the one shown above; the rest are the earlier ones.
  const mine = versions.data?.mine.slice(1) ?? [];
  const theirs = versions.data?.partner?.slice(1);

  return (
    <Card id="cycle-versions" title={t('versions.title')}>
      <p className="muted">{paired ? t('versions.lead') : t('versions.leadSolo')}</p>
      {versions.isPending ? (
        <Loading lines={2} />
      ) : versions.isError ? (
        <LoadError message={versions.error.message} onRetry={() => void versions.refetch()} />
      ) : (
        <div className="cycle-versions">
          <section aria-labelledby="cycle-versions-mine">
            <h3 id="cycle-versions-mine">{t('versions.yours')}</h3>
            {mine.length ? <VersionList items={mine} /> : <p className="muted">{t('versions.noneYet')}</p>}
          </section>
          {theirs && (
            <section aria-labelledby="cycle-versions-partner">
              <h3 id="cycle-versions-partner">{t('versions.partners', { partner: partnerLabel })}</h3>
              {theirs.length ? <VersionList items={theirs} partner={partnerLabel} /> : <p className="muted">{t('versions.noneYetPartner', { partner })}</p>}
            </section>
          )}
        </div>
      )}
    </Card>
  );
}

function VersionList({ items, partner }: { items: CycleSideView[]; partner?: string }) {
  const { t } = useTranslation('cycle');
  const { dateTime } = useFormatDate();
  return (
    <ul className="cycle-version-list">
      {items.map((v) => (
        <li key={v.version}>
          <details className="cycle-version">
            <summary>
              <span className="cycle-version-label">
                <span className="cycle-version-when">
                  <time dateTime={v.savedAt}>{dateTime(v.savedAt)}</time>
                </span>
                <span className="cycle-version-what">
                  {v.stance ? t(`stance.${v.stance}`) : t('stance.none')} · {v.myMoves.join(', ')}
                </span>
              </span>
            </summary>
            <SideSummary side={v} headingLevel={4} partner={partner} />
          </details>
        </li>
      ))}
    </ul>
  );
}
