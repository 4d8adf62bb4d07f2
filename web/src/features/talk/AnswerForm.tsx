import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TalkRequestView } from '../../../../shared/contracts/talk.ts';
import { ApiError } from '../../api/client.ts';
import { useRespondTalkRequest, type TalkAnswer } from '../../api/talk.ts';
import { Actions, Button } from '../../ui/Button.tsx';
import { Field } from '../../ui/Field.tsx';
import { useFormatDate } from '../../ui/format.ts';
import { Notice } from '../../ui/Notice.tsx';
import { TextAreaField } from '../../ui/TextAreaField.tsx';
import { CrisisHelp } from '../../ui/CrisisHelp.tsx';

const RESPONSES = ['accept', 'later', 'decline'] as const;

/** The answer to a talk request I received: shown once given, and changeable. */
export function AnswerForm({ item, onDone }: { item: TalkRequestView; onDone: () => void }) {
  const { t } = useTranslation('talk');
  const [editing, setEditing] = useState(item.response === null);
  if (!editing) {
    return (
      <>
        <Given item={item} who={t('answer.yourAnswer', { answer: t(`answer.labels.${item.response!}`) })} />
        <Actions>
          <Button variant="quiet" onClick={() => setEditing(true)}>
            {t('answer.change')}
          </Button>
        </Actions>
      </>
    );
  }
  return (
    <Editor
      item={item}
      onCancel={item.response ? () => setEditing(false) : undefined}
      onDone={() => {
        setEditing(false);
        onDone();
      }}
    />
  );
}

function Editor({ item, onDone, onCancel }: { item: TalkRequestView; onDone: () => void; onCancel?: () => void }) {
  const { t } = useTranslation('talk');
  const id = useId();
  const respond = useRespondTalkRequest();
  const [response, setResponse] = useState<TalkAnswer['response']>(item.response ?? 'accept');
  const [note, setNote] = useState(item.responseNote ?? '');
  const [time, setTime] = useState('');
  const fields = respond.error instanceof ApiError ? respond.error.fields : {};

  return (
    <form
      className="answer-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const proposed = response === 'later' && time ? new Date(time) : null;
        respond.mutate(
          {
            id: item.id,
            response,
            ...(note.trim() ? { note: note.trim() } : {}),
            ...(proposed && !Number.isNaN(proposed.getTime()) ? { proposedTime: proposed.toISOString() } : {}),
          },
          { onSuccess: onDone },
        );
      }}
    >
      <fieldset className="choice-group">
        <legend className="field-label">{t('answer.legend')}</legend>
        <div className="choice-options">
          {RESPONSES.map((option) => (
            <label key={option} className="choice-option">
              <input type="radio" name={`${id}-response`} value={option} checked={response === option} onChange={() => setResponse(option)} />
              <span>{t(`answer.labels.${option}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {response === 'later' && (
        <Field name="proposedTime" type="datetime-local" label={t('answer.proposedTime')} value={time} error={fields.proposedTime} onChange={(e) => setTime(e.target.value)} className="field--time" />
      )}
      <TextAreaField name="note" rows={2} label={t('answer.note')} value={note} maxLength={1000} error={fields.note} onChange={(e) => setNote(e.target.value)} />
      {respond.error instanceof ApiError && respond.error.code === 'crisis_language' && <CrisisHelp />}
      {respond.isError && !fields.note && !fields.proposedTime && (
        <Notice tone="attention">
          <p>{respond.error.message}</p>
        </Notice>
      )}
      <Actions>
        <Button type="submit" busy={respond.isPending}>
          {t('answer.send')}
        </Button>
        {onCancel && (
          <Button variant="quiet" onClick={onCancel}>
            {t('answer.cancel')}
          </Button>
        )}
      </Actions>
    </form>
  );
}

/** The partner's answer to a request I sent, or a calm "no rush". */
export function AnswerLine({ item, partner }: { item: TalkRequestView; partner?: string }) {
  const { t } = useTranslation('talk');
  if (!item.response) return <p className="muted">{t('answer.waiting')}</p>;
  const answer = t(`answer.labels.${item.response}`);
  return <Given item={item} who={partner ? t('answer.theirAnswer', { partner, answer }) : t('answer.theirAnswerNoName', { answer })} />;
}

/** An answer kept from a couple that has ended: shown, never changed. */
export function KeptAnswer({ item }: { item: TalkRequestView }) {
  const { t } = useTranslation('talk');
  if (!item.response) return null;
  const answer = t(`answer.labels.${item.response}`);
  return <Given item={item} who={item.direction === 'received' ? t('answer.yourAnswer', { answer }) : t('answer.keptAnswer', { answer })} />;
}

function Given({ item, who }: { item: TalkRequestView; who: string }) {
  const { t } = useTranslation('talk');
  const { dateTime } = useFormatDate();
  return (
    <div className={`talk-answer talk-answer--${item.response}`}>
      <p className="talk-answer-line">{who}</p>
      {item.responseNote && <p className="talk-answer-note">{item.responseNote}</p>}
      {item.proposedTime && <p className="muted">{t('answer.at', { time: dateTime(item.proposedTime) })}</p>}
    </div>
  );
}
