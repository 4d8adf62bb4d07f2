import type { Kysely, Selectable } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { ConsentTable } from './tables.ts';

export interface ConsentRecord {
  id: string;
  grantorId: string;
  audience: 'partner' | 'counselor';
  granteeId: string;
  scope: string;
  /** null for a scope chosen as a whole. */
  resourceId: string | null;
  version: number;
  granted: boolean;
  recordedAt: string;
  policyText: string | null;
}

/** What one choice is about: everything but the grantor, the decision and the time. */
export interface ConsentSubject {
  audience: 'partner' | 'counselor';
  granteeId: string;
  scope: string;
  resourceId: string | null;
}

const decode = (row: Selectable<ConsentTable>): ConsentRecord => ({
  id: row.id,
  grantorId: row.grantor_id,
  audience: row.audience === 'counselor' ? 'counselor' : 'partner',
  granteeId: row.grantee_id,
  scope: row.scope,
  resourceId: row.resource_id === '' ? null : row.resource_id,
  version: Number(row.version),
  granted: row.decision === 'permit',
  recordedAt: row.recorded_at,
  policyText: row.policy_text,
});

/** Consent records are only ever added; the newest version of a choice is the one in force. */
export class ConsentRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  /**
   * Adds a choice as the next version of its subject. Two devices choosing at once may compute
   * the same version: the unique index refuses the second, which the caller retries.
   */
  async append(record: Omit<ConsentRecord, 'version'>): Promise<ConsentRecord> {
    const resource = record.resourceId ?? '';
    const last = await this.db
      .selectFrom('consent')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('grantee_id', '=', record.granteeId)
      .where('scope', '=', record.scope)
      .where('audience', '=', record.audience)
      .where('resource_id', '=', resource)
      .where('grantor_id', '=', record.grantorId)
      .executeTakeFirst();
    const version = Number(last?.version ?? 0) + 1;
    await this.db
      .insertInto('consent')
      .values({
        id: record.id,
        grantor_id: record.grantorId,
        audience: record.audience,
        grantee_id: record.granteeId,
        scope: record.scope,
        resource_id: resource,
        version,
        decision: record.granted ? 'permit' : 'deny',
        recorded_at: record.recordedAt,
        policy_text: record.policyText,
      })
      .execute();
    return { ...record, version };
  }

  /** The newest record of each of these grantors (and, for a per-item scope, of each resource). */
  async newest(subject: Omit<ConsentSubject, 'resourceId'> & { resourceIds?: readonly string[] }, grantorIds: readonly string[]): Promise<ConsentRecord[]> {
    if (grantorIds.length === 0 || subject.resourceIds?.length === 0) return [];
    let query = this.db
      .selectFrom('consent')
      .selectAll()
      .where('grantee_id', '=', subject.granteeId)
      .where('scope', '=', subject.scope)
      .where('audience', '=', subject.audience)
      .where('grantor_id', 'in', [...grantorIds]);
    query = subject.resourceIds ? query.where('resource_id', 'in', [...subject.resourceIds]) : query.where('resource_id', '=', '');
    const rows = await query.orderBy('version', 'desc').execute();
    const newest = new Map<string, ConsentRecord>();
    for (const row of rows) {
      const key = `${row.grantor_id}|${row.resource_id}`;
      if (!newest.has(key)) newest.set(key, decode(row));
    }
    return [...newest.values()];
  }

  /** Every choice the person made, newest first (choices of one instant in a fixed order, the same on both databases). */
  async historyOf(grantorId: string): Promise<ConsentRecord[]> {
    const rows = await this.db
      .selectFrom('consent')
      .selectAll()
      .where('grantor_id', '=', grantorId)
      .orderBy('recorded_at', 'desc')
      .orderBy('version', 'desc')
      .orderBy('scope')
      .orderBy('resource_id')
      .orderBy('grantee_id')
      .execute();
    return rows.map(decode);
  }
}
