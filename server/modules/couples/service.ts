import { readableBy, type Viewer } from '../../access/policy.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Schema } from '../../db/schema.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { alreadyPaired, inviteNotFound, inviterPaired, notFound, notPaired, ownInvite } from '../../http/errors.ts';
import { hashToken, newId, newReadableCode, normalizeReadableCode, seal, unseal } from '../../lib/crypto.ts';
import type { InstanceKeys } from '../../lib/keys.ts';
import type { Clock } from '../../lib/time.ts';
import { addSeconds, iso } from '../../lib/time.ts';
import { CoupleRepository, MembershipRepository, type Invite, type Membership, type Notice } from './repository.ts';

const INVITE_DAYS = 7;

export interface CouplesDeps {
  database: Database;
  clock: Clock;
  keys: Pick<InstanceKeys, 'tokens' | 'sealing'>;
  baseUrl: string;
}

export interface PendingInvite {
  id: string;
  code: string;
  url: string;
  expiresAt: string;
}

export interface Standing {
  membership: Membership | undefined;
  invite: PendingInvite | undefined;
  notices: Notice[];
}

export class CoupleService {
  private readonly repo: CoupleRepository;
  private readonly members: MembershipRepository;

  constructor(private readonly deps: CouplesDeps) {
    this.repo = this.repository(deps.database.db);
    this.members = new MembershipRepository(deps.database.db);
  }

  /** Who the person is to others: used by every service that needs the viewer's couple. */
  async viewer(accountId: string): Promise<Viewer> {
    const membership = await this.members.of(accountId);
    return { accountId, coupleId: membership?.coupleId ?? null };
  }

  /** Where a person stands: paired or not, an invitation waiting, neutral notices. */
  async standing(accountId: string): Promise<Standing> {
    const now = iso(this.deps.clock());
    const [membership, invite, notices] = await Promise.all([
      this.members.of(accountId),
      this.repo.pendingInviteOf(accountId, now),
      this.repo.openNoticesOf(accountId),
    ]);
    return { membership, invite: invite && this.present(invite), notices };
  }

  /** One open invitation at a time: a new one withdraws the one before. */
  async createInvite(accountId: string): Promise<PendingInvite> {
    if (await this.members.of(accountId)) throw alreadyPaired();
    const now = this.deps.clock();
    const code = newReadableCode();
    const invite: Invite = {
      id: newId(),
      inviter_id: accountId,
      code_hash: this.hashCode(code),
      code_sealed: seal(this.deps.keys.sealing, code),
      created_at: iso(now),
      expires_at: iso(addSeconds(now, INVITE_DAYS * 86400)),
      accepted_at: null,
      accepted_by: null,
      revoked_at: null,
    };
    await this.deps.database.db.transaction().execute(async (trx) => {
      const repo = this.repository(trx);
      await repo.revokeOpenInvitesOf([accountId], iso(now));
      await repo.insertInvite(invite);
    });
    return this.present(invite);
  }

  async revokeInvite(viewer: Viewer, inviteId: string): Promise<void> {
    const invite = readableBy(viewer, await this.repo.findInvite(inviteId), (i) => ({ kind: 'private', ownerId: i.inviter_id }));
    if (invite.accepted_at || invite.revoked_at) throw notFound();
    await this.repo.revokeInvite(invite.id, iso(this.deps.clock()));
  }

  /**
   * Pairs the person with the inviter. The database's unique indexes keep everyone in at most
   * one couple of at most two, also when several servers accept at the same instant.
   */
  async acceptInvite(accountId: string, rawCode: string): Promise<Membership> {
    const now = iso(this.deps.clock());
    const invite = await this.repo.findOpenInviteByCode(this.hashCode(normalizeReadableCode(rawCode)), now);
    if (!invite) throw inviteNotFound();
    if (invite.inviter_id === accountId) throw ownInvite();
    try {
      await this.deps.database.db.transaction().execute(async (trx) => {
        const repo = this.repository(trx);
        await repo.lockPeople([invite.inviter_id, accountId]);
        const members = new MembershipRepository(trx);
        if (await members.of(accountId)) throw alreadyPaired();
        if (await members.of(invite.inviter_id)) throw inviterPaired();
        if (!(await repo.claimInvite(invite.id, accountId, now))) {
          throw inviteNotFound();
        }
        await repo.createCouple(newId(), [invite.inviter_id, accountId], now);
        await repo.revokeOpenInvitesOf([invite.inviter_id, accountId], now);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyPaired();
      throw error;
    }
    const membership = await this.members.of(accountId);
    if (!membership) throw alreadyPaired();
    return membership;
  }

  /** Either partner may leave alone, at any time; the other gets a neutral notice. */
  async leaveCouple(accountId: string): Promise<void> {
    if (!(await this.leaveIfPaired(accountId))) throw notPaired();
  }

  async leaveIfPaired(accountId: string): Promise<boolean> {
    const membership = await this.members.of(accountId);
    if (!membership) return false;
    const now = iso(this.deps.clock());
    await this.deps.database.db.transaction().execute(async (trx) => {
      const repo = this.repository(trx);
      const members = await repo.endCouple(membership.coupleId, now);
      await repo.insertNotices(
        members
          .filter((id) => id !== accountId)
          .map((id) => ({ id: newId(), account_id: id, kind: 'partnerLeft', created_at: now, dismissed_at: null })),
      );
    });
    return true;
  }

  async dismissNotice(viewer: Viewer, noticeId: string): Promise<void> {
    const notice = readableBy(viewer, await this.repo.findNotice(noticeId), (n) => ({ kind: 'private', ownerId: n.account_id }));
    await this.repo.dismissNotice(notice.id, iso(this.deps.clock()));
  }

  private repository(db: Kysely<Schema>): CoupleRepository {
    return new CoupleRepository(db, this.deps.database.dialect);
  }

  private present(invite: Invite): PendingInvite {
    const code = unseal(this.deps.keys.sealing, invite.code_sealed);
    return { id: invite.id, code, url: `${this.deps.baseUrl}/join#code=${code}`, expiresAt: invite.expires_at };
  }

  private hashCode(code: string): string {
    return hashToken(this.deps.keys.tokens, `invite:${code}`);
  }
}
