import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { Cipher, Keyring } from '../keyring/keyring.ts';
import { sealedCheckIn, sealedLoveMapAnswer } from './tables.ts';

export type Bank = 'loveMap' | 'solo' | 'connection' | 'appreciation';

export interface Pick {
  bank: Bank;
  itemId: string;
  cycle: number;
}

export interface LoveMapAnswer {
  id: string;
  scopeId: string;
  coupleId: string | null;
  accountId: string;
  questionId: string;
  answer: string;
  guess: string | null;
  answeredAt: string;
}

export interface CheckIn {
  id: string;
  accountId: string;
  coupleId: string | null;
  date: string;
  connection: number;
  toward: number;
  away: number;
  against: number;
  note: string | null;
  shared: boolean;
  updatedAt: string;
}

function decodeAnswer(row: Schema['love_map_answer']): LoveMapAnswer {
  return {
    id: row.id,
    scopeId: row.scope_id,
    coupleId: row.couple_id,
    accountId: row.account_id,
    questionId: row.question_id,
    answer: row.answer,
    guess: row.guess,
    answeredAt: row.answered_at,
  };
}

function decodeCheckIn(row: Schema['check_in']): CheckIn {
  const answers = JSON.parse(row.answers) as { connection: number; toward: number; away: number; against: number };
  return {
    id: row.id,
    accountId: row.account_id,
    coupleId: row.couple_id,
    date: row.date,
    connection: Number(answers.connection),
    toward: Number(answers.toward),
    away: Number(answers.away),
    against: Number(answers.against),
    note: row.note,
    shared: Number(row.shared) === 1,
    updatedAt: row.updated_at,
  };
}

export class TodayRepository {
  private readonly cipher: Cipher;

  constructor(
    private readonly db: Kysely<Schema>,
    keyring: Keyring,
  ) {
    this.cipher = keyring.cipher(db);
  }

  async picksOn(scopeId: string, date: string): Promise<Pick[]> {
    const rows = await this.db.selectFrom('today_item').select(['bank', 'item_id', 'cycle']).where('scope_id', '=', scopeId).where('date', '=', date).execute();
    return rows.map((r) => ({ bank: r.bank as Bank, itemId: r.item_id, cycle: Number(r.cycle) }));
  }

  /** What the scope was served from the bank in its latest cycle. */
  async servedInLatestCycle(scopeId: string, bank: Bank): Promise<{ itemId: string; cycle: number }[]> {
    const rows = await this.db
      .selectFrom('today_item')
      .select(['item_id', 'cycle'])
      .where('scope_id', '=', scopeId)
      .where('bank', '=', bank)
      .where('cycle', '=', (eb) =>
        eb.selectFrom('today_item').select((e) => e.fn.max('cycle').as('c')).where('scope_id', '=', scopeId).where('bank', '=', bank),
      )
      .execute();
    return rows.map((r) => ({ itemId: r.item_id, cycle: Number(r.cycle) }));
  }

