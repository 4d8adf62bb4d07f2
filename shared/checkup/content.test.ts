import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  BUILTIN_INSTRUMENTS_DIR,
  EXERCISES_FILE,
  RESOURCES_DIR,
  SAFETY_SCREEN_FILE,
  loadExercises,
  loadInstruments,
  loadResources,
  loadSafetyScreen,
} from './load.ts';
import { exerciseReferenceProblems } from './exercises.ts';
import { parseInstrument, bandFor } from './instrument.ts';
import { allStrings, sentences } from './testing.ts';
import { scoreCheckup } from './scoring.ts';

const instruments = loadInstruments();
const checkup = instruments.find((i) => i.id === 'connection-checkup')!;
const catalog = loadExercises();
const screen = loadSafetyScreen();
const resources = loadResources();

const DYNAMICS = ['blueprints', 'roots', 'failureLoop', 'sideBySide', 'conflictFatigue'];
const STRENGTHS = ['friendship', 'fondness', 'playfulness', 'sharedMeaning'];

describe('the built-in Connection Check-up', () => {
  it('loads and validates', () => {
    expect(checkup).toBeDefined();
    expect(checkup.locales).toEqual(['en']);
  });

  it('has the nine dimensions with the exact keys and kinds', () => {
    expect(checkup.dimensions.map((d) => d.key)).toEqual([...DYNAMICS, ...STRENGTHS]);
    for (const d of checkup.dimensions) expect(d.kind).toBe(DYNAMICS.includes(d.key) ? 'dynamic' : 'strength');
  });

  it('has 4 to 6 items per dimension, at least 36 in all, and a reverse item in each', () => {
    expect(checkup.items.length).toBeGreaterThanOrEqual(36);
    for (const d of checkup.dimensions) {
      const items = checkup.items.filter((i) => i.dimension === d.key);
      expect(items.length, d.key).toBeGreaterThanOrEqual(4);
      expect(items.length, d.key).toBeLessThanOrEqual(6);
      expect(items.some((i) => i.reverse), `${d.key} needs a reverse item`).toBe(true);
      expect(items.some((i) => !i.reverse), `${d.key} needs a forward item`).toBe(true);
    }
  });

  it('uses one 5-point agreement scale from "strongly disagree" to "strongly agree"', () => {
    const scales = new Set(checkup.items.map((i) => i.scale));
    expect([...scales]).toEqual(['agreement']);
    const scale = checkup.scales.agreement!;
    expect([scale.min, scale.max]).toEqual([1, 5]);
    expect(scale.labels[0]!.text.en).toMatch(/strongly disagree/i);
    expect(scale.labels[4]!.text.en).toMatch(/strongly agree/i);
  });

  it('takes about ten minutes, and its intro gives the true number of statements', () => {
    expect(checkup.estimatedMinutes).toBe(10);
    // About 10–15 seconds a statement.
    expect(checkup.items.length * 12).toBeLessThanOrEqual(11 * 60);
    const stated = /(\d+) short statements/.exec(checkup.texts.intro.en!)?.[1];
    expect(Number(stated)).toBe(checkup.items.length);
  });

  it('says honestly what it is', () => {
    const { intro, disclaimer } = checkup.texts;
    expect(disclaimer.en).toMatch(/Hearth wrote/);
    expect(disclaimer.en).toMatch(/not a validated clinical test/);
    expect(disclaimer.en).toMatch(/not a diagnosis/);
    expect(disclaimer.en).toMatch(/counselor or therapist/);
    expect(intro.en).toMatch(/no right or wrong answers/);
  });

  it('has three bands per dimension that cover 0–100 without gaps or overlaps', () => {
    for (const d of checkup.dimensions) {
      const bands = checkup.bands[d.key]!;
      expect(bands.map((b) => b.key), d.key).toEqual(d.kind === 'dynamic' ? ['small', 'some', 'large'] : ['growing', 'steady', 'strong']);
      for (let score = 0; score <= 100; score++) {
        expect(bands.filter((b) => score >= b.min && score <= b.max), `${d.key} at ${score}`).toHaveLength(1);
      }
    }
    for (let score = 0; score <= 100; score++) {
      expect(checkup.overall.bands.filter((b) => score >= b.min && score <= b.max)).toHaveLength(1);
    }
  });

  it('reads "growth" the same way for dynamics and strengths', () => {
    for (const d of checkup.dimensions) {
      const high = bandFor(checkup.bands[d.key]!, 100).outlook;
      const low = bandFor(checkup.bands[d.key]!, 0).outlook;
      expect([low, high], d.key).toEqual(d.kind === 'dynamic' ? ['strength', 'growth'] : ['growth', 'strength']);
    }
  });

  it('interprets every band in two or three sentences and names one to three exercises that exist', () => {
    const known = new Set(catalog.exercises.map((e) => e.id));
    for (const [key, bands] of Object.entries(checkup.bands)) {
      for (const band of bands) {
        const n = sentences(band.interpretation.en!).length;
        expect(n, `${key}/${band.key}`).toBeGreaterThanOrEqual(2);
        expect(n, `${key}/${band.key}`).toBeLessThanOrEqual(3);
        expect(band.exercises.length).toBeGreaterThanOrEqual(1);
        expect(band.exercises.length).toBeLessThanOrEqual(3);
        for (const id of band.exercises) expect(known.has(id), `${key}/${band.key}: ${id}`).toBe(true);
      }
    }
    for (const band of checkup.overall.bands) {
      expect(sentences(band.interpretation.en!).length).toBeGreaterThanOrEqual(2);
      expect(sentences(band.interpretation.en!).length).toBeLessThanOrEqual(3);
    }
    expect(exerciseReferenceProblems(checkup, catalog)).toEqual([]);
  });

  it('offers something a person can do alone in every band', () => {
    const solo = new Set(catalog.exercises.filter((e) => !e.joint).map((e) => e.id));
    for (const [key, bands] of Object.entries(checkup.bands)) {
      for (const band of bands) expect(band.exercises.some((id) => solo.has(id)), `${key}/${band.key}`).toBe(true);
    }
  });
});

