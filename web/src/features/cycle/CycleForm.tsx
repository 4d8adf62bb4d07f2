import { useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveCycleMapBody, type CycleMapView, type CycleSideView } from '../../../../shared/contracts/cycle-map.ts';
import { ApiError } from '../../api/client.ts';
import { useSaveCycleMap, type Stance } from '../../api/cycleMap.ts';
import { Actions, Button } from '../../ui/Button.tsx';
import { FormError } from '../../ui/Form.tsx';
import { Live } from '../../ui/Notice.tsx';
import { TextAreaField } from '../../ui/TextAreaField.tsx';
import { cx } from '../../ui/cx.ts';
import { CrisisHelp } from '../../ui/CrisisHelp.tsx';

const MAX_MOVES = 12;
const MAX_MOVE = 200;
/** 'unsure' saves no direction: the choice is optional, and can be taken back. */
const STANCES: (Stance | 'unsure')[] = ['pursue', 'withdraw', 'both', 'unsure'];

type Errors = Partial<Record<'myMoves' | 'feelingsUnderneath' | 'fears' | 'longings', string>>;

interface CycleFormProps {
  /** My latest version, to start from when revising. */
  current?: CycleSideView | null;
  onSaved: (view: CycleMapView) => void;
  onCancel?: () => void;
}

