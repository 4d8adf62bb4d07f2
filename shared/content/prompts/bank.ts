/**
 * Prompt banks for Hearth.
 *
 * - Connection prompts: one a day on the couple's "Today" page, each tied to one of the
 *   "forgotten four" (friendship, fondness, playfulness, shared meaning).
 * - Appreciation prompts: sentence starters shown above the free-text box for sending an
 *   Appreciation to the partner's wall.
 *
 * The JSON files beside this module hold metadata only; every word a person reads lives in the
 * i18n catalog (`shared/locales/<lng>/prompts.json`, namespace `prompts`). Ids are stable: never
 * renumber or reuse one, only append.
 *
 * Pure module: no I/O, no clock, no randomness. Safe to import from the server and the web app.
 */
import { z } from 'zod';
import connectionJson from './connection.json' with { type: 'json' };
import appreciationJson from './appreciation.json' with { type: 'json' };
import { hash32, prng } from '../../seeded-random.ts';

// ---------------------------------------------------------------------------------------------
// Vocabulary

export const PROMPT_DIMENSIONS = ['friendship', 'fondness', 'playfulness', 'sharedMeaning'] as const;
export const PromptDimension = z.enum(PROMPT_DIMENSIONS);
export type PromptDimension = z.infer<typeof PromptDimension>;

export const CONNECTION_KINDS = ['game', 'dateHome', 'dateOut', 'question', 'ritual', 'gesture'] as const;
export const ConnectionKind = z.enum(CONNECTION_KINDS);
export type ConnectionKind = z.infer<typeof ConnectionKind>;

export const APPRECIATION_KINDS = ['quality', 'moment', 'effort'] as const;
export const AppreciationKind = z.enum(APPRECIATION_KINDS);
export type AppreciationKind = z.infer<typeof AppreciationKind>;

// ---------------------------------------------------------------------------------------------
// Schemas

export const ConnectionPromptId = z.string().regex(/^cp-\d{3,}$/, 'expected an id like cp-001');
export const AppreciationPromptId = z.string().regex(/^ap-\d{3,}$/, 'expected an id like ap-001');

export const ConnectionPromptSchema = z.strictObject({
  id: ConnectionPromptId,
  dimension: PromptDimension,
  kind: ConnectionKind,
  /** True when the prompt needs both partners; false when either one can do it alone. */
  together: z.boolean(),
});
export type ConnectionPrompt = z.infer<typeof ConnectionPromptSchema>;

export const AppreciationPromptSchema = z.strictObject({
  id: AppreciationPromptId,
  kind: AppreciationKind,
});
export type AppreciationPrompt = z.infer<typeof AppreciationPromptSchema>;

function uniqueIds(items: ReadonlyArray<{ id: string }>, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', message: `duplicate prompt id ${item.id}`, path: [index, 'id'] });
    }
    seen.add(item.id);
  });
}

export const ConnectionBankSchema = z.array(ConnectionPromptSchema).min(1).superRefine(uniqueIds);
export const AppreciationBankSchema = z.array(AppreciationPromptSchema).min(1).superRefine(uniqueIds);

/** Shape of one locale's `prompts` namespace. */
export const PromptsCatalogSchema = z.strictObject({
  connection: z.record(
    ConnectionPromptId,
    z.strictObject({
      /** Shown when both partners are in Hearth. */
      text: z.string().min(1),
      /** Shown to a person whose partner has not joined yet. */
      solo: z.string().min(1),
    }),
  ),
  appreciation: z.record(AppreciationPromptId, z.string().min(1)),
  dimensions: z.record(PromptDimension, z.string().min(1)),
  kinds: z.record(ConnectionKind, z.string().min(1)),
  appreciationKinds: z.record(AppreciationKind, z.string().min(1)),
});
export type PromptsCatalog = z.infer<typeof PromptsCatalogSchema>;

// ---------------------------------------------------------------------------------------------
// Loader

