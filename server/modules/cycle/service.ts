import { readableBy, type Viewer, type Visibility } from '../../access/policy.ts';
import type { Database } from '../../db/database.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { cycleBusy, notPaired } from '../../http/errors.ts';
import { newId } from '../../lib/crypto.ts';
import type { Clock } from '../../lib/time.ts';
import { iso } from '../../lib/time.ts';
import { MembershipRepository, type Partnership } from '../couples/repository.ts';
import type { EventPublisher } from '../events/bus.ts';
import type { Keyring } from '../keyring/keyring.ts';
import { refuseCrisisLanguage } from '../../lib/crisis-language.ts';
import { CycleMapRepository, type CycleSide, type Stance } from './repository.ts';

export interface CycleDeps {
  database: Database;
  /** Seals and opens what people wrote (docs/privacy.md, "Data at rest"). */
  keyring: Keyring;
  clock: Clock;
  events: EventPublisher;
}

export interface CycleMapForViewer {
  mine: CycleSide | null;
  /** Only when both have mapped their side in this couple. */
  partner?: CycleSide;
}

export interface CycleVersionsForViewer {
  mine: CycleSide[];
  partner?: CycleSide[];
}

type SideInput = Pick<CycleSide, 'stance' | 'myMoves' | 'feelingsUnderneath' | 'fears' | 'longings'>;

const own = (s: CycleSide): Visibility => ({ kind: 'private', ownerId: s.accountId });
const shared = (s: CycleSide): Visibility => (s.coupleId ? { kind: 'couple', coupleId: s.coupleId } : own(s));

/**
 * The pursue–withdraw CycleMap. Each person maps their own side (every save is a new version);
 * a side is private until both partners of the couple have mapped theirs, then both sides (and
 * their versions) are the couple's. Before that the partner's side is simply absent, whether or
 * not they started. A person alone maps their side in their own scope; that side stays theirs
 * when they pair (shown to them alone) until they include it in the couple's map, and is theirs
 * again after leaving (docs/privacy.md, section 4).
 */
export class CycleMapService {
  private readonly repo: CycleMapRepository;
  private readonly members: MembershipRepository;

  constructor(private readonly deps: CycleDeps) {
    this.repo = new CycleMapRepository(deps.database.db, deps.keyring);
    this.members = new MembershipRepository(deps.database.db);
  }

  async get(accountId: string): Promise<CycleMapForViewer> {
    const { viewer, membership, scopeId } = await this.scope(accountId);
    const inScope = await this.repo.latest(scopeId, accountId);
    const mine = inScope ?? (membership ? await this.repo.latest(accountId, accountId) : undefined);
    const result: CycleMapForViewer = { mine: mine ? readableBy(viewer, mine, own) : null };
    // The partner's side only once mine is in the couple's map too; a side kept from before never opens it.
    if (inScope && membership) {
      const partner = await this.repo.latest(scopeId, membership.partnerId);
      if (partner) result.partner = readableBy(viewer, partner, shared);
    }
    return result;
  }

  async versions(accountId: string): Promise<CycleVersionsForViewer> {
    const { viewer, membership, scopeId } = await this.scope(accountId);
    const inScope = await this.repo.versions(scopeId, accountId);
    const mine = (inScope.length > 0 || !membership ? inScope : await this.repo.versions(accountId, accountId)).map((s) => readableBy(viewer, s, own));
    const result: CycleVersionsForViewer = { mine };
    if (inScope.length > 0 && membership) {
      const partner = await this.repo.versions(scopeId, membership.partnerId);
      if (partner.length > 0) result.partner = partner.map((s) => readableBy(viewer, s, shared));
    }
    return result;
  }

  /** For the person's export: every version of their own, and the partner's that they may see now. */
  async forExport(accountId: string): Promise<{ mine: CycleSide[]; partner: CycleSide[] }> {
    const { viewer } = await this.scope(accountId);
    const mine = (await this.repo.versionsBy(accountId)).map((s) => readableBy(viewer, s, own));
    return { mine, partner: (await this.versions(accountId)).partner ?? [] };
  }

  async save(accountId: string, input: { myMoves: string[]; stance?: Stance; feelingsUnderneath: string; fears: string; longings: string }): Promise<CycleMapForViewer> {
    return this.store(accountId, { ...input, stance: input.stance ?? null });
  }

  /**
   * Puts the side I mapped alone into my couple's map, as my next version there. From then on
   * the usual rule holds: my partner sees it once they have mapped theirs.
   */
  async include(accountId: string): Promise<CycleMapForViewer> {
    const { viewer, membership } = await this.scope(accountId);
    if (!membership) throw notPaired();
    const found = await this.repo.latest(accountId, accountId);
    const alone = readableBy(viewer, found, own);
    return this.store(accountId, alone);
  }

  private async store(accountId: string, input: SideInput): Promise<CycleMapForViewer> {
    // A side is shown to the partner once both have mapped (the rules may have grown since a side kept from before was saved).
    refuseCrisisLanguage({
      ...Object.fromEntries(input.myMoves.map((m, i) => [`myMoves.${i}`, m])),
      feelingsUnderneath: input.feelingsUnderneath,
      fears: input.fears,
      longings: input.longings,
    });
    const { membership, scopeId } = await this.scope(accountId);
    const side = {
      id: newId(),
      scopeId,
      coupleId: membership?.coupleId ?? null,
      accountId,
      stance: input.stance,
      myMoves: input.myMoves,
      feelingsUnderneath: input.feelingsUnderneath,
      fears: input.fears,
      longings: input.longings,
      createdAt: iso(this.deps.clock()),
    };
    for (let attempt = 0; ; attempt++) {
      try {
        await this.repo.insertNext({ ...side, id: attempt === 0 ? side.id : newId() });
        break;
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 2) throw isUniqueViolation(error) ? cycleBusy() : error;
      }
    }
    const view = await this.get(accountId);
    // The partner hears of it only once both sides are shared (a private first save sends nothing).
    if (membership && view.partner) await this.deps.events.publish([membership.partnerId], { kind: 'cycleMapChanged' });
    return view;
  }

  private async scope(accountId: string): Promise<{ viewer: Viewer; membership: Partnership | undefined; scopeId: string }> {
    const membership = await this.members.partnership(accountId);
    return { viewer: { accountId, coupleId: membership?.coupleId ?? null }, membership, scopeId: membership?.coupleId ?? accountId };
  }
}
