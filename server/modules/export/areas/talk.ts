import { presentTalkRequest } from '../../talk/presenter.ts';
import type { TalkRequest } from '../../talk/repository.ts';
import type { ExportArea } from '../area.ts';
import { meta, part, quote, type Kit } from '../kit.ts';

export interface TalkData {
  current: TalkRequest[];
  before: TalkRequest[];
  drafts: TalkRequest[];
}

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
  json: (d, viewerId) => ({
    current: d.current.map((r) => presentTalkRequest(r, viewerId)),
    fromBefore: d.before.map((r) => presentTalkRequest(r, viewerId)),
    drafts: d.drafts.map((r) => presentTalkRequest(r, viewerId)),
  }),
  html: (d, kit, viewerId) => {
    const items = (list: readonly TalkRequest[]) => list.map((r) => itemHtml(kit, r, viewerId));
    return (
      part(kit, kit.t('talk.current'), items(d.current)) +
      (d.before.length ? part(kit, kit.t('talk.before'), items(d.before), kit.t('talk.beforeLead')) : '') +
      part(kit, kit.t('talk.drafts'), items(d.drafts))
    );
  },
};
