import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { Cipher, Keyring } from '../keyring/keyring.ts';
import { sealedTalkRequest } from './tables.ts';

export type TalkResponse = 'accept' | 'later' | 'decline';

export interface TalkRequest {
  id: string;
  authorId: string;
  coupleId: string | null;
  recipientId: string | null;
  status: 'draft' | 'sent';
  text: string;
  createdAt: string;
  sentAt: string | null;
  response: TalkResponse | null;
  responseNote: string | null;
  proposedTime: string | null;
  respondedAt: string | null;
}

type Row = Schema['talk_request'];

const RESPONSES = new Set(['accept', 'later', 'decline']);

function decode(row: Row): TalkRequest {
  return {
    id: row.id,
    authorId: row.author_id,
    coupleId: row.couple_id,
    recipientId: row.recipient_id,
    status: row.status === 'sent' ? 'sent' : 'draft',
    text: row.text,
    createdAt: row.created_at,
    sentAt: row.sent_at,
    response: row.response && RESPONSES.has(row.response) ? (row.response as TalkResponse) : null,
    responseNote: row.response_note,
    proposedTime: row.proposed_time,
    respondedAt: row.responded_at,
  };
}

export class TalkRepository {
  private readonly cipher: Cipher;

  constructor(
    private readonly db: Kysely<Schema>,
    keyring: Keyring,
  ) {
    this.cipher = keyring.cipher(db);
  }

  async insert(r: TalkRequest): Promise<void> {
    const row = {
      id: r.id,
      author_id: r.authorId,
      couple_id: r.coupleId,
      recipient_id: r.recipientId,
      status: r.status,
      text: r.text,
      created_at: r.createdAt,
      sent_at: r.sentAt,
      response: r.response,
      response_note: r.responseNote,
      proposed_time: r.proposedTime,
      responded_at: r.respondedAt,
    };
    await this.db.insertInto('talk_request').values(await this.cipher.sealRow(sealedTalkRequest, row)).execute();
  }

  async find(id: string): Promise<TalkRequest | undefined> {
    const row = await this.db.selectFrom('talk_request').selectAll().where('id', '=', id).executeTakeFirst();
    return row && decode(await this.cipher.openRow(sealedTalkRequest, row));
  }

  /** Removes the author's kept draft; false when it was not there (sent or removed from another device). */
  async deleteDraft(id: string, authorId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('talk_request')
      .where('id', '=', id)
      .where('author_id', '=', authorId)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async respond(id: string, recipientId: string, answer: { response: TalkResponse; note: string | null; proposedTime: string | null; at: string }): Promise<void> {
    // The note is the recipient's words, sealed with the recipient's key.
    const note = answer.note === null ? null : await this.cipher.seal(sealedTalkRequest, 'response_note', { id }, answer.note, recipientId);
    await this.db
      .updateTable('talk_request')
      .set({ response: answer.response, response_note: note, proposed_time: answer.proposedTime, responded_at: answer.at })
      .where('id', '=', id)
      .where('recipient_id', '=', recipientId)
      .where('status', '=', 'sent')
      .execute();
  }

  /** Clears the answers a person gave (their words go with them when they delete their account). */
  async forgetAnswersBy(recipientId: string): Promise<void> {
    await this.db
      .updateTable('talk_request')
      .set({ response: null, response_note: null, proposed_time: null, responded_at: null })
      .where('recipient_id', '=', recipientId)
      .execute();
  }

  /** Sent requests of the couple that the person wrote or received, newest first. */
  async sent(coupleId: string, accountId: string, box: 'all' | 'sent' | 'received', limit: number): Promise<TalkRequest[]> {
    let query = this.db.selectFrom('talk_request').selectAll().where('couple_id', '=', coupleId).where('status', '=', 'sent');
    if (box === 'received') query = query.where('recipient_id', '=', accountId);
    else if (box === 'sent') query = query.where('author_id', '=', accountId);
    else query = query.where((eb) => eb.or([eb('recipient_id', '=', accountId), eb('author_id', '=', accountId)]));
    const rows = await query.orderBy('sent_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return (await this.cipher.openRows(sealedTalkRequest, rows)).map(decode);
  }

  /** Sent requests the person wrote or received in couples other than the current one, newest first. */
  async before(accountId: string, currentCoupleId: string | null, limit: number): Promise<TalkRequest[]> {
    let query = this.db
      .selectFrom('talk_request')
      .selectAll()
      .where('status', '=', 'sent')
      .where((eb) => eb.or([eb('recipient_id', '=', accountId), eb('author_id', '=', accountId)]));
    if (currentCoupleId) query = query.where('couple_id', '!=', currentCoupleId);
    const rows = await query.orderBy('sent_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return (await this.cipher.openRows(sealedTalkRequest, rows)).map(decode);
  }

  async drafts(authorId: string, limit: number): Promise<TalkRequest[]> {
    const rows = await this.db
      .selectFrom('talk_request')
      .selectAll()
      .where('author_id', '=', authorId)
      .where('status', '=', 'draft')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return (await this.cipher.openRows(sealedTalkRequest, rows)).map(decode);
  }
}
