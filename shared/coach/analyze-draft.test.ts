import { describe, expect, it } from 'vitest';
import catalog from '../locales/en/coach.json' with { type: 'json' };
import { analyzeDraft, HORSEMEN, STARTUP_PARTS, type CoachResult, type Span } from './index.ts';

const marked = (text: string, spans: readonly Span[]) => spans.map((s) => text.slice(s.start, s.end));

function expectOnly(result: CoachResult, labels: string[]) {
  expect(result.labels).toEqual(labels);
}

describe('criticism', () => {
  it.each([
    ['You always leave the wet towels on the bed.', 'You always'],
    ['u never text back when ur out', 'u never'],
    ["You're so selfish with the car.", "You're so selfish"],
    ['What is wrong with you? The stove was on all afternoon.', 'What is wrong with you'],
    ['I wish you were more like my brother, he actually calls his mom.', 'I wish you were more like'],
  ])('%s', (text, words) => {
    const result = analyzeDraft(text);
    expectOnly(result, ['criticism']);
    expect(marked(text, result.horsemen.criticism.spans)).toContain(words);
    expect(result.horsemen.criticism.explanationKey).toBe('coach.criticism.explanation');
    expect(result.horsemen.criticism.antidoteKey).toBe('coach.criticism.antidote');
  });

  it.each([
    "I never said I'd cook tonight, but I'm happy to.",
    'You always know how to cheer me up.',
    'You never fail to make me laugh.',
    "My aunt keeps saying you never visit, and I told her she's wrong.",
    "Couples who say 'you always' fight more, apparently. Could we try something else?",
    "I feel criticized when my cooking is joked about. Could we keep that between us?",
  ])('leaves alone: %s', (text) => {
    expect(analyzeDraft(text).horsemen.criticism.present).toBe(false);
  });
});

describe('contempt', () => {
  it.each([
    ["Wow, you emptied the dishwasher. Should I call the news?", 'Should I call the news'],
    ["Oh wonderful, another one of your 'investments.'", "your 'investments.'"],
    ['Sure thing, your highness.', 'your highness'],
    ['You are such an idiot.', 'You are such an idiot'],
    ['Keep sulking, it really suits you 🙄', '🙄'],
    ['Ew. You really think that shirt works?', 'Ew. '],
  ])('%s', (text, words) => {
    const result = analyzeDraft(text);
    expect(result.labels).toContain('contempt');
    expect(marked(text, result.horsemen.contempt.spans).join('|')).toContain(words.trim());
  });

  it.each([
    'I rolled my eyes so hard at that meeting today 🙄',
    'What an idiot I was to forget my umbrella.',
    'Reading about contempt and eye-rolling in that book. Want to read it with me?',
  ])('leaves alone: %s', (text) => {
    expect(analyzeDraft(text).horsemen.contempt.present).toBe(false);
  });
});

describe('defensiveness', () => {
  it.each([
    ["Well, you didn't call the landlord either.", 'Well, you'],
    ['Yeah, but you said the budget was fine.', 'Yeah, but'],
    ["It's not my fault the dog got out.", 'not my fault'],
    ['I was only trying to help.', 'I was only trying to help'],
    ["I'm sorry you feel that way.", 'sorry you feel that way'],
  ])('%s', (text, words) => {
    const result = analyzeDraft(text);
    expectOnly(result, ['defensiveness']);
    expect(marked(text, result.horsemen.defensiveness.spans)).toContain(words);
  });

  it.each([
    "You're right, I forgot. That's on me, and I'm sorry.",
    'I was only gone five minutes and the cat knocked over the plant 😂',
    "It's not your fault the train was late.",
  ])('leaves alone: %s', (text) => {
    expect(analyzeDraft(text).horsemen.defensiveness.present).toBe(false);
  });
});

