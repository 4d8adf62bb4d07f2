/** A counseling practice and its staff (migrations 0100–0102; docs/privacy.md, "A counselor or practice"). */
export interface PracticeTable {
  id: string;
  name: string;
  about: string;
  /** JSON array of modality keys. */
  modalities: string;
  contact_url: string | null;
  /** 0/1: shown on this Hearth's "find a counselor" list. */
  listed: number;
  /** noSecrets, limitedSecrets or individual. */
  policy: string;
  policy_text: string;
  created_at: string;
}

export interface StaffMemberTable {
  id: string;
  practice_id: string;
  account_id: string;
  is_admin: number;
  is_counselor: number;
  joined_at: string;
  deactivated_at: string | null;
}

export interface StaffInviteTable {
  id: string;
  practice_id: string;
  token_hash: string;
  email: string;
  role: string;
  invited_by: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
}

declare module '../../db/schema.ts' {
  interface Schema {
    practice: PracticeTable;
    staff_member: StaffMemberTable;
    staff_invite: StaffInviteTable;
  }
}
