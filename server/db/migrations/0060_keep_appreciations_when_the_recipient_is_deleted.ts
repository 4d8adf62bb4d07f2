import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../database.ts';
import { changeAccountReference } from './foreign-keys.ts';

/**
 * An appreciation is its author's words: deleting the account it was sent to no longer deletes
 * it (docs/privacy.md, section 4). Deleting its author still does.
 */
export function keepAppreciationsWhenTheRecipientIsDeleted({ dialect }: { dialect: Dialect }): Migration {
  return {
    async up(db: Kysely<any>) {
      await changeAccountReference(db, dialect, { table: 'appreciation', column: 'recipient_id', wasNotNull: false, onDelete: 'set null' });
    },
  };
}
