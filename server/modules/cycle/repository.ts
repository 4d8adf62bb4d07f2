import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { Cipher, Keyring } from '../keyring/keyring.ts';
import { sealedCycleSide } from './tables.ts';

export type Stance = 'pursue' | 'withdraw' | 'both';

export interface CycleSide {
  id: string;
  scopeId: string;
  coupleId: string | null;
  accountId: string;
  version: number;
  stance: Stance | null;
  myMoves: string[];
  feelingsUnderneath: string;
  fears: string;
  longings: string;
  createdAt: string;
}

const STANCES = new Set(['pursue', 'withdraw', 'both']);

function decodeMoves(text: string): string[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((m): m is string => typeof m === 'string') : [];
  } catch {
    return [];
  }
}

function decode(row: Schema['cycle_map_version']): CycleSide {
  return {
    id: row.id,
    scopeId: row.scope_id,
    coupleId: row.couple_id,
    accountId: row.account_id,
    version: Number(row.version),
    stance: row.stance && STANCES.has(row.stance) ? (row.stance as Stance) : null,
    myMoves: decodeMoves(row.my_moves),
    feelingsUnderneath: row.feelings_underneath,
    fears: row.fears,
    longings: row.longings,
    createdAt: row.created_at,
  };
}

export class CycleMapRepository {
  private readonly cipher: Cipher;

  constructor(
    private readonly db: Kysely<Schema>,
    keyring: Keyring,
  ) {
    this.cipher = keyring.cipher(db);
  }

  /** Every version of one person's side in a scope, newest first. */
  async versions(scopeId: string, accountId: string, limit = 100): Promise<CycleSide[]> {
    const rows = await this.db
      .selectFrom('cycle_map_version')
      .selectAll()
      .where('scope_id', '=', scopeId)
      .where('account_id', '=', accountId)
      .orderBy('version', 'desc')
      .limit(limit)
      .execute();
    return (await this.cipher.openRows(sealedCycleSide, rows)).map(decode);
  }

  /** Every version the person saved, in every scope (alone and in each couple), newest first. */
  async versionsBy(accountId: string): Promise<CycleSide[]> {
    const rows = await this.db
      .selectFrom('cycle_map_version')
      .selectAll()
      .where('account_id', '=', accountId)
      .orderBy('created_at', 'desc')
      .orderBy('version', 'desc')
      .execute();
    return (await this.cipher.openRows(sealedCycleSide, rows)).map(decode);
  }

  async latest(scopeId: string, accountId: string): Promise<CycleSide | undefined> {
    return (await this.versions(scopeId, accountId, 1))[0];
  }

  /** Inserts the next version; the unique index turns a race between two devices into an error the service retries. */
  async insertNext(side: Omit<CycleSide, 'version'>): Promise<CycleSide> {
    const last = await this.db
      .selectFrom('cycle_map_version')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('scope_id', '=', side.scopeId)
      .where('account_id', '=', side.accountId)
      .executeTakeFirst();
    const version = Number(last?.v ?? 0) + 1;
    const row = {
      id: side.id,
      scope_id: side.scopeId,
      couple_id: side.coupleId,
      account_id: side.accountId,
      version,
      stance: side.stance,
      my_moves: JSON.stringify(side.myMoves),
      feelings_underneath: side.feelingsUnderneath,
      fears: side.fears,
      longings: side.longings,
      created_at: side.createdAt,
    };
    await this.db.insertInto('cycle_map_version').values(await this.cipher.sealRow(sealedCycleSide, row)).execute();
    return { ...side, version };
  }
}
