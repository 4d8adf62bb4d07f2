import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Actions, Button } from '../../ui/Button.tsx';
import { Field } from '../../ui/Field.tsx';

const PARTS = ['feeling', 'situation', 'request'] as const;
type Parts = Record<(typeof PARTS)[number], string>;
const EMPTY: Parts = { feeling: '', situation: '', request: '' };

/** The rewrite scaffold: "I feel … about … and I need …", filled in part by part. */
export function GentleScaffold({ onUse }: { onUse: (sentence: string) => void }) {
  const { t } = useTranslation('talk');
  const [parts, setParts] = useState<Parts>(EMPTY);
  const complete = PARTS.every((part) => parts[part].trim());
  const sentence = t('scaffold.sentence', {
    feeling: parts.feeling.trim() || '…',
    situation: parts.situation.trim() || '…',
    request: parts.request.trim().replace(/[.!?]+$/, '') || '…',
  });

  return (
    <details className="scaffold">
      <summary>{t('scaffold.open')}</summary>
      <div className="scaffold-body">
        <h3 className="scaffold-title">{t('scaffold.title')}</h3>
        <p className="muted">{t('scaffold.intro')}</p>
        {PARTS.map((part) => (
          <Field
            key={part}
            name={`scaffold-${part}`}
            label={t(`scaffold.${part}`)}
            hint={t(`scaffold.${part}Hint`)}
            value={parts[part]}
            maxLength={300}
            autoComplete="off"
            onChange={(event) => setParts({ ...parts, [part]: event.target.value })}
          />
        ))}
        <p className="scaffold-preview">
          <span className="scaffold-preview-label">{t('scaffold.preview')}:</span> {sentence}
        </p>
        <Actions>
          <Button
            variant="secondary"
            aria-disabled={!complete || undefined}
            onClick={() => {
              if (!complete) return;
              onUse(sentence);
              setParts(EMPTY);
            }}
          >
            {t('scaffold.use')}
          </Button>
        </Actions>
      </div>
    </details>
  );
}
