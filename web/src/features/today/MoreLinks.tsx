import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../ui/Page.tsx';

/** The pages beyond Today: wall, rituals, progress and reminders. */
export function MoreLinks({ solo }: { solo: boolean }) {
  const { t } = useTranslation('today');
  const links = [
    { to: '/appreciations', name: t('today.more.appreciations'), text: solo ? t('today.more.appreciationsTextSolo') : t('today.more.appreciationsText') },
    { to: '/rituals', name: t('today.more.rituals'), text: t('today.more.ritualsText') },
    { to: '/progress', name: t('today.more.progress'), text: t('today.more.progressText') },
    { to: '/settings/reminders', name: t('today.more.reminders'), text: t('today.more.remindersText') },
  ];
  return (
    <Card id="today-more" title={t('today.more.title')} className="card--quiet">
      <ul className="more-links">
        {links.map((link) => (
          <li key={link.to}>
            <Link to={link.to} className="more-link">
              <span className="more-link-name">{link.name}</span>
              <span className="more-link-text">{link.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
