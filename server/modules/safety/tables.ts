/**
 * The safety screen's table (migration 0002), added to the shared `Schema` by declaration merging.
 * No module but the safety module reads it.
 */
export interface SafetyResponseTable {
  id: string;
  account_id: string;
  screen_id: string;
  screen_version: number;
  /** JSON text: [{ itemId, value }]. */
  answers: string;
  at_risk: number;
  complete: number;
  answered_at: string;
}

declare module '../../db/schema.ts' {
  interface Schema {
    safety_response: SafetyResponseTable;
  }
}
