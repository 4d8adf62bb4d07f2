import type { Kysely, Selectable } from 'kysely';
import type { Dialect } from '../../db/database.ts';
import { PreparedQuery } from '../../db/prepared.ts';
import type { InviteTable, NoticeTable, Schema } from '../../db/schema.ts';

export type Invite = Selectable<InviteTable>;
export type Notice = Selectable<NoticeTable>;
export type Membership = { coupleId: string; since: string; partnerId: string | null; partnerName: string | null };
/** A couple with the partner in it: what every shared area starts from. */
export type Partnership = Membership & { partnerId: string; partnerName: string };

const membershipQuery = new PreparedQuery((db, accountId: string) =>
  db
    .selectFrom('couple_member as me')
    .innerJoin('couple', 'couple.id', 'me.couple_id')
    .leftJoin('couple_member as other', (join) =>
      join.onRef('other.couple_id', '=', 'me.couple_id').onRef('other.account_id', '!=', 'me.account_id').on('other.left_at', 'is', null),
    )
    .leftJoin('account as partner', 'partner.id', 'other.account_id')
    .select(['couple.id as coupleId', 'couple.created_at as since', 'partner.id as partnerId', 'partner.name as partnerName'])
    .where('me.account_id', '=', accountId)
    .where('me.left_at', 'is', null),
);

/** The person's couple and partner: the one query for it, used by every module (on the database or in a transaction). */
export class MembershipRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  /** The person's current couple, with the partner joined (one query). */
  of(accountId: string): Promise<Membership | undefined> {
    return membershipQuery.first(this.db, accountId);
  }

  /** The same, only while the partner is in the couple too. */
  async partnership(accountId: string): Promise<Partnership | undefined> {
    const membership = await this.of(accountId);
    return membership?.partnerId ? (membership as Partnership) : undefined;
  }
}

export class CoupleRepository {
  constructor(
    private readonly db: Kysely<Schema>,
    private readonly dialect: Dialect,
  ) {}

  /**
   * Inside a transaction, waits until no other pairing involving these people is under way.
   * Locking in id order means two crossing pairings queue instead of deadlocking. SQLite runs
   * one transaction at a time already.
   */
  async lockPeople(accountIds: string[]): Promise<void> {
    if (this.dialect !== 'postgres') return;
    await this.db.selectFrom('account').select('id').where('id', 'in', accountIds).orderBy('id').forNoKeyUpdate().execute();
  }

  async createCouple(coupleId: string, members: [string, string], now: string): Promise<void> {
    await this.db.insertInto('couple').values({ id: coupleId, created_at: now, ended_at: null }).execute();
    await this.db
      .insertInto('couple_member')
      .values(members.map((accountId, i) => ({ couple_id: coupleId, account_id: accountId, slot: i + 1, joined_at: now, left_at: null })))
      .execute();
  }

  /** Ends the couple for everyone in it and returns who else was there. */
  async endCouple(coupleId: string, now: string): Promise<string[]> {
    const members = await this.db
      .updateTable('couple_member')
      .set({ left_at: now })
      .where('couple_id', '=', coupleId)
      .where('left_at', 'is', null)
      .returning('account_id')
      .execute();
    await this.db.updateTable('couple').set({ ended_at: now }).where('id', '=', coupleId).execute();
    return members.map((m) => m.account_id);
  }

  // Invites
  async insertInvite(invite: Invite): Promise<void> {
    await this.db.insertInto('invite').values(invite).execute();
  }

  pendingInviteOf(inviterId: string, now: string): Promise<Invite | undefined> {
    return this.pendingInvite.first(this.db, inviterId, now);
  }

  private readonly pendingInvite = new PreparedQuery((db, inviterId: string, now: string) =>
    db
      .selectFrom('invite')
      .selectAll()
      .where('inviter_id', '=', inviterId)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now)
      .orderBy('created_at', 'desc')
      .limit(1),
  );

  findOpenInviteByCode(codeHash: string, now: string): Promise<Invite | undefined> {
    return this.db
      .selectFrom('invite')
      .selectAll()
      .where('code_hash', '=', codeHash)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
  }

  findInvite(id: string): Promise<Invite | undefined> {
    return this.db.selectFrom('invite').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Claims an open invite; false when someone else claimed it first. */
  async claimInvite(id: string, acceptedBy: string, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('invite')
      .set({ accepted_at: now, accepted_by: acceptedBy })
      .where('id', '=', id)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async revokeOpenInvitesOf(inviterIds: string[], now: string): Promise<void> {
    await this.db
      .updateTable('invite')
      .set({ revoked_at: now })
      .where('inviter_id', 'in', inviterIds)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .execute();
  }

  async revokeInvite(id: string, now: string): Promise<void> {
    await this.db.updateTable('invite').set({ revoked_at: now }).where('id', '=', id).where('revoked_at', 'is', null).execute();
  }

  // Notices
  async insertNotices(notices: Notice[]): Promise<void> {
    if (notices.length) await this.db.insertInto('notice').values(notices).execute();
  }

  openNoticesOf(accountId: string): Promise<Notice[]> {
    return this.openNotices.all(this.db, accountId);
  }

  private readonly openNotices = new PreparedQuery((db, accountId: string) =>
    db.selectFrom('notice').selectAll().where('account_id', '=', accountId).where('dismissed_at', 'is', null).orderBy('created_at', 'desc'),
  );

  findNotice(id: string): Promise<Notice | undefined> {
    return this.db.selectFrom('notice').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async dismissNotice(id: string, now: string): Promise<void> {
    await this.db.updateTable('notice').set({ dismissed_at: now }).where('id', '=', id).execute();
  }
}
