import { loadPromptBanks } from '../../../shared/content/prompts/bank.ts';
import type { Database } from '../../db/database.ts';
import { invalidField } from '../../http/errors.ts';
import type { Clock } from '../../lib/time.ts';
import type { Cursor } from '../drafts/repository.ts';
import { DraftsToPartner, type Box } from '../drafts/service.ts';
import type { EventPublisher } from '../events/bus.ts';
import type { Keyring } from '../keyring/keyring.ts';
import { AppreciationRepository, type Appreciation } from './repository.ts';

export interface AppreciationsDeps {
  database: Database;
  /** Seals and opens what people wrote (docs/privacy.md, "Data at rest"). */
  keyring: Keyring;
  clock: Clock;
  events: EventPublisher;
}

export type { Box };

/**
 * Appreciations: sent to the partner's wall, or kept as a private draft "for later" (what a person
 * alone can do on Today, and anyone may do). Crisis language is not looked at here (the Coach
 * reads talk requests, not thanks). A couple's wall is the couple's; after it ends, each keeps
 * what they wrote and received on it, read-only (`before`), and a later partner never sees it.
 */
export class AppreciationService {
  private readonly drafts: DraftsToPartner<Appreciation>;
  private readonly promptIds = new Set(loadPromptBanks().appreciation.map((p) => p.id));

  constructor(deps: AppreciationsDeps) {
    this.drafts = new DraftsToPartner(deps, (db) => new AppreciationRepository(db, deps.keyring));
  }

  send(accountId: string, input: { text: string; promptId?: string; draftId?: string }): Promise<Appreciation> {
    this.checkPrompt(input.promptId);
    return this.drafts.send(
      accountId,
      input,
      (base) => ({ ...base, promptId: input.promptId ?? null }),
      (sent) => ({ kind: 'appreciationReceived', appreciationId: sent.id }),
    );
  }

  saveDraft(accountId: string, input: { text: string; promptId?: string }): Promise<Appreciation> {
    this.checkPrompt(input.promptId);
    return this.drafts.saveDraft(accountId, input.text, (base) => ({ ...base, promptId: input.promptId ?? null }));
  }

  deleteDraft(accountId: string, id: string): Promise<void> {
    return this.drafts.deleteDraft(accountId, id);
  }

  async list(accountId: string, box: Box, cursor: string | undefined, limit: number): Promise<{ items: Appreciation[]; nextCursor: string | null }> {
    const after = cursor === undefined ? undefined : decodeCursor(cursor);
    const rows = await this.drafts.list(accountId, box, after, limit + 1);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeCursor({ at: (box === 'drafts' ? last.createdAt : last.sentAt) ?? '', id: last.id }) : null };
  }

  private checkPrompt(promptId: string | undefined): void {
    if (promptId !== undefined && !this.promptIds.has(promptId)) throw invalidField('promptId', 'errors.promptUnknown');
  }
}

export const encodeCursor = (c: Cursor): string => Buffer.from(`${c.at}|${c.id}`, 'utf8').toString('base64url');

export function decodeCursor(text: string): Cursor {
  const [at, id, extra] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  if (!at || !id || extra !== undefined || !/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(at) || id.length > 64) {
    throw invalidField('cursor', 'errors.cursorInvalid');
  }
  return { at, id };
}
