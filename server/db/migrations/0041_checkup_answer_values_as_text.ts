import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../database.ts';
import { atomically } from './atomically.ts';

/**
 * Check-up answers are sealed like every private answer (docs/privacy.md, "Data at rest"), and a
 * sealed value is text: the integer column becomes a text one. SQLite cannot change a column's
 * type, so the table is rebuilt in one transaction; a rerun after an interruption finds the column
 * already text and does nothing.
 */
export function checkupAnswerValuesAsText({ dialect }: { dialect: Dialect }): Migration {
  return {
    async up(db: Kysely<any>) {
      if (dialect === 'postgres') {
        await sql`alter table checkup_answer alter column value type text using value::text`.execute(db);
        return;
      }
      const { rows } = await sql<{ type: string }>`select type from pragma_table_info('checkup_answer') where name = 'value'`.execute(db);
      if (rows[0]?.type.toLowerCase() === 'text') return;
      await atomically(db, async (trx) => {
        await trx.schema
          .createTable('checkup_answer_rebuilt')
          .addColumn('response_id', 'text', (c) => c.notNull().references('checkup_response.id').onDelete('cascade'))
          .addColumn('item_id', 'text', (c) => c.notNull())
          .addColumn('value', 'text', (c) => c.notNull())
          .addColumn('answered_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('checkup_answer_pk', ['response_id', 'item_id'])
          .execute();
        await sql`insert into checkup_answer_rebuilt (response_id, item_id, value, answered_at)
                  select response_id, item_id, cast(value as text), answered_at from checkup_answer`.execute(trx);
        await trx.schema.dropTable('checkup_answer').execute();
        await trx.schema.alterTable('checkup_answer_rebuilt').renameTo('checkup_answer').execute();
      });
    },
  };
}
