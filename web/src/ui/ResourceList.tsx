import { useTranslation } from 'react-i18next';
import type { ResourceListView } from '../../../shared/contracts/safety.ts';

/** Help lines as large phone, text and web links; the list itself is data, per locale. */
export function ResourceList({ list, headingLevel = 3 }: { list: ResourceListView; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('checkup');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="resources">
      <ul className="resource-list">
        {list.resources.map((resource) => (
          <li key={resource.id} className="resource">
            <Heading className="resource-name">{resource.name}</Heading>
            <p>{resource.description}</p>
            <p className="muted">{resource.whenToUse}</p>
            {resource.availability && <p className="muted">{resource.availability}</p>}
            <ul className="resource-contacts" aria-label={t('help.contactsLabel', { name: resource.name })}>
              {resource.contacts.map((contact) => (
                <li key={contact.href}>
                  <a
                    className="button button--secondary resource-contact"
                    href={contact.href}
                    {...(contact.type === 'url' ? { target: '_blank', rel: 'noreferrer noopener' } : {})}
                  >
                    {contact.label}
                  </a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <p className="muted resource-device">{list.deviceNote}</p>
    </div>
  );
}
