import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { Weekday } from '../../../shared/contracts/dates.ts';
import { decodeRitual, type Ritual } from '../rituals/repository.ts';
import type {} from '../rituals/tables.ts';
import type {} from './tables.ts';

export interface ReminderSettings {
  accountId: string;
  enabled: boolean;
  days: Weekday[];
  time: string;
  timeZone: string;
  quietStart: string;
  quietEnd: string;
  rituals: boolean;
}

type Row = Schema['reminder_settings'];

function decode(row: Row): ReminderSettings {
  return {
    accountId: row.account_id,
    enabled: Number(row.enabled) === 1,
    days: JSON.parse(row.days) as Weekday[],
    time: row.time,
    timeZone: row.time_zone,
    quietStart: row.quiet_start,
    quietEnd: row.quiet_end,
    rituals: Number(row.rituals) === 1,
  };
}

export class ReminderRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async settingsOf(accountId: string): Promise<ReminderSettings | undefined> {
    const row = await this.db.selectFrom('reminder_settings').selectAll().where('account_id', '=', accountId).executeTakeFirst();
    return row && decode(row);
  }

  async save(s: ReminderSettings, now: string): Promise<void> {
    const values = {
      enabled: s.enabled ? 1 : 0,
      days: JSON.stringify(s.days),
      time: s.time,
      time_zone: s.timeZone,
      quiet_start: s.quietStart,
      quiet_end: s.quietEnd,
      rituals: s.rituals ? 1 : 0,
      updated_at: now,
    };
    await this.db
      .insertInto('reminder_settings')
      .values({ account_id: s.accountId, ...values })
      .onConflict((oc) => oc.column('account_id').doUpdateSet(values))
      .execute();
  }

  /** Everyone with reminders on (the planner's list). */
  async enabled(): Promise<ReminderSettings[]> {
    const rows = await this.db.selectFrom('reminder_settings').selectAll().where('enabled', '=', 1).execute();
    return rows.map(decode);
  }

  /** For each person with ritual reminders on: the rituals they see (their couple's and their own). */
  async ritualsToRemind(): Promise<{ accountId: string; ritual: Ritual }[]> {
    const rows = await this.db
      .selectFrom('reminder_settings as s')
      .innerJoin('ritual as r', (join) =>
        join.on((eb) =>
          eb.or([
            eb.and([eb('r.couple_id', 'is', null), eb('r.owner_id', '=', eb.ref('s.account_id'))]),
            eb(
              'r.couple_id',
              'in',
              eb.selectFrom('couple_member as m').select('m.couple_id').whereRef('m.account_id', '=', 's.account_id').where('m.left_at', 'is', null),
            ),
          ]),
        ),
      )
      .selectAll('r')
      .select('s.account_id as recipient')
      .where('s.enabled', '=', 1)
      .where('s.rituals', '=', 1)
      .execute();
    return rows.map((row) => ({ accountId: row.recipient, ritual: decodeRitual(row) }));
  }

  async contactOf(accountId: string): Promise<{ email: string; locale: string } | undefined> {
    return this.db.selectFrom('account').select(['email', 'locale']).where('id', '=', accountId).executeTakeFirst();
  }

  async ritual(id: string): Promise<Ritual | undefined> {
    const row = await this.db.selectFrom('ritual').selectAll().where('id', '=', id).executeTakeFirst();
    return row && decodeRitual(row);
  }
}
