import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import { decodeDrafted, DraftedRepository, encodeDrafted, type Drafted, type DraftedTable } from '../drafts/repository.ts';
import type { Keyring } from '../keyring/keyring.ts';
import { sealedAppreciation } from './tables.ts';

export interface Appreciation extends Drafted {
  promptId: string | null;
}

type Row = Schema['appreciation'];

const table: DraftedTable<Appreciation, Row> = {
  name: 'appreciation',
  sealed: sealedAppreciation,
  encode: (a) => ({ ...encodeDrafted(a), prompt_id: a.promptId }),
  decode: (row) => ({ ...decodeDrafted(row), promptId: row.prompt_id }),
};

export class AppreciationRepository extends DraftedRepository<Appreciation, Row> {
  constructor(db: Kysely<Schema>, keyring: Keyring) {
    super(db, keyring, table);
  }

  /** Sent-at times of the couple's appreciations in a range, by who wrote them. */
  async sentTimes(coupleId: string, from: string, to: string): Promise<{ authorId: string; sentAt: string }[]> {
    const rows = await this.db
      .selectFrom('appreciation')
      .select(['author_id', 'sent_at'])
      .where('couple_id', '=', coupleId)
      .where('status', '=', 'sent')
      .where('sent_at', '>=', from)
      .where('sent_at', '<', to)
      .execute();
    return rows.map((r) => ({ authorId: r.author_id, sentAt: r.sent_at! }));
  }
}
