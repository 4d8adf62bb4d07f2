import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TalkRequestView } from '../../../../shared/contracts/talk.ts';
import { useDiscardTalkDraft, useTalkRequests } from '../../api/talk.ts';
import { Actions, Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { useFormatDate } from '../../ui/format.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Live, Notice } from '../../ui/Notice.tsx';
import { Card } from '../../ui/Page.tsx';
import { AnswerForm, AnswerLine, KeptAnswer } from './AnswerForm.tsx';
import type { Draft } from './Composer.tsx';

type Box = 'received' | 'sent' | 'drafts' | 'before';

/** Talk requests for me, the ones I sent, what I kept for later, and, read-only, those from before. */
export function TalkLists({ paired, partner, onOpen }: { paired: boolean; partner?: string; onOpen: (draft: Draft) => void }) {
  return (
    <>
      {paired && <TalkBox box="received" partner={partner} onOpen={onOpen} />}
      {paired && <TalkBox box="sent" partner={partner} onOpen={onOpen} />}
      <TalkBox box="drafts" partner={partner} onOpen={onOpen} />
      <TalkBox box="before" onOpen={onOpen} />
    </>
  );
}

function TalkBox({ box, partner, onOpen }: { box: Box; partner?: string; onOpen: (draft: Draft) => void }) {
  const { t } = useTranslation('talk');
  const list = useTalkRequests(box);
  const [message, setMessage] = useState<string | null>(null);
  const empty = {
    received: partner ? t('lists.emptyReceived', { partner }) : t('lists.emptyReceivedNoName'),
    sent: t('lists.emptySent'),
    drafts: t('lists.emptyDrafts'),
    before: '',
  }[box];
  // Nothing from before: no section at all.
  if (box === 'before' && !(list.isSuccess && list.data.items.length > 0)) return null;

  return (
    <Card id={`talk-${box}`} title={t(`lists.${box}`)} className={box === 'received' ? 'card--accent' : box === 'before' ? 'card--quiet' : undefined}>
      <Live>{message && <Notice tone="warm">{message}</Notice>}</Live>
      {box === 'before' && <p className="muted">{t('lists.beforeLead')}</p>}
      {list.isPending ? (
        <Loading lines={2} />
      ) : list.isError ? (
        <LoadError message={list.error.message} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="talk-list">
          {list.data.items.map((item) => (
            <TalkItem key={item.id} item={item} partner={partner} before={box === 'before'} onOpen={onOpen} onMessage={setMessage} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function TalkItem({
  item,
  partner,
  before,
  onOpen,
  onMessage,
}: {
  item: TalkRequestView;
  partner?: string;
  before: boolean;
  onOpen: (draft: Draft) => void;
  onMessage: (m: string) => void;
}) {
  const { t } = useTranslation('talk');
  const { dateTime, date } = useFormatDate();
  const when = item.sentAt ?? item.createdAt;
  // From before: no names (whoever it was, they are not the partner now) and nothing to answer.
  const who = before
    ? t(item.direction === 'sent' ? 'lists.beforeSent' : 'lists.beforeReceived')
    : {
        received: partner ? t('lists.from', { partner }) : t('lists.fromNoName'),
        sent: partner ? t('lists.to', { partner }) : t('lists.toNoName'),
        draft: t('lists.keptOn', { date: date(when) }),
      }[item.direction];

  if (before) {
    return (
      <li className="talk-item talk-item--before">
        <blockquote className="talk-text">{item.text}</blockquote>
        <p className="talk-meta">
          {who}
          {' · '}
          <time dateTime={when}>{dateTime(when)}</time>
        </p>
        <KeptAnswer item={item} />
      </li>
    );
  }

  return (
    <li className={`talk-item talk-item--${item.direction}`}>
      <blockquote className="talk-text">{item.text}</blockquote>
      <p className="talk-meta">
        {who}
        {item.direction !== 'draft' && (
          <>
            {' · '}
            <time dateTime={when}>{dateTime(when)}</time>
          </>
        )}
      </p>
      {item.direction === 'received' && <AnswerForm item={item} onDone={() => onMessage(t('answer.saved'))} />}
      {item.direction === 'sent' && <AnswerLine item={item} partner={partner} />}
      {item.direction === 'draft' && <DraftActions item={item} onOpen={onOpen} onMessage={onMessage} />}
    </li>
  );
}

function DraftActions({ item, onOpen, onMessage }: { item: TalkRequestView; onOpen: (draft: Draft) => void; onMessage: (m: string) => void }) {
  const { t } = useTranslation('talk');
  const remove = useDiscardTalkDraft();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Actions>
        <Button variant="secondary" onClick={() => onOpen({ text: item.text, draftId: item.id })}>
          {t('lists.open')}
        </Button>
        <Button variant="quiet" onClick={() => setConfirming(true)}>
          {t('lists.discard')}
        </Button>
      </Actions>
      <Dialog open={confirming} onClose={() => setConfirming(false)} title={t('lists.discardTitle')}>
        <p>{t('lists.discardText')}</p>
        <Actions className="dialog-actions">
          <Button variant="secondary" data-autofocus onClick={() => setConfirming(false)}>
            {t('lists.cancel')}
          </Button>
          <Button busy={remove.isPending} onClick={() => remove.mutate(item.id, { onSuccess: () => (setConfirming(false), onMessage(t('composer.discarded'))) })}>
            {t('lists.discardConfirm')}
          </Button>
        </Actions>
      </Dialog>
    </>
  );
}
