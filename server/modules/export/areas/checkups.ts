import type { InstrumentView, ResultView } from '../../../../shared/contracts/checkup.ts';
import type { ExportArea } from '../area.ts';
import { meta, none, type Kit } from '../kit.ts';

/** My results, each with the instrument as it was loaded (for the words of its items and scale). */
export interface CheckupsData {
  results: { result: ResultView; instrument: InstrumentView }[];
}

/** Each answer with the question and the scale's words, so the file can be read without Hearth. */
function answersOf({ result, instrument }: CheckupsData['results'][number]) {
  const items = new Map(instrument.items.map((i) => [i.id, i]));
  return result.answers.map((a) => {
    const item = items.get(a.itemId);
    return { itemId: a.itemId, question: item?.text ?? null, value: a.value, label: item?.scale.labels.find((l) => l.value === a.value)?.text ?? null };
  });
}

function resultHtml(kit: Kit, entry: CheckupsData['results'][number]): string {
  const { result } = entry;
  const scores = [result.overall, ...result.dimensions].map((d) => `<li>${kit.esc(kit.t('checkups.score', { name: d.name, score: d.score, label: d.label }))}</li>`);
  const answers = answersOf(entry).map((a) => `<li><span class="q">${kit.esc(a.question ?? a.itemId)}</span> ${kit.esc(a.label ?? String(a.value))}</li>`);
  return (
    `<h3>${kit.esc(kit.t('checkups.result', { title: result.title, number: result.number }))}</h3>` +
    meta(kit, kit.t('checkups.takenOn', { date: kit.date(result.submittedAt) })) +
    `<ul>${scores.join('')}</ul>` +
    `<h4>${kit.esc(kit.t('checkups.answers'))}</h4><ul class="answers">${answers.join('')}</ul>`
  );
}

export const checkupsArea: ExportArea<CheckupsData> = {
  key: 'checkups',
  file: 'checkups.json',
  json: (d) => ({ results: d.results.map((entry) => ({ ...entry.result, answers: answersOf(entry) })) }),
  html: (d, kit) => (d.results.length ? d.results.map((entry) => resultHtml(kit, entry)).join('') : none(kit)),
};
