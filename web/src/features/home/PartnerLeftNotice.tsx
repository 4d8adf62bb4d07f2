import { useTranslation } from 'react-i18next';
import type { NoticeView } from '../../../../shared/contracts/couples.ts';
import { useDismissNotice } from '../../api/couple.ts';
import { Button } from '../../ui/Button.tsx';
import { FormError } from '../../ui/Form.tsx';

/** Neutral on purpose: no name, no reason, no blame; only where things stand and what remains. */
export function PartnerLeftNotice({ notice }: { notice: NoticeView }) {
  const { t } = useTranslation();
  const dismiss = useDismissNotice();
  const titleId = `notice-${notice.id}`;
  return (
    <section className="notice notice--calm notice--standing" aria-labelledby={titleId}>
      <h2 id={titleId} className="notice-title">
        {t('notice.partnerLeftTitle')}
      </h2>
      <p>{t('notice.partnerLeftText')}</p>
      <FormError error={dismiss.error?.message} />
      <Button variant="secondary" busy={dismiss.isPending} busyLabel={t('notice.dismissing')} onClick={() => dismiss.mutate(notice.id)}>
        {t('notice.dismiss')}
      </Button>
    </section>
  );
}
