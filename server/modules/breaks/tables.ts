/** Table types of Breaks (migration 0004), merged into the shared `Schema`. */
export interface FloodBreakTable {
  id: string;
  couple_id: string;
  account_id: string;
  started_at: string;
  return_at: string;
  /** Set when the person ended the break early. */
  ended_at: string | null;
}

declare module '../../db/schema.ts' {
  interface Schema {
    flood_break: FloodBreakTable;
  }
}
