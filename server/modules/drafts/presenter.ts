import type { Drafted } from './repository.ts';

/** How the viewer sees an item: their own draft, one they sent, or one they received. */
export const directionOf = (d: Drafted, viewerId: string): 'draft' | 'sent' | 'received' =>
  d.status === 'draft' ? 'draft' : d.authorId === viewerId ? 'sent' : 'received';
