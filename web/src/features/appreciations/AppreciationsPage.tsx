import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AppreciationView } from '../../../../shared/contracts/appreciations.ts';
import { useAppreciations, useDeleteAppreciationDraft, useSendAppreciation, type AppreciationBox } from '../../api/appreciations.ts';
import { useSignedIn } from '../../api/me.ts';
import { Actions, Button } from '../../ui/Button.tsx';
import { useFormatDate } from '../../ui/format.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Live, Notice } from '../../ui/Notice.tsx';
import { Card, Page } from '../../ui/Page.tsx';

/**
 * The appreciation wall: what each sent the other, newest first; drafts kept for later; and, from
 * a couple that has ended, what the person sent and received there, to read only.
 */
export function AppreciationsPage() {
  const { t } = useTranslation('appreciations');
  const me = useSignedIn();
  const paired = Boolean(me.couple);

  return (
    <Page title={t('appreciations.title')} lead={paired ? t('appreciations.lead') : t('appreciations.leadSolo')}>
      <div className="stack">
        {paired && <Wall box="received" />}
        {paired && <Wall box="sent" />}
        <Wall box="drafts" paired={paired} />
        <Wall box="before" />
      </div>
    </Page>
  );
}

type Box = Exclude<AppreciationBox, 'all'>;

const TITLES: Record<Box, string> = {
  received: 'appreciations.received',
  sent: 'appreciations.sent',
  drafts: 'appreciations.drafts',
  before: 'appreciations.before',
};
const EMPTY: Record<Exclude<Box, 'before'>, string> = {
  received: 'appreciations.emptyReceived',
  sent: 'appreciations.emptySent',
  drafts: 'appreciations.emptyDrafts',
};
const CLASSES: Partial<Record<Box, string>> = { received: 'card--accent', before: 'card--quiet wall-before' };

function Wall({ box, paired = true }: { box: Box; paired?: boolean }) {
  const { t } = useTranslation('appreciations');
  const list = useAppreciations(box);
  const [message, setMessage] = useState<string | null>(null);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  // A paired person with no drafts: nothing to show, no empty box to look at.
  if (box === 'drafts' && paired && list.isSuccess && items.length === 0) return null;
  // Nothing from before: no section at all.
  if (box === 'before' && !(list.isSuccess && items.length > 0)) return null;

  return (
    <Card id={`wall-${box}`} title={t(TITLES[box])} className={CLASSES[box]}>
      <Live>{message && <Notice tone="warm">{message}</Notice>}</Live>
      {box === 'before' && <p className="muted">{t('appreciations.beforeLead')}</p>}
      {list.isPending ? (
        <Loading lines={2} />
      ) : list.isError ? (
        <LoadError message={list.error.message} onRetry={() => void list.refetch()} />
      ) : items.length === 0 && box !== 'before' ? (
        <p className="muted">
          {t(EMPTY[box])} {box !== 'received' && <Link to="/today">{t('appreciations.toToday')}</Link>}
        </p>
      ) : (
        <ul className="wall" aria-live={box === 'received' ? 'polite' : undefined}>
          {items.map((item) => (
            <WallItem key={item.id} item={item} paired={paired} before={box === 'before'} onDone={setMessage} />
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

function WallItem({ item, paired, before, onDone }: { item: AppreciationView; paired: boolean; before: boolean; onDone: (message: string) => void }) {
  const { t } = useTranslation('appreciations');
  const { date } = useFormatDate();
  const me = useSignedIn();
  const partner = me.couple?.partner?.name;
  const send = useSendAppreciation();
  const remove = useDeleteAppreciationDraft();
  const when = item.sentAt ?? item.createdAt;
  // From before: no names (whoever it was, they are not the partner now) and nothing to do.
  const who = before
    ? t(item.direction === 'sent' ? 'appreciations.beforeSent' : 'appreciations.beforeReceived')
    : item.direction === 'received'
      ? partner
        ? t('appreciations.fromPartner', { partner })
        : t('appreciations.fromPartnerNoName')
      : item.direction === 'sent'
        ? partner
          ? t('appreciations.toPartner', { partner })
          : t('appreciations.toPartnerNoName')
        : t('appreciations.keptOn', { date: date(when) });

  return (
    <li className={`wall-item wall-item--${before ? 'before' : item.direction}`}>
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
