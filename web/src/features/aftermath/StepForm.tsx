import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { aftermathKeys, useSaveAftermathStep } from '../../api/aftermath.ts';
import { ApiError } from '../../api/client.ts';
import { Actions, Button } from '../../ui/Button.tsx';
import { FormError } from '../../ui/Form.tsx';
import { Live } from '../../ui/Notice.tsx';
import { TextAreaField } from '../../ui/TextAreaField.tsx';
import type { StepName } from './steps.ts';

const AUTOSAVE_MS = 1500;
const MAX_LENGTH = 4000;

type Status = 'idle' | 'unsaved' | 'saving' | 'saved' | 'failed';

interface StepFormProps {
  aftermathId: string;
  step: StepName;
  initial: string;
  /** While paused the words stay on screen, read-only, and nothing is saved. */
  paused: boolean;
  /** The server's caring message when the words speak of crisis (null once saved fine again). */
  onCrisis: (message: string | null) => void;
}

/**
 * Writing my part of a step. What I type is kept privately a moment after I stop (and when I
 * leave); "I'm finished" marks it done. Saves go one after another, so an older draft can never
 * land after "finished" and undo it.
 */
export function StepForm({ aftermathId, step, initial, paused, onCrisis }: StepFormProps) {
  const { t } = useTranslation('aftermath');
  const client = useQueryClient();
  const { mutateAsync } = useSaveAftermathStep(aftermathId);
  const [text, setText] = useState(initial);
  const [status, setStatus] = useState<Status>(initial ? 'saved' : 'idle');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [finishing, setFinishing] = useState(false);
  const textRef = useRef(initial);
  /** The text last sent (or being sent): what the server has, or will have. */
  const sentRef = useRef(initial);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const fieldRef = useRef<HTMLDivElement>(null);
  const pausedRef = useRef(paused);

  const send = useCallback(
    (done: boolean): Promise<'ok' | 'crisis' | 'failed'> => {
      clearTimeout(timer.current);
      const value = textRef.current;
      sentRef.current = value;
      const run = queue.current.then(async () => {
        try {
          await mutateAsync({ step, text: value, done });
          onCrisis(null);
          return 'ok' as const;
        } catch (error) {
          if (sentRef.current === value) sentRef.current = '\u0000unsaved';
          const apiError = error instanceof ApiError ? error : null;
          // Words that speak of crisis are neither stored nor shared: care and help lines instead.
          if (apiError?.code === 'crisis_language') {
            onCrisis(apiError.message);
            return 'crisis' as const;
          }
          if (apiError?.fields.text) setFieldError(apiError.fields.text);
          else setFormError(apiError?.message ?? t('errors.save'));
          // Paused or already shown meanwhile: fetch the Aftermath as it is now.
          if (apiError?.status === 409) void client.invalidateQueries({ queryKey: aftermathKeys.one(aftermathId) });
          return 'failed' as const;
        }
      });
      queue.current = run;
      return run;
    },
    [aftermathId, client, mutateAsync, onCrisis, step, t],
  );

  const saveDraft = useCallback(async () => {
    if (!textRef.current.trim() || textRef.current === sentRef.current) return;
    setStatus('saving');
    const result = await send(false);
    setStatus(result === 'ok' ? 'saved' : result === 'crisis' ? 'idle' : 'failed');
  }, [send]);

  // A pause stops saving; resuming saves what was typed but not yet kept.
  useEffect(() => {
    pausedRef.current = paused;
    clearTimeout(timer.current);
    if (!paused && textRef.current.trim() && textRef.current !== sentRef.current) void saveDraft();
  }, [paused, saveDraft]);

  // Leaving the step (or the page) keeps what is still unsaved.
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (!pausedRef.current && textRef.current.trim() && textRef.current !== sentRef.current) void send(false);
    },
    [send],
  );

  const onChange = (value: string) => {
    setText(value);
    textRef.current = value;
    setStatus('unsaved');
    if (fieldError && value.trim()) setFieldError(undefined);
    clearTimeout(timer.current);
    if (!pausedRef.current) timer.current = setTimeout(() => void saveDraft(), AUTOSAVE_MS);
  };

  const needsWords = () => {
    if (textRef.current.trim()) return false;
    setFieldError(t('errors.empty'));
    fieldRef.current?.querySelector('textarea')?.focus();
    return true;
  };

  const onSaveClick = async () => {
    setFormError(null);
    if (needsWords()) return;
    if (textRef.current === sentRef.current) return setStatus('saved');
    await saveDraft();
  };

  const onFinish = async (event: FormEvent) => {
    event.preventDefault();
    if (finishing || paused) return;
    setFormError(null);
    if (needsWords()) return;
    setFinishing(true);
    const result = await send(true);
    // On success the step turns into "finished" and this form goes away.
    if (result !== 'ok') {
      setFinishing(false);
      setStatus(result === 'crisis' ? 'idle' : 'failed');
    }
  };

  // Only news is spoken: "saved" or "not saved". While typing it stays on the quiet reminder.
  const statusText = status === 'saved' ? t('form.saved') : status === 'failed' ? t('form.failed') : t('form.private');

  return (
    <form className="form aftermath-form" onSubmit={(event) => void onFinish(event)} noValidate>
      {paused && !text.trim() ? (
        // Nothing written yet: no empty box that cannot be typed in, just the question.
        <p className="aftermath-question">{t(`steps.${step}.prompt`)}</p>
      ) : (
        <div ref={fieldRef}>
          <TextAreaField
            name="text"
            className="aftermath-field"
            label={t(`steps.${step}.prompt`)}
            hint={t(`steps.${step}.hint`)}
            error={fieldError}
            rows={6}
            maxLength={MAX_LENGTH}
            value={text}
            readOnly={paused}
            onChange={(event) => onChange(event.currentTarget.value)}
          />
        </div>
      )}
      {paused ? (
        <p className="aftermath-paused-note muted">{t('step.pausedNote')}</p>
      ) : (
        <>
          <Live className="aftermath-save-status">
            <p className="muted">{statusText}</p>
          </Live>
          <FormError error={formError} />
          <Actions>
            <Button type="submit" busy={finishing} busyLabel={t('form.finishing')}>
              {t('form.finish')}
            </Button>
            <Button variant="secondary" busy={status === 'saving' && !finishing} busyLabel={t('form.saving')} onClick={() => void onSaveClick()}>
              {t('form.save')}
            </Button>
          </Actions>
          <p className="aftermath-form-note muted">{t('form.finishNote')}</p>
        </>
      )}
    </form>
  );
}
