import type { ConsentAudience, RecordedScope } from '../../shared/contracts/consent.ts';

/**
 * How each consent scope comes into force (docs/privacy.md, "The consent model"). A joint scope
 * opens the couple's data and needs both partners; an individual one opens only the grantor's own.
 */
export const SCOPE_RULES: Readonly<Record<RecordedScope, { audience: ConsentAudience; joint: boolean }>> = {
  checkupCompare: { audience: 'partner', joint: true },
  resultAnswers: { audience: 'partner', joint: false },
};

/** A person's newest choice for one scope. */
export interface Choice {
  granted: boolean;
  since: string;
}

/** In force while the grantor's newest choice grants it (individual scopes). */
export const grants = (choice: Choice | undefined): boolean => choice?.granted === true;

/** In force only while the newest choice of every member of the couple grants it (joint scopes). */
export function jointlyGranted(members: readonly string[], choices: ReadonlyMap<string, Choice>): boolean {
  return members.length === 2 && members.every((member) => grants(choices.get(member)));
}
