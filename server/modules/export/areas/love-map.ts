import type { LoveMapAnswer } from '../../today/repository.ts';
import type { QuestionRef } from '../../today/service.ts';
import type { ExportArea } from '../area.ts';
import { meta, none, quote, type Kit } from '../kit.ts';

export interface LoveMapData {
  /** Each answer with its question's words in the person's language. */
  answers: { question: QuestionRef; text: string; mine: LoveMapAnswer; partner?: LoveMapAnswer }[];
}

const answer = (a: LoveMapAnswer) => ({ answer: a.answer, guess: a.guess, answeredAt: a.answeredAt });

function itemHtml(kit: Kit, a: LoveMapData['answers'][number]): string {
  const said = (who: string, text: string) => `<p class="who">${kit.esc(who)}</p>${quote(kit, text)}`;
  return (
    `<h3>${kit.esc(a.text)}</h3>` +
    meta(kit, kit.t('loveMap.answeredOn', { date: kit.date(a.mine.answeredAt) })) +
    said(kit.t('loveMap.mine'), a.mine.answer) +
    (a.mine.guess ? said(kit.t('loveMap.guess'), a.mine.guess) : '') +
    (a.partner ? said(kit.t('loveMap.partner'), a.partner.answer) : '')
  );
}

export const loveMapArea: ExportArea<LoveMapData> = {
  key: 'loveMap',
  file: 'love-map.json',
  json: (d) => ({
    answers: d.answers.map((a) => ({
      questionId: a.question.id,
      kind: a.question.kind,
      question: a.text,
      mine: answer(a.mine),
      ...(a.partner ? { partner: answer(a.partner) } : {}),
    })),
  }),
  html: (d, kit) => (d.answers.length ? `<ul class="items">${d.answers.map((a) => `<li>${itemHtml(kit, a)}</li>`).join('')}</ul>` : none(kit)),
};
