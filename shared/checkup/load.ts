import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, parseJsonText } from './parse.ts';
import { parseInstrument, type Instrument } from './instrument.ts';
import { checkExerciseReferences, parseExerciseCatalog, type ExerciseCatalog } from './exercises.ts';
import { parseSafetyScreen, type SafetyScreen } from './safety.ts';
import { parseResourceList, pickResourceLocale, type ResourceList } from './resources.ts';

/**
 * The only module in shared/checkup that touches the file system. Everything it returns is
 * validated; anything broken throws a ContentError naming the file and the field, so a bad file
 * stops the start instead of reaching a person.
 */

export const CONTENT_DIR = fileURLToPath(new URL('../content/', import.meta.url));
export const BUILTIN_INSTRUMENTS_DIR = join(CONTENT_DIR, 'instruments');
export const EXERCISES_FILE = join(CONTENT_DIR, 'exercises.json');
export const SAFETY_SCREEN_FILE = join(CONTENT_DIR, 'safety-screen.json');
export const RESOURCES_DIR = join(CONTENT_DIR, 'resources');

/** A short name for messages: relative to the working directory when inside it. */
function displayName(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ContentError(displayName(path), [{ path: '', message: `cannot read the file (${(err as Error).message})` }]);
  }
  return parseJsonText(text, displayName(path));
}

function jsonFilesIn(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ContentError(displayName(dir), [{ path: '', message: 'folder not found' }]);
  }
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.startsWith('.'))
    .sort()
    .map((name) => join(dir, name));
}

export function loadExercises(file: string = EXERCISES_FILE): ExerciseCatalog {
  return parseExerciseCatalog(readJson(file), displayName(file));
}

export interface LoadInstrumentsOptions {
  /** The catalog the bands' exercise ids are checked against. Default: the built-in catalog. */
  readonly exercises?: ExerciseCatalog;
}

/**
 * Read and validate every `*.json` in each folder, in order. Pass the built-in folder and any
 * extra folder of a counseling practice: `loadInstruments([BUILTIN_INSTRUMENTS_DIR, extraDir])`.
 * Instrument ids must be unique across all folders.
 */
export function loadInstruments(
  dirs: readonly string[] = [BUILTIN_INSTRUMENTS_DIR],
  options: LoadInstrumentsOptions = {},
): Instrument[] {
  const exercises = options.exercises ?? loadExercises();
  const instruments: Instrument[] = [];
  const fileOfId = new Map<string, string>();
  for (const dir of dirs) {
    for (const path of jsonFilesIn(dir)) {
      const file = displayName(path);
      const instrument = parseInstrument(readJson(path), file);
      checkExerciseReferences(instrument, exercises, file);
      const other = fileOfId.get(instrument.id);
      if (other !== undefined) {
        throw new ContentError(file, [{ path: 'id', message: `instrument id "${instrument.id}" is already used by ${other}` }]);
      }
      fileOfId.set(instrument.id, file);
      instruments.push(instrument);
    }
  }
  return instruments;
}

export function loadSafetyScreen(file: string = SAFETY_SCREEN_FILE): SafetyScreen {
  return parseSafetyScreen(readJson(file), displayName(file));
}

/** Every `<locale>.json` in the folder, keyed by locale. Each file's `locale` must match its name. */
export function loadResources(dir: string = RESOURCES_DIR): Map<string, ResourceList> {
  const lists = new Map<string, ResourceList>();
  for (const path of jsonFilesIn(dir)) {
    const locale = basename(path, '.json');
    lists.set(locale, parseResourceList(readJson(path), displayName(path), locale));
  }
  if (!lists.has('en')) {
    throw new ContentError(displayName(dir), [{ path: '', message: 'the generic fallback en.json is missing' }]);
  }
  return lists;
}

const resourceCache = new Map<string, Map<string, ResourceList>>();

/** The resource list for a locale, falling back `en-GB` → `en`. Files are read once per folder. */
export function resourcesFor(locale: string, dir: string = RESOURCES_DIR): ResourceList {
  let lists = resourceCache.get(dir);
  if (!lists) {
    lists = loadResources(dir);
    resourceCache.set(dir, lists);
  }
  const picked = pickResourceLocale(locale, lists.keys()) ?? 'en';
  return lists.get(picked)!;
}

export interface CheckupContent {
  readonly instruments: readonly Instrument[];
  readonly exercises: ExerciseCatalog;
  readonly safetyScreen: SafetyScreen;
  readonly resources: ReadonlyMap<string, ResourceList>;
}

/** Load and validate all check-up content at start; throws ContentError on the first broken file. */
export function loadCheckupContent(options: { readonly extraInstrumentDirs?: readonly string[] } = {}): CheckupContent {
  const exercises = loadExercises();
  return {
    exercises,
    instruments: loadInstruments([BUILTIN_INSTRUMENTS_DIR, ...(options.extraInstrumentDirs ?? [])], { exercises }),
    safetyScreen: loadSafetyScreen(),
    resources: loadResources(),
  };
}
