import fc from 'fast-check';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import catalog from '../../locales/en/lovemap.json' with { type: 'json' };
import {
  LOVE_MAP_DEPTHS,
  LOVE_MAP_TOPICS,
  OPT_OUT_KEY,
  RETIRED_LOVE_MAP_IDS,
  depthLabel,
  loadLoveMapBank,
  parseLoveMapBank,
  questionText,
  questionsFor,
  soloText,
  topicLabel,
  type LoveMapDepth,
} from './bank.ts';

const bank = loadLoveMapBank();
const questionTexts: Record<string, string> = catalog.questions;
const soloTexts: Record<string, string> = catalog.solo;

/** Share of each depth, in percent, and how far it may stray. */
const DEPTH_TARGETS: Record<LoveMapDepth, number> = { light: 45, deeper: 35, deep: 20 };
const DEPTH_TOLERANCE = 7;

/** Words the brief rules out: they assume gender, marriage, children or religion. */
const FORBIDDEN_WORDS = [
  'he', 'she', 'him', 'her', 'his', 'hers', 'husband', 'wife', 'boyfriend', 'girlfriend',
  'mother', 'father', 'mom', 'dad', 'marriage', 'married', 'church', 'god', 'kids', 'children',
];
/**
 * Hearth's own additions, from the product brief: nothing may assume a kind family, siblings,
 * a job, money, health, faith or a wedding. ("child" stays allowed: "when you were a child".)
 */
const ASSUMING_WORDS = [
  'man', 'men', 'woman', 'women', 'boy', 'boys', 'girl', 'girls', 'guy', 'guys', 'lady', 'ladies',
  'himself', 'herself', 'mum', 'mommy', 'daddy', 'parent', 'parents', 'son', 'daughter',
  'brother', 'sister', 'sibling', 'siblings', 'grandma', 'grandpa', 'grandparent', 'grandparents',
  'aunt', 'uncle', 'spouse', 'wedding', 'fiance', 'fiancee', 'pregnant', 'baby', 'babies', 'kid',
  'pray', 'prayer', 'faith', 'heaven', 'religion', 'religious', 'bible',
  'money', 'salary', 'paycheck', 'rich', 'debt', 'afford', 'job', 'boss', 'coworker', 'office',
  'sick', 'illness', 'doctor', 'diet', 'weight', 'sex', 'sexy', 'drunk', 'alcohol', 'wine', 'beer',
];
const bannedPattern = (words: readonly string[]) => new RegExp(`\\b(${words.join('|')})\\b`, 'i');
const FORBIDDEN = bannedPattern(FORBIDDEN_WORDS);
const ASSUMING = bannedPattern(ASSUMING_WORDS);

const MAX_QUESTION_CHARS = 120;
const MAX_QUESTION_WORDS = 20;
const MAX_SOLO_CHARS = 160;
const NEAR_DUPLICATE = 0.8;

/** Lower-case words, apostrophes dropped, a plain plural "s" trimmed ("friends" = "friend"). */
function normalisedWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
  return new Set(words);
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared / (a.size + b.size - shared);
}

function nearDuplicates(texts: readonly string[], threshold: number): string[] {
  const sets = texts.map(normalisedWords);
  const found: string[] = [];
  for (let i = 0; i < texts.length; i += 1) {
    for (let j = i + 1; j < texts.length; j += 1) {
      const score = jaccard(sets[i]!, sets[j]!);
      if (score >= threshold) found.push(`${score.toFixed(2)}: "${texts[i]}" ~ "${texts[j]}"`);
    }
  }
  return found;
}

const allQuestionTexts = bank.questions.map((q) => questionTexts[q.id] ?? '');
const allSoloTexts = bank.solo.map((p) => soloTexts[p.id] ?? '');

