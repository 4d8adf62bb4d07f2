/** Table types of rituals and calendar feeds (migration 0003), merged into the shared `Schema`. */
export interface RitualTable {
  id: string;
  couple_id: string | null;
  owner_id: string;
  title: string;
  /** An RRULE value, normalized (UNTIL in UTC). */
  schedule: string;
  time_zone: string;
  start_date: string;
  /** HH:MM, local to time_zone. */
  start_time: string;
  duration_minutes: number;
  created_at: string;
  updated_at: string;
}

export interface RitualCompletionTable {
  ritual_id: string;
  date: string;
  completed_by: string | null;
  completed_at: string;
}

export interface CalendarFeedTable {
  account_id: string;
  token_hash: string;
  token_sealed: string;
  created_at: string;
}

declare module '../../db/schema.ts' {
  interface Schema {
    ritual: RitualTable;
    ritual_completion: RitualCompletionTable;
    calendar_feed: CalendarFeedTable;
  }
}
