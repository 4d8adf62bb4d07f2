/** The job table (migration 0003), merged into the shared `Schema`. */
export interface JobTable {
  id: string;
  kind: string;
  /** Unique with `kind`: the same occurrence is queued once, whoever plans it. */
  dedupe_key: string;
  /** JSON text. */
  payload: string;
  run_at: string;
  created_at: string;
  claimed_by: string | null;
  claimed_at: string | null;
  done_at: string | null;
  attempts: number;
  /** `sent`, `skipped`, `expired`, `failed` … once done. */
  outcome: string | null;
}

declare module '../db/schema.ts' {
  interface Schema {
    job: JobTable;
  }
}
