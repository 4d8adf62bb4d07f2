import type { Appreciation } from '../../appreciations/repository.ts';
import { presentAppreciation } from '../../appreciations/presenter.ts';
import type { ExportArea } from '../area.ts';
import { meta, quote, type Kit } from '../kit.ts';
import { boxesHtml, boxesJson, type Boxes } from './boxes.ts';

export type AppreciationsData = Boxes<Appreciation>;

function itemHtml(kit: Kit, a: Appreciation, viewerId: string): string {
  const { direction } = presentAppreciation(a, viewerId);
  return quote(kit, a.text) + meta(kit, kit.t(`appreciations.${direction}`, { date: kit.date(a.sentAt ?? a.createdAt) }));
}

export const appreciationsArea: ExportArea<AppreciationsData> = {
  key: 'appreciations',
  file: 'appreciations.json',
  json: (d, viewerId) => boxesJson(d, (a) => presentAppreciation(a, viewerId)),
  html: (d, kit, viewerId) => boxesHtml(kit, 'appreciations', d, (a) => itemHtml(kit, a, viewerId)),
};
