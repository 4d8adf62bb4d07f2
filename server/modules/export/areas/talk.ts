import { presentTalkRequest } from '../../talk/presenter.ts';
import type { TalkRequest } from '../../talk/repository.ts';
import type { ExportArea } from '../area.ts';
import { meta, quote, type Kit } from '../kit.ts';
import { boxesHtml, boxesJson, type Boxes } from './boxes.ts';

export type TalkData = Boxes<TalkRequest>;

function itemHtml(kit: Kit, r: TalkRequest, viewerId: string): string {
  const { direction } = presentTalkRequest(r, viewerId);
  const answer = r.response && r.respondedAt ? meta(kit, kit.t(`talk.response.${r.response}`, { date: kit.date(r.respondedAt) })) : '';
  return (
    quote(kit, r.text) +
    meta(kit, kit.t(`talk.${direction}`, { date: kit.date(r.sentAt ?? r.createdAt) })) +
    answer +
    (r.proposedTime ? meta(kit, kit.t('talk.proposed', { date: kit.dateTime(r.proposedTime) })) : '') +
    (r.responseNote ? `<p>${kit.esc(kit.t('talk.responseNote', { note: r.responseNote }))}</p>` : '')
  );
}

export const talkArea: ExportArea<TalkData> = {
  key: 'talk',
  file: 'talk.json',
  json: (d, viewerId) => boxesJson(d, (r) => presentTalkRequest(r, viewerId)),
  html: (d, kit, viewerId) => boxesHtml(kit, 'talk', d, (r) => itemHtml(kit, r, viewerId)),
};
