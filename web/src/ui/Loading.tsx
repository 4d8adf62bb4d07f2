import { useTranslation } from 'react-i18next';

/** A calm placeholder: soft still shapes and "One moment…", never a flashing spinner. */
export function Loading({ lines = 3 }: { lines?: number }) {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status">
      <p className="loading-text">{t('common.loading')}</p>
      <div className="skeleton" aria-hidden="true">
        <span className="skeleton-line skeleton-line--title" />
        {Array.from({ length: lines }, (_, i) => (
          <span key={i} className="skeleton-line" />
        ))}
      </div>
    </div>
  );
}

export function PageLoading() {
  return (
    <div className="page page--normal">
      <Loading />
    </div>
  );
}
