import type { Generated } from 'kysely';
import type { SealedTable } from '../keyring/repository.ts';

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
  /**
   * No longer read or written: sharing a result's answers is a consent record now (migration 0007).
   * It stays because SQLite cannot drop a column that a CHECK constraint names without a rebuild.
   */
  shared: Generated<number>;
  /** The scored result as JSON text; null while a draft. */
  scores: string | null;
}

export interface CheckupAnswerTable {
  response_id: string;
  item_id: string;
  /** The answer on the item's scale, sealed (migration 0041 made it text). */
  value: string;
  answered_at: string;
}

/** A result's scores are private answers too (they go to the partner only through the couple report): sealed with the author's key. */
export const sealedCheckupResponse: SealedTable = { table: 'checkup_response', key: ['id'], columns: { scores: 'account_id' } };

/** Each answer is sealed with the key of the response's author. */
export const sealedCheckupAnswer: SealedTable = {
  table: 'checkup_answer',
  key: ['response_id', 'item_id'],
  columns: { value: 'account_id' },
  ownerVia: { table: 'checkup_response', reference: 'response_id' },
};

declare module '../../db/schema.ts' {
  interface Schema {
    checkup_response: CheckupResponseTable;
    checkup_answer: CheckupAnswerTable;
  }
}
