import type { Kysely, Migration } from 'kysely';

/**
 * Tokens, invite codes and calendar addresses made before the instance secret was split into
 * subkeys (server/lib/keys.ts) can no longer be checked or shown. End them cleanly: everyone signs
 * in once more, open invitations are withdrawn, calendar addresses are made anew on request.
 */
export const endSecretsKeyedByTheRawSecret: Migration = {
  async up(db: Kysely<any>) {
    await db.deleteFrom('session').execute();
    await db.deleteFrom('password_reset').execute();
    await db.deleteFrom('signup_request').execute();
    await db.updateTable('invite').set({ revoked_at: new Date().toISOString() }).where('accepted_at', 'is', null).where('revoked_at', 'is', null).execute();
    await db.deleteFrom('calendar_feed').execute();
  },
};
