import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../api/me.ts';

/** How to speak of the partner: by name when there is one, else "your partner". */
export function usePartnerLabel(): { name: string; wrote: string } {
  const { t } = useTranslation('aftermath');
  const name = useSignedIn().couple?.partner?.name;
  return name
    ? { name, wrote: t('step.partnerWrote', { partner: name }) }
    : { name: t('step.partnerNoName'), wrote: t('step.partnerWroteNoName') };
}
