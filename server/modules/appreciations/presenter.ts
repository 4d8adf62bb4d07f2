import type { AppreciationView } from '../../../shared/contracts/appreciations.ts';
import type { Appreciation } from './repository.ts';

export function presentAppreciation(a: Appreciation, viewerId: string): AppreciationView {
  return {
    id: a.id,
    direction: a.status === 'draft' ? 'draft' : a.authorId === viewerId ? 'sent' : 'received',
    text: a.text,
    promptId: a.promptId,
    createdAt: a.createdAt,
    sentAt: a.sentAt,
  };
}
