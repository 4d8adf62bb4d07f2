import type { z } from 'zod';
import type { PracticeView, StaffMemberView } from '../../../shared/contracts/practice.ts';
import type { StaffRole } from '../../access/staff.ts';
import type { Practice, StaffMember } from './repository.ts';

export const presentPractice = ({ practice, roles }: { practice: Practice; roles: readonly StaffRole[] }): z.infer<typeof PracticeView> => ({
  id: practice.id,
  name: practice.name,
  about: practice.about,
  modalities: practice.modalities as z.infer<typeof PracticeView>['modalities'],
  contactUrl: practice.contactUrl,
  listed: practice.listed,
  policy: practice.policy,
  policyText: practice.policyText,
  createdAt: practice.createdAt,
  myRoles: [...roles],
});

export const presentStaffMember = (member: StaffMember): z.infer<typeof StaffMemberView> => ({
  id: member.id,
  name: member.name,
  email: member.email,
  roles: member.roles,
  since: member.joinedAt,
  deactivatedAt: member.deactivatedAt,
});
