import type { Appreciation } from '../../appreciations/repository.ts';
import { presentAppreciation } from '../../appreciations/presenter.ts';
import type { ExportArea } from '../area.ts';
import { meta, part, quote, type Kit } from '../kit.ts';

export interface AppreciationsData {
  current: Appreciation[];
  before: Appreciation[];
  drafts: Appreciation[];
}

function itemHtml(kit: Kit, a: Appreciation, viewerId: string): string {
  const { direction } = presentAppreciation(a, viewerId);
  return quote(kit, a.text) + meta(kit, kit.t(`appreciations.${direction}`, { date: kit.date(a.sentAt ?? a.createdAt) }));
}

export const appreciationsArea: ExportArea<AppreciationsData> = {
  key: 'appreciations',
  file: 'appreciations.json',
  json: (d, viewerId) => ({
    current: d.current.map((a) => presentAppreciation(a, viewerId)),
    fromBefore: d.before.map((a) => presentAppreciation(a, viewerId)),
    drafts: d.drafts.map((a) => presentAppreciation(a, viewerId)),
  }),
  html: (d, kit, viewerId) => {
    const items = (list: readonly Appreciation[]) => list.map((a) => itemHtml(kit, a, viewerId));
    return (
      part(kit, kit.t('appreciations.current'), items(d.current)) +
      (d.before.length ? part(kit, kit.t('appreciations.before'), items(d.before), kit.t('appreciations.beforeLead')) : '') +
      part(kit, kit.t('appreciations.drafts'), items(d.drafts))
    );
  },
};
