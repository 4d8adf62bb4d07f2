import type { Kysely, Migration } from 'kysely';

/**
 * Results shared before consents existed become `resultAnswers` records for the couple they were
 * shared in: the result's own couple, or — for a result made alone — the couple its author is in now.
 */
export const carryResultSharingIntoConsents: Migration = {
  async up(db: Kysely<any>) {
    const rows: { id: string; account_id: string; couple_id: string | null; current_couple: string | null; submitted_at: string }[] = await db
      .selectFrom('checkup_response as r')
      .leftJoin('couple_member as m', (join) => join.onRef('m.account_id', '=', 'r.account_id').on('m.left_at', 'is', null))
      .select(['r.id', 'r.account_id', 'r.couple_id', 'm.couple_id as current_couple', 'r.submitted_at'])
      .where('r.shared', '=', 1)
      .where('r.submitted_at', 'is not', null)
      .execute();
    const now = new Date().toISOString();
    for (const row of rows) {
      const grantee = row.couple_id ?? row.current_couple;
      if (!grantee) continue;
      await db
        .insertInto('consent')
        .values({
          id: crypto.randomUUID(),
          grantor_id: row.account_id,
          audience: 'partner',
          grantee_id: grantee,
          scope: 'resultAnswers',
          resource_id: row.id,
          version: 1,
          decision: 'permit',
          recorded_at: now,
          policy_text: null,
        })
        .execute();
    }
  },
};
