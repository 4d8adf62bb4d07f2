import { useTranslation } from 'react-i18next';
import { useToday } from '../../api/today.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { PageLoading } from '../../ui/Loading.tsx';
import { Page } from '../../ui/Page.tsx';
import { AppreciationCard } from './AppreciationCard.tsx';
import { CheckInCard } from './CheckInCard.tsx';
import { LoveMapCard } from './LoveMapCard.tsx';
import { MoreLinks } from './MoreLinks.tsx';
import { PromptCard } from './PromptCard.tsx';

/** About five minutes a day: a love-map question, an appreciation, a check-in and a small idea. */
export function TodayPage() {
  const { t } = useTranslation('today');
  const today = useToday();

  if (today.isPending) return <PageLoading />;
  if (today.isError) return <LoadError message={today.error.message} onRetry={() => void today.refetch()} />;
  const solo = today.data.mode === 'solo';

  return (
    <Page title={t('today.title')} lead={solo ? t('today.leadSolo') : t('today.lead')} className="today">
      <div className="stack">
        <LoveMapCard today={today.data} />
        <AppreciationCard today={today.data} />
        {/* Keyed by date: a new day starts a fresh check-in form. */}
        <CheckInCard key={today.data.date} today={today.data} />
        <PromptCard today={today.data} />
        <MoreLinks solo={solo} />
      </div>
    </Page>
  );
}
