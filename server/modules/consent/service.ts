import type { ConsentScope, SetConsentBody } from '../../../shared/contracts/consent.ts';
import { grants, jointlyGranted, SCOPE_RULES, type Choice } from '../../access/consent.ts';
import type { Viewer } from '../../access/policy.ts';
import type { Database } from '../../db/database.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { consentBusy, invalidField, notFound, notPaired } from '../../http/errors.ts';
import { newId } from '../../lib/crypto.ts';
import type { Clock } from '../../lib/time.ts';
import { iso } from '../../lib/time.ts';
import { MembershipRepository } from '../couples/repository.ts';
import { ConsentRepository, type ConsentRecord } from './repository.ts';

export interface ConsentDeps {
  database: Database;
  clock: Clock;
}

/** One of my choices as I see it, with whether sharing is in force. */
export interface ConsentState {
  scope: ConsentScope;
  audience: 'partner' | 'counselor';
  linkId: string | null;
  granted: boolean;
  effective: boolean;
  since: string | null;
}

const PARTNER_SCOPES = (Object.keys(SCOPE_RULES) as (keyof typeof SCOPE_RULES)[]).filter(
  (scope): scope is ConsentScope => scope !== 'resultAnswers' && SCOPE_RULES[scope].audience === 'partner',
);

const choiceOf = (record: ConsentRecord | undefined): Choice | undefined => record && { granted: record.granted, since: record.recordedAt };

/**
 * Consent, one model for partner and counselor (docs/privacy.md, section 2). Every choice is a new
 * record; what is in force is read afresh on every request, so a withdrawal counts at once.
 * A choice for the partner belongs to the couple it was made in: a new couple starts with none.
 */
export class ConsentService {
  private readonly repo: ConsentRepository;
  private readonly members: MembershipRepository;

  constructor(private readonly deps: ConsentDeps) {
    this.repo = new ConsentRepository(deps.database.db);
    this.members = new MembershipRepository(deps.database.db);
  }

  /** My choices for every scope I can choose now (none for a partner while alone). */
  async list(viewer: Viewer): Promise<ConsentState[]> {
    const couple = await this.couple(viewer);
    if (!couple) return [];
    return Promise.all(PARTNER_SCOPES.map((scope) => this.stateOf(viewer.accountId, couple, scope)));
  }

  async set(viewer: Viewer, input: SetConsentBody): Promise<ConsentState> {
    const rule = SCOPE_RULES[input.scope];
    if (rule.audience !== input.audience) {
      throw invalidField('audience', 'errors.consentAudience');
    }
    if (input.audience === 'counselor') {
      // No case link is ever another person's to name: until one exists for the viewer, it is not found.
      if (input.linkId === undefined) throw invalidField('linkId', 'validation.required');
      throw notFound();
    }
    if (input.linkId !== undefined) throw invalidField('linkId', 'errors.consentNoLink');
    const couple = await this.couple(viewer);
    if (!couple) throw notPaired();
    await this.record(viewer.accountId, { audience: 'partner', granteeId: couple.coupleId, scope: input.scope, resourceId: null }, input.granted);
    return this.stateOf(viewer.accountId, couple, input.scope);
  }

  /** Every choice I made, newest first (the history I can read back). */
  history(viewer: Viewer): Promise<ConsentRecord[]> {
    return this.repo.historyOf(viewer.accountId);
  }

  /** Whether a joint partner scope is in force for the viewer's couple now. */
  async inForce(viewer: Viewer, scope: ConsentScope): Promise<boolean> {
    const couple = await this.couple(viewer);
    if (!couple) return false;
    const members = [viewer.accountId, couple.partnerId];
    const newest = await this.repo.newest({ audience: 'partner', granteeId: couple.coupleId, scope }, members);
    return jointlyGranted(members, new Map(newest.map((r) => [r.grantorId, { granted: r.granted, since: r.recordedAt }])));
  }

  /** Records the viewer's choice to let the partner see (or no longer see) one result's answers. */
  async setResultAnswers(viewer: Viewer, resultId: string, granted: boolean): Promise<void> {
    const couple = await this.couple(viewer);
    if (!couple) throw notPaired();
    await this.record(viewer.accountId, { audience: 'partner', granteeId: couple.coupleId, scope: 'resultAnswers', resourceId: resultId }, granted);
  }

  /** Which of these results of one person have their answers open to that person's couple. */
  async sharedResults(grantorId: string, coupleId: string | null, resultIds: readonly string[]): Promise<Set<string>> {
    if (!coupleId || resultIds.length === 0) return new Set();
    const newest = await this.repo.newest({ audience: 'partner', granteeId: coupleId, scope: 'resultAnswers', resourceIds: resultIds }, [grantorId]);
    return new Set(newest.filter((r) => grants(choiceOf(r))).map((r) => r.resourceId!));
  }

  private async stateOf(accountId: string, couple: { coupleId: string; partnerId: string }, scope: ConsentScope): Promise<ConsentState> {
    const members = [accountId, couple.partnerId];
    const newest = await this.repo.newest({ audience: 'partner', granteeId: couple.coupleId, scope }, members);
    const choices = new Map(newest.map((r) => [r.grantorId, choiceOf(r)!]));
    const mine = choices.get(accountId);
    return {
      scope,
      audience: 'partner',
      linkId: null,
      granted: grants(mine),
      effective: SCOPE_RULES[scope].joint ? jointlyGranted(members, choices) : grants(mine),
      since: mine?.since ?? null,
    };
  }

  private async record(grantorId: string, subject: Omit<ConsentRecord, 'id' | 'grantorId' | 'version' | 'granted' | 'recordedAt' | 'policyText'>, granted: boolean): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await this.deps.database.db.transaction().execute((trx) =>
          new ConsentRepository(trx).append({ id: newId(), grantorId, ...subject, granted, recordedAt: iso(this.deps.clock()), policyText: null }),
        );
        return;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
    throw consentBusy();
  }

  private async couple(viewer: Viewer): Promise<{ coupleId: string; partnerId: string } | undefined> {
    if (!viewer.coupleId) return undefined;
    const membership = await this.members.partnership(viewer.accountId);
    return membership && membership.coupleId === viewer.coupleId ? membership : undefined;
  }
}