describe('the exercise catalog', () => {
  const byId = new Map(catalog.exercises.map((e) => [e.id, e]));

  it('has 15 to 25 exercises, each helping known dimensions', () => {
    expect(catalog.exercises.length).toBeGreaterThanOrEqual(15);
    expect(catalog.exercises.length).toBeLessThanOrEqual(25);
    const keys = new Set(checkup.dimensions.map((d) => d.key));
    for (const e of catalog.exercises) for (const d of e.dimensions) expect(keys.has(d), `${e.id}: ${d}`).toBe(true);
  });

  it('covers the topics of the model', () => {
    for (const id of [
      'my-blueprint',
      'partner-blueprint',
      'family-map',
      'gentle-start-up',
      'listening-without-defending',
      'appreciation-notes',
      'love-map-questions',
      'turning-toward-bids',
      'undivided-attention',
      'aftermath',
      'break-plan',
      'calming-when-flooded',
      'friends-hour',
      'our-story',
      'play-together',
      'rituals-of-connection',
      'cycle-map',
    ]) {
      expect(byId.has(id), id).toBe(true);
    }
  });

  it('has a solo-friendly exercise for every dimension, and one safe to suggest when someone may be at risk', () => {
    for (const d of checkup.dimensions) {
      expect(catalog.exercises.some((e) => !e.joint && e.dimensions.includes(d.key)), d.key).toBe(true);
    }
    expect(catalog.exercises.filter((e) => e.okWhenAtRisk).length).toBeGreaterThanOrEqual(4);
  });

  it('marks conflict work as joint and never suggests joint work when at risk', () => {
    expect(catalog.exercises.some((e) => e.kind === 'conflict')).toBe(true);
    for (const e of catalog.exercises) {
      if (e.kind === 'conflict') expect(e.joint, e.id).toBe(true);
      if (e.joint) expect(e.okWhenAtRisk, e.id).toBe(false);
    }
  });

  it('summarises each exercise in one or two sentences', () => {
    for (const e of catalog.exercises) {
      const n = sentences(e.summary.en!).length;
      expect(n, e.id).toBeGreaterThanOrEqual(1);
      expect(n, e.id).toBeLessThanOrEqual(2);
    }
  });
});

describe('the safety screen and resources', () => {
  it('has 6 to 8 items covering fear, harm, threats, money, phone, friends and sexual coercion', () => {
    expect(screen.items.length).toBeGreaterThanOrEqual(6);
    expect(screen.items.length).toBeLessThanOrEqual(8);
    const topics = new Set(screen.items.map((i) => i.topic));
    for (const t of ['fear', 'physicalHarm', 'threats', 'money', 'monitoring', 'isolation', 'sexualCoercion']) {
      expect(topics.has(t as never), t).toBe(true);
    }
    expect(screen.texts.safeNow.title.en).toBe('Is it safe to answer right now?');
    expect(screen.texts.safeNow.quickExitNote.en).toMatch(/Quick exit/);
    expect(screen.texts.screen.privacy.en).toMatch(/never sees/);
    expect(screen.texts.screen.privacy.en).toMatch(/whether you answered/);
  });

  it('lists the US emergency and crisis lines', () => {
    const us = resources.get('en-US')!;
    const flat = JSON.stringify(us);
    expect(flat).toContain('"911"');
    expect(flat).toContain('1-800-799-7233');
    expect(flat).toContain('88788');
    expect(flat).toContain('START');
    expect(flat).toContain('thehotline.org');
    const lifeline = us.resources.find((r) => r.kinds.includes('suicide'))!;
    expect(lifeline.contacts.map((c) => c.type).sort()).toEqual(['phone', 'text', 'url']);
    expect(lifeline.contacts.filter((c) => c.type !== 'url').every((c) => JSON.stringify(c).includes('988'))).toBe(true);
    const kinds = new Set(us.resources.flatMap((r) => r.kinds));
    expect([...kinds].sort()).toEqual(['counseling', 'emergency', 'suicide', 'violence']);
  });

  it('has a generic fallback that points to local emergency services', () => {
    const en = resources.get('en')!;
    expect(en.resources.some((r) => r.kinds.includes('emergency') && /local emergency/i.test(r.description))).toBe(true);
  });
});

