import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../database.ts';
import { changeAccountReference } from './foreign-keys.ts';

/**
 * Deleting the account that started an Aftermath deleted the Aftermath, and with it the
 * partner's steps. Now the Aftermath stays (its starter unknown) with the partner's steps; the
 * deleted person's own steps still go with them (docs/privacy.md, section 4).
 */
export function keepAftermathsWhenTheirStarterIsDeleted({ dialect }: { dialect: Dialect }): Migration {
  return {
    async up(db: Kysely<any>) {
      await changeAccountReference(db, dialect, { table: 'aftermath', column: 'started_by', wasNotNull: true, onDelete: 'set null' });
    },
  };
}
