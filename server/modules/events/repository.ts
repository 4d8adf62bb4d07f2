import { sql, type Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';

/** NOTIFY through the pool (PostgreSQL only; on SQLite events stay in the process). */
export class EventRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async notify(channel: string, payload: string): Promise<void> {
    await sql`select pg_notify(${channel}, ${payload})`.execute(this.db);
  }
}
