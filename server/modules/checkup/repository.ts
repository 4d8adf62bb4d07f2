import type { Kysely, Selectable } from 'kysely';
import type { CheckupResult } from '../../../shared/checkup/index.ts';
import type { Schema } from '../../db/schema.ts';
import type { Cipher, Keyring } from '../keyring/keyring.ts';
import { sealedCheckupAnswer, sealedCheckupResponse, type CheckupResponseTable } from './tables.ts';

/** One taking of an instrument: a draft until submitted, then a result that never changes. */
export interface CheckupResponse {
  id: string;
  accountId: string;
  instrumentId: string;
  instrumentVersion: number;
  coupleId: string | null;
  number: number | null;
  startedAt: string;
  updatedAt: string;
  submittedAt: string | null;
  scores: CheckupResult | null;
}

/** A submitted response: number, time and scores are always there. */
export type CheckupResultRecord = CheckupResponse & { number: number; submittedAt: string; scores: CheckupResult };

export interface StoredAnswer {
  itemId: string;
  value: number;
}

type Row = Selectable<CheckupResponseTable>;

function decode(row: Row): CheckupResponse {
  return {
    id: row.id,
    accountId: row.account_id,
    instrumentId: row.instrument_id,
    instrumentVersion: Number(row.instrument_version),
    coupleId: row.couple_id,
    number: row.number === null ? null : Number(row.number),
    startedAt: row.started_at,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
    scores: row.scores === null ? null : (JSON.parse(row.scores) as CheckupResult),
  };
}

function asResult(response: CheckupResponse): CheckupResultRecord {
  if (response.submittedAt === null || response.number === null || response.scores === null) {
    throw new Error('expected a submitted check-up response');
  }
  return response as CheckupResultRecord;
}

export class CheckupRepository {
  private readonly cipher: Cipher;

  constructor(
    private readonly db: Kysely<Schema>,
    keyring: Keyring,
  ) {
    this.cipher = keyring.cipher(db);
  }

  private async decode(row: Row): Promise<CheckupResponse> {
    return decode(await this.cipher.openRow(sealedCheckupResponse, row));
  }

  private async decodeResults(rows: readonly Row[]): Promise<CheckupResultRecord[]> {
    return (await Promise.all(rows.map((r) => this.decode(r)))).map(asResult);
  }

  // Drafts
  async findDraft(accountId: string, instrumentId: string): Promise<CheckupResponse | undefined> {
    const row = await this.db
      .selectFrom('checkup_response')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('instrument_id', '=', instrumentId)
      .where('submitted_at', 'is', null)
      .executeTakeFirst();
    return row && this.decode(row);
  }

  async insertDraft(draft: { id: string; accountId: string; instrumentId: string; instrumentVersion: number; now: string }): Promise<void> {
    await this.db
      .insertInto('checkup_response')
      .values({
        id: draft.id,
        account_id: draft.accountId,
        instrument_id: draft.instrumentId,
        instrument_version: draft.instrumentVersion,
        couple_id: null,
        number: null,
        started_at: draft.now,
        updated_at: draft.now,
        submitted_at: null,
        scores: null,
      })
      .execute();
  }

  /**
   * Marks a draft as changed; false when it was submitted meanwhile. Inside a transaction this
   * also locks the row on PostgreSQL, so saving and submitting the same draft take turns.
   */
  async touchDraft(id: string, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('checkup_response')
      .set({ updated_at: now })
      .where('id', '=', id)
      .where('submitted_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Saves answers, replacing earlier answers to the same items (autosave); sealed with the key of the response's author. */
  async upsertAnswers(response: Pick<CheckupResponse, 'id' | 'accountId'>, answers: readonly StoredAnswer[], now: string): Promise<void> {
    if (answers.length === 0) return;
    const rows = answers.map((a) => ({ response_id: response.id, item_id: a.itemId, value: String(a.value), answered_at: now }));
    await this.db
      .insertInto('checkup_answer')
      .values(await Promise.all(rows.map((r) => this.cipher.sealRow(sealedCheckupAnswer, r, response.accountId))))
      .onConflict((oc) =>
        oc.columns(['response_id', 'item_id']).doUpdateSet((eb) => ({
          value: eb.ref('excluded.value'),
          answered_at: eb.ref('excluded.answered_at'),
        })),
      )
      .execute();
  }

  async answersOf(responseId: string): Promise<StoredAnswer[]> {
    const rows = await this.db
      .selectFrom('checkup_answer')
      .select(['response_id', 'item_id', 'value'])
      .where('response_id', '=', responseId)
      .orderBy('item_id')
      .execute();
    return (await this.cipher.openRows(sealedCheckupAnswer, rows)).map((r) => ({ itemId: r.item_id, value: Number(r.value) }));
  }

  // Results
  async nextNumber(accountId: string, instrumentId: string): Promise<number> {
    const row = await this.db
      .selectFrom('checkup_response')
      .select((eb) => eb.fn.max('number').as('last'))
      .where('account_id', '=', accountId)
      .where('instrument_id', '=', instrumentId)
      .executeTakeFirst();
    return Number(row?.last ?? 0) + 1;
  }

  /** Turns a draft into a result; false when it was submitted meanwhile. */
  async submit(
    draft: Pick<CheckupResponse, 'id' | 'accountId'>,
    result: { number: number; coupleId: string | null; instrumentVersion: number; scores: CheckupResult; now: string },
  ): Promise<boolean> {
    const { id } = draft;
    const scores = await this.cipher.seal(sealedCheckupResponse, 'scores', { id }, JSON.stringify(result.scores), draft.accountId);
    const updated = await this.db
      .updateTable('checkup_response')
      .set({
        number: result.number,
        couple_id: result.coupleId,
        instrument_version: result.instrumentVersion,
        scores,
        submitted_at: result.now,
        updated_at: result.now,
      })
      .where('id', '=', id)
      .where('submitted_at', 'is', null)
      .executeTakeFirst();
    return Number(updated.numUpdatedRows) === 1;
  }

  async findResult(id: string): Promise<CheckupResultRecord | undefined> {
    const row = await this.db
      .selectFrom('checkup_response')
      .selectAll()
      .where('id', '=', id)
      .where('submitted_at', 'is not', null)
      .executeTakeFirst();
    return row && asResult(await this.decode(row));
  }

  /** The person's results of one instrument, newest first. */
  async resultsOf(accountId: string, instrumentId: string): Promise<CheckupResultRecord[]> {
    const rows = await this.db
      .selectFrom('checkup_response')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('instrument_id', '=', instrumentId)
      .where('submitted_at', 'is not', null)
      .orderBy('number', 'desc')
      .execute();
    return this.decodeResults(rows);
  }

  /**
   * Results of these people that belong to this couple: made while in it, or made alone (before
   * pairing). A result made in another couple is never included. Oldest first per person.
   */
  async coupleResults(accountIds: readonly string[], instrumentId: string, coupleId: string): Promise<CheckupResultRecord[]> {
    const rows = await this.db
      .selectFrom('checkup_response')
      .selectAll()
      .where('account_id', 'in', [...accountIds])
      .where('instrument_id', '=', instrumentId)
      .where('submitted_at', 'is not', null)
      .where((eb) => eb.or([eb('couple_id', '=', coupleId), eb('couple_id', 'is', null)]))
      .orderBy('account_id')
      .orderBy('number')
      .execute();
    return this.decodeResults(rows);
  }
}
