import type { SealedTable } from '../keyring/repository.ts';

/** Table types of the Aftermath (migration 0004), merged into the shared `Schema`. */
export interface AftermathTable {
  id: string;
  couple_id: string;
  /** Null once the person who started it deleted their account (migration 0062). */
  started_by: string | null;
  /** 0/1: either partner may pause or resume. */
  paused: number;
  created_at: string;
}

export interface AftermathStepTable {
  aftermath_id: string;
  account_id: string;
  step: string;
  text: string;
  /** 0/1 */
  done: number;
  updated_at: string;
}

/** A step's text is sealed with its author's data key. */
export const sealedAftermathStep: SealedTable = { table: 'aftermath_step', key: ['aftermath_id', 'account_id', 'step'], columns: { text: 'account_id' } };

declare module '../../db/schema.ts' {
  interface Schema {
    aftermath: AftermathTable;
    aftermath_step: AftermathStepTable;
  }
}