describe('love-map question bank: shape', () => {
  it('has at least 320 questions', () => {
    expect(bank.questions.length).toBeGreaterThanOrEqual(320);
  });

  it('has at least 25 questions in every topic', () => {
    for (const topic of LOVE_MAP_TOPICS) {
      expect(questionsFor({ topic }).length, topic).toBeGreaterThanOrEqual(25);
    }
  });

  it('keeps each depth within 7 points of its target share', () => {
    for (const depth of LOVE_MAP_DEPTHS) {
      const share = (100 * questionsFor({ depth }).length) / bank.questions.length;
      expect(Math.abs(share - DEPTH_TARGETS[depth]), `${depth}: ${share.toFixed(1)}%`)
        .toBeLessThanOrEqual(DEPTH_TOLERANCE);
    }
  });

  it('offers every depth in every topic', () => {
    for (const topic of LOVE_MAP_TOPICS) {
      for (const depth of LOVE_MAP_DEPTHS) {
        expect(questionsFor({ topic, depth }).length, `${topic}/${depth}`).toBeGreaterThan(0);
      }
    }
  });

  it('has unique, well-formed ids in ascending order, so new ones are appended', () => {
    const ids = bank.questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    const numbers = ids.map((id) => Number(id.slice('lm-'.length)));
    numbers.forEach((n, i) => {
      if (i > 0) expect(n, ids[i]).toBeGreaterThan(numbers[i - 1]!);
    });
  });

  it('never uses a retired id', () => {
    const ids = new Set([...bank.questions, ...bank.solo].map((q) => q.id));
    for (const id of RETIRED_LOVE_MAP_IDS) expect(ids.has(id), id).toBe(false);
  });

  it('rejects duplicate ids, unknown topics and unknown depths', () => {
    const ok = { id: 'lm-001', topic: 'joys', depth: 'light' };
    expect(() => parseLoveMapBank({ questions: [ok, ok], solo: [] })).toThrow(/duplicate id lm-001/);
    expect(() =>
      parseLoveMapBank({ questions: [{ ...ok, topic: 'money' }], solo: [] }),
    ).toThrow();
    expect(() =>
      parseLoveMapBank({ questions: [{ ...ok, depth: 'deepest' }], solo: [] }),
    ).toThrow();
    expect(() => parseLoveMapBank({ questions: [{ ...ok, extra: 1 }], solo: [] })).toThrow();
  });

  it('returns the same frozen bank each time', () => {
    expect(loadLoveMapBank()).toBe(bank);
    expect(Object.isFrozen(bank.questions)).toBe(true);
    expect(bank.byId.get('lm-001')?.id).toBe('lm-001');
  });
});

