import type { Kysely } from 'kysely';
import { AFTERMATH_STEPS, type AftermathStepName } from '../../../shared/contracts/aftermath.ts';
import { readableBy, type Viewer, type Visibility } from '../../access/policy.ts';
import type { Database } from '../../db/database.ts';
import type { Schema } from '../../db/schema.ts';
import { aftermathPaused, alreadyRevealed, notFound, notPaired } from '../../http/errors.ts';
import { newId } from '../../lib/crypto.ts';
import type { Clock } from '../../lib/time.ts';
import { iso } from '../../lib/time.ts';
import { MembershipRepository, type Partnership } from '../couples/repository.ts';
import type { EventPublisher } from '../events/bus.ts';
import type { Keyring } from '../keyring/keyring.ts';
import type { SafetyService } from '../safety/service.ts';
import { refuseCrisisLanguage } from '../../lib/crisis-language.ts';
import { AftermathRepository, type Aftermath, type AftermathStep } from './repository.ts';

export interface AftermathDeps {
  database: Database;
  /** Seals and opens what people wrote (docs/privacy.md, "Data at rest"). */
  keyring: Keyring;
  clock: Clock;
  events: EventPublisher;
  safety: Pick<SafetyService, 'statusOf'>;
}

/** What one viewer may see of an Aftermath: their own rows, and the partner's only for revealed steps. */
export interface AftermathForViewer {
  aftermath: Aftermath;
  viewerId: string;
  steps: {
    step: AftermathStepName;
    mine: AftermathStep | null;
    revealed: boolean;
    partnerText?: string;
  }[];
}

/** An Aftermath of a couple that has ended, as one of its two people keeps it: their own steps. */
export interface AftermathBefore {
  aftermath: Aftermath;
  steps: AftermathStep[];
}

export type StartOutcome = { status: 'started'; view: AftermathForViewer } | { status: 'notOffered' };

const coupleOf = (a: Aftermath): Visibility => ({ kind: 'couple', coupleId: a.coupleId });
const ownRow = (s: AftermathStep): Visibility => ({ kind: 'private', ownerId: s.accountId });

/**
 * The Aftermath of a regrettable incident. Each partner writes each step privately; a step is
 * revealed to both only once both have marked it done. Before that, a viewer's answer is built
 * from their own rows alone, so it is the same whether the partner wrote, finished or never
 * started (no counters, no partner timestamps, no event for a private save).
 *
 * Safety: it is not offered to a person whose own safety screen showed a concern. That person's
 * start is answered with solo resources, and every other call answers "not found" to them, so they
 * can add nothing to an Aftermath the partner started. The partner's view depends only on rows
 * that would exist anyway — to them it looks exactly as if the person had not joined yet. The
 * service only ever asks about the viewer's own safety, never the partner's.
 */
export class AftermathService {
  private readonly repo: AftermathRepository;
  private readonly members: MembershipRepository;

  constructor(private readonly deps: AftermathDeps) {
    this.repo = new AftermathRepository(deps.database.db, deps.keyring);
    this.members = new MembershipRepository(deps.database.db);
  }

  async start(accountId: string): Promise<StartOutcome> {
    const membership = await this.members.partnership(accountId);
    const viewer: Viewer = { accountId, coupleId: membership?.coupleId ?? null };
    if (await this.atRisk(viewer)) return { status: 'notOffered' };
    if (!membership) throw notPaired();
    const aftermath: Aftermath = { id: newId(), coupleId: membership.coupleId, startedBy: accountId, paused: false, createdAt: iso(this.deps.clock()) };
    await this.repo.insert(aftermath);
    await this.deps.events.publish([membership.partnerId], { kind: 'aftermathChanged', aftermathId: aftermath.id });
    return { status: 'started', view: this.viewFor(viewer, aftermath, []) };
  }

  async get(accountId: string, id: string): Promise<AftermathForViewer> {
    const { viewer, aftermath } = await this.open(accountId, id);
    return this.viewFor(viewer, aftermath, await this.repo.steps(aftermath.id));
  }

  async list(accountId: string): Promise<Aftermath[]> {
    const membership = await this.members.partnership(accountId);
    if (!membership) return [];
    const viewer = { accountId, coupleId: membership.coupleId };
    if (await this.atRisk(viewer)) return [];
    return (await this.repo.ofCouple(membership.coupleId, 50)).map((a) => readableBy(viewer, a, coupleOf));
  }

  /**
   * My own steps in Aftermaths of a couple that has ended, read-only; never the partner's, even
   * those both had finished (docs/privacy.md, section 4).
   */
  async before(accountId: string): Promise<AftermathBefore[]> {
    const membership = await this.members.partnership(accountId);
    const viewer: Viewer = { accountId, coupleId: membership?.coupleId ?? null };
    return this.ownSteps(viewer, viewer.coupleId);
  }

