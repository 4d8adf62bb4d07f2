import type { LoveMapTopic } from '../../../shared/content/lovemap/bank.ts';
import type { AppreciationKind, PromptDimension } from '../../../shared/content/prompts/bank.ts';
import type { Viewer } from '../../access/policy.ts';
import { isNotFound } from '../../http/errors.ts';

/**
 * Where Today leans: the Connection Check-up's dimensions (product.md, "five dynamics" and the
 * forgotten four) mapped to love-map topics, connection-prompt dimensions and appreciation kinds
 * that help with them. Items that match a growth area weigh GROWTH_WEIGHT times as much.
 */
export const GROWTH_WEIGHT = 3;

export interface Leaning {
  topics: readonly LoveMapTopic[];
  prompts: readonly PromptDimension[];
  appreciations: readonly AppreciationKind[];
}

export const LEANINGS: Readonly<Record<string, Leaning>> = {
  // Naming one's own feelings and learning the partner's view of them.
  blueprints: { topics: ['feelings', 'values'], prompts: ['friendship'], appreciations: [] },
  // The map each was given: family, the people who shaped them.
  roots: { topics: ['history', 'people'], prompts: ['fondness'], appreciations: [] },
  // A culture of appreciation, above all for efforts that fell short.
  failureLoop: { topics: ['feelings', 'worries'], prompts: ['fondness'], appreciations: ['effort'] },
  // Knowing each other's inner world again: love maps, everyday bids.
  sideBySide: { topics: ['dailyLife', 'worries', 'hopes'], prompts: ['friendship'], appreciations: ['moment'] },
  // Rebuilding the forgotten four, warm memories.
  conflictFatigue: { topics: ['joys', 'history'], prompts: ['friendship', 'fondness', 'playfulness', 'sharedMeaning'], appreciations: ['quality'] },
  friendship: { topics: ['joys', 'dailyLife'], prompts: ['friendship'], appreciations: ['moment'] },
  fondness: { topics: ['history', 'joys'], prompts: ['fondness'], appreciations: ['quality'] },
  playfulness: { topics: ['joys', 'dreams'], prompts: ['playfulness'], appreciations: ['moment'] },
  sharedMeaning: { topics: ['values', 'dreams', 'hopes'], prompts: ['sharedMeaning'], appreciations: [] },
};

/** The union of the leanings of these check-up dimension keys (unknown keys lean nowhere). */
export function leaningOf(growthAreas: readonly string[]): { topics: Set<string>; prompts: Set<string>; appreciations: Set<string> } {
  const lean = { topics: new Set<string>(), prompts: new Set<string>(), appreciations: new Set<string>() };
  for (const key of growthAreas) {
    const l = LEANINGS[key];
    if (!l) continue;
    l.topics.forEach((x) => lean.topics.add(x));
    l.prompts.forEach((x) => lean.prompts.add(x));
    l.appreciations.forEach((x) => lean.appreciations.add(x));
  }
  return lean;
}

/**
 * The growth areas Today leans toward. For a couple: only what the couple report shows to both
 * (the dimensions BOTH partners' latest results see as room to grow), never one partner's own
 * result — the shared picks must not hint at a private result. For a person alone: their own.
 */
export interface GrowthAreaSource {
  ofCouple(viewer: Viewer): Promise<string[]>;
  ofPerson(viewer: Viewer): Promise<string[]>;
}

/** The subset of the check-up service that Today and Progress read. */
export interface CheckupReader {
  coupleReport(viewer: Viewer): Promise<{
    comparison: { growthAreas: readonly string[] };
    history: readonly { at: string; mine: { scores: ScoresLike }; partner: { scores: ScoresLike } }[];
  }>;
  listResults(viewer: Viewer): Promise<{
    instrument: { dimensions: readonly { key: string; kind: string }[] };
    results: readonly { record: { submittedAt: string }; scores: ScoresLike }[];
  }>;
}

export interface ScoresLike {
  dimensions: readonly { key: string; score: number; outlook: string }[];
}

/** Growth areas read from the check-up module; none while there is no (couple) result. */
export class CheckupGrowthAreas implements GrowthAreaSource {
  constructor(private readonly checkup: CheckupReader | undefined) {}

  async ofCouple(viewer: Viewer): Promise<string[]> {
    if (!this.checkup || !viewer.coupleId) return [];
    try {
      return [...(await this.checkup.coupleReport(viewer)).comparison.growthAreas];
    } catch (error) {
      if (isNotFound(error)) return [];
      throw error;
    }
  }

  async ofPerson(viewer: Viewer): Promise<string[]> {
    if (!this.checkup) return [];
    const { results } = await this.checkup.listResults(viewer);
    const latest = results[0];
    return latest ? latest.scores.dimensions.filter((d) => d.outlook === 'growth').map((d) => d.key) : [];
  }
}
