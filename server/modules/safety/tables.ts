import type { SealedTable } from '../keyring/repository.ts';

/**
 * The safety screen's table (migrations 0002 and 0042), added to the shared `Schema` by
 * declaration merging. No module but the safety module reads it.
 */
export interface SafetyResponseTable {
  id: string;
  account_id: string;
  screen_id: string;
  screen_version: number;
  /** JSON text: [{ itemId, value }], sealed. */
  answers: string;
  /** Always 0: the assessment is in `assessment` (migration 0042). */
  at_risk: number;
  /** Always 0: the assessment is in `assessment` (migration 0042). */
  complete: number;
  /**
   * JSON text, sealed: { atRisk, complete } of the latest answers, and the concern that may outlive
   * them: { concernReportedAt } when answers last showed one, { concernLiftedAt } when its author
   * lifted it (a new report clears that).
   */
  assessment: string | null;
  answered_at: string;
}

/** The answers and what they show are sealed with the person's data key; one row per person (upserted). */
export const sealedSafetyResponse: SealedTable = { table: 'safety_response', key: ['account_id'], columns: { answers: 'account_id', assessment: 'account_id' } };

declare module '../../db/schema.ts' {
  interface Schema {
    safety_response: SafetyResponseTable;
  }
}
