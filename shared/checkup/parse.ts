import { z } from 'zod';
import { Locales } from './text.ts';

/** One problem in a content file, with the path of the field, e.g. `items[3].dimension`. */
export interface ContentProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * A content file (instrument, exercise catalog, safety screen, resource list) is broken.
 * The message names the file and every field path, one problem a line:
 * `connection-checkup.json: items[3].dimension: unknown dimension "rots"`.
 */
export class ContentError extends Error {
  override readonly name = 'ContentError';
  constructor(
    readonly file: string,
    readonly problems: readonly ContentProblem[],
  ) {
    super(problems.map((p) => (p.path ? `${file}: ${p.path}: ${p.message}` : `${file}: ${p.message}`)).join('\n'));
  }
}

/** `['items', 3, 'dimension']` → `items[3].dimension`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

function friendlyMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
    return `required field is missing (expected ${issue.expected})`;
  }
  return issue.message;
}

export function problemsOf(error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: friendlyMessage(issue) }));
}

/** Parse JSON text, turning a syntax error into a ContentError that names the file. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new ContentError(file, [{ path: '', message: `not valid JSON (${reason})` }]);
  }
}

const LocalesOnly = z.looseObject({ locales: Locales });

/**
 * Validate a content file whose schema depends on its declared locales. Throws ContentError.
 * Pure: takes already-parsed JSON, so the web can validate content too.
 */
export function parseLocalizedContent<T>(
  data: unknown,
  file: string,
  makeSchema: (locales: readonly string[]) => z.ZodType<T>,
): T {
  const head = LocalesOnly.safeParse(data);
  if (!head.success) throw new ContentError(file, problemsOf(head.error));
  const result = makeSchema(head.data.locales).safeParse(data);
  if (!result.success) throw new ContentError(file, problemsOf(result.error));
  return result.data;
}

/** Validate content with a fixed schema. Throws ContentError. */
export function parseContent<T>(data: unknown, file: string, schema: z.ZodType<T>): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(file, problemsOf(result.error));
  return result.data;
}
