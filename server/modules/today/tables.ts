import type { SealedTable } from '../keyring/repository.ts';

/**
 * Table types of Today (migration 0003), merged into the shared `Schema` by declaration merging.
 */
export interface TodayItemTable {
  /** The couple id, or the account id of a person alone. */
  scope_id: string;
  couple_id: string | null;
  account_id: string | null;
  date: string;
  /** `loveMap`, `solo`, `connection` or `appreciation`. */
  bank: string;
  item_id: string;
  /** 0, 1, 2 …: how many times the scope had gone through the whole bank before. */
  cycle: number;
  created_at: string;
}

export interface LoveMapAnswerTable {
  id: string;
  scope_id: string;
  couple_id: string | null;
  account_id: string;
  question_id: string;
  answer: string;
  guess: string | null;
  answered_at: string;
  updated_at: string;
}

export interface CheckInTable {
  id: string;
  account_id: string;
  couple_id: string | null;
  date: string;
  /** JSON text: { connection, toward, away, against }, sealed (migration 0043). */
  answers: string;
  note: string | null;
  /** 0/1 */
  shared: number;
  created_at: string;
  updated_at: string;
}

/** Answers and guesses are sealed with the author's data key; rows are upserted by (scope, question, person). */
export const sealedLoveMapAnswer: SealedTable = {
  table: 'love_map_answer',
  key: ['scope_id', 'question_id', 'account_id'],
  columns: { answer: 'account_id', guess: 'account_id' },
};

/** A check-in's numbers and note are sealed with its author's data key; rows are upserted by (person, date). */
export const sealedCheckIn: SealedTable = { table: 'check_in', key: ['account_id', 'date'], columns: { answers: 'account_id', note: 'account_id' } };

declare module '../../db/schema.ts' {
  interface Schema {
    today_item: TodayItemTable;
    love_map_answer: LoveMapAnswerTable;
    check_in: CheckInTable;
  }
}
