/** Table types of reminder settings (migration 0003), merged into the shared `Schema`. */
export interface ReminderSettingsTable {
  account_id: string;
  enabled: number;
  /** JSON text: ["mon", "tue", …]. */
  days: string;
  time: string;
  time_zone: string;
  quiet_start: string;
  quiet_end: string;
  rituals: number;
  updated_at: string;
}

declare module '../../db/schema.ts' {
  interface Schema {
    reminder_settings: ReminderSettingsTable;
  }
}
