import { presentRitual } from '../../rituals/presenter.ts';
import type { RitualState } from '../../rituals/service.ts';
import type { ExportArea } from '../area.ts';
import { meta, none, type Kit } from '../kit.ts';

export interface RitualsData {
  rituals: RitualState[];
}

function ritualHtml(kit: Kit, s: RitualState): string {
  const r = s.ritual;
  const days = (dates: readonly string[]) => dates.map((d) => kit.day(d)).join(', ');
  return (
    `<h3>${kit.esc(r.title)}</h3>` +
    meta(kit, kit.t(r.coupleId ? 'rituals.couple' : 'rituals.own')) +
    `<p>${kit.esc(kit.t('rituals.when', { time: r.time, zone: r.timeZone, minutes: r.durationMinutes }))}</p>` +
    (s.upcoming.length ? `<p>${kit.esc(kit.t('rituals.next', { dates: days(s.upcoming) }))}</p>` : '') +
    (s.completions.length ? `<p>${kit.esc(kit.t('rituals.done', { dates: days(s.completions.map((c) => c.date)) }))}</p>` : '')
  );
}

export const ritualsArea: ExportArea<RitualsData> = {
  key: 'rituals',
  file: 'rituals.json',
  json: (d) => ({ rituals: d.rituals.map(presentRitual) }),
  html: (d, kit) => (d.rituals.length ? `<ul class="items">${d.rituals.map((s) => `<li>${ritualHtml(kit, s)}</li>`).join('')}</ul>` : none(kit)),
};
