import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SaveAppreciationDraftBody, SendAppreciationBody } from '../../../../shared/contracts/appreciations.ts';
import type { TodayView } from '../../../../shared/contracts/today.ts';
import { useSaveAppreciationDraft, useSendAppreciation } from '../../api/appreciations.ts';
import { Button } from '../../ui/Button.tsx';
import { FormError, useForm } from '../../ui/Form.tsx';
import { Live, Notice } from '../../ui/Notice.tsx';
import { Card } from '../../ui/Page.tsx';
import { TextAreaField } from '../../ui/TextAreaField.tsx';
import { usePartnerName } from './usePartnerName.ts';

/** Today's appreciation prompt: send to the partner's wall, or (a person alone) keep a draft. */
export function AppreciationCard({ today }: { today: TodayView }) {
  const { t } = useTranslation('today');
  const partner = usePartnerName();
  const { prompt, action } = today.appreciation;
  const draft = action === 'draft';
  const send = useSendAppreciation();
  const save = useSaveAppreciationDraft();
  const [done, setDone] = useState(false);
  const form = useForm(draft ? SaveAppreciationDraftBody : SendAppreciationBody, async (values) => {
    setDone(false);
    await (draft ? save : send).mutateAsync(values);
    form.formRef.current?.reset();
    setDone(true);
  });

  return (
    <Card id="today-appreciation" title={draft ? t('today.appreciation.titleSolo') : t('today.appreciation.title')} className="today-card">
      <p className="today-kicker">
        <span className="tag tag--plain">{t(`today.appreciation.kind.${prompt.kind}`)}</span>
      </p>
      <p className="today-question">{prompt.text}</p>
      <form ref={form.formRef} onSubmit={form.onSubmit} className="form" noValidate onInput={() => done && setDone(false)}>
        <FormError error={form.formError} />
        <input type="hidden" name="promptId" value={prompt.id} />
        <TextAreaField
          name="text"
          label={t('today.appreciation.label')}
          hint={draft ? t('today.appreciation.hintSolo') : t('today.appreciation.hint')}
          error={form.errors.text}
          maxLength={1000}
        />
        <Button type="submit" busy={form.submitting} busyLabel={draft ? t('today.appreciation.saving') : t('today.appreciation.sending')}>
          {draft ? t('today.appreciation.saveDraft') : partner ? t('today.appreciation.send', { partner }) : t('today.appreciation.sendNoName')}
        </Button>
      </form>
      <Live>
        {done && (
          <Notice tone="warm">
            <p>{draft ? t('today.appreciation.drafted') : partner ? t('today.appreciation.sent', { partner }) : t('today.appreciation.sentNoName')}</p>
            <p>
              <Link to="/appreciations">{t('today.appreciation.wall')}</Link>
            </p>
          </Notice>
        )}
      </Live>
    </Card>
  );
}
