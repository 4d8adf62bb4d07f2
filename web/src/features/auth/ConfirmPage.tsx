import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useConfirmSignUp } from '../../api/auth.ts';
import { Actions, ButtonLink } from '../../ui/Button.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Live, Notice } from '../../ui/Notice.tsx';
import { Page } from '../../ui/Page.tsx';
import { pendingInvite } from '../couple/pendingInvite.ts';
import { tokenFromHash } from './token.ts';

/** Opened from the sign-up e-mail: confirms at once, then goes home (or back to the invitation). */
export function ConfirmPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const confirm = useConfirmSignUp();
  const [token] = useState(() => tokenFromHash(location.hash));
  const started = useRef(false);

  useEffect(() => {
    if (!token || started.current) return;
    started.current = true;
    confirm.mutate(
      { token },
      {
        onSuccess: () =>
          void navigate(pendingInvite.get() ? '/join' : '/', { replace: true, state: { flash: 'welcome' } }),
      },
    );
  }, [token, confirm, navigate]);

  if (!token || confirm.isError) {
    const code = (confirm.error as { code?: string } | null)?.code;
    // Any refusal other than "you already have an account" (or no connection) means the link no longer works.
    const message = !token
      ? t('confirm.missingToken')
      : code === 'link_invalid' || code === 'invalid_input'
        ? t('errors.linkInvalid', { ns: 'common' })
        : confirm.error?.message;
    return (
      <Page title={t('confirm.failedTitle')} width="narrow">
        <Live kind="alert">
          <Notice tone="attention">{message}</Notice>
        </Live>
        <Actions>
          {code === 'already_have_account' ? (
            <ButtonLink to="/sign-in">{t('confirm.signIn')}</ButtonLink>
          ) : (
            <>
              <ButtonLink to="/sign-up">{t('confirm.signUpAgain')}</ButtonLink>
              <ButtonLink to="/sign-in" variant="secondary">
                {t('confirm.signIn')}
              </ButtonLink>
            </>
          )}
        </Actions>
      </Page>
    );
  }

  return (
    <Page title={t('confirm.title')} width="narrow">
      <Loading lines={1} />
    </Page>
  );
}
