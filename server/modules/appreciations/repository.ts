import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { Cipher, Keyring } from '../keyring/keyring.ts';
import { sealedAppreciation } from './tables.ts';

export interface Appreciation {
  id: string;
  authorId: string;
  coupleId: string | null;
  recipientId: string | null;
  status: 'draft' | 'sent';
  text: string;
  promptId: string | null;
  createdAt: string;
  sentAt: string | null;
}

type Row = Schema['appreciation'];

function decode(row: Row): Appreciation {
  return {
    id: row.id,
    authorId: row.author_id,
    coupleId: row.couple_id,
    recipientId: row.recipient_id,
    status: row.status === 'sent' ? 'sent' : 'draft',
    text: row.text,
    promptId: row.prompt_id,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}

/** A page position: the sort key of the last item shown. */
export interface Cursor {
  at: string;
  id: string;
}

export class AppreciationRepository {
  private readonly cipher: Cipher;

  constructor(
    private readonly db: Kysely<Schema>,
    keyring: Keyring,
  ) {
    this.cipher = keyring.cipher(db);
  }

  async insert(a: Appreciation): Promise<void> {
    const row = {
      id: a.id,
      author_id: a.authorId,
      couple_id: a.coupleId,
      recipient_id: a.recipientId,
      status: a.status,
      text: a.text,
      prompt_id: a.promptId,
      created_at: a.createdAt,
      sent_at: a.sentAt,
    };
    await this.db.insertInto('appreciation').values(await this.cipher.sealRow(sealedAppreciation, row)).execute();
  }

  async find(id: string): Promise<Appreciation | undefined> {
    const row = await this.db.selectFrom('appreciation').selectAll().where('id', '=', id).executeTakeFirst();
    return row && decode(await this.cipher.openRow(sealedAppreciation, row));
  }

  /** Removes the author's draft; false when it was not there (already sent from another device). */
  async deleteDraft(id: string, authorId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('appreciation')
      .where('id', '=', id)
      .where('author_id', '=', authorId)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** Sent appreciations of the couple that the person wrote or received, newest first. */
  async wall(coupleId: string, accountId: string, box: 'all' | 'received' | 'sent', after: Cursor | undefined, limit: number): Promise<Appreciation[]> {
    let query = this.db.selectFrom('appreciation').selectAll().where('couple_id', '=', coupleId).where('status', '=', 'sent');
    if (box === 'received') query = query.where('recipient_id', '=', accountId);
    else if (box === 'sent') query = query.where('author_id', '=', accountId);
    else query = query.where((eb) => eb.or([eb('recipient_id', '=', accountId), eb('author_id', '=', accountId)]));
    if (after) {
      query = query.where((eb) => eb.or([eb('sent_at', '<', after.at), eb.and([eb('sent_at', '=', after.at), eb('id', '<', after.id)])]));
    }
    const rows = await query.orderBy('sent_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return (await this.cipher.openRows(sealedAppreciation, rows)).map(decode);
  }

  /** Sent appreciations the person wrote or received in couples other than the current one, newest first. */
  async before(accountId: string, currentCoupleId: string | null, after: Cursor | undefined, limit: number): Promise<Appreciation[]> {
    let query = this.db
      .selectFrom('appreciation')
      .selectAll()
      .where('status', '=', 'sent')
      .where((eb) => eb.or([eb('recipient_id', '=', accountId), eb('author_id', '=', accountId)]));
    if (currentCoupleId) query = query.where('couple_id', '!=', currentCoupleId);
    if (after) {
      query = query.where((eb) => eb.or([eb('sent_at', '<', after.at), eb.and([eb('sent_at', '=', after.at), eb('id', '<', after.id)])]));
    }
    const rows = await query.orderBy('sent_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return (await this.cipher.openRows(sealedAppreciation, rows)).map(decode);
  }

  /** The person's own drafts, newest first. */
  async drafts(authorId: string, after: Cursor | undefined, limit: number): Promise<Appreciation[]> {
    let query = this.db.selectFrom('appreciation').selectAll().where('author_id', '=', authorId).where('status', '=', 'draft');
    if (after) {
      query = query.where((eb) => eb.or([eb('created_at', '<', after.at), eb.and([eb('created_at', '=', after.at), eb('id', '<', after.id)])]));
    }
    const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return (await this.cipher.openRows(sealedAppreciation, rows)).map(decode);
  }

  /** Sent-at times of the couple's appreciations in a range, by who wrote them. */
  async sentTimes(coupleId: string, from: string, to: string): Promise<{ authorId: string; sentAt: string }[]> {
    const rows = await this.db
      .selectFrom('appreciation')
      .select(['author_id', 'sent_at'])
      .where('couple_id', '=', coupleId)
      .where('status', '=', 'sent')
      .where('sent_at', '>=', from)
      .where('sent_at', '<', to)
      .execute();
    return rows.map((r) => ({ authorId: r.author_id, sentAt: r.sent_at! }));
  }
}
