import { useTranslation } from 'react-i18next';
import type { TodayView } from '../../../../shared/contracts/today.ts';
import { Card } from '../../ui/Page.tsx';

/** One friendship, play or shared-meaning idea: an invitation, nothing to tick off. */
export function PromptCard({ today }: { today: TodayView }) {
  const { t } = useTranslation('today');
  const solo = today.mode === 'solo';
  const { prompt } = today;
  return (
    <Card id="today-prompt" title={solo ? t('today.prompt.titleSolo') : t('today.prompt.title')} className="today-card card--step">
      <p className="today-kicker">
        <span className="tag tag--plain">{t(`today.prompt.dimension.${prompt.dimension}`)}</span>
      </p>
      <p className="today-question">{prompt.text}</p>
      <p className="muted">{prompt.together && !solo ? t('today.prompt.together') : t('today.prompt.alone')}</p>
    </Card>
  );
}
