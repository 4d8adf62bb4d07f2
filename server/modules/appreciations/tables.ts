import type { DraftedColumns } from '../drafts/repository.ts';
import type { SealedTable } from '../keyring/repository.ts';

/** Table types of appreciations (migration 0003), merged into the shared `Schema`. */
export interface AppreciationTable extends DraftedColumns {
  prompt_id: string | null;
}

/**
 * Drafts and sent appreciations alike are sealed with the author's data key: deleting the author's
 * account shreds them, and after leaving both still read what they keep (docs/decisions.md).
 */
export const sealedAppreciation: SealedTable = { table: 'appreciation', key: ['id'], columns: { text: 'author_id' } };

declare module '../../db/schema.ts' {
  interface Schema {
    appreciation: AppreciationTable;
  }
}
