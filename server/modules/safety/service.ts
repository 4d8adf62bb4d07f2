import { readableBy, type Viewer } from '../../access/policy.ts';
import { assessSafety, type SafetyScreen, type SafetyStatus } from '../../../shared/checkup/index.ts';
import type { Database } from '../../db/database.ts';
import { badRequest } from '../../http/errors.ts';
import { newId } from '../../lib/crypto.ts';
import type { Clock } from '../../lib/time.ts';
import { iso } from '../../lib/time.ts';
import type { Keyring } from '../keyring/keyring.ts';
import { SafetyRepository, type SafetyRecord } from './repository.ts';

export interface SafetyDeps {
  database: Database;
  /** Seals and opens the person's answers (docs/privacy.md, "Data at rest"). */
  keyring: Keyring;
  clock: Clock;
  screen: SafetyScreen;
}

export interface SafetyState {
  answered: boolean;
  atRisk: boolean;
  complete: boolean;
  answeredAt: string | null;
}

const own = (r: SafetyRecord) => ({ kind: 'private' as const, ownerId: r.accountId });

/**
 * The private SafetyScreen. Every method takes the viewer and reads only the viewer's own
 * answers; nothing here is ever asked about anyone else, so what a partner is shown can never
 * depend on it (product.md, "Safety").
 */
export class SafetyService {
  private readonly repo: SafetyRepository;

  constructor(private readonly deps: SafetyDeps) {
    this.repo = new SafetyRepository(deps.database.db, deps.keyring);
  }

  get screen(): SafetyScreen {
    return this.deps.screen;
  }

  /** Applies the content's rule (skipped items count as nothing) and keeps only these answers. */
  async submit(viewer: Viewer, answers: readonly { itemId: string; value: number }[]): Promise<SafetyState> {
    const { screen } = this.deps;
    const items = new Set(screen.items.map((i) => i.id));
    const fields: Record<string, string> = {};
    const seen = new Set<string>();
    answers.forEach((answer, i) => {
      if (!items.has(answer.itemId)) fields[`answers.${i}.itemId`] = 'errors.unknownItem';
      else if (seen.has(answer.itemId)) fields[`answers.${i}.itemId`] = 'errors.answeredTwice';
      else if (answer.value < screen.scale.min || answer.value > screen.scale.max) fields[`answers.${i}.value`] = 'errors.answerOutOfRange';
      seen.add(answer.itemId);
    });
    if (Object.keys(fields).length > 0) throw badRequest('invalid_input', 'errors.invalidInput', fields);

    const assessment = assessSafety(screen, answers);
    const record: SafetyRecord = {
      id: newId(),
      accountId: viewer.accountId,
      screenId: screen.id,
      screenVersion: screen.version,
      answers: answers.map((a) => ({ itemId: a.itemId, value: a.value })),
      atRisk: assessment.atRisk,
      complete: assessment.complete,
      answeredAt: iso(this.deps.clock()),
    };
    await this.repo.save(record);
    return { answered: true, atRisk: record.atRisk, complete: record.complete, answeredAt: record.answeredAt };
  }

  /** The viewer's own latest state; "not answered" when they skipped the screen. */
  async stateOf(viewer: Viewer): Promise<SafetyState> {
    const found = await this.repo.findOf(viewer.accountId);
    if (!found) return { answered: false, atRisk: false, complete: false, answeredAt: null };
    const record = readableBy(viewer, found, own);
    return { answered: true, atRisk: record.atRisk, complete: record.complete, answeredAt: record.answeredAt };
  }

  /** What the suggestion filter needs for the viewer (and only ever for the viewer). */
  async statusOf(viewer: Viewer): Promise<SafetyStatus> {
    return { atRisk: (await this.stateOf(viewer)).atRisk };
  }
}
