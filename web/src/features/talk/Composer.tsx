import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { useKeepTalkDraft, useSendTalkRequest, useDiscardTalkDraft } from '../../api/talk.ts';
import { Actions, Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { Live, Notice } from '../../ui/Notice.tsx';
import { Card } from '../../ui/Page.tsx';
import { TextAreaField } from '../../ui/TextAreaField.tsx';
import { CrisisHelp } from '../../ui/CrisisHelp.tsx';
import { CoachPanel } from './CoachPanel.tsx';
import { coachText } from './coachText.ts';
import { GentleScaffold } from './GentleScaffold.tsx';
import { useCoach } from './useCoach.ts';

export const MAX_LENGTH = 2000;

export interface Draft {
  text: string;
  /** Set when the person opened one of their kept drafts. */
  draftId?: string;
}

interface Flash {
  message: string;
  /** What Undo brings back. */
  undo?: Draft;
}

/**
 * "Say it gently": the person writes, the Coach reads along on the device, and the draft goes
 * nowhere until they send it as a talk request or keep it privately. Leaving the page with
 * words in the box asks first (inside the app only: the quick exit must never be held up).
 */
export function Composer({ draft, onDraft, partner, paired }: { draft: Draft; onDraft: (draft: Draft) => void; partner?: string; paired: boolean }) {
  const { t } = useTranslation('talk');
  const { result, reading } = useCoach(draft.text);
  const send = useSendTalkRequest();
  const keep = useKeepTalkDraft();
  const discardKept = useDiscardTalkDraft();
  const [flash, setFlash] = useState<Flash | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [held, setHeld] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const crisis = result?.mode === 'crisis';
  const tooLong = draft.text.length > MAX_LENGTH;
  const blocker = useBlocker(({ currentLocation, nextLocation }) => draft.text.trim() !== '' && currentLocation.pathname !== nextLocation.pathname);

  const edit = (next: Draft, message?: Flash) => {
    onDraft(next);
    setError(undefined);
    setHeld(null);
    setFlash(message ?? null);
  };
  const focusBox = () => box.current?.querySelector('textarea')?.focus();
  const check = (): boolean => {
    const problem = !draft.text.trim() ? t('composer.empty') : tooLong ? t('composer.tooLong', { max: MAX_LENGTH }) : undefined;
    setError(problem);
    if (problem) focusBox();
    return !problem;
  };
  const failed = (e: Error) => {
    setError(e instanceof ApiError ? (e.fields.text ?? e.message) : e.message);
    focusBox();
  };

  const onSend = () => {
    if (!check()) return;
    send.mutate(
      { text: draft.text, ...(draft.draftId ? { draftId: draft.draftId } : {}) },
      {
        onSuccess: (outcome) => {
          if (outcome.status === 'notSent') return setHeld(outcome.messageKey);
          edit({ text: '' }, { message: partner ? t('composer.sent', { partner }) : t('composer.sentNoName') });
        },
        onError: failed,
      },
    );
  };
  const onKeep = () => {
    if (!check()) return;
    keep.mutate(draft.text, {
      onSuccess: () => {
        // Keeping an opened draft again replaces it rather than leaving two copies.
        if (draft.draftId) discardKept.mutate(draft.draftId);
        edit({ text: '' }, { message: t('composer.kept') });
      },
      onError: failed,
    });
  };
  const onDiscard = () => edit({ text: '' }, { message: t('composer.discarded'), undo: draft });

  return (
    <Card id="composer" title={t('composer.title')} className="composer">
      <div className="composer-grid">
        <div className="composer-write" ref={box}>
          {draft.draftId && <p className="muted">{t('composer.continueDraft')}</p>}
          <TextAreaField
            name="talk"
            label={partner ? t('composer.label', { partner }) : t('composer.labelNoName')}
            hint={t('composer.hint')}
            placeholder={t('composer.placeholder')}
            rows={7}
            value={draft.text}
            error={error}
            onChange={(event) => edit({ ...draft, text: event.target.value })}
          />
          <p className={tooLong ? 'composer-count is-over' : 'composer-count muted'}>{t('composer.count', { count: draft.text.length, max: MAX_LENGTH })}</p>
        </div>
        <div className="composer-coach">
          {held ? (
            <>
              <Notice tone="attention">
                <p>{t('composer.notSent')}</p>
              </Notice>
              <CrisisHelp>
                <p>{coachText(t, held)}</p>
              </CrisisHelp>
            </>
          ) : (
            <CoachPanel text={draft.text} result={result} reading={reading} />
          )}
        </div>
        <div className="composer-rest">
          <GentleScaffold onUse={(sentence) => edit({ ...draft, text: sentence }, { message: t('scaffold.used'), undo: draft })} />
          <Live>
            {flash && (
              <Notice tone="warm">
                <p>{flash.message}</p>
                {flash.undo && (
                  <Button
                    variant="quiet"
                    onClick={() => {
                      edit(flash.undo!, { message: t('composer.restored') });
                      focusBox();
                    }}
                  >
                    {t('composer.undo')}
                  </Button>
                )}
              </Notice>
            )}
          </Live>
          <Actions className="composer-actions">
            {paired && !crisis && (
              <Button busy={send.isPending} onClick={onSend}>
                {partner ? t('composer.send', { partner }) : t('composer.sendNoName')}
              </Button>
            )}
            <Button variant={paired && !crisis ? 'secondary' : 'primary'} busy={keep.isPending} onClick={onKeep}>
              {t('composer.keep')}
            </Button>
            {draft.text !== '' && (
              <Button variant="quiet" onClick={onDiscard}>
                {t('composer.discard')}
              </Button>
            )}
          </Actions>
        </div>
      </div>
      <Dialog open={blocker.state === 'blocked'} onClose={() => blocker.reset?.()} title={t('composer.leaveTitle')}>
        <p>{t('composer.leaveText')}</p>
        <Actions className="dialog-actions">
          <Button variant="secondary" data-autofocus onClick={() => blocker.reset?.()}>
            {t('composer.stay')}
          </Button>
          <Button onClick={() => blocker.proceed?.()}>{t('composer.leave')}</Button>
        </Actions>
      </Dialog>
    </Card>
  );
}