describe('love-map question bank: English text', () => {
  it('has text for every question id, and no text without a question', () => {
    const ids = bank.questions.map((q) => q.id).sort();
    expect(Object.keys(questionTexts).sort()).toEqual(ids);
  });

  it('has text for every solo id, and no text without a solo prompt', () => {
    const ids = bank.solo.map((p) => p.id).sort();
    expect(Object.keys(soloTexts).sort()).toEqual(ids);
  });

  it('has a label for every topic and depth, and the opt-out words', () => {
    expect(Object.keys(catalog.topics).sort()).toEqual([...LOVE_MAP_TOPICS].sort());
    expect(Object.keys(catalog.depths).sort()).toEqual([...LOVE_MAP_DEPTHS].sort());
    expect(catalog.optOut).toBe("I'd rather not say today");
  });

  it.each(allQuestionTexts.map((text, i) => [bank.questions[i]!.id, text]))(
    '%s is one short question: %s',
    (_id, text) => {
      expect(text.trim()).toBe(text);
      expect(text.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
      expect(text.split(/\s+/).length).toBeLessThanOrEqual(MAX_QUESTION_WORDS);
      expect(text).toMatch(/^[A-Z].*\?$/);
      // One sentence: no other sentence end inside it.
      expect(text.slice(0, -1)).not.toMatch(/[.?!]/);
      expect(text).not.toMatch(/\s{2,}/);
    },
  );

  it('uses no gendered or assuming words', () => {
    const texts = [
      ...allQuestionTexts,
      ...allSoloTexts,
      ...Object.values(catalog.topics),
      ...Object.values(catalog.depths),
    ];
    expect(texts.filter((t) => FORBIDDEN.test(t))).toEqual([]);
    expect(texts.filter((t) => ASSUMING.test(t))).toEqual([]);
  });

  it('has no near-duplicate questions', () => {
    expect(nearDuplicates(allQuestionTexts, NEAR_DUPLICATE)).toEqual([]);
  });

  it('has no near-duplicate solo prompts', () => {
    expect(nearDuplicates(allSoloTexts, NEAR_DUPLICATE)).toEqual([]);
  });

  it('never quizzes the partner: questions ask about "you", not "my" or "me"', () => {
    // Each partner answers about themselves; a question about the asker would turn into a test.
    expect(allQuestionTexts.filter((t) => /\b(my|mine|I)\b/.test(t))).toEqual([]);
    expect(allQuestionTexts.filter((t) => !/\byou(r|rs|rself)?\b/i.test(t))).toEqual([]);
  });
});

describe('solo reflection prompts', () => {
  it('has 40 prompts, numbered solo-001 onwards, across every topic', () => {
    expect(bank.solo.map((p) => p.id)).toEqual(
      Array.from({ length: 40 }, (_, i) => `solo-${String(i + 1).padStart(3, '0')}`),
    );
    for (const topic of LOVE_MAP_TOPICS) {
      expect(bank.solo.filter((p) => p.topic === topic).length, topic).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(allSoloTexts.map((text, i) => [bank.solo[i]!.id, text]))('%s invites: %s', (_id, text) => {
    expect(text.length).toBeLessThanOrEqual(MAX_SOLO_CHARS);
    expect(text).toMatch(/^[A-Z]/);
    expect(text).toMatch(/[?.]$/);
    expect(text).toContain('?');
    // Invite, don't instruct.
    expect(text).not.toMatch(/\b(should|must|need to|have to|make sure)\b/i);
  });
});

describe('text helpers with i18next', () => {
  it('finds every string through a real i18next instance, in any namespace', async () => {
    const instance = i18next.createInstance();
    await instance.init({
      lng: 'en',
      ns: ['common', 'lovemap'],
      defaultNS: 'common',
      resources: { en: { common: {}, lovemap: catalog } },
      interpolation: { escapeValue: false },
    });
    const t = instance.t;
    for (const q of bank.questions) expect(questionText(q.id, t)).toBe(questionTexts[q.id]);
    for (const p of bank.solo) expect(soloText(p.id, t)).toBe(soloTexts[p.id]);
    for (const topic of LOVE_MAP_TOPICS) expect(topicLabel(topic, t)).toBe(catalog.topics[topic]);
    for (const depth of LOVE_MAP_DEPTHS) expect(depthLabel(depth, t)).toBe(catalog.depths[depth]);
    expect(t(OPT_OUT_KEY)).toBe(catalog.optOut);
    // A t bound to the lovemap namespace (as react-i18next's useTranslation('lovemap') gives).
    const bound = instance.getFixedT('en', 'lovemap');
    expect(questionText('lm-001', bound)).toBe(questionTexts['lm-001']);
  });
});

describe('near-duplicate measure', () => {
  it('is symmetric, between 0 and 1, and 1 for the same text', () => {
    const sentence = fc
      .array(fc.constantFrom('what', 'made', 'you', 'smile', 'today', 'small', 'joy', 'week'), {
        minLength: 1,
        maxLength: 10,
      })
      .map((ws) => ws.join(' '));
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const [sa, sb] = [normalisedWords(a), normalisedWords(b)];
        const score = jaccard(sa, sb);
        expect(score).toBe(jaccard(sb, sa));
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(jaccard(sa, normalisedWords(`${a.toUpperCase()}?`))).toBe(1);
      }),
    );
  });

  it('catches a reworded copy and lets different questions pass', () => {
    expect(
      nearDuplicates(['What small thing made you smile this week?', 'What small things made you smile this week?'], 0.8),
    ).toHaveLength(1);
    expect(
      nearDuplicates(['What small thing made you smile this week?', 'What helps you rest after a long day?'], 0.8),
    ).toEqual([]);
  });
});
