import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../ui/Page.tsx';

const TOOLS = [
  { to: '/talk', key: 'more.talk' },
  { to: '/aftermath', key: 'more.aftermath' },
  { to: '/cycle-map', key: 'more.cycle' },
  { to: '/break', key: 'more.break' },
] as const;

/** The tools for hard moments, side by side (the page a person is on is left out). */
export function HardTimesCard({ here }: { here?: string }) {
  const { t } = useTranslation('talk');
  return (
    <Card id="hard-times" title={t('more.title')} className="card--quiet">
      <p className="muted">{t('more.lead')}</p>
      <ul className="link-list">
        {TOOLS.filter((tool) => tool.to !== here).map((tool) => (
          <li key={tool.to}>
            <Link to={tool.to}>{t(tool.key)}</Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
