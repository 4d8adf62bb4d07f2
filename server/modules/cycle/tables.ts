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

declare module '../../db/schema.ts' {
  interface Schema {
    cycle_map_version: CycleMapVersionTable;
  }
}
