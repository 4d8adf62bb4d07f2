import { useTranslation } from 'react-i18next';
import { Button } from './Button.tsx';
import { Notice } from './Notice.tsx';

/** When something could not be loaded: the reason in plain words, and a way to try again. */
export function LoadError({ message, onRetry }: { message?: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="page page--normal" role="alert">
      <Notice tone="attention">
        <p>{message ?? t('errors.server', { ns: 'common' })}</p>
        <Button variant="secondary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </Notice>
    </div>
  );
}
