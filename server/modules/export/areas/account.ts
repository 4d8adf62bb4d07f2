import type { ExportArea } from '../area.ts';
import type { Kit } from '../kit.ts';

export interface AccountData {
  account: { id: string; name: string; email: string; locale: string; createdAt: string };
  couple: { since: string; partnerName: string | null } | null;
}

const row = (kit: Kit, label: string, value: string) => `<dt>${kit.esc(label)}</dt><dd>${kit.esc(value)}</dd>`;

export const accountArea: ExportArea<AccountData> = {
  key: 'account',
  file: 'account.json',
  json: (d) => d,
  html: ({ account, couple }, kit) => {
    const paired = couple
      ? couple.partnerName
        ? kit.t('account.pairedWith', { partner: couple.partnerName, date: kit.date(couple.since) })
        : kit.t('account.paired', { date: kit.date(couple.since) })
      : kit.t('account.alone');
    return `<dl>${row(kit, kit.t('account.name'), account.name)}${row(kit, kit.t('account.email'), account.email)}${row(kit, kit.t('account.since'), kit.date(account.createdAt))}${row(kit, kit.t('account.couple'), paired)}</dl>`;
  },
};
