/**
 * The safety screen's table (migrations 0002 and 0020), added to the shared `Schema` by
 * declaration merging. No module but the safety module reads it.
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
  /** When answers last showed a concern; later safe answers leave it as it is. */
  concern_reported_at: string | null;
  /** When the person lifted the concern themselves; a new report clears it. */
  concern_lifted_at: string | null;
}

declare module '../../db/schema.ts' {
  interface Schema {
    safety_response: SafetyResponseTable;
  }
}
