import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateRitual, useRituals } from '../../api/rituals.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Live, Notice } from '../../ui/Notice.tsx';
import { Card, Page } from '../../ui/Page.tsx';
import { CalendarCard } from './CalendarCard.tsx';
import { RitualCard } from './RitualCard.tsx';
import { RitualForm } from './RitualForm.tsx';

/** Rituals of connection: the list, a new one, and the way into one's calendar. */
export function RitualsPage() {
  const { t } = useTranslation('rituals');
  const rituals = useRituals();
  const create = useCreateRitual();
  const [message, setMessage] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);

  return (
    <Page title={t('rituals.title')} lead={t('rituals.lead')}>
      <Live>{message && <Notice tone="warm">{message}</Notice>}</Live>
      <div className="stack">
        <Card id="rituals-list" title={t('rituals.listTitle')}>
          {rituals.isPending ? (
            <Loading lines={2} />
          ) : rituals.isError ? (
            <LoadError message={rituals.error.message} onRetry={() => void rituals.refetch()} />
          ) : rituals.data.length === 0 ? (
            <p className="muted">{t('rituals.empty')}</p>
          ) : (
            <ul className="ritual-list">
              {rituals.data.map((ritual) => (
                <RitualCard key={ritual.id} ritual={ritual} onMessage={setMessage} />
              ))}
            </ul>
          )}
        </Card>
        <Card id="rituals-new" title={t('rituals.createTitle')}>
          <RitualForm
            key={formKey}
            submitLabel={t('rituals.create')}
            onSubmit={async (input) => {
              await create.mutateAsync(input);
              setFormKey((k) => k + 1);
              setMessage(t('rituals.created'));
            }}
          />
        </Card>
        <CalendarCard />
      </div>
    </Page>
  );
}
