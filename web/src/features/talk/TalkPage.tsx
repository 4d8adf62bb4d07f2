import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMySafety } from '../../api/checkup.ts';
import { useSignedIn } from '../../api/me.ts';
import { Notice } from '../../ui/Notice.tsx';
import { Page } from '../../ui/Page.tsx';
import { Composer, type Draft } from './Composer.tsx';
import { HardTimesCard } from './HardTimesCard.tsx';
import { TalkLists } from './TalkLists.tsx';

/** "Say it gently": the composer with the Coach, then talk requests and kept drafts. */
export function TalkPage() {
  const { t } = useTranslation('talk');
  const me = useSignedIn();
  const safety = useMySafety();
  const paired = Boolean(me.couple);
  const partner = me.couple?.partner?.name;
  const [draft, setDraft] = useState<Draft>({ text: '' });

  return (
    <Page title={t('title')} lead={paired ? t('lead') : t('leadSolo')} width="wide">
      <div className="stack">
        {safety.data?.atRisk && (
          <Notice tone="calm">
            <p>
              {t('atRisk')} <Link to="/help">{t('atRiskHelp')}</Link>
            </p>
          </Notice>
        )}
        <Composer draft={draft} onDraft={setDraft} partner={partner} paired={paired} />
        <TalkLists
          paired={paired}
          partner={partner}
          onOpen={(opened) => {
            setDraft(opened);
            document.getElementById('composer')?.scrollIntoView({ block: 'start' });
            document.querySelector<HTMLTextAreaElement>('#composer textarea')?.focus({ preventScroll: true });
          }}
        />
        <HardTimesCard here="/talk" />
      </div>
    </Page>
  );
}
