import { z } from 'zod';
import { Email, Id, RequiredText, Timestamp, Token } from './common.ts';

/**
 * A counseling practice and its staff (docs/privacy.md, "A counselor or practice"). Staff are ordinary
 * accounts that accepted a staff invitation; nothing of one practice is visible to another.
 */
export const StaffRole = z.enum(['admin', 'counselor']);
export const Modality = z.enum(['emotionallyFocused', 'gottmanMethod', 'prepareEnrich', 'other']);
/** What a counselor does with what one partner tells them alone (shown to both before any consent). */
export const ConfidentialityPolicy = z.enum(['noSecrets', 'limitedSecrets', 'individual']);

const WebAddress = z
  .string()
  .trim()
  .max(500)
  .refine((value) => /^https:\/\/[^\s]+$/i.test(value), { error: 'validation.webAddress' });

export const PracticeView = z.object({
  id: Id,
  name: z.string(),
  about: z.string(),
  modalities: z.array(Modality),
  contactUrl: z.string().nullable(),
  listed: z.boolean(),
  policy: ConfidentialityPolicy,
  policyText: z.string(),
  createdAt: Timestamp,
  /** The asking staff member's own roles in this practice. */
  myRoles: z.array(StaffRole),
});

export const UpdatePracticeBody = z
  .object({
    name: RequiredText(120),
    about: z.string().trim().max(2000),
    modalities: z.array(Modality).max(4).refine((m) => new Set(m).size === m.length, { error: 'validation.duplicateChoice' }),
    contactUrl: WebAddress.nullable(),
    listed: z.boolean(),
    policy: ConfidentialityPolicy,
    policyText: z.string().trim().max(4000),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { error: 'validation.nothingToChange' });

export const InviteStaffBody = z.object({ email: Email, role: StaffRole });
export const StaffInviteCreated = z.object({ inviteUrl: z.string(), expiresAt: Timestamp });
export const AcceptStaffInviteBody = z.object({ token: Token });

export const StaffMemberView = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  roles: z.array(StaffRole),
  since: Timestamp,
  /** Set once an admin deactivated them: their access ended on their next request. */
  deactivatedAt: Timestamp.nullable(),
});
export const StaffList = z.object({ items: z.array(StaffMemberView) });
export const StaffIdParams = z.object({ staffId: Id });

/** What accepting an invitation made of the person: their place in the practice. */
export const StaffMembership = z.object({ staffId: Id, practice: z.object({ id: Id, name: z.string() }), roles: z.array(StaffRole) });
