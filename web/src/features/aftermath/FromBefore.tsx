import { useTranslation } from 'react-i18next';
import { useAftermathsFromBefore } from '../../api/aftermath.ts';
import { useFormatDate } from '../../ui/format.ts';
import { Card } from '../../ui/Page.tsx';

/** What I wrote in Aftermaths of a couple that has ended: mine alone, to read only. Nothing shows when there is none. */
export function FromBefore() {
  const { t } = useTranslation('aftermath');
  const { date } = useFormatDate();
  const before = useAftermathsFromBefore();
  if (!before.data?.length) return null;
  return (
    <Card id="aftermath-before" title={t('before.title')} className="card--quiet">
      <p className="muted">{t('before.lead')}</p>
      <ul className="aftermath-before">
        {before.data.map((a) => (
          <li key={a.id}>
            <h3 className="aftermath-before-title">{t('before.item', { date: date(a.startedAt) })}</h3>
            <dl className="aftermath-before-steps">
              {a.steps.map((s) => (
                <div key={s.step}>
                  <dt>
                    {t(`steps.${s.step}.name`)}
                    {!s.done && <span className="tag tag--plain">{t('before.notFinished')}</span>}
                  </dt>
                  <dd>{s.text}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </Card>
  );
}
