import type { SealedTable } from '../keyring/repository.ts';

/** Table types of the CycleMap (migration 0004), merged into the shared `Schema`. */
export interface CycleMapVersionTable {
  id: string;
  /** The couple id, or the account id of a person alone. */
  scope_id: string;
  couple_id: string | null;
  account_id: string;
  version: number;
  stance: string | null;
  /** JSON array of strings. */
  my_moves: string;
  feelings_underneath: string;
  fears: string;
  longings: string;
  created_at: string;
}

/** Everything of a side is sealed with its author's data key, the stance included. */
export const sealedCycleSide: SealedTable = {
  table: 'cycle_map_version',
  key: ['id'],
  columns: { stance: 'account_id', my_moves: 'account_id', feelings_underneath: 'account_id', fears: 'account_id', longings: 'account_id' },
};

declare module '../../db/schema.ts' {
  interface Schema {
    cycle_map_version: CycleMapVersionTable;
  }
}
