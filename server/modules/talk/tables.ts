/** Table types of talk requests (migration 0004), merged into the shared `Schema`. */
export interface TalkRequestTable {
  id: string;
  author_id: string;
  couple_id: string | null;
  recipient_id: string | null;
  /** `draft` (kept privately by the author) or `sent` (the couple's). */
  status: string;
  text: string;
  created_at: string;
  sent_at: string | null;
  response: string | null;
  response_note: string | null;
  proposed_time: string | null;
  responded_at: string | null;
}

declare module '../../db/schema.ts' {
  interface Schema {
    talk_request: TalkRequestTable;
  }
}