  /**
   * Stores picks unless the date already has one for the bank, or the item was already served in
   * that cycle (another server chose at the same moment): conflicting rows are skipped, and the
   * caller reads back what is stored.
   */
  async insertPicks(rows: { scopeId: string; coupleId: string | null; accountId: string | null; date: string; pick: Pick; now: string }[]): Promise<void> {
    if (rows.length === 0) return;
    await this.db
      .insertInto('today_item')
      .values(
        rows.map((r) => ({
          scope_id: r.scopeId,
          couple_id: r.coupleId,
          account_id: r.accountId,
          date: r.date,
          bank: r.pick.bank,
          item_id: r.pick.itemId,
          cycle: r.pick.cycle,
          created_at: r.now,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  async wasServed(scopeId: string, bank: Bank, itemId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('today_item')
      .select('date')
      .where('scope_id', '=', scopeId)
      .where('bank', '=', bank)
      .where('item_id', '=', itemId)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Served love-map items of a scope, newest date first, before a date (exclusive). */
  async servedHistory(scopeId: string, bank: Bank, before: string | undefined, limit: number): Promise<{ date: string; itemId: string }[]> {
    let query = this.db.selectFrom('today_item').select(['date', 'item_id']).where('scope_id', '=', scopeId).where('bank', '=', bank);
    if (before) query = query.where('date', '<', before);
    const rows = await query.orderBy('date', 'desc').limit(limit).execute();
    return rows.map((r) => ({ date: r.date, itemId: r.item_id }));
  }

  // Love-map answers

  async answersTo(scopeId: string, questionIds: readonly string[]): Promise<LoveMapAnswer[]> {
    if (questionIds.length === 0) return [];
    const rows = await this.db.selectFrom('love_map_answer').selectAll().where('scope_id', '=', scopeId).where('question_id', 'in', questionIds).execute();
    return (await this.cipher.openRows(sealedLoveMapAnswer, rows)).map(decodeAnswer);
  }

  /** Every answer and reflection of the person, alone and in every couple, oldest first. */
  async answersBy(accountId: string): Promise<LoveMapAnswer[]> {
    const rows = await this.db.selectFrom('love_map_answer').selectAll().where('account_id', '=', accountId).orderBy('answered_at').orderBy('id').execute();
    return (await this.cipher.openRows(sealedLoveMapAnswer, rows)).map(decodeAnswer);
  }

  /** Inserts or replaces the person's answer to the question. */
  async saveAnswer(a: { id: string; scopeId: string; coupleId: string | null; accountId: string; questionId: string; answer: string; guess: string | null; now: string }): Promise<void> {
    const row = await this.cipher.sealRow(sealedLoveMapAnswer, {
      id: a.id,
      scope_id: a.scopeId,
      couple_id: a.coupleId,
      account_id: a.accountId,
      question_id: a.questionId,
      answer: a.answer,
      guess: a.guess,
      answered_at: a.now,
      updated_at: a.now,
    });
    await this.db
      .insertInto('love_map_answer')
      .values(row)
      .onConflict((oc) => oc.columns(['scope_id', 'question_id', 'account_id']).doUpdateSet({ answer: row.answer, guess: row.guess, updated_at: a.now }))
      .execute();
  }

  /** Questions of the couple that both partners answered. */
  async answeredTogether(scopeId: string): Promise<number> {
    const row = await this.db
      .selectFrom((eb) =>
        eb
          .selectFrom('love_map_answer')
          .select('question_id')
          .where('scope_id', '=', scopeId)
          .groupBy('question_id')
          .having((e) => e.fn.count('account_id').distinct(), '>=', 2)
          .as('together'),
      )
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** When each question of the couple was answered by both (the later of the two answers). */
  async revealedTimes(scopeId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('love_map_answer')
      .select((eb) => eb.fn.max('answered_at').as('at'))
      .where('scope_id', '=', scopeId)
      .groupBy('question_id')
      .having((e) => e.fn.count('account_id').distinct(), '>=', 2)
      .execute();
    return rows.map((r) => String(r.at));
  }

  // Check-ins

  async checkInOn(accountId: string, date: string): Promise<CheckIn | undefined> {
    const row = await this.db.selectFrom('check_in').selectAll().where('account_id', '=', accountId).where('date', '=', date).executeTakeFirst();
    return row && decodeCheckIn(await this.cipher.openRow(sealedCheckIn, row));
  }

  async saveCheckIn(c: Omit<CheckIn, 'updatedAt'> & { now: string }): Promise<void> {
    const row = { account_id: c.accountId, date: c.date };
    const answers = JSON.stringify({ connection: c.connection, toward: c.toward, away: c.away, against: c.against });
    const values = {
      couple_id: c.coupleId,
      answers: await this.cipher.seal(sealedCheckIn, 'answers', row, answers),
      note: c.note === null ? null : await this.cipher.seal(sealedCheckIn, 'note', row, c.note),
      shared: c.shared ? 1 : 0,
      updated_at: c.now,
    };
    await this.db
      .insertInto('check_in')
      .values({ id: c.id, account_id: c.accountId, date: c.date, created_at: c.now, ...values })
      .onConflict((oc) => oc.columns(['account_id', 'date']).doUpdateSet(values))
      .execute();
  }

  /** The person's own check-ins in a date range (shared or not). */
  async checkInsOf(accountId: string, from: string, to: string): Promise<CheckIn[]> {
    const rows = await this.db
      .selectFrom('check_in')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('date', '>=', from)
      .where('date', '<=', to)
      .orderBy('date')
      .execute();
    return (await this.cipher.openRows(sealedCheckIn, rows)).map(decodeCheckIn);
  }

  /** Shared check-ins made within the couple, both partners', in a date range. */
  async sharedCheckIns(coupleId: string, from: string, to: string): Promise<CheckIn[]> {
    const rows = await this.db
      .selectFrom('check_in')
      .selectAll()
      .where('couple_id', '=', coupleId)
      .where('shared', '=', 1)
      .where('date', '>=', from)
      .where('date', '<=', to)
      .orderBy('date')
      .execute();
    return (await this.cipher.openRows(sealedCheckIn, rows)).map(decodeCheckIn);
  }
}
