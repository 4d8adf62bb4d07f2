import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BUILTIN_INSTRUMENTS_DIR,
  RESOURCES_DIR,
  SAFETY_SCREEN_FILE,
  EXERCISES_FILE,
  loadExercises,
  loadInstruments,
  loadResources,
  loadSafetyScreen,
  resourcesFor,
} from './load.ts';
import { ContentError } from './parse.ts';
import { localeFallbacks, normalizeLocale, contactHref } from './resources.ts';

const builtIn = (): Record<string, any> =>
  JSON.parse(readFileSync(join(BUILTIN_INSTRUMENTS_DIR, 'connection-checkup.json'), 'utf8'));

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-instruments-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  while (temps.length) rmSync(temps.pop()!, { recursive: true, force: true });
});

function write(dir: string, name: string, data: unknown): void {
  writeFileSync(join(dir, name), typeof data === 'string' ? data : JSON.stringify(data, null, 2));
}

function loadError(dirs: string[]): ContentError {
  try {
    loadInstruments(dirs);
  } catch (err) {
    expect(err).toBeInstanceOf(ContentError);
    return err as ContentError;
  }
  throw new Error('expected loadInstruments to fail');
}

describe('loading instruments', () => {
  it('reads every *.json in the folder', () => {
    const instruments = loadInstruments([BUILTIN_INSTRUMENTS_DIR]);
    expect(instruments.map((i) => i.id)).toContain('connection-checkup');
  });

  it('names the file and the field path of an unknown dimension', () => {
    const dir = tempDir();
    const data = builtIn();
    data.items[3].dimension = 'rots';
    write(dir, 'connection-checkup.json', data);
    const err = loadError([dir]);
    expect(err.message).toMatch(/connection-checkup\.json: items\[3\]\.dimension: unknown dimension "rots"$/m);
    expect(err.problems).toEqual([{ path: 'items[3].dimension', message: 'unknown dimension "rots"' }]);
  });

  it('names a missing translation', () => {
    const dir = tempDir();
    const data = builtIn();
    data.locales = ['en', 'de'];
    write(dir, 'practice.json', data);
    const err = loadError([dir]);
    expect(err.message).toMatch(/practice\.json: texts\.title\.de: missing text for locale "de"/);
  });

  it('names a missing field, a wrong type and a misspelt key', () => {
    const dir = tempDir();
    const data = builtIn();
    delete data.items[0].text;
    data.items[1].reverse = 'yes';
    data.items[2].reversed = data.items[2].reverse;
    write(dir, 'broken.json', data);
    const err = loadError([dir]);
    expect(err.message).toMatch(/broken\.json: items\[0\]\.text: required field is missing/);
    expect(err.message).toMatch(/broken\.json: items\[1\]\.reverse: expected true or false/);
    expect(err.message).toMatch(/broken\.json: items\[2\]: Unrecognized key: "reversed"/);
  });

  it('finds gaps in bands and outlooks that run the wrong way', () => {
    const dir = tempDir();
    const data = builtIn();
    data.bands.roots[1].min = 40;
    data.bands.friendship[0].outlook = 'strength';
    write(dir, 'bands.json', data);
    const err = loadError([dir]);
    expect(err.message).toMatch(/bands\.json: bands\.roots\[1\]\.min: gap: this band starts at 40 but the band before ends at 33/);
    expect(err.message).toMatch(/bands\.json: bands\.friendship\[1\]\.outlook: .*for a strength/);
  });

  it('requires bands for every dimension and no bands for unknown ones', () => {
    const dir = tempDir();
    const data = builtIn();
    data.bands.rots = data.bands.roots;
    delete data.bands.roots;
    write(dir, 'x.json', data);
    const err = loadError([dir]);
    expect(err.message).toMatch(/x\.json: bands: missing bands for dimension "roots"/);
    expect(err.message).toMatch(/x\.json: bands\.rots: unknown dimension "rots"/);
  });

  it('finds unknown exercise ids', () => {
    const dir = tempDir();
    const data = builtIn();
    data.bands.roots[0].exercises = ['family-map', 'no-such-exercise'];
    write(dir, 'refs.json', data);
    const err = loadError([dir]);
    expect(err.message).toMatch(/refs\.json: bands\.roots\[0\]\.exercises\[1\]: unknown exercise "no-such-exercise"/);
  });

  it('reports invalid JSON with the file name', () => {
    const dir = tempDir();
    write(dir, 'oops.json', '{ "id": "oops", ');
    expect(loadError([dir]).message).toMatch(/oops\.json: not valid JSON/);
  });

  it('reports a missing folder', () => {
    expect(loadError([join(tempDir(), 'missing')]).message).toMatch(/missing: folder not found/);
  });

  it('loads an extra folder of a counseling practice and refuses duplicate ids', () => {
    const extra = tempDir();
    const data = builtIn();
    data.id = 'practice-checkup';
    data.texts.title.en = 'Our own check-up';
    write(extra, 'practice-checkup.json', data);
    write(extra, 'notes.txt', 'ignored');
    const instruments = loadInstruments([BUILTIN_INSTRUMENTS_DIR, extra]);
    expect(instruments.map((i) => i.id)).toEqual(['connection-checkup', 'practice-checkup']);

    const clash = tempDir();
    write(clash, 'copy.json', builtIn());
    const err = loadError([BUILTIN_INSTRUMENTS_DIR, clash]);
    expect(err.message).toMatch(/copy\.json: id: instrument id "connection-checkup" is already used by/);
  });
});