/** My side of the cycle: which way I tend to move, what I do, and what I feel, fear and long for. */
export function CycleForm({ current, onSaved, onCancel }: CycleFormProps) {
  const { t } = useTranslation('cycle');
  const id = useId();
  const save = useSaveCycleMap();
  const [stance, setStance] = useState<Stance | 'unsure' | null>(current?.stance ?? null);
  const [moves, setMoves] = useState<string[]>(current?.myMoves ?? []);
  const [draft, setDraft] = useState('');
  const [feelings, setFeelings] = useState(current?.feelingsUnderneath ?? '');
  const [fears, setFears] = useState(current?.fears ?? '');
  const [longings, setLongings] = useState(current?.longings ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<ReactNode>(null);
  const [crisis, setCrisis] = useState(false);
  const [announce, setAnnounce] = useState('');
  const moveInput = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const suggestions = (t('form.moves.suggestions', { returnObjects: true }) as unknown as string[]).filter(
    (s) => !moves.some((m) => m.toLowerCase() === s.toLowerCase()),
  );
  const full = moves.length >= MAX_MOVES;

  const addMove = (text: string) => {
    const move = text.trim().replace(/\s+/g, ' ');
    if (!move || full) return false;
    if (move.length > MAX_MOVE) {
      setErrors((e) => ({ ...e, myMoves: t('form.tooLong') }));
      return false;
    }
    if (!moves.some((m) => m.toLowerCase() === move.toLowerCase())) setMoves((list) => [...list, move]);
    setErrors((e) => ({ ...e, myMoves: undefined }));
    setAnnounce(t('form.moves.added', { move }));
    return true;
  };

  const removeMove = (index: number) => {
    const move = moves[index]!;
    setMoves((list) => list.filter((_, i) => i !== index));
    setAnnounce(t('form.moves.removed', { move }));
    // Focus stays in the editor: on the next move's remove button, or the text box.
    requestAnimationFrame(() => {
      const buttons = formRef.current?.querySelectorAll<HTMLButtonElement>('.cycle-move-remove');
      (buttons?.[Math.min(index, (buttons?.length ?? 1) - 1)] ?? moveInput.current)?.focus();
    });
  };

  const onDraftKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    // Enter adds the move rather than sending the whole form.
    event.preventDefault();
    if (addMove(draft)) setDraft('');
  };

  const focusFirstInvalid = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    // Words still in the "something I do" box count as a move.
    const pending = draft.trim().replace(/\s+/g, ' ');
    const allMoves = pending && !full && !moves.some((m) => m.toLowerCase() === pending.toLowerCase()) ? [...moves, pending] : moves;
    const values = { myMoves: allMoves, ...(stance && stance !== 'unsure' ? { stance } : {}), feelingsUnderneath: feelings, fears, longings };
    const parsed = SaveCycleMapBody.safeParse(values);
    setFormError(null);
    setCrisis(false);
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'myMoves') as keyof Errors;
        next[field] ??= t(issue.message, { ns: 'common' });
      }
      setErrors(next);
      focusFirstInvalid();
      return;
    }
    setErrors({});
    if (allMoves !== moves) {
      setMoves(allMoves);
      setDraft('');
    }
    try {
      onSaved(await save.mutateAsync(parsed.data));
    } catch (error) {
      if (!(error instanceof ApiError)) {
        setFormError(t('errors.server', { ns: 'common' }));
        return;
      }
      const next: Errors = {};
      const unshown: string[] = [];
      for (const [name, message] of Object.entries(error.fields)) {
        const field = name.split('.')[0] as keyof Errors;
        if (['myMoves', 'feelingsUnderneath', 'fears', 'longings'].includes(field)) next[field] ??= message;
        else unshown.push(message);
      }
      setErrors(next);
      setCrisis(error.code === 'crisis_language');
      const shown = Object.values(next);
      setFormError(unshown.length ? unshown.join(' ') : shown.includes(error.message) && error.code !== 'crisis_language' ? null : error.message);
      if (Object.keys(next).length) focusFirstInvalid();
    }
  };

  const movesError = errors.myMoves;
  const movesHint = `${id}-moves-hint`;
  const movesErrorId = `${id}-moves-error`;

  return (
    <form ref={formRef} className="form cycle-form" onSubmit={submit} noValidate>
      <FormError error={formError}>{crisis && <CrisisHelp />}</FormError>

      <fieldset className="choice-group">
        <legend className="field-label">{t('form.stance.legend')}</legend>
        <p className="field-hint">{t('form.stance.hint')}</p>
        <div className="choice-options">
          {STANCES.map((option) => (
            <label key={option} className="choice-option">
              <input type="radio" name={`${id}-stance`} value={option} checked={stance === option} onChange={() => setStance(option)} />
              <span>{t(`form.stance.${option}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className={cx('cycle-moves', movesError && 'field--invalid')} aria-describedby={movesHint}>
        <legend className="field-label">{t('form.moves.legend')}</legend>
        <p id={movesHint} className="field-hint">
          {t('form.moves.hint')}
        </p>
        {movesError && (
          <p id={movesErrorId} className="field-error">
            {movesError}
          </p>
        )}
        {moves.length > 0 ? (
          <ul className="cycle-move-list" aria-label={t('form.moves.listLabel')}>
            {moves.map((move, i) => (
              <li key={`${move}-${i}`} className="cycle-move">
                <span className="cycle-move-text">{move}</span>
                <button type="button" className="cycle-move-remove" aria-label={t('form.moves.removeNamed', { move })} onClick={() => removeMove(i)}>
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted cycle-move-none">{t('form.moves.none')}</p>
        )}
        <div className="cycle-move-add">
          <label className="visually-hidden" htmlFor={`${id}-move`}>
            {t('form.moves.inputLabel')}
          </label>
          <input
            ref={moveInput}
            id={`${id}-move`}
            className="input"
            value={draft}
            maxLength={MAX_MOVE}
            disabled={full}
            placeholder={t('form.moves.inputLabel')}
            aria-invalid={movesError ? true : undefined}
            aria-describedby={[movesError ? movesErrorId : null, movesHint].filter(Boolean).join(' ')}
            onChange={(event) => setDraft(event.currentTarget.value)}
            onKeyDown={onDraftKey}
          />
          <Button
            variant="secondary"
            onClick={() => {
              if (addMove(draft)) setDraft('');
              moveInput.current?.focus();
            }}
            disabled={full}
          >
            {t('form.moves.add')}
          </Button>
        </div>
        {full && <p className="field-hint">{t('form.moves.full')}</p>}
        {!full && suggestions.length > 0 && (
          <div className="cycle-suggestions">
            <p className="cycle-suggestions-label" id={`${id}-ideas`}>
              {t('form.moves.suggestionsLabel')}
            </p>
            <ul className="cycle-suggestion-list" aria-labelledby={`${id}-ideas`}>
              {suggestions.map((s) => (
                <li key={s}>
                  <button type="button" className="cycle-suggestion" aria-label={t('form.moves.addNamed', { move: s })} onClick={() => addMove(s)}>
                    <span aria-hidden="true">+ </span>
                    {s}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <Live className="visually-hidden">{announce}</Live>
      </fieldset>

      <TextAreaField
        name="feelingsUnderneath"
        label={t('form.feelings.label')}
        hint={t('form.feelings.hint')}
        value={feelings}
        onChange={(event) => setFeelings(event.currentTarget.value)}
        maxLength={1000}
        error={errors.feelingsUnderneath}
      />
      <TextAreaField
        name="fears"
        label={t('form.fears.label')}
        hint={t('form.fears.hint')}
        value={fears}
        onChange={(event) => setFears(event.currentTarget.value)}
        maxLength={1000}
        error={errors.fears}
      />
      <TextAreaField
        name="longings"
        label={t('form.longings.label')}
        hint={t('form.longings.hint')}
        value={longings}
        onChange={(event) => setLongings(event.currentTarget.value)}
        maxLength={1000}
        error={errors.longings}
      />
      <Actions>
        <Button type="submit" busy={save.isPending} busyLabel={t('form.saving')}>
          {t('form.save')}
        </Button>
        {onCancel && (
          <Button variant="quiet" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
        )}
      </Actions>
    </form>
  );
}