describe('wording', () => {
  const NOT_PROSE =
    /(^|\.)(id|key|kind|kinds(\[\d+\])?|dimension|dimensions(\[\d+\])?|scale|topic|outlook|locale|locales(\[\d+\])?|url|method|rounding|type|dial|number|exercises(\[\d+\])?|soloAlternative|\$schema)$/;
  const files: [string, unknown][] = [
    ['instrument', JSON.parse(readFileSync(`${BUILTIN_INSTRUMENTS_DIR}/connection-checkup.json`, 'utf8'))],
    ['exercises', JSON.parse(readFileSync(EXERCISES_FILE, 'utf8'))],
    ['safety screen', JSON.parse(readFileSync(SAFETY_SCREEN_FILE, 'utf8'))],
    ['en-US resources', JSON.parse(readFileSync(`${RESOURCES_DIR}/en-US.json`, 'utf8'))],
    ['en resources', JSON.parse(readFileSync(`${RESOURCES_DIR}/en.json`, 'utf8'))],
  ];
  const texts = files.flatMap(([name, data]) =>
    allStrings(data)
      // Only what a person reads: skip ids, keys, enums, numbers and links.
      .filter(({ path }) => !NOT_PROSE.test(path))
      .map((t) => ({ ...t, path: `${name}: ${t.path}` })),
  );

  it('finds texts to check', () => {
    expect(texts.length).toBeGreaterThan(150);
  });

  it('uses no gendered words and assumes no marriage or religion', () => {
    const gendered = /\b(he|she|him|her|his|hers|himself|herself|husband|wife|boyfriend|girlfriend|man|woman|marriage|married|spouse|wedding|church|god|pray|prayer)\b/i;
    for (const { path, text } of texts) expect(text, path).not.toMatch(gendered);
  });

  it('invites rather than instructs', () => {
    for (const { path, text } of texts) expect(text, path).not.toMatch(/\byou (should|must|need to|have to)\b/i);
  });

  it('never uses "Practice" for an exercise (it names a counseling practice)', () => {
    for (const { path, text } of texts) expect(text, path).not.toMatch(/\bpractis|\bpractice/i);
  });

  it('writes check-up items from one\'s own experience, briefly, with no "always" or "never"', () => {
    for (const item of checkup.items) {
      const text = item.text.en!;
      expect(text, item.id).not.toMatch(/\b(always|never)\b/i);
      expect(text, item.id).toMatch(/\b(I|I'm|me|my|we|us|our)\b/i);
      expect(text, item.id).not.toMatch(/^(you|my partner (is|does|doesn't|won't|can't))\b/i);
      expect(text.split(/\s+/).length, item.id).toBeLessThanOrEqual(20);
    }
  });

  it('keeps safety items free of "always" and "never" too', () => {
    for (const item of screen.items) expect(item.text.en, item.id).not.toMatch(/\b(always|never)\b/i);
  });
});

describe('docs/instruments.md', () => {
  it('has an example that validates', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../docs/instruments.md', import.meta.url)), 'utf8');
    const match = /<!-- example:start -->\s*```json\n([\s\S]*?)```\s*<!-- example:end -->/.exec(doc);
    expect(match, 'the example block').not.toBeNull();
    const example = parseInstrument(JSON.parse(match![1]!), 'docs example');
    expect(exerciseReferenceProblems(example, catalog)).toEqual([]);
    // The worked example below the block.
    const result = scoreCheckup(example, [
      { itemId: 'p1', value: 4 },
      { itemId: 'p2', value: 2 },
      { itemId: 'c1', value: 2 },
      { itemId: 'c2', value: 4 },
    ]);
    expect(result.dimensions.map((d) => d.score)).toEqual([75, 25]);
    expect(result.overall.score).toBe(75);
  });
});
