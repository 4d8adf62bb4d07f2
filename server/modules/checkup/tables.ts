/**
 * Table types of the check-up (migration 0002). They extend the shared `Schema` by declaration
 * merging, so this module's tables are typed without editing server/db/schema.ts.
 */
export interface CheckupResponseTable {
  id: string;
  account_id: string;
  instrument_id: string;
  instrument_version: number;
  couple_id: string | null;
  number: number | null;
  started_at: string;
  updated_at: string;
  submitted_at: string | null;
  /** 0/1: the partner may see this result's item answers in the couple report. */
  shared: number;
  /** The scored result as JSON text; null while a draft. */
  scores: string | null;
}

export interface CheckupAnswerTable {
  response_id: string;
  item_id: string;
  value: number;
  answered_at: string;
}

declare module '../../db/schema.ts' {
  interface Schema {
    checkup_response: CheckupResponseTable;
    checkup_answer: CheckupAnswerTable;
  }
}