describe('loading the other content files', () => {
  it('validates the exercise catalog, safety screen and resources', () => {
    expect(loadExercises().exercises.length).toBeGreaterThan(0);
    expect(loadSafetyScreen().items.length).toBeGreaterThan(0);
    expect([...loadResources().keys()].sort()).toEqual(['en', 'en-US']);
  });

  it('refuses a joint exercise that could be suggested when someone is at risk', () => {
    const dir = tempDir();
    const data = JSON.parse(readFileSync(EXERCISES_FILE, 'utf8'));
    const index = data.exercises.findIndex((e: { id: string }) => e.id === 'aftermath');
    data.exercises[index].okWhenAtRisk = true;
    write(dir, 'exercises.json', data);
    expect(() => loadExercises(join(dir, 'exercises.json'))).toThrow(
      new RegExp(`exercises\\.json: exercises\\[${index}\\]\\.okWhenAtRisk: a joint exercise is never suggested`),
    );
  });

  it('refuses a safety screen that loosens the rule on physical harm', () => {
    const dir = tempDir();
    const data = JSON.parse(readFileSync(SAFETY_SCREEN_FILE, 'utf8'));
    const index = data.items.findIndex((i: { topic: string }) => i.topic === 'physicalHarm');
    data.items[index].riskFrom = 2;
    write(dir, 'safety-screen.json', data);
    expect(() => loadSafetyScreen(join(dir, 'safety-screen.json'))).toThrow(
      new RegExp(`safety-screen\\.json: items\\[${index}\\]\\.riskFrom: .*physicalHarm`),
    );
  });

  it('refuses a resource list without an emergency resource or with a wrong locale', () => {
    const dir = tempDir();
    const us = JSON.parse(readFileSync(join(RESOURCES_DIR, 'en-US.json'), 'utf8'));
    write(dir, 'en.json', { ...us, locale: 'en' });
    write(dir, 'en-GB.json', us);
    expect(() => loadResources(dir)).toThrow(/en-GB\.json: locale: "en-US" does not match the file name/);

    const dir2 = tempDir();
    write(dir2, 'en.json', { ...us, locale: 'en', resources: us.resources.filter((r: { kinds: string[] }) => !r.kinds.includes('emergency')) });
    expect(() => loadResources(dir2)).toThrow(/en\.json: resources: every list needs at least one resource of kind "emergency"/);
  });
});

describe('resourcesFor', () => {
  it('falls back from a region to the language, then to en', () => {
    expect(resourcesFor('en-US').locale).toBe('en-US');
    expect(resourcesFor('en_us').locale).toBe('en-US');
    expect(resourcesFor('en-GB').locale).toBe('en');
    expect(resourcesFor('de-DE').locale).toBe('en');
    expect(localeFallbacks('en-GB')).toEqual(['en-GB', 'en']);
    expect(localeFallbacks('pt-BR')).toEqual(['pt-BR', 'pt', 'en']);
    expect(normalizeLocale('zh_hant_tw')).toBe('zh-Hant-TW');
  });

  it('reads a locale added to another folder', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'r'));
    const us = JSON.parse(readFileSync(join(RESOURCES_DIR, 'en-US.json'), 'utf8'));
    const en = JSON.parse(readFileSync(join(RESOURCES_DIR, 'en.json'), 'utf8'));
    write(join(dir, 'r'), 'en.json', en);
    write(join(dir, 'r'), 'en-CA.json', { ...us, locale: 'en-CA', region: 'Canada' });
    expect(resourcesFor('en-CA', join(dir, 'r')).region).toBe('Canada');
    expect(resourcesFor('fr-CA', join(dir, 'r')).locale).toBe('en');
  });

  it('builds links for phone, text and web contacts', () => {
    const us = resourcesFor('en-US');
    const hotline = us.resources.find((r) => r.kinds.includes('violence'))!;
    expect(hotline.contacts.map(contactHref)).toEqual(['tel:+18007997233', 'sms:88788?body=START', 'https://www.thehotline.org']);
  });
});