export interface PromptBanks {
  readonly connection: readonly ConnectionPrompt[];
  readonly appreciation: readonly AppreciationPrompt[];
}

/** Validates raw bank data (for example, the bundled JSON). Throws a ZodError when invalid. */
export function parsePromptBanks(raw: { connection: unknown; appreciation: unknown }): PromptBanks {
  const connection = ConnectionBankSchema.parse(raw.connection).map((p) => Object.freeze(p));
  const appreciation = AppreciationBankSchema.parse(raw.appreciation).map((p) => Object.freeze(p));
  return Object.freeze({ connection: Object.freeze(connection), appreciation: Object.freeze(appreciation) });
}

let bundled: PromptBanks | undefined;

/** The bundled banks, validated once and frozen. */
export function loadPromptBanks(): PromptBanks {
  bundled ??= parsePromptBanks({ connection: connectionJson, appreciation: appreciationJson });
  return bundled;
}

// ---------------------------------------------------------------------------------------------
// i18n keys (namespace `prompts`)

export const PROMPTS_NAMESPACE = 'prompts';

/** `t(connectionTextKey(id), { ns: 'prompts' })`; use `'solo'` while the partner has not joined. */
export function connectionTextKey(id: string, variant: 'text' | 'solo' = 'text'): string {
  return `connection.${id}.${variant}`;
}

export function appreciationTextKey(id: string): string {
  return `appreciation.${id}`;
}

/**
 * Differences between the banks and one locale's catalog: ids without text and text without ids.
 * An empty list means the catalog is complete.
 */
export function catalogProblems(banks: PromptBanks, catalog: PromptsCatalog): string[] {
  const problems: string[] = [];
  const connectionIds = new Set(banks.connection.map((p) => p.id));
  const appreciationIds = new Set(banks.appreciation.map((p) => p.id));
  for (const id of connectionIds) {
    const entry = catalog.connection[id];
    if (!entry) problems.push(`connection ${id}: no text in catalog`);
    else {
      if (!entry.text.trim()) problems.push(`connection ${id}: empty text`);
      if (!entry.solo.trim()) problems.push(`connection ${id}: empty solo text`);
    }
  }
  for (const id of Object.keys(catalog.connection)) {
    if (!connectionIds.has(id)) problems.push(`connection ${id}: text in catalog but no such prompt`);
  }
  for (const id of appreciationIds) {
    const text = catalog.appreciation[id];
    if (text === undefined) problems.push(`appreciation ${id}: no text in catalog`);
    else if (!text.trim()) problems.push(`appreciation ${id}: empty text`);
  }
  for (const id of Object.keys(catalog.appreciation)) {
    if (!appreciationIds.has(id)) problems.push(`appreciation ${id}: text in catalog but no such prompt`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Daily choice

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`expected a date like 2025-01-31, got ${JSON.stringify(date)}`);
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const back = new Date(ms);
  if (back.getUTCFullYear() !== Number(y) || back.getUTCMonth() !== Number(m) - 1 || back.getUTCDate() !== Number(d)) {
    throw new RangeError(`not a calendar date: ${date}`);
  }
  return Math.floor(ms / DAY_MS);
}

/**
 * The prompt for one couple on one calendar day (the couple's local date, `YYYY-MM-DD`).
 * Deterministic: the same seed (for example the Couple id) and date always give the same prompt.
 * Each couple walks through the whole bank in its own shuffled order before any prompt repeats.
 */
export function dailyConnectionPrompt(
  bank: readonly ConnectionPrompt[],
  options: { seed: string; date: string },
): ConnectionPrompt {
  if (bank.length === 0) throw new RangeError('the connection bank is empty');
  const day = dayNumber(options.date);
  const n = bank.length;
  const cycle = Math.floor(day / n);
  const position = day - cycle * n;
  const order = Array.from({ length: n }, (_, i) => i);
  const random = prng(hash32(`${options.seed}:${cycle}`));
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return bank[order[position]!]!;
}
