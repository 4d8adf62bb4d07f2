import type { SafetyScreenView } from '../../../../shared/contracts/safety.ts';
import type { SafetyRecord } from '../../safety/repository.ts';
import type { ExportArea } from '../area.ts';
import { meta } from '../kit.ts';

export interface SafetyData {
  screen: SafetyScreenView;
  record: SafetyRecord | undefined;
}

function answersOf({ screen, record }: SafetyData) {
  if (!record) return [];
  const given = new Map(record.answers.map((a) => [a.itemId, a.value]));
  return screen.items.map((item) => {
    const value = given.get(item.id) ?? null;
    return { itemId: item.id, question: item.text, value, label: value === null ? null : (item.scale.labels.find((l) => l.value === value)?.text ?? null) };
  });
}

export const safetyArea: ExportArea<SafetyData> = {
  key: 'safety',
  file: 'safety.json',
  json: (d) =>
    d.record
      ? { answeredAt: d.record.answeredAt, screen: { id: d.record.screenId, version: d.record.screenVersion }, atRisk: d.record.atRisk, complete: d.record.complete, answers: answersOf(d) }
      : { answeredAt: null, answers: [] },
  html: (d, kit) => {
    if (!d.record) return meta(kit, kit.t('safety.none'));
    const answers = answersOf(d).map((a) => `<li><span class="q">${kit.esc(a.question)}</span> ${kit.esc(a.label ?? kit.t('safety.skipped'))}</li>`);
    return meta(kit, kit.t('safety.lead')) + meta(kit, kit.t('safety.answeredOn', { date: kit.date(d.record.answeredAt) })) + `<ul class="answers">${answers.join('')}</ul>`;
  },
};
