import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LiftSafetyConcernBody, type SafetyStateView } from '../../../../shared/contracts/safety.ts';
import { useLiftSafetyConcern, useMySafety } from '../../api/checkup.ts';
import { Actions, Button, ButtonLink } from '../../ui/Button.tsx';
import { PasswordField } from '../../ui/Field.tsx';
import { FormError, useForm } from '../../ui/Form.tsx';
import { useFormatDate } from '../../ui/format.ts';
import { Loading } from '../../ui/Loading.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Live, Notice } from '../../ui/Notice.tsx';
import { Card, Page } from '../../ui/Page.tsx';

/**
 * The person's own safety page: what the extra care after a concern does, why a later "safe"
 * answer does not end it, and how to end it themselves with their password. It looks the same
 * from the outside whatever the state (one title, reached from the account page by everyone).
 */
export function SafetyCarePage() {
  const { t } = useTranslation('checkup');
  const safety = useMySafety();
  const [ended, setEnded] = useState(false);

  return (
    <Page title={t('safety.care.title')} lead={t('safety.care.lead')} width="narrow" className="safety">
      <Live>{ended && <Notice tone="warm">{t('safety.care.ended')}</Notice>}</Live>
      {safety.isError ? (
        <LoadError message={safety.error.message} onRetry={() => void safety.refetch()} />
      ) : safety.isPending ? (
        <Loading lines={3} />
      ) : safety.data.atRisk ? (
        <CareOn state={safety.data} onEnded={() => setEnded(true)} />
      ) : (
        !ended && <CareOff />
      )}
      {!safety.data?.atRisk && (
        <Actions>
          <ButtonLink to="/checkup/safety" variant="secondary">
            {t('safety.care.answer')}
          </ButtonLink>
          <Link to="/help">{t('safety.care.helpLink')}</Link>
        </Actions>
      )}
    </Page>
  );
}

function CareOn({ state, onEnded }: { state: SafetyStateView; onEnded: () => void }) {
  const { t } = useTranslation('checkup');
  const { date } = useFormatDate();
  const lift = useLiftSafetyConcern();
  const form = useForm(LiftSafetyConcernBody, async (body) => {
    await lift.mutateAsync(body);
    onEnded();
  });
  const until = state.concern?.until;

  return (
    <div className="stack stack--tight">
      <Card title={t('safety.care.onTitle')} id="safety-care-on" className="card--accent">
        <p>{t('safety.care.what')}</p>
        <p>{t('safety.care.why')}</p>
        <p>
          <strong>{until ? t('safety.care.until', { date: date(until) }) : t('safety.care.whileAnswers')}</strong>
        </p>
      </Card>
      <Card title={t('safety.care.endTitle')} id="safety-care-end">
        <p>{t('safety.care.endLead')}</p>
        <form ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit}>
          <FormError error={form.formError} />
          <PasswordField
            name="password"
            label={t('fields.password', { ns: 'web' })}
            hint={t('safety.care.passwordHint')}
            autoComplete="current-password"
            required
            error={form.errors.password}
          />
          <Actions>
            <Button type="submit" variant="secondary" busy={form.submitting} busyLabel={t('safety.care.ending')}>
              {t('safety.care.end')}
            </Button>
            <ButtonLink to="/">{t('safety.care.keep')}</ButtonLink>
          </Actions>
        </form>
      </Card>
    </div>
  );
}

function CareOff() {
  const { t } = useTranslation('checkup');
  return (
    <Card title={t('safety.care.offTitle')} id="safety-care-off" className="card--quiet">
      <p>{t('safety.care.off')}</p>
    </Card>
  );
}
