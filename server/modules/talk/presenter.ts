import type { CoachResult } from '../../../shared/coach/index.ts';
import type { CoachResultView, TalkRequestView } from '../../../shared/contracts/talk.ts';
import { directionOf } from '../drafts/presenter.ts';
import type { TalkRequest } from './repository.ts';

export function presentTalkRequest(r: TalkRequest, viewerId: string): TalkRequestView {
  return {
    id: r.id,
    direction: directionOf(r, viewerId),
    text: r.text,
    createdAt: r.createdAt,
    sentAt: r.sentAt,
    response: r.response,
    responseNote: r.responseNote,
    proposedTime: r.proposedTime,
    respondedAt: r.respondedAt,
  };
}

export function presentCoach(result: CoachResult): CoachResultView {
  return {
    mode: result.mode,
    horsemen: result.horsemen,
    startup: result.startup,
    crisis: result.crisis,
    labels: result.labels,
    analysedLength: result.analysedLength,
    truncated: result.truncated,
  };
}
