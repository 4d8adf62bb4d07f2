import { z } from 'zod';
import { Timestamp } from './common.ts';

/** The CycleMap: each partner's side of the pursue–withdraw cycle. Error messages are i18n keys (namespace "common"). */

const Short = z.string().trim().min(1, { error: 'errors.talkTextRequired' }).max(200, { error: 'errors.textTooLong' });
const CycleText = z.string().trim().max(1000, { error: 'errors.textTooLong' });

export const SaveCycleMapBody = z.object({
  /** What I do when we disconnect ("push for an answer", "go quiet"). */
  myMoves: z.array(Short).min(1, { error: 'errors.cycleMovesRequired' }).max(12, { error: 'errors.cycleMovesTooMany' }),
  /** Which way I tend to move: toward (pursue) or away (withdraw). Optional. */
  stance: z.enum(['pursue', 'withdraw', 'both']).optional(),
  feelingsUnderneath: CycleText,
  fears: CycleText,
  longings: CycleText,
});

export const CycleSideView = z.object({
  version: z.int(),
  stance: z.enum(['pursue', 'withdraw', 'both']).nullable(),
  myMoves: z.array(z.string()),
  feelingsUnderneath: z.string(),
  fears: z.string(),
  longings: z.string(),
  savedAt: Timestamp,
});

export const CycleMapView = z.object({
  mine: CycleSideView.nullable(),
  /**
   * True when my side was mapped while I was on my own and is not in a couple's map: only I see
   * it. While paired, `includeCycleMapSide` puts it in our map.
   */
  mineMappedAlone: z.boolean(),
  /** Present only once both partners have mapped their side (absent otherwise, whatever the partner did). */
  partner: CycleSideView.optional(),
  /** True when both sides are present: the cycle can be drawn. */
  complete: z.boolean(),
});

export const CycleMapVersions = z.object({ mine: z.array(CycleSideView), partner: z.array(CycleSideView).optional() });

export type CycleSideView = z.infer<typeof CycleSideView>;
export type CycleMapView = z.infer<typeof CycleMapView>;
