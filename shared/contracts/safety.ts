import { z } from 'zod';
import { Timestamp } from './common.ts';
import { ScaleView } from './checkup.ts';

/**
 * The private SafetyScreen and help resources. Everything here is about the signed-in person
 * only; no route tells anyone anything about another person's screen.
 */

/** `en`, `en-US`, `en_us`…: picks the language of the texts and the country of the resources. */
export const LocaleParam = z
  .string()
  .max(35)
  .regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/, { error: 'validation.invalid' });
export const LocaleQuery = z.object({ locale: LocaleParam.optional() });

export const SubmitSafetyScreenBody = z.object({
  /** Any item may be skipped: leave it out. */
  answers: z.array(z.object({ itemId: z.string().min(1).max(80), value: z.int() })).max(100),
  locale: LocaleParam.optional(),
});

export const SafetyScreenView = z.object({
  id: z.string(),
  version: z.int(),
  texts: z.object({
    safeNow: z.object({ title: z.string(), body: z.string(), quickExitNote: z.string(), continue: z.string(), later: z.string() }),
    screen: z.object({ title: z.string(), intro: z.string(), privacy: z.string(), instructions: z.string(), skip: z.string() }),
  }),
  scale: ScaleView,
  items: z.array(z.object({ id: z.string(), text: z.string(), scale: ScaleView })),
});

export const ResourceListView = z.object({
  locale: z.string(),
  region: z.string(),
  title: z.string(),
  intro: z.string(),
  emergencyLine: z.string(),
  deviceNote: z.string(),
  resources: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      description: z.string(),
      whenToUse: z.string(),
      availability: z.string().nullable(),
      kinds: z.array(z.enum(['emergency', 'violence', 'suicide', 'counseling'])),
      contacts: z.array(
        z.object({
          type: z.enum(['phone', 'text', 'url']),
          label: z.string(),
          /** `tel:`, `sms:` or `https:` link. */
          href: z.string(),
          number: z.string().nullable(),
          message: z.string().nullable(),
        }),
      ),
    }),
  ),
});

export const LiftSafetyConcernBody = z.object({
  password: z.string({ error: 'validation.passwordRequired' }).min(1, { error: 'validation.passwordRequired' }).max(256),
  locale: LocaleParam.optional(),
});

/**
 * The person's own safety state. `atRisk` is the extra care (solo suggestions only, no Aftermath,
 * help at hand): on while the latest answers show a concern, and for 30 days after a concern was
 * last reported even when later answers look safe, unless the person lifts it with their password.
 * Resources are included while it is on.
 */
export const SafetyStateView = z.object({
  answered: z.boolean(),
  atRisk: z.boolean(),
  /** Why the extra care is on, while it is. */
  concern: z
    .object({
      lastReportedAt: Timestamp,
      /** When it ends by itself; null while the latest answers still show a concern. */
      until: Timestamp.nullable(),
    })
    .nullable(),
  complete: z.boolean(),
  answeredAt: Timestamp.nullable(),
  message: z.string().nullable(),
  emergency: z.string(),
  /** "You can reach a counselor privately": when the answers show a concern. */
  counselor: z.string().nullable(),
  resources: ResourceListView.nullable(),
});

export type SafetyScreenView = z.infer<typeof SafetyScreenView>;
export type ResourceListView = z.infer<typeof ResourceListView>;
export type SafetyStateView = z.infer<typeof SafetyStateView>;
