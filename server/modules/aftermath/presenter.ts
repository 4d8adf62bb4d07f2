import type { AftermathView } from '../../../shared/contracts/aftermath.ts';
import type { Aftermath } from './repository.ts';
import type { AftermathBefore, AftermathForViewer } from './service.ts';

export function presentAftermath(v: AftermathForViewer): AftermathView {
  return {
    id: v.aftermath.id,
    startedAt: v.aftermath.createdAt,
    startedByMe: v.aftermath.startedBy === v.viewerId,
    paused: v.aftermath.paused,
    steps: v.steps.map((s) => ({
      step: s.step,
      mine: s.mine ? { text: s.mine.text, done: s.mine.done, updatedAt: s.mine.updatedAt } : null,
      revealed: s.revealed,
      ...(s.partnerText !== undefined ? { partner: { text: s.partnerText } } : {}),
    })),
  };
}

export const presentAftermathBefore = (v: AftermathBefore) => ({
  id: v.aftermath.id,
  startedAt: v.aftermath.createdAt,
  steps: v.steps.map((s) => ({ step: s.step, text: s.text, done: s.done, updatedAt: s.updatedAt })),
});

export const presentAftermathSummary = (a: Aftermath) => ({ id: a.id, startedAt: a.createdAt, paused: a.paused });
