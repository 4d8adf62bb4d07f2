import { questionText, soloText } from '../../../shared/content/lovemap/bank.ts';
import { appreciationTextKey, connectionTextKey, PROMPTS_NAMESPACE } from '../../../shared/content/prompts/bank.ts';
import type { CheckInView, LoveMapView, TodayView } from '../../../shared/contracts/today.ts';
import type { Translate } from '../../i18n.ts';
import type { CheckIn } from './repository.ts';
import type { LoveMapState, TodayState } from './service.ts';

export function presentCheckIn(c: CheckIn): CheckInView {
  return {
    date: c.date,
    connection: c.connection,
    toward: c.toward,
    away: c.away,
    against: c.against,
    note: c.note,
    shared: c.shared,
    updatedAt: c.updatedAt,
  };
}

export function presentLoveMap(state: LoveMapState, t: Translate): LoveMapView {
  const { question } = state;
  const text = question.kind === 'question' ? questionText(question.id, t) : soloText(question.id, t);
  const view: LoveMapView = { question: { id: question.id, text, topic: question.topic, depth: question.depth, kind: question.kind } };
  if (state.mine) view.mine = { answer: state.mine.answer, guess: state.mine.guess, answeredAt: state.mine.answeredAt };
  // Only ever set once both have answered; otherwise the key is absent.
  if (state.partner) view.partner = { answer: state.partner.answer, guess: state.partner.guess };
  return view;
}

export function presentToday(state: TodayState, t: Translate): TodayView {
  const p = state.connectionPrompt;
  const a = state.appreciationPrompt;
  const variant = state.mode === 'couple' ? 'text' : 'solo';
  const view: TodayView = {
    date: state.date,
    mode: state.mode,
    loveMap: presentLoveMap(state.loveMap, t),
    appreciation: {
      prompt: { id: a.id, text: t(appreciationTextKey(a.id), { ns: PROMPTS_NAMESPACE }), kind: a.kind },
      action: state.mode === 'couple' ? 'send' : 'draft',
    },
    prompt: {
      id: p.id,
      text: t(connectionTextKey(p.id, variant), { ns: PROMPTS_NAMESPACE }),
      dimension: p.dimension,
      kind: p.kind,
      together: p.together,
    },
  };
  if (state.checkIn) view.checkIn = presentCheckIn(state.checkIn);
  return view;
}
