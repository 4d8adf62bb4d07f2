import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AppreciationView } from '../../../../shared/contracts/everyday.ts';
import { useAppreciations, useDeleteAppreciationDraft, useSendAppreciation, type AppreciationBox } from '../../api/everyday.ts';
import { useSignedIn } from '../../api/me.ts';
import { Actions, Button } from '../../ui/Button.tsx';
import { useFormatDate } from '../../ui/format.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Live, Notice } from '../../ui/Notice.tsx';
import { Card, Page } from '../../ui/Page.tsx';

/** The appreciation wall: what each sent the other, newest first; drafts kept for later. */
export function AppreciationsPage() {
  const { t } = useTranslation('everyday');
  const me = useSignedIn();
  const paired = Boolean(me.couple);

  return (
    <Page title={t('appreciations.title')} lead={paired ? t('appreciations.lead') : t('appreciations.leadSolo')}>
      <div className="stack">
        {paired && <Wall box="received" />}
        {paired && <Wall box="sent" />}
        <Wall box="drafts" paired={paired} />
      </div>
    </Page>
  );
}

const TITLES: Record<Exclude<AppreciationBox, 'all'>, string> = { received: 'appreciations.received', sent: 'appreciations.sent', drafts: 'appreciations.drafts' };
const EMPTY: Record<Exclude<AppreciationBox, 'all'>, string> = {
  received: 'appreciations.emptyReceived',
  sent: 'appreciations.emptySent',
  drafts: 'appreciations.emptyDrafts',
};

function Wall({ box, paired = true }: { box: Exclude<AppreciationBox, 'all'>; paired?: boolean }) {
  const { t } = useTranslation('everyday');
  const list = useAppreciations(box);
  const [message, setMessage] = useState<string | null>(null);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  // A paired person with no drafts: nothing to show, no empty box to look at.
  if (box === 'drafts' && paired && list.isSuccess && items.length === 0) return null;

  return (
    <Card id={`wall-${box}`} title={t(TITLES[box])} className={box === 'received' ? 'card--accent' : undefined}>
      <Live>{message && <Notice tone="warm">{message}</Notice>}</Live>
      {list.isPending ? (
        <Loading lines={2} />
      ) : list.isError ? (
        <LoadError message={list.error.message} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <p className="muted">
          {t(EMPTY[box])} {box !== 'received' && <Link to="/today">{t('appreciations.toToday')}</Link>}
        </p>
      ) : (
        <ul className="wall" aria-live={box === 'received' ? 'polite' : undefined}>
          {items.map((item) => (
            <WallItem key={item.id} item={item} paired={paired} onDone={setMessage} />
          ))}
        </ul>
      )}
      {list.hasNextPage && (
        <Actions>
          <Button variant="secondary" busy={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {t('appreciations.more')}
          </Button>
        </Actions>
      )}
    </Card>
  );
}

function WallItem({ item, paired, onDone }: { item: AppreciationView; paired: boolean; onDone: (message: string) => void }) {
  const { t } = useTranslation('everyday');
  const { date } = useFormatDate();
  const me = useSignedIn();
  const partner = me.couple?.partner?.name;
  const send = useSendAppreciation();
  const remove = useDeleteAppreciationDraft();
  const when = item.sentAt ?? item.createdAt;
  const who =
    item.direction === 'received'
      ? partner
        ? t('appreciations.fromPartner', { partner })
        : t('appreciations.fromPartnerNoName')
      : item.direction === 'sent'
        ? partner
          ? t('appreciations.toPartner', { partner })
          : t('appreciations.toPartnerNoName')
        : t('appreciations.keptOn', { date: date(when) });

  return (
    <li className={`wall-item wall-item--${item.direction}`}>
      <blockquote className="wall-text">{item.text}</blockquote>
      <p className="wall-meta">
        {who}
        {item.direction !== 'draft' && (
          <>
            {' · '}
            <time dateTime={when}>{date(when)}</time>
          </>
        )}
      </p>
      {item.direction === 'draft' && (
        <Actions>
          {paired && (
            <Button
              variant="secondary"
              busy={send.isPending}
              onClick={() => send.mutate({ text: item.text, draftId: item.id, ...(item.promptId ? { promptId: item.promptId } : {}) }, { onSuccess: () => onDone(t('appreciations.draftSent')) })}
            >
              {t('appreciations.sendDraft')}
            </Button>
          )}
          <Button variant="quiet" busy={remove.isPending} onClick={() => remove.mutate(item.id, { onSuccess: () => onDone(t('appreciations.draftDeleted')) })}>
            {t('appreciations.deleteDraft')}
          </Button>
        </Actions>
      )}
    </li>
  );
}
