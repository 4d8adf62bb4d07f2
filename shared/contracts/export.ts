import { z } from 'zod';
import { TimeZone } from './dates.ts';

/** `exportMyData`: the zip of a person's own data (docs/privacy.md, section 4). */
export const ExportQuery = z.object({
  /** IANA zone for the readable page's times (UTC when absent or unknown). */
  timeZone: TimeZone.optional(),
});
