import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * "Let's pause" with the wait in words, instead of a bare refusal, after several wrong tries.
 * `offerReset`: the way in by e-mail (for people who are not signed in).
 */
export function ThrottledMessage({ seconds, offerReset = false }: { seconds?: number; offerReset?: boolean }) {
  const { t } = useTranslation();
  const wait = seconds ?? 60;
  return (
    <>
      <p className="notice-title">{t('signIn.throttledTitle')}</p>
      <p>
        {wait < 60 ? t('signIn.waitSeconds', { count: wait }) : t('signIn.waitMinutes', { count: Math.ceil(wait / 60) })}
        {offerReset && (
          <>
            {' '}
            <Link to="/forgot-password">{t('signIn.resetInstead')}</Link>
          </>
        )}
      </p>
    </>
  );
}
