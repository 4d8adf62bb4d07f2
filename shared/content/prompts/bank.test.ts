import { describe, expect, it } from 'vitest';
import enCatalog from '../../locales/en/prompts.json' with { type: 'json' };
import {
  APPRECIATION_KINDS,
  CONNECTION_KINDS,
  PROMPT_DIMENSIONS,
  PromptsCatalogSchema,
  appreciationTextKey,
  catalogProblems,
  connectionTextKey,
  dailyConnectionPrompt,
  loadPromptBanks,
  parsePromptBanks,
  type ConnectionPrompt,
} from './bank.ts';

const banks = loadPromptBanks();
const catalog = PromptsCatalogSchema.parse(enCatalog);

interface Text {
  where: string;
  text: string;
}

const connectionTexts: Text[] = banks.connection.map((p) => ({
  where: `${p.id} text`,
  text: catalog.connection[p.id]?.text ?? '',
}));
const soloTexts: Text[] = banks.connection.map((p) => ({
  where: `${p.id} solo`,
  text: catalog.connection[p.id]?.solo ?? '',
}));
const appreciationTexts: Text[] = banks.appreciation.map((p) => ({
  where: p.id,
  text: catalog.appreciation[p.id] ?? '',
}));
const everyText = [...connectionTexts, ...soloTexts, ...appreciationTexts];

function countBy<T, K extends string>(items: readonly T[], key: (item: T) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** Lower-case words without punctuation; apostrophes kept inside words ("you'd"). */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^a-z0-9']+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
}

