import { wrongRole } from '../http/errors.ts';

/**
 * A practice's staff member as a viewer (docs/privacy.md, "A counselor or practice"): resolved once per
 * request from the account, so a deactivation ends access on the very next request.
 */
export interface StaffViewer {
  accountId: string;
  staffId: string;
  practiceId: string;
  roles: readonly StaffRole[];
}

export type StaffRole = 'admin' | 'counselor';

/** What a staff member may do, by action; client data is decided elsewhere in this folder. */
const ACTION_ROLES = {
  readPractice: ['admin', 'counselor'],
  managePractice: ['admin'],
  manageStaff: ['admin'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type StaffAction = keyof typeof ACTION_ROLES;

export function staffMay(viewer: StaffViewer | undefined, action: StaffAction): viewer is StaffViewer {
  const allowed: readonly StaffRole[] = ACTION_ROLES[action];
  return viewer !== undefined && viewer.roles.some((role) => allowed.includes(role));
}

/** The staff viewer when they may act; a person without the role (or not on any staff) gets 403. */
export function requireStaff(viewer: StaffViewer | undefined, action: StaffAction): StaffViewer {
  if (!staffMay(viewer, action)) throw wrongRole();
  return viewer;
}
