import { analyzeDraft } from '../../shared/coach/index.ts';
import { crisisLanguage } from '../http/errors.ts';

/**
 * Text that will reach the partner (an Aftermath step once revealed, a cycle-map side once both
 * have mapped, an answer to a talk request) is read by the Coach first. Where it speaks of
 * self-harm, suicide, violence or fear of the partner it is neither stored nor shown: the writer
 * gets 422 `crisis_language` with a caring message, and the page shows the locale's resources
 * (`getResources`). A talk request answers 200 with the resources inline instead (see TalkService).
 */
export function refuseCrisisLanguage(fields: Record<string, string | undefined>): void {
  const flagged: Record<string, string> = {};
  for (const [field, text] of Object.entries(fields)) {
    if (text && analyzeDraft(text).mode === 'crisis') flagged[field] = 'errors.crisisLanguage';
  }
  if (Object.keys(flagged).length > 0) throw crisisLanguage(flagged);
}