describe('bank data', () => {
  it('has enough connection prompts overall and in every dimension and kind', () => {
    expect(banks.connection.length).toBeGreaterThanOrEqual(170);
    const byDimension = countBy(banks.connection, (p) => p.dimension);
    for (const dimension of PROMPT_DIMENSIONS) {
      expect(byDimension.get(dimension) ?? 0, dimension).toBeGreaterThanOrEqual(35);
    }
    const byKind = countBy(banks.connection, (p) => p.kind);
    for (const kind of CONNECTION_KINDS) {
      expect(byKind.get(kind) ?? 0, kind).toBeGreaterThanOrEqual(12);
    }
  });

  it('has prompts for one partner alone as well as for both', () => {
    expect(banks.connection.some((p) => p.together)).toBe(true);
    expect(banks.connection.some((p) => !p.together)).toBe(true);
  });

  it('has enough appreciation prompts of every kind', () => {
    expect(banks.appreciation.length).toBeGreaterThanOrEqual(60);
    const byKind = countBy(banks.appreciation, (p) => p.kind);
    for (const kind of APPRECIATION_KINDS) {
      expect(byKind.get(kind) ?? 0, kind).toBeGreaterThanOrEqual(18);
    }
  });

  it('uses unique ids', () => {
    const ids = [...banks.connection, ...banks.appreciation].map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('rejects a bank with a duplicate id or an unknown field', () => {
    const one = { id: 'cp-001', dimension: 'fondness', kind: 'game', together: true };
    expect(() => parsePromptBanks({ connection: [one, one], appreciation: [{ id: 'ap-001', kind: 'effort' }] })).toThrow(
      /duplicate prompt id cp-001/,
    );
    expect(() =>
      parsePromptBanks({ connection: [{ ...one, extra: 1 }], appreciation: [{ id: 'ap-001', kind: 'effort' }] }),
    ).toThrow();
    expect(() =>
      parsePromptBanks({ connection: [{ ...one, dimension: 'romance' }], appreciation: [{ id: 'ap-001', kind: 'effort' }] }),
    ).toThrow();
  });

  it('returns frozen banks', () => {
    expect(Object.isFrozen(banks.connection)).toBe(true);
    expect(Object.isFrozen(banks.connection[0])).toBe(true);
    expect(loadPromptBanks()).toBe(banks);
  });
});

describe('en catalog', () => {
  it('has text and solo text for every prompt, and no text without a prompt', () => {
    expect(catalogProblems(banks, catalog)).toEqual([]);
  });

  it('notices missing and orphaned texts', () => {
    const broken = structuredClone(catalog);
    delete broken.connection['cp-001'];
    broken.appreciation['ap-999'] = 'Orphan';
    expect(catalogProblems(banks, broken)).toEqual([
      'connection cp-001: no text in catalog',
      'appreciation ap-999: text in catalog but no such prompt',
    ]);
  });

  it('builds i18n keys that resolve in the catalog', () => {
    const first = banks.connection[0]!;
    const resolve = (key: string): unknown =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalog);
    expect(resolve(connectionTextKey(first.id))).toBe(catalog.connection[first.id]?.text);
    expect(resolve(connectionTextKey(first.id, 'solo'))).toBe(catalog.connection[first.id]?.solo);
    expect(resolve(appreciationTextKey(banks.appreciation[0]!.id))).toBe(catalog.appreciation[banks.appreciation[0]!.id]);
  });

  it('keeps connection texts within 200 characters and appreciation texts within 140', () => {
    const tooLong = [
      ...[...connectionTexts, ...soloTexts].filter((t) => t.text.length > 200),
      ...appreciationTexts.filter((t) => t.text.length > 140),
    ].map((t) => `${t.where} (${t.text.length}): ${t.text}`);
    expect(tooLong).toEqual([]);
  });

  it('has tidy text: trimmed, single spaces, ending in punctuation', () => {
    const untidy = everyText
      .filter((t) => t.text !== t.text.trim() || /\s{2,}/.test(t.text) || !/[.?!:…"”]$/.test(t.text))
      .map((t) => `${t.where}: ${JSON.stringify(t.text)}`);
    expect(untidy).toEqual([]);
  });

  it('assumes nothing about gender, marriage, children, religion or drinking', () => {
    const assuming = [
      'he', "he's", "he'd", 'she', "she's", "she'd", 'him', 'her', 'his', 'hers', 'himself', 'herself',
      'husband', 'husbands', 'wife', 'wives', 'boyfriend', 'boyfriends', 'girlfriend', 'girlfriends',
      'mother', 'mothers', 'father', 'fathers', 'mom', 'moms', 'mum', 'mums', 'dad', 'dads',
      'marriage', 'married', 'marry', 'wedding', 'spouse', 'church', 'god', 'pray', 'prayer',
      'kid', 'kids', 'child', 'children', 'baby', 'babies',
      'wine', 'beer', 'drink', 'drinks', 'drinking', 'alcohol', 'cocktail', 'cocktails', 'bar', 'pub',
    ];
    const hits = everyText
      .flatMap((t) => words(t.text).filter((w) => assuming.includes(w)).map((w) => `${t.where}: "${w}" in ${t.text}`));
    expect(hits).toEqual([]);
  });

  it('assumes no car, garden, walking ability or sex', () => {
    const assuming = [
      'car', 'cars', 'drive', 'driving', 'garden', 'yard', 'backyard',
      'walk', 'walks', 'walking', 'hike', 'hikes', 'hiking', 'run', 'running', 'jog', 'jogging',
      'sex', 'sexy', 'bedroom',
    ];
    const hits = everyText
      .flatMap((t) => words(t.text).filter((w) => assuming.includes(w)).map((w) => `${t.where}: "${w}" in ${t.text}`));
    expect(hits).toEqual([]);
  });

  it('invites rather than instructs', () => {
    const bossy = everyText
      .filter((t) => /\byou (should|must|need to|have to|ought to)\b/i.test(t.text))
      .map((t) => `${t.where}: ${t.text}`);
    expect(bossy).toEqual([]);
    const invitation = /\?|\b(you might|how about|try|maybe|you could|what if)\b/i;
    const flat = [...connectionTexts, ...soloTexts].filter((t) => !invitation.test(t.text)).map((t) => `${t.where}: ${t.text}`);
    expect(flat).toEqual([]);
  });

  it('keeps solo variants doable alone', () => {
    const joint = soloTexts
      .filter((t) => /\b(each other|take turns|each of you|both of you)\b/i.test(t.text))
      .map((t) => `${t.where}: ${t.text}`);
    expect(joint).toEqual([]);
  });

  it('uses short sentences', () => {
    const long = everyText
      .flatMap((t) => t.text.split(/[.?!;:…]+/).map((s) => ({ ...t, count: words(s).length })))
      .filter((s) => s.count > 25)
      .map((s) => `${s.where} (${s.count} words): ${s.text}`);
    expect(long).toEqual([]);
  });

  it('has no near-duplicates (word Jaccard similarity below 0.8)', () => {
    const pools: Text[][] = [[...connectionTexts, ...soloTexts], appreciationTexts];
    const close: string[] = [];
    for (const pool of pools) {
      const sets = pool.map((t) => new Set(words(t.text)));
      for (let i = 0; i < pool.length; i++) {
        for (let j = i + 1; j < pool.length; j++) {
          const similarity = jaccard(sets[i]!, sets[j]!);
          if (similarity >= 0.8) close.push(`${pool[i]!.where} ~ ${pool[j]!.where} (${similarity.toFixed(2)})`);
        }
      }
    }
    expect(close).toEqual([]);
  });

  it('names every dimension and kind', () => {
    for (const dimension of PROMPT_DIMENSIONS) expect(catalog.dimensions[dimension]).toBeTruthy();
    for (const kind of CONNECTION_KINDS) expect(catalog.kinds[kind]).toBeTruthy();
    for (const kind of APPRECIATION_KINDS) expect(catalog.appreciationKinds[kind]).toBeTruthy();
  });
});

describe('dailyConnectionPrompt', () => {
  const bank = banks.connection;

  function isoDay(start: string, offset: number): string {
    return new Date(Date.parse(`${start}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
  }

  it('is deterministic for a couple and a day', () => {
    const a = dailyConnectionPrompt(bank, { seed: 'couple-1', date: '2025-03-14' });
    const b = dailyConnectionPrompt(bank, { seed: 'couple-1', date: '2025-03-14' });
    expect(a).toBe(b);
  });

  it('shows every prompt once before any repeats', () => {
    // Find the start of a cycle: the day number is a multiple of the bank size.
    const epochDay = Math.ceil(Date.parse('2025-01-01T00:00:00Z') / 86_400_000 / bank.length) * bank.length;
    const start = new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
    const seen = new Set<ConnectionPrompt>();
    for (let i = 0; i < bank.length; i++) seen.add(dailyConnectionPrompt(bank, { seed: 'couple-2', date: isoDay(start, i) }));
    expect(seen.size).toBe(bank.length);
  });

  it('gives different couples different orders', () => {
    const week = (seed: string) =>
      Array.from({ length: 7 }, (_, i) => dailyConnectionPrompt(bank, { seed, date: isoDay('2025-06-01', i) }).id);
    expect(week('couple-a')).not.toEqual(week('couple-b'));
  });

  it('rejects dates that are not calendar dates', () => {
    expect(() => dailyConnectionPrompt(bank, { seed: 'x', date: '2025-02-30' })).toThrow(RangeError);
    expect(() => dailyConnectionPrompt(bank, { seed: 'x', date: 'today' })).toThrow(RangeError);
    expect(() => dailyConnectionPrompt([], { seed: 'x', date: '2025-02-01' })).toThrow(RangeError);
  });
});
