import { z } from 'zod';
import { Timestamp } from './common.ts';
import { LocalDayQuery } from './dates.ts';

/** The couple's and the person's progress over the weeks. */

export const ProgressQuery = LocalDayQuery.extend({ weeks: z.coerce.number().int().min(1).max(52).default(12) });

const Num = z.number().nullable();
const Scores = z.record(z.string(), z.number());

export const ProgressView = z.object({
  from: z.string(),
  to: z.string(),
  paired: z.boolean(),
  connection: z.object({
    /** All my check-ins, shared or not (my view only). */
    mine: z.array(z.object({ date: z.string(), value: Num, average7: Num })),
    /** Only check-ins both of us shared (null without a partner). */
    couple: z.array(z.object({ date: z.string(), mine: Num, partner: Num, average7: Num })).nullable(),
  }),
  bids: z.object({
    mine: z.array(z.object({ week: z.string(), toward: z.int(), away: z.int(), against: z.int(), shareToward: Num })),
    couple: z.array(z.object({ week: z.string(), toward: z.int(), away: z.int(), against: z.int(), shareToward: Num })).nullable(),
  }),
  appreciations: z.array(z.object({ week: z.string(), given: z.int(), received: z.int() })),
  loveMaps: z.array(z.object({ week: z.string(), answeredTogether: z.int(), total: z.int() })),
  /** Check-up scores (0–100) per dimension over retakes; null when there is no result yet. */
  checkup: z
    .object({
      dimensions: z.array(z.object({ key: z.string(), kind: z.string() })),
      mine: z.array(z.object({ at: Timestamp, scores: Scores })),
      couple: z.array(z.object({ at: Timestamp, mine: Scores, partner: Scores })),
    })
    .nullable(),
});

export type ProgressView = z.infer<typeof ProgressView>;
