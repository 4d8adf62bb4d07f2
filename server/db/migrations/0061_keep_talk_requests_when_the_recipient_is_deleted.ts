import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../database.ts';
import { changeAccountReference } from './foreign-keys.ts';

/**
 * A talk request is its author's words: deleting the account it was sent to no longer deletes it
 * (the recipient's answer goes with them; AccountService clears it). Deleting its author still does.
 */
export function keepTalkRequestsWhenTheRecipientIsDeleted({ dialect }: { dialect: Dialect }): Migration {
  return {
    async up(db: Kysely<any>) {
      await changeAccountReference(db, dialect, { table: 'talk_request', column: 'recipient_id', wasNotNull: false, onDelete: 'set null' });
    },
  };
}
