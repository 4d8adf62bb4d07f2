import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import { decodeDrafted, DraftedRepository, encodeDrafted, type Drafted, type DraftedTable } from '../drafts/repository.ts';
import type { Keyring } from '../keyring/keyring.ts';
import { sealedTalkRequest } from './tables.ts';

export type TalkResponse = 'accept' | 'later' | 'decline';

export interface TalkRequest extends Drafted {
  response: TalkResponse | null;
  responseNote: string | null;
  proposedTime: string | null;
  respondedAt: string | null;
}

type Row = Schema['talk_request'];

const RESPONSES = new Set(['accept', 'later', 'decline']);

const table: DraftedTable<TalkRequest, Row> = {
  name: 'talk_request',
  sealed: sealedTalkRequest,
  encode: (r) => ({
    ...encodeDrafted(r),
    response: r.response,
    response_note: r.responseNote,
    proposed_time: r.proposedTime,
    responded_at: r.respondedAt,
  }),
  decode: (row) => ({
    ...decodeDrafted(row),
    response: row.response && RESPONSES.has(row.response) ? (row.response as TalkResponse) : null,
    responseNote: row.response_note,
    proposedTime: row.proposed_time,
    respondedAt: row.responded_at,
  }),
};

export class TalkRepository extends DraftedRepository<TalkRequest, Row> {
  constructor(db: Kysely<Schema>, keyring: Keyring) {
    super(db, keyring, table);
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
}
