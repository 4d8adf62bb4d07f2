import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { Cipher, Keyring } from '../keyring/keyring.ts';
import type { SealedTable } from '../keyring/repository.ts';

/** What every "draft, then send it to the partner" item has (appreciations, talk requests). */
export interface Drafted {
  id: string;
  authorId: string;
  /** Null for a draft: it belongs to its author alone, not to a couple. */
  coupleId: string | null;
  recipientId: string | null;
  status: 'draft' | 'sent';
  text: string;
  createdAt: string;
  /** When it reached the partner (null for a draft). */
  sentAt: string | null;
}

/** A page position: the sort key of the last item shown. */
export interface Cursor {
  at: string;
  id: string;
}

/** The columns every such table has; each table adds its own. */
export interface DraftedColumns {
  id: string;
  author_id: string;
  couple_id: string | null;
  recipient_id: string | null;
  /** `draft` (private to the author) or `sent` (the couple's). */
  status: string;
  text: string;
  created_at: string;
  sent_at: string | null;
}

/** The shared columns of an item; a table's own `encode` adds the rest. */
export const encodeDrafted = (d: Drafted): DraftedColumns => ({
  id: d.id,
  author_id: d.authorId,
  couple_id: d.coupleId,
  recipient_id: d.recipientId,
  status: d.status,
  text: d.text,
  created_at: d.createdAt,
  sent_at: d.sentAt,
});

export const decodeDrafted = (row: DraftedColumns): Drafted => ({
  id: row.id,
  authorId: row.author_id,
  coupleId: row.couple_id,
  recipientId: row.recipient_id,
  status: row.status === 'sent' ? 'sent' : 'draft',
  text: row.text,
  createdAt: row.created_at,
  sentAt: row.sent_at,
});

export interface DraftedTable<T extends Drafted, R extends DraftedColumns> {
  name: 'appreciation' | 'talk_request';
  sealed: SealedTable;
  encode(item: T): R;
  decode(row: R): T;
}

/** The shared columns seen as one table, whichever table it is: queries here name only those. */
type Common = Kysely<{ drafted: DraftedColumns }>;

export type SentBox = 'all' | 'sent' | 'received';

/** Drafts and sent items of one table. A table's own repository extends it with what only it has. */
export class DraftedRepository<T extends Drafted, R extends DraftedColumns> {
  protected readonly cipher: Cipher;
  private readonly common: Common;
  private readonly name: 'drafted';

  constructor(
    protected readonly db: Kysely<Schema>,
    keyring: Keyring,
    private readonly table: DraftedTable<T, R>,
  ) {
    this.cipher = keyring.cipher(db);
    this.common = db as unknown as Common;
    this.name = table.name as unknown as 'drafted';
  }

  async insert(item: T): Promise<void> {
    const row = this.table.encode(item) as unknown as Record<string, unknown>;
    await this.common
      .insertInto(this.name)
      .values((await this.cipher.sealRow(this.table.sealed, row)) as unknown as DraftedColumns)
      .execute();
  }

  async find(id: string): Promise<T | undefined> {
    const row = await this.common.selectFrom(this.name).selectAll().where('id', '=', id).executeTakeFirst();
    return row && (await this.open([row]))[0];
  }

  /** Removes the author's draft; false when it was not there (sent or removed from another device). */
  async deleteDraft(id: string, authorId: string): Promise<boolean> {
    const result = await this.common.deleteFrom(this.name).where('id', '=', id).where('author_id', '=', authorId).where('status', '=', 'draft').executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** Sent items of the couple that the person wrote or received, newest first. */
  async sent(coupleId: string, accountId: string, box: SentBox, after: Cursor | undefined, limit: number): Promise<T[]> {
    let query = this.common.selectFrom(this.name).selectAll().where('couple_id', '=', coupleId).where('status', '=', 'sent');
    if (box === 'received') query = query.where('recipient_id', '=', accountId);
    else if (box === 'sent') query = query.where('author_id', '=', accountId);
    else query = query.where((eb) => eb.or([eb('recipient_id', '=', accountId), eb('author_id', '=', accountId)]));
    if (after) query = query.where((eb) => eb.or([eb('sent_at', '<', after.at), eb.and([eb('sent_at', '=', after.at), eb('id', '<', after.id)])]));
    return this.open(await query.orderBy('sent_at', 'desc').orderBy('id', 'desc').limit(limit).execute());
  }

  /** Sent items the person wrote or received in couples other than the current one, newest first. */
  async before(accountId: string, currentCoupleId: string | null, after: Cursor | undefined, limit: number): Promise<T[]> {
    let query = this.common
      .selectFrom(this.name)
      .selectAll()
      .where('status', '=', 'sent')
      .where((eb) => eb.or([eb('recipient_id', '=', accountId), eb('author_id', '=', accountId)]));
    if (currentCoupleId) query = query.where('couple_id', '!=', currentCoupleId);
    if (after) query = query.where((eb) => eb.or([eb('sent_at', '<', after.at), eb.and([eb('sent_at', '=', after.at), eb('id', '<', after.id)])]));
    return this.open(await query.orderBy('sent_at', 'desc').orderBy('id', 'desc').limit(limit).execute());
  }

  /** The person's own drafts, newest first. */
  async drafts(authorId: string, after: Cursor | undefined, limit: number): Promise<T[]> {
    let query = this.common.selectFrom(this.name).selectAll().where('author_id', '=', authorId).where('status', '=', 'draft');
    if (after) query = query.where((eb) => eb.or([eb('created_at', '<', after.at), eb.and([eb('created_at', '=', after.at), eb('id', '<', after.id)])]));
    return this.open(await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute());
  }

  /** `selectAll` read every column of the real table, not only the shared ones. */
  private async open(rows: readonly DraftedColumns[]): Promise<T[]> {
    const opened = await this.cipher.openRows(this.table.sealed, rows as unknown as readonly Record<string, unknown>[]);
    return opened.map((row) => this.table.decode(row as unknown as R));
  }
}
