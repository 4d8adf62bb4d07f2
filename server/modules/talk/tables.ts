import type { DraftedColumns } from '../drafts/repository.ts';
import type { SealedTable } from '../keyring/repository.ts';

/** Table types of talk requests (migration 0004), merged into the shared `Schema`. */
export interface TalkRequestTable extends DraftedColumns {
  response: string | null;
  response_note: string | null;
  proposed_time: string | null;
  responded_at: string | null;
}

/** Each text is sealed with its writer's data key: the request with its author's, the answer's note with the recipient's. */
export const sealedTalkRequest: SealedTable = {
  table: 'talk_request',
  key: ['id'],
  columns: { text: 'author_id', response_note: 'recipient_id' },
  erasedWithWriter: ['response_note'],
};

declare module '../../db/schema.ts' {
  interface Schema {
    talk_request: TalkRequestTable;
  }
}
