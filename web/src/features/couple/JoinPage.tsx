import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { AcceptInviteBody } from '../../../../shared/contracts/couples.ts';
import { useAcceptInvite } from '../../api/couple.ts';
import { useMe } from '../../api/me.ts';
import { Actions, Button, ButtonLink } from '../../ui/Button.tsx';
import { Field } from '../../ui/Field.tsx';
import { FormError, useForm } from '../../ui/Form.tsx';
import { PageLoading } from '../../ui/Loading.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Card, Page } from '../../ui/Page.tsx';
import { codeFromHash, pendingInvite } from './pendingInvite.ts';

/** Opened from an invitation link (`/join#code=…`) or by hand; works signed in or out. */
export function JoinPage() {
  const me = useMe();
  const location = useLocation();
  // The code from the link wins; otherwise the one remembered while signing up or in.
  const [code] = useState(() => {
    const fromLink = codeFromHash(location.hash);
    if (fromLink) pendingInvite.set(fromLink);
    return fromLink ?? pendingInvite.get() ?? '';
  });

  if (me.isPending) return <PageLoading />;
  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (!me.data) return <JoinSignedOut code={code} />;
  if (me.data.couple) return <AlreadyPaired partner={me.data.couple.partner?.name} />;
  return <JoinForm code={code} />;
}

function JoinSignedOut({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <Page title={t('join.signedOutTitle')} lead={t('join.signedOutLead')} width="narrow">
      <Card>
        <p>{t('join.signedOutNext')}</p>
        <Actions>
          <ButtonLink to="/sign-up">{t('join.createAccount')}</ButtonLink>
          <ButtonLink to="/sign-in?next=/join" variant="secondary">
            {t('join.signIn')}
          </ButtonLink>
        </Actions>
      </Card>
      {code && (
        <p className="aside">
          {t('join.keepCode')} <span className="code-inline">{code}</span>
        </p>
      )}
    </Page>
  );
}

function AlreadyPaired({ partner }: { partner?: string }) {
  const { t } = useTranslation();
  useEffect(() => pendingInvite.clear(), []);
  return (
    <Page title={t('join.title')} width="narrow">
      <Notice>{partner ? t('join.paired', { partner }) : t('join.pairedNoName')}</Notice>
      <Actions>
        <ButtonLink to="/">{t('common.backHome')}</ButtonLink>
        <ButtonLink to="/account" variant="secondary">
          {t('layout.nav.account')}
        </ButtonLink>
      </Actions>
    </Page>
  );
}

function JoinForm({ code }: { code: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptInvite();
  const form = useForm(AcceptInviteBody, async (body) => {
    await accept.mutateAsync(body.code);
    pendingInvite.clear();
    await navigate('/', { replace: true, state: { flash: 'joined' } });
  });

  return (
    <Page title={t('join.title')} lead={t('join.lead')} width="narrow">
      <form ref={form.formRef} className="card form" noValidate onSubmit={form.onSubmit}>
        <FormError error={form.formError} />
        <Field
          name="code"
          label={t('fields.code')}
          hint={t('fields.codeHint')}
          defaultValue={code}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          maxLength={40}
          className="field--code"
          error={form.errors.code}
        />
        <p className="muted">{t('join.private')}</p>
        <Button type="submit" busy={form.submitting} busyLabel={t('join.submitting')} className="button--block">
          {t('join.submit')}
        </Button>
      </form>
    </Page>
  );
}
