import type { Kysely } from 'kysely';
import { AFTERMATH_STEPS, type AftermathStepName } from '../../../shared/contracts/aftermath.ts';
import type { Schema } from '../../db/schema.ts';
import type { Cipher, Keyring } from '../keyring/keyring.ts';
import { sealedAftermathStep } from './tables.ts';

export interface Aftermath {
  id: string;
  coupleId: string;
  startedBy: string | null;
  paused: boolean;
  createdAt: string;
}

export interface AftermathStep {
  aftermathId: string;
  accountId: string;
  step: AftermathStepName;
  text: string;
  done: boolean;
  updatedAt: string;
}

const STEPS = new Set<string>(AFTERMATH_STEPS);

const decode = (row: Schema['aftermath']): Aftermath => ({
  id: row.id,
  coupleId: row.couple_id,
  startedBy: row.started_by,
  paused: row.paused === 1,
  createdAt: row.created_at,
});

const decodeStep = (r: Schema['aftermath_step']): AftermathStep => ({
  aftermathId: r.aftermath_id,
  accountId: r.account_id,
  step: r.step as AftermathStepName,
  text: r.text,
  done: Number(r.done) === 1,
  updatedAt: r.updated_at,
});

export class AftermathRepository {
  private readonly cipher: Cipher;

  constructor(
    private readonly db: Kysely<Schema>,
    keyring: Keyring,
  ) {
    this.cipher = keyring.cipher(db);
  }

  async insert(a: Aftermath): Promise<void> {
    await this.db
      .insertInto('aftermath')
      .values({ id: a.id, couple_id: a.coupleId, started_by: a.startedBy, paused: a.paused ? 1 : 0, created_at: a.createdAt })
      .execute();
  }

  async find(id: string): Promise<Aftermath | undefined> {
    const row = await this.db.selectFrom('aftermath').selectAll().where('id', '=', id).executeTakeFirst();
    return row && decode(row);
  }

  async ofCouple(coupleId: string, limit: number): Promise<Aftermath[]> {
    const rows = await this.db
      .selectFrom('aftermath')
      .selectAll()
      .where('couple_id', '=', coupleId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(decode);
  }

  async setPaused(id: string, paused: boolean): Promise<void> {
    await this.db.updateTable('aftermath').set({ paused: paused ? 1 : 0 }).where('id', '=', id).execute();
  }

  /** Every row of the Aftermath; the service decides what each viewer may see. */
  async steps(aftermathId: string): Promise<AftermathStep[]> {
    const rows = await this.db.selectFrom('aftermath_step').selectAll().where('aftermath_id', '=', aftermathId).execute();
    const known = rows.filter((r) => STEPS.has(r.step));
    return (await this.cipher.openRows(sealedAftermathStep, known)).map(decodeStep);
  }

  /** The person's own rows in every Aftermath (but those of `exceptCoupleId`), newest Aftermath first. */
  async ownSteps(accountId: string, exceptCoupleId: string | null): Promise<{ aftermath: Aftermath; step: AftermathStep }[]> {
    let query = this.db
      .selectFrom('aftermath_step')
      .innerJoin('aftermath', 'aftermath.id', 'aftermath_step.aftermath_id')
      .selectAll('aftermath_step')
      .select(['aftermath.couple_id', 'aftermath.started_by', 'aftermath.paused', 'aftermath.created_at'])
      .where('aftermath_step.account_id', '=', accountId);
    if (exceptCoupleId) query = query.where('aftermath.couple_id', '!=', exceptCoupleId);
    const rows = await query.orderBy('aftermath.created_at', 'desc').orderBy('aftermath.id', 'desc').execute();
    const opened = await this.cipher.openRows(sealedAftermathStep, rows.filter((r) => STEPS.has(r.step)));
    return opened.map((r) => ({
      aftermath: decode({ id: r.aftermath_id, couple_id: r.couple_id, started_by: r.started_by, paused: r.paused, created_at: r.created_at }),
      step: decodeStep(r),
    }));
  }

  /** Writes the person's row of a step (insert or replace). */
  async saveStep(s: AftermathStep): Promise<void> {
    const row = await this.cipher.sealRow(sealedAftermathStep, {
      aftermath_id: s.aftermathId,
      account_id: s.accountId,
      step: s.step,
      text: s.text,
      done: s.done ? 1 : 0,
      updated_at: s.updatedAt,
    });
    await this.db
      .insertInto('aftermath_step')
      .values(row)
      .onConflict((oc) => oc.columns(['aftermath_id', 'account_id', 'step']).doUpdateSet({ text: row.text, done: row.done, updated_at: s.updatedAt }))
      .execute();
  }
}
