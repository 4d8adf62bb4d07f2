import { useTranslation } from 'react-i18next';
import { AnswerLoveMapBody, type TodayView } from '../../../../shared/contracts/today.ts';
import { useAnswerLoveMap } from '../../api/today.ts';
import { Button } from '../../ui/Button.tsx';
import { FormError, useForm } from '../../ui/Form.tsx';
import { Live, Notice } from '../../ui/Notice.tsx';
import { Card } from '../../ui/Page.tsx';
import { TextAreaField } from '../../ui/TextAreaField.tsx';
import { usePartnerName } from './usePartnerName.ts';

/**
 * Today's love-map question. Each partner answers about themselves (and may guess the other's
 * answer). Until both have answered, nothing shows whether the partner has: only "saved".
 */
export function LoveMapCard({ today }: { today: TodayView }) {
  const { t } = useTranslation('today');
  const partner = usePartnerName();
  const { question, mine, partner: theirs } = today.loveMap;
  const solo = question.kind === 'reflection';
  const answer = useAnswerLoveMap();
  const form = useForm(AnswerLoveMapBody, (values) =>
    answer.mutateAsync({ questionId: values.questionId, answer: values.answer, ...(values.guess ? { guess: values.guess } : {}) }),
  );

  return (
    <Card id="today-love-map" title={solo ? t('today.loveMap.titleSolo') : t('today.loveMap.title')} className="today-card">
      <p className="today-kicker">
        <span className="tag tag--plain">{t(`today.topic.${question.topic}`)}</span>
      </p>
      <p className="today-question">{question.text}</p>
      {!mine ? (
        <form ref={form.formRef} onSubmit={form.onSubmit} className="form" noValidate>
          <FormError error={form.formError} />
          <p className="muted">{solo ? t('today.loveMap.introSolo') : t('today.loveMap.intro')}</p>
          <input type="hidden" name="questionId" value={question.id} />
          <TextAreaField name="answer" label={solo ? t('today.loveMap.answerSolo') : t('today.loveMap.answer')} error={form.errors.answer} maxLength={2000} />
          {!solo && (
            <TextAreaField name="guess" label={t('today.loveMap.guess')} hint={t('today.loveMap.guessHint')} error={form.errors.guess} rows={2} maxLength={2000} />
          )}
          <Button type="submit" busy={form.submitting} busyLabel={t('today.loveMap.submitting')}>
            {t('today.loveMap.submit')}
          </Button>
        </form>
      ) : theirs ? (
        <Revealed mine={mine} theirs={theirs} partner={partner} />
      ) : (
        <>
          <Live>
            <Notice tone="warm">
              <p>{solo ? t('today.loveMap.savedSolo') : t('today.loveMap.saved')}</p>
            </Notice>
          </Live>
          <dl className="answer-list">
            <dt>{t('today.loveMap.yourAnswer')}</dt>
            <dd>{mine.answer}</dd>
            {mine.guess && (
              <>
                <dt>{t('today.loveMap.yourGuess')}</dt>
                <dd>{mine.guess}</dd>
              </>
            )}
          </dl>
        </>
      )}
    </Card>
  );
}

function Revealed({
  mine,
  theirs,
  partner,
}: {
  mine: { answer: string; guess: string | null };
  theirs: { answer: string; guess: string | null };
  partner: string | undefined;
}) {
  const { t } = useTranslation('today');
  const people = [
    { who: t('today.loveMap.you'), ...mine, key: 'you' },
    { who: partner ?? t('today.loveMap.partnerNoName'), ...theirs, key: 'partner' },
  ];
  return (
    <Live>
      <div className="reveal">
        <h3 className="reveal-title">{t('today.loveMap.revealedTitle')}</h3>
        <p className="muted">{t('today.loveMap.revealedText')}</p>
        <div className="reveal-grid">
          {people.map((p) => (
            <section key={p.key} className={`reveal-person reveal-person--${p.key}`} aria-label={p.who}>
              <p className="reveal-who" aria-hidden="true">
                {p.who}
              </p>
              <dl className="answer-list">
                <dt>{t('today.loveMap.answered')}</dt>
                <dd>{p.answer}</dd>
                <dt>{t('today.loveMap.guessed')}</dt>
                <dd className={p.guess ? undefined : 'muted'}>{p.guess ?? t('today.loveMap.noGuess')}</dd>
              </dl>
            </section>
          ))}
        </div>
        <p className="reveal-talk">{t('today.loveMap.talk')}</p>
      </div>
    </Live>
  );
}
