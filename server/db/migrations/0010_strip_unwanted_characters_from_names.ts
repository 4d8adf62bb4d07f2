import type { Kysely, Migration } from 'kysely';

// Written out here rather than imported, so that this migration keeps doing what it did when it
// was released, whatever later becomes of the contract (shared/contracts/common.ts PersonName).
const UNWANTED = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const BREAKS = /[\p{Cc}\p{Zl}\p{Zp}]+/gu;
const INVISIBLE = /\p{Cf}/gu;

/** A line break becomes a space; invisible and direction-changing characters go. */
export function cleanName(name: string): string {
  return name.replace(BREAKS, ' ').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim().slice(0, 80) || '-';
}

/**
 * Names now refuse control, line-break and format characters. Names stored before are cleaned the
 * same way, so that no page or e-mail shows one. Pending sign-ups with such a name are dropped:
 * their link stops working and the person can sign up again.
 */
export const stripUnwantedCharactersFromNames: Migration = {
  async up(db: Kysely<any>) {
    const unwanted = (name: string) => UNWANTED.test(name);
    const accounts = (await db.selectFrom('account').select(['id', 'name']).execute()) as { id: string; name: string }[];
    for (const a of accounts.filter((row) => unwanted(row.name))) {
      await db.updateTable('account').set({ name: cleanName(a.name) }).where('id', '=', a.id).execute();
    }
    const requests = (await db.selectFrom('signup_request').select(['id', 'name']).execute()) as { id: string; name: string }[];
    const dropped = requests.filter((row) => unwanted(row.name)).map((row) => row.id);
    if (dropped.length) await db.deleteFrom('signup_request').where('id', 'in', dropped).execute();
  },
};
