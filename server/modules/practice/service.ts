import { requireStaff, type StaffRole, type StaffViewer } from '../../access/staff.ts';
import type { Database } from '../../db/database.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { lastAdmin, notFound, staffElsewhere, staffInviteNotFound } from '../../http/errors.ts';
import type { Translate } from '../../i18n.ts';
import { hashToken, newId, newToken } from '../../lib/crypto.ts';
import type { Clock } from '../../lib/time.ts';
import { addSeconds, iso } from '../../lib/time.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { PracticeRepository, type Practice, type StaffMember } from './repository.ts';

const INVITE_HOURS = 72;

export interface PracticeDeps {
  database: Database;
  clock: Clock;
  tokenKey: Buffer;
  baseUrl: string;
  mailer: Mailer;
  t: Translate;
}

export type PracticeChanges = Partial<Pick<Practice, 'name' | 'about' | 'modalities' | 'contactUrl' | 'listed' | 'policy' | 'policyText'>>;

export interface StaffInviteCreated {
  inviteUrl: string;
  expiresAt: string;
}

/** The practice's side of Hearth: the practice itself, its staff and their invitations. */
export class PracticeService {
  private readonly repo: PracticeRepository;

  constructor(private readonly deps: PracticeDeps) {
    this.repo = new PracticeRepository(deps.database.db);
  }

  /** Who the person is on a practice's staff, read afresh on each request (a deactivation ends access at once). */
  async staffViewer(accountId: string): Promise<StaffViewer | undefined> {
    const member = await this.repo.activeStaffOf(accountId);
    return member && { accountId, staffId: member.id, practiceId: member.practiceId, roles: member.roles };
  }

  /**
   * The operator's command: a practice, and the invitation that makes its first admin. Until
   * its admin writes their own, the policy is the most protective one: what a partner tells the
   * counselor alone stays between them.
   */
  async createPractice(input: { name: string; adminEmail: string }): Promise<{ practiceId: string; adminInviteUrl: string }> {
    const practice: Practice = {
      id: newId(),
      name: input.name,
      about: '',
      modalities: [],
      contactUrl: null,
      listed: false,
      policy: 'individual',
      policyText: this.deps.t('practice:defaultPolicyText'),
      createdAt: iso(this.deps.clock()),
    };
    await this.repo.insertPractice(practice);
    const invite = await this.invite(practice, { email: input.adminEmail, role: 'admin' }, null);
    return { practiceId: practice.id, adminInviteUrl: invite.inviteUrl };
  }

  async getPractice(viewer: StaffViewer | undefined): Promise<{ practice: Practice; roles: readonly StaffRole[] }> {
    const staff = requireStaff(viewer, 'readPractice');
    return { practice: await this.practiceOf(staff), roles: staff.roles };
  }

  async updatePractice(viewer: StaffViewer | undefined, changes: PracticeChanges): Promise<{ practice: Practice; roles: readonly StaffRole[] }> {
    const staff = requireStaff(viewer, 'managePractice');
    const practice = { ...(await this.practiceOf(staff)), ...changes };
    await this.repo.updatePractice(practice);
    return { practice, roles: staff.roles };
  }

  async inviteStaff(viewer: StaffViewer | undefined, input: { email: string; role: StaffRole }): Promise<StaffInviteCreated> {
    const staff = requireStaff(viewer, 'manageStaff');
    return this.invite(await this.practiceOf(staff), input, staff.staffId);
  }

  async listStaff(viewer: StaffViewer | undefined): Promise<StaffMember[]> {
    const staff = requireStaff(viewer, 'manageStaff');
    return this.repo.listStaff(staff.practiceId);
  }

  /** Their access ends on their next request; a practice always keeps one active admin. */
  async deactivateStaff(viewer: StaffViewer | undefined, staffId: string): Promise<StaffMember> {
    const staff = requireStaff(viewer, 'manageStaff');
    await this.deps.database.db.transaction().execute(async (trx) => {
      const repo = new PracticeRepository(trx);
      const member = await repo.findStaff(staff.practiceId, staffId);
      if (!member) throw notFound();
      if (member.deactivatedAt) return;
      if (member.roles.includes('admin') && (await repo.countActiveAdmins(staff.practiceId)) <= 1) throw lastAdmin();
      await repo.deactivate(member.id, iso(this.deps.clock()));
    });
    const member = await this.repo.findStaff(staff.practiceId, staffId);
    if (!member) throw notFound();
    return member;
  }

  /**
   * Any signed-in account holding the token may accept it, once, within 72 hours. A person is on
   * one practice's staff at most; accepting a second role of the same practice adds it.
   */
  async acceptStaffInvite(accountId: string, token: string): Promise<{ staff: StaffMember; practice: Practice }> {
    const now = iso(this.deps.clock());
    const invite = await this.repo.findOpenInvite(hashToken(this.deps.tokenKey, token), now);
    if (!invite) throw staffInviteNotFound();
    try {
      await this.deps.database.db.transaction().execute(async (trx) => {
        const repo = new PracticeRepository(trx);
        const existing = await repo.staffRowOf(accountId);
        if (existing && existing.practice_id !== invite.practice_id) throw staffElsewhere();
        if (!(await repo.claimInvite(invite.id, accountId, now))) throw staffInviteNotFound();
        const role = invite.role as StaffRole;
        if (existing) await repo.grantRole(existing.id, role);
        else await this.addStaff(repo, { practiceId: invite.practice_id, accountId, role, now });
      });
    } catch (error) {
      // The same person accepting two invitations at once on two servers: the unique account says no.
      if (isUniqueViolation(error)) throw staffElsewhere();
      throw error;
    }
    const staff = await this.repo.activeStaffOf(accountId);
    const practice = await this.repo.findPractice(invite.practice_id);
    if (!staff || !practice) throw staffInviteNotFound();
    return { staff, practice };
  }

  private async addStaff(repo: PracticeRepository, input: { practiceId: string; accountId: string; role: StaffRole; now: string }) {
    await repo.insertStaff({
      id: newId(),
      practice_id: input.practiceId,
      account_id: input.accountId,
      is_admin: input.role === 'admin' ? 1 : 0,
      is_counselor: input.role === 'counselor' ? 1 : 0,
      joined_at: input.now,
      deactivated_at: null,
    });
  }

  private async practiceOf(staff: StaffViewer): Promise<Practice> {
    const practice = await this.repo.findPractice(staff.practiceId);
    if (!practice) throw notFound();
    return practice;
  }

  private async invite(practice: Practice, input: { email: string; role: StaffRole }, invitedBy: string | null): Promise<StaffInviteCreated> {
    const now = this.deps.clock();
    const token = newToken();
    const expiresAt = iso(addSeconds(now, INVITE_HOURS * 3600));
    await this.repo.insertInvite({
      id: newId(),
      practice_id: practice.id,
      token_hash: hashToken(this.deps.tokenKey, token),
      email: input.email,
      role: input.role,
      invited_by: invitedBy,
      created_at: iso(now),
      expires_at: expiresAt,
      accepted_at: null,
      accepted_by: null,
    });
    const inviteUrl = `${this.deps.baseUrl}/staff/join#token=${token}`;
    const t = this.deps.t;
    const values = { practice: practice.name, role: t(`practice:roles.${input.role}`), url: inviteUrl };
    this.deps.mailer.sendLater({
      to: input.email,
      subject: t('mail:staffInvite.subject', values),
      text: `${t('mail:staffInvite.text', values)}\n\n—\n${t('mail:footer')}`,
    });
    return { inviteUrl, expiresAt };
  }
}