  /**
   * For the person's export: the couple's Aftermaths as they see them now (their steps, and the
   * partner's revealed ones), and their own steps in every other Aftermath.
   */
  async forExport(accountId: string): Promise<{ current: AftermathForViewer[]; others: AftermathBefore[] }> {
    const current = await Promise.all((await this.list(accountId)).map((a) => this.get(accountId, a.id)));
    const shown = new Set(current.map((v) => v.aftermath.id));
    const others = await this.ownSteps({ accountId, coupleId: current[0]?.aftermath.coupleId ?? null }, null);
    return { current, others: others.filter((o) => !shown.has(o.aftermath.id)) };
  }

  private async ownSteps(viewer: Viewer, exceptCoupleId: string | null): Promise<AftermathBefore[]> {
    const byAftermath = new Map<string, AftermathBefore>();
    for (const { aftermath, step } of await this.repo.ownSteps(viewer.accountId, exceptCoupleId)) {
      const mine = readableBy(viewer, step, ownRow);
      const entry = byAftermath.get(aftermath.id) ?? { aftermath, steps: [] };
      entry.steps.push(mine);
      byAftermath.set(aftermath.id, entry);
    }
    const order = (s: AftermathStep) => AFTERMATH_STEPS.indexOf(s.step);
    return [...byAftermath.values()].map((entry) => ({ ...entry, steps: entry.steps.sort((x, y) => order(x) - order(y)) }));
  }

  async saveStep(accountId: string, input: { aftermathId: string; step: AftermathStepName; text: string; done: boolean }): Promise<AftermathForViewer> {
    const { viewer, aftermath, membership } = await this.open(accountId, input.aftermathId);
    // Before the transaction: the Coach is CPU work, and a step may be revealed to the partner.
    refuseCrisisLanguage({ text: input.text });
    const now = iso(this.deps.clock());
    const revealedNow = await this.deps.database.db.transaction().execute(async (trx: Kysely<Schema>) => {
      const repo = new AftermathRepository(trx, this.deps.keyring);
      const current = await repo.find(aftermath.id);
      if (!current) throw notFound();
      if (current.paused) throw aftermathPaused();
      const rows = (await repo.steps(aftermath.id)).filter((s) => s.step === input.step);
      if (isRevealed(rows, accountId, membership.partnerId)) throw alreadyRevealed();
      await repo.saveStep({ aftermathId: aftermath.id, accountId, step: input.step, text: input.text, done: input.done, updatedAt: now });
      const partnerDone = rows.some((s) => s.accountId === membership.partnerId && s.done);
      return input.done && partnerDone;
    });
    const fresh = (await this.repo.find(aftermath.id)) ?? aftermath;
    // Only a reveal is news for the partner; a private save sends nothing (no timing tells).
    if (revealedNow) await this.deps.events.publish([accountId, membership.partnerId], { kind: 'aftermathChanged', aftermathId: aftermath.id });
    return this.viewFor(viewer, fresh, await this.repo.steps(aftermath.id));
  }

  async setPaused(accountId: string, id: string, paused: boolean): Promise<AftermathForViewer> {
    const { viewer, aftermath, membership } = await this.open(accountId, id);
    if (aftermath.paused !== paused) {
      await this.repo.setPaused(aftermath.id, paused);
      await this.deps.events.publish([membership.partnerId], { kind: 'aftermathChanged', aftermathId: aftermath.id });
    }
    return this.viewFor(viewer, { ...aftermath, paused }, await this.repo.steps(aftermath.id));
  }

  /** The Aftermath if the viewer may take part: their couple's, and they are not at risk. */
  private async open(accountId: string, id: string): Promise<{ viewer: Viewer; aftermath: Aftermath; membership: Partnership }> {
    const membership = await this.members.partnership(accountId);
    const viewer: Viewer = { accountId, coupleId: membership?.coupleId ?? null };
    const aftermath = readableBy(viewer, await this.repo.find(id), coupleOf);
    if (!membership || (await this.atRisk(viewer))) throw notFound();
    return { viewer, aftermath, membership };
  }

  private async atRisk(viewer: Viewer): Promise<boolean> {
    return (await this.deps.safety.statusOf(viewer)).atRisk;
  }

  private viewFor(viewer: Viewer, aftermath: Aftermath, rows: readonly AftermathStep[]): AftermathForViewer {
    const me = viewer.accountId;
    return {
      aftermath,
      viewerId: me,
      steps: AFTERMATH_STEPS.map((step) => {
        const ofStep = rows.filter((r) => r.step === step);
        const mineRow = ofStep.find((r) => r.accountId === me);
        const partnerRow = ofStep.find((r) => r.accountId !== me);
        const mine = mineRow ? readableBy(viewer, mineRow, ownRow) : null;
        const revealed = !!mineRow?.done && !!partnerRow?.done;
        // Revealed steps are the couple's: shown to both. Otherwise the partner's row is not looked at.
        const partnerText = revealed && partnerRow ? readableBy(viewer, partnerRow, () => coupleOf(aftermath)).text : undefined;
        return partnerText === undefined ? { step, mine, revealed } : { step, mine, revealed, partnerText };
      }),
    };
  }
}

function isRevealed(rows: readonly AftermathStep[], me: string, partner: string): boolean {
  return rows.some((r) => r.accountId === me && r.done) && rows.some((r) => r.accountId === partner && r.done);
}
