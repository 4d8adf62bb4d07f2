import { useTranslation } from 'react-i18next';
import type { InviteView } from '../../../../shared/contracts/couples.ts';
import { useCreateInvite, useWithdrawInvite } from '../../api/couple.ts';
import { Actions, Button } from '../../ui/Button.tsx';
import { CopyField } from '../../ui/CopyField.tsx';
import { FormError } from '../../ui/Form.tsx';
import { useFormatDate } from '../../ui/format.ts';
import { Live, Notice } from '../../ui/Notice.tsx';

export type InviteOutcome = 'created' | 'renewed' | 'withdrawn' | null;

/** What just happened to the invitation, said once; lives outside the details, which may vanish. */
export function InviteOutcomeMessage({ outcome }: { outcome: InviteOutcome }) {
  const { t } = useTranslation();
  return <Live>{outcome && <Notice tone="warm">{t(`invite.${outcome}`)}</Notice>}</Live>;
}

/** An open invitation: code and link to copy (or share), when it ends, and ways to change it. */
export function InviteDetails({ invite, onOutcome }: { invite: InviteView; onOutcome: (outcome: InviteOutcome) => void }) {
  const { t } = useTranslation();
  const { date } = useFormatDate();
  const renew = useCreateInvite();
  const withdraw = useWithdrawInvite();
  const canShare = typeof navigator.share === 'function';
  const error = renew.error ?? withdraw.error;

  const share = () =>
    navigator.share({ title: t('invite.shareTitle'), text: t('invite.shareText'), url: invite.url }).catch(() => undefined);

  return (
    <div className="invite">
      <CopyField
        variant="code"
        label={t('invite.code')}
        value={invite.code}
        copyLabel={t('invite.copyCode')}
        copiedMessage={t('invite.codeCopied')}
      />
      <CopyField label={t('invite.link')} value={invite.url} copyLabel={t('invite.copyLink')} copiedMessage={t('invite.linkCopied')} />
      <p className="invite-expiry">{t('invite.expires', { date: date(invite.expiresAt) })}</p>
      {canShare && (
        <Actions>
          <Button onClick={share}>{t('invite.share')}</Button>
        </Actions>
      )}
      <FormError error={error?.message} />
      <Actions className="invite-manage">
        <Button
          variant="secondary"
          busy={renew.isPending}
          busyLabel={t('invite.renewing')}
          onClick={() => renew.mutate(undefined, { onSuccess: () => onOutcome('renewed') })}
        >
          {t('invite.renew')}
        </Button>
        <Button
          variant="quiet"
          busy={withdraw.isPending}
          busyLabel={t('invite.withdrawing')}
          onClick={() => withdraw.mutate(invite.id, { onSuccess: () => onOutcome('withdrawn') })}
        >
          {t('invite.withdraw')}
        </Button>
      </Actions>
    </div>
  );
}

/** Makes the first invitation. */
export function CreateInviteButton({ onOutcome }: { onOutcome: (outcome: InviteOutcome) => void }) {
  const { t } = useTranslation();
  const create = useCreateInvite();
  return (
    <>
      <p>{t('invite.ready')}</p>
      <FormError error={create.error?.message} />
      <Actions>
        <Button busy={create.isPending} busyLabel={t('invite.creating')} onClick={() => create.mutate(undefined, { onSuccess: () => onOutcome('created') })}>
          {t('invite.create')}
        </Button>
      </Actions>
    </>
  );
}
