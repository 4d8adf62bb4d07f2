import { notFound } from '../http/errors.ts';

/**
 * The one place that decides who may see what (product.md, "Privacy model"). Services ask it
 * about every record they are about to hand out; whatever it refuses answers 404, so that
 * another person's object is indistinguishable from one that does not exist.
 */
export interface Viewer {
  accountId: string;
  coupleId: string | null;
}

export type Visibility =
  | { kind: 'private'; ownerId: string }
  | { kind: 'couple'; coupleId: string }
  /** The owner, and the couple the record belongs to (a check-up result's scores in the couple report). */
  | { kind: 'ownerAndCouple'; ownerId: string; coupleId: string | null }
  /**
   * Kept from a couple that has ended: the people it concerns (its author, and whom it was
   * addressed to) may still read it, read-only; nobody else (docs/privacy.md, section 4).
   */
  | { kind: 'kept'; accountIds: readonly (string | null)[] };

export function mayRead(viewer: Viewer, visibility: Visibility): boolean {
  switch (visibility.kind) {
    case 'private':
      return visibility.ownerId === viewer.accountId;
    case 'couple':
      return viewer.coupleId !== null && visibility.coupleId === viewer.coupleId;
    case 'ownerAndCouple':
      return visibility.ownerId === viewer.accountId || (viewer.coupleId !== null && visibility.coupleId === viewer.coupleId);
    case 'kept':
      return visibility.accountIds.includes(viewer.accountId);
  }
}

/** Returns the record when the viewer may read it; otherwise answers "not found". */
export function readableBy<T>(viewer: Viewer, record: T | undefined, visibility: (record: T) => Visibility): T {
  if (record === undefined || !mayRead(viewer, visibility(record))) throw notFound();
  return record;
}
