import type { AppreciationView } from '../../../shared/contracts/appreciations.ts';
import { directionOf } from '../drafts/presenter.ts';
import type { Appreciation } from './repository.ts';

export function presentAppreciation(a: Appreciation, viewerId: string): AppreciationView {
  return {
    id: a.id,
    direction: directionOf(a, viewerId),
    text: a.text,
    promptId: a.promptId,
    createdAt: a.createdAt,
    sentAt: a.sentAt,
  };
}
