import type { Kysely, Selectable } from 'kysely';
import type { StaffRole } from '../../access/staff.ts';
import type { Schema } from '../../db/schema.ts';
import type { PracticeTable, StaffInviteTable, StaffMemberTable } from './tables.ts';

export interface Practice {
  id: string;
  name: string;
  about: string;
  modalities: string[];
  contactUrl: string | null;
  listed: boolean;
  policy: 'noSecrets' | 'limitedSecrets' | 'individual';
  policyText: string;
  createdAt: string;
}

export interface StaffMember {
  id: string;
  practiceId: string;
  accountId: string;
  name: string;
  email: string;
  roles: StaffRole[];
  joinedAt: string;
  deactivatedAt: string | null;
}

export type StaffInvite = Selectable<StaffInviteTable>;

const decodePractice = (row: Selectable<PracticeTable>): Practice => ({
  id: row.id,
  name: row.name,
  about: row.about,
  modalities: JSON.parse(row.modalities) as string[],
  contactUrl: row.contact_url,
  listed: Number(row.listed) === 1,
  policy: row.policy as Practice['policy'],
  policyText: row.policy_text,
  createdAt: row.created_at,
});

const encodePractice = (practice: Practice): Selectable<PracticeTable> => ({
  id: practice.id,
  name: practice.name,
  about: practice.about,
  modalities: JSON.stringify(practice.modalities),
  contact_url: practice.contactUrl,
  listed: practice.listed ? 1 : 0,
  policy: practice.policy,
  policy_text: practice.policyText,
  created_at: practice.createdAt,
});

const rolesOf = (row: Pick<StaffMemberTable, 'is_admin' | 'is_counselor'>): StaffRole[] => [
  ...(Number(row.is_admin) === 1 ? (['admin'] as const) : []),
  ...(Number(row.is_counselor) === 1 ? (['counselor'] as const) : []),
];

const roleColumn = (role: StaffRole) => (role === 'admin' ? 'is_admin' : 'is_counselor');

export class PracticeRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async insertPractice(practice: Practice): Promise<void> {
    await this.db.insertInto('practice').values(encodePractice(practice)).execute();
  }

  async findPractice(id: string): Promise<Practice | undefined> {
    const row = await this.db.selectFrom('practice').selectAll().where('id', '=', id).executeTakeFirst();
    return row && decodePractice(row);
  }

  async updatePractice(practice: Practice): Promise<void> {
    const { id, created_at: _createdAt, ...changes } = encodePractice(practice);
    await this.db.updateTable('practice').set(changes).where('id', '=', id).execute();
  }

  /** The person's active place on a staff, if any: what every staff request is decided by. */
  async activeStaffOf(accountId: string): Promise<StaffMember | undefined> {
    const row = await this.staff().where('staff_member.account_id', '=', accountId).where('staff_member.deactivated_at', 'is', null).executeTakeFirst();
    return row && this.decodeStaff(row);
  }

  /** Any place on a staff, active or not (a deactivated person cannot join another practice by accident). */
  async staffRowOf(accountId: string): Promise<Selectable<StaffMemberTable> | undefined> {
    return this.db.selectFrom('staff_member').selectAll().where('account_id', '=', accountId).executeTakeFirst();
  }

  async findStaff(practiceId: string, staffId: string): Promise<StaffMember | undefined> {
    const row = await this.staff().where('staff_member.practice_id', '=', practiceId).where('staff_member.id', '=', staffId).executeTakeFirst();
    return row && this.decodeStaff(row);
  }

  async listStaff(practiceId: string): Promise<StaffMember[]> {
    const rows = await this.staff().where('staff_member.practice_id', '=', practiceId).orderBy('staff_member.joined_at').orderBy('staff_member.id').execute();
    return rows.map((row) => this.decodeStaff(row));
  }

  async countActiveAdmins(practiceId: string): Promise<number> {
    const row = await this.db
      .selectFrom('staff_member')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('practice_id', '=', practiceId)
      .where('is_admin', '=', 1)
      .where('deactivated_at', 'is', null)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async insertStaff(row: Selectable<StaffMemberTable>): Promise<void> {
    await this.db.insertInto('staff_member').values(row).execute();
  }

  /** Adds a role to an existing place (one person may be admin and counselor), and reactivates it. */
  async grantRole(staffId: string, role: StaffRole): Promise<void> {
    await this.db.updateTable('staff_member').set({ [roleColumn(role)]: 1, deactivated_at: null }).where('id', '=', staffId).execute();
  }

  async deactivate(staffId: string, at: string): Promise<void> {
    await this.db.updateTable('staff_member').set({ deactivated_at: at }).where('id', '=', staffId).where('deactivated_at', 'is', null).execute();
  }

  async insertInvite(invite: StaffInvite): Promise<void> {
    await this.db.insertInto('staff_invite').values(invite).execute();
  }

  async findOpenInvite(tokenHash: string, now: string): Promise<StaffInvite | undefined> {
    return this.db
      .selectFrom('staff_invite')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('accepted_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
  }

  /** Marks the invitation used; false when someone else used it first (single use, across servers). */
  async claimInvite(inviteId: string, accountId: string, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('staff_invite')
      .set({ accepted_at: now, accepted_by: accountId })
      .where('id', '=', inviteId)
      .where('accepted_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  private staff() {
    return this.db
      .selectFrom('staff_member')
      .innerJoin('account', 'account.id', 'staff_member.account_id')
      .select([
        'staff_member.id',
        'staff_member.practice_id',
        'staff_member.account_id',
        'staff_member.is_admin',
        'staff_member.is_counselor',
        'staff_member.joined_at',
        'staff_member.deactivated_at',
        'account.name',
        'account.email',
      ]);
  }

  private decodeStaff(row: Selectable<StaffMemberTable> & { name: string; email: string }): StaffMember {
    return {
      id: row.id,
      practiceId: row.practice_id,
      accountId: row.account_id,
      name: row.name,
      email: row.email,
      roles: rolesOf(row),
      joinedAt: row.joined_at,
      deactivatedAt: row.deactivated_at,
    };
  }
}
