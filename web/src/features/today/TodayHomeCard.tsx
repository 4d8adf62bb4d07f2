import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../api/me.ts';
import { ButtonLink } from '../../ui/Button.tsx';
import { Card } from '../../ui/Page.tsx';

/** On the home page: the way to Today. */
export function TodayHomeCard() {
  const { t } = useTranslation('today');
  const me = useSignedIn();
  return (
    <Card id="home-today" title={t('homeCard.title')} className="card--today">
      <p>{me.couple ? t('homeCard.text') : t('homeCard.textSolo')}</p>
      <ButtonLink to="/today">{t('homeCard.action')}</ButtonLink>
    </Card>
  );
}
