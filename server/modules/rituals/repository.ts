import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type {} from './tables.ts';

export interface Ritual {
  id: string;
  coupleId: string | null;
  ownerId: string;
  title: string;
  schedule: string;
  timeZone: string;
  startDate: string;
  time: string;
  durationMinutes: number;
  createdAt: string;
  updatedAt: string;
}

export interface Completion {
  ritualId: string;
  date: string;
  completedAt: string;
}

type Row = Schema['ritual'];

export function decodeRitual(row: Row): Ritual {
  return {
    id: row.id,
    coupleId: row.couple_id,
    ownerId: row.owner_id,
    title: row.title,
    schedule: row.schedule,
    timeZone: row.time_zone,
    startDate: row.start_date,
    time: row.start_time,
    durationMinutes: Number(row.duration_minutes),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class RitualRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async insert(r: Ritual): Promise<void> {
    await this.db
      .insertInto('ritual')
      .values({
        id: r.id,
        couple_id: r.coupleId,
        owner_id: r.ownerId,
        title: r.title,
        schedule: r.schedule,
        time_zone: r.timeZone,
        start_date: r.startDate,
        start_time: r.time,
        duration_minutes: r.durationMinutes,
        created_at: r.createdAt,
        updated_at: r.updatedAt,
      })
      .execute();
  }

  async find(id: string): Promise<Ritual | undefined> {
    const row = await this.db.selectFrom('ritual').selectAll().where('id', '=', id).executeTakeFirst();
    return row && decodeRitual(row);
  }

  async update(r: Ritual): Promise<void> {
    await this.db
      .updateTable('ritual')
      .set({
        title: r.title,
        schedule: r.schedule,
        time_zone: r.timeZone,
        start_date: r.startDate,
        start_time: r.time,
        duration_minutes: r.durationMinutes,
        updated_at: r.updatedAt,
      })
      .where('id', '=', r.id)
      .execute();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('ritual').where('id', '=', id).execute();
  }

  /** The couple's rituals and the person's own (made while alone), oldest first. */
  async visibleTo(accountId: string, coupleId: string | null): Promise<Ritual[]> {
    const rows = await this.db
      .selectFrom('ritual')
      .selectAll()
      .where((eb) =>
        eb.or([eb.and([eb('couple_id', 'is', null), eb('owner_id', '=', accountId)]), ...(coupleId ? [eb('couple_id', '=', coupleId)] : [])]),
      )
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(decodeRitual);
  }

  async completions(ritualIds: readonly string[], since: string): Promise<Completion[]> {
    if (ritualIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('ritual_completion')
      .select(['ritual_id', 'date', 'completed_at'])
      .where('ritual_id', 'in', ritualIds)
      .where('date', '>=', since)
      .orderBy('date', 'desc')
      .execute();
    return rows.map((r) => ({ ritualId: r.ritual_id, date: r.date, completedAt: r.completed_at }));
  }

  /** Marks an occurrence done (once: a second mark, from either partner, changes nothing). */
  async complete(ritualId: string, date: string, accountId: string, now: string): Promise<void> {
    await this.db
      .insertInto('ritual_completion')
      .values({ ritual_id: ritualId, date, completed_by: accountId, completed_at: now })
      .onConflict((oc) => oc.columns(['ritual_id', 'date']).doNothing())
      .execute();
  }

  async uncomplete(ritualId: string, date: string): Promise<void> {
    await this.db.deleteFrom('ritual_completion').where('ritual_id', '=', ritualId).where('date', '=', date).execute();
  }

  // Calendar feeds

  async feedOf(accountId: string): Promise<{ tokenSealed: string } | undefined> {
    const row = await this.db.selectFrom('calendar_feed').select('token_sealed').where('account_id', '=', accountId).executeTakeFirst();
    return row && { tokenSealed: row.token_sealed };
  }

  async feedOwner(tokenHash: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('calendar_feed').select('account_id').where('token_hash', '=', tokenHash).executeTakeFirst();
    return row?.account_id;
  }

  /** Replaces the person's feed address (the old one stops working at once). */
  async saveFeed(accountId: string, tokenHash: string, tokenSealed: string, now: string): Promise<void> {
    await this.db
      .insertInto('calendar_feed')
      .values({ account_id: accountId, token_hash: tokenHash, token_sealed: tokenSealed, created_at: now })
      .onConflict((oc) => oc.column('account_id').doUpdateSet({ token_hash: tokenHash, token_sealed: tokenSealed, created_at: now }))
      .execute();
  }

  async deleteFeed(accountId: string): Promise<void> {
    await this.db.deleteFrom('calendar_feed').where('account_id', '=', accountId).execute();
  }
}