describe('stonewalling', () => {
  it.each([
    ["I'm done. Goodnight.", "I'm done"],
    ['Forget it. Do what you want.', 'Forget it'],
    ['Not talking about this.', 'Not talking about this'],
    ["I'm turning my phone off.", 'turning my phone off'],
    ['k. fine. bye', 'k. fine. bye'],
  ])('%s', (text, words) => {
    const result = analyzeDraft(text);
    expectOnly(result, ['stonewalling']);
    expect(marked(text, result.horsemen.stonewalling.spans).join('|')).toContain(words);
  });

  it.each([
    "I'm done with the dishes, movie?",
    "I'm flooded and don't want to say something I regret. Can we take twenty minutes and pick this back up at 8?",
    "I'm not ignoring you, I'm in a meeting until 3! Call you right after.",
    'Do what you want with the garden, I trust you.',
    "Whatever you want for dinner is fine with me!",
  ])('leaves alone: %s', (text) => {
    expect(analyzeDraft(text).horsemen.stonewalling.present).toBe(false);
  });

  it('counts "I\'m going to bed" only next to another horseman', () => {
    expect(analyzeDraft("I'm going to bed.").labels).toEqual([]);
    expect(analyzeDraft("You never listen. I'm going to bed.").labels).toEqual(['criticism', 'stonewalling']);
  });
});

describe('crisis', () => {
  it.each([
    ['Sometimes I think everyone would be better off without me.', 'suicide', 'better off without me'],
    ['I cut myself again last night.', 'selfHarm', 'cut myself'],
    ["If you touch me again I'll hurt you.", 'violence', "I'll hurt you"],
    ["I'm scared of you when you drink.", 'fearOfPartner', "I'm scared of you"],
  ] as const)('%s', (text, kind, words) => {
    const result = analyzeDraft(text);
    expect(result.mode).toBe('crisis');
    expect(result.labels).toContain('crisis');
    expect(result.crisis.kinds).toContain(kind);
    expect(marked(text, result.crisis.spans).join('|')).toContain(words);
    expect(result.crisis.messageKey).toBe('coach.crisis.message');
  });

  it.each([
    "I'm scared about the biopsy results. Can you come with me?",
    "I'm dying to see the new place!",
    "If you eat my leftovers again I'll kill you 😂 jk",
    'I could murder a pizza right now.',
  ])('leaves alone: %s', (text) => {
    const result = analyzeDraft(text);
    expect(result.crisis.present).toBe(false);
    expect(result.mode).toBe('coach');
  });
});

describe('gentle start-up parts', () => {
  it('finds a feeling, a specific situation and a request', () => {
    const text = "I've been feeling lonely in the evenings this week. Could we eat at the table tonight, no phones?";
    const { startup, labels } = analyzeDraft(text);
    expect(labels).toEqual([]);
    expect(marked(text, startup.feeling.spans)).toContain("I've been feeling lonely");
    expect(startup.situation.present).toBe(true);
    expect(marked(text, startup.request.spans)).toContain('Could we');
  });

  it('"I feel criticized when…" is a feeling, not criticism', () => {
    const result = analyzeDraft('I feel criticized when you point out what I forgot before saying hello.');
    expect(result.startup.feeling.present).toBe(true);
    expect(result.labels).toEqual([]);
  });

  it('does not count a situation swept into "always"', () => {
    const result = analyzeDraft('Last night you always had to be right, like every night.');
    expect(result.horsemen.criticism.present).toBe(true);
    expect(result.startup.situation.present).toBe(false);
  });

  it('reports what is missing', () => {
    const { startup } = analyzeDraft('The dishes.');
    for (const part of STARTUP_PARTS) {
      expect(startup[part]).toEqual({ present: false, spans: [], hintKey: `coach.startup.${part}.hint` });
    }
  });
});

describe('i18n keys', () => {
  const lookup = (key: string): unknown =>
    key.split('.').slice(1).reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);

  it('every key the Coach can return has an English text', () => {
    const result = analyzeDraft('');
    const keys = [
      ...HORSEMEN.flatMap((h) => [result.horsemen[h].explanationKey, result.horsemen[h].antidoteKey]),
      ...STARTUP_PARTS.map((p) => result.startup[p].hintKey),
      result.crisis.messageKey,
    ];
    for (const key of keys) expect(typeof lookup(key), key).toBe('string');
  });
});

describe('long drafts', () => {
  it('analyses only the first 5,000 characters', () => {
    const text = `${'We had a calm week. '.repeat(300)}I'm done.`;
    const result = analyzeDraft(text);
    expect(result.truncated).toBe(true);
    expect(result.analysedLength).toBe(5_000);
    expect(result.labels).toEqual([]);
  });
});
