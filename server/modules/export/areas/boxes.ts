import { part, type Kit } from '../kit.ts';

/** Things sent between partners: with the current partner, from a couple that has ended, and drafts. */
export interface Boxes<T> {
  current: T[];
  before: T[];
  drafts: T[];
}

export const boxesJson = <T>(d: Boxes<T>, view: (item: T) => unknown) => ({
  current: d.current.map(view),
  fromBefore: d.before.map(view),
  drafts: d.drafts.map(view),
});

/** The three parts of the area `key` (its texts `current`, `before`, `beforeLead`, `drafts`); "from before" only when there is some. */
export function boxesHtml<T>(kit: Kit, key: string, d: Boxes<T>, item: (entry: T) => string): string {
  return (
    part(kit, kit.t(`${key}.current`), d.current.map(item)) +
    (d.before.length ? part(kit, kit.t(`${key}.before`), d.before.map(item), kit.t(`${key}.beforeLead`)) : '') +
    part(kit, kit.t(`${key}.drafts`), d.drafts.map(item))
  );
}
