/**
 * The Coach: reads a draft message to one's partner and points out the four horsemen, the parts
 * of a gentle start-up that are there, and any sign of crisis. Pure and synchronous, so the same
 * code runs in a browser Web Worker while someone types and on the server.
 */
import { findAll, mergeSpans, type Finding } from './engine.ts';
import { contempt } from './rules/contempt.ts';
import { criticism } from './rules/criticism.ts';
import { crisis as crisisSets } from './rules/crisis.ts';
import { defensiveness } from './rules/defensiveness.ts';
import { stonewalling } from './rules/stonewalling.ts';
import { startup as startupSets } from './rules/startup.ts';
import { prepare } from './text.ts';
import {
  CRISIS_KINDS,
  HORSEMEN,
  STARTUP_PARTS,
  type CoachResult,
  type CrisisKind,
  type Horseman,
  type HorsemanFinding,
  type Label,
  type StartupPart,
  type StartupPartFinding,
} from './types.ts';

const HORSEMAN_SETS = [criticism, contempt, defensiveness, stonewalling] as const;

export interface ExplainedFinding {
  /** A horseman, a crisis kind or a start-up part. */
  set: string;
  rule: string;
  start: number;
  end: number;
  text: string;
  /** False for a weak signal that was dropped because no other horseman was present. */
  counted: boolean;
}

interface Collected {
  horsemen: Finding<Horseman>[];
  crisis: Finding<CrisisKind>[];
  startup: Finding<StartupPart>[];
  analysedLength: number;
  truncated: boolean;
}

function collect(draft: string): Collected {
  const prepared = prepare(draft);
  return {
    horsemen: HORSEMAN_SETS.flatMap((set) => findAll<Horseman>(prepared, set)),
    crisis: crisisSets.flatMap((set) => findAll(prepared, set)),
    startup: startupSets.flatMap((set) => findAll(prepared, set)),
    analysedLength: prepared.text.length,
    truncated: prepared.truncated,
  };
}

/** A weak signal ("I'm going to bed") counts only when a clear horseman is also in the draft. */
function counts(finding: Finding, all: readonly Finding[]): boolean {
  return !finding.weak || all.some((f) => !f.weak);
}

function spansOf(findings: readonly Finding[]) {
  return mergeSpans(findings.map((f) => f.span));
}

function build(collected: Collected): CoachResult {
  const counted = collected.horsemen.filter((f) => counts(f, collected.horsemen));

  const horsemen = {} as Record<Horseman, HorsemanFinding>;
  for (const name of HORSEMEN) {
    const mine = counted.filter((f) => f.set === name);
    horsemen[name] = {
      present: mine.length > 0,
      spans: spansOf(mine),
      explanationKey: `coach.${name}.explanation`,
      antidoteKey: `coach.${name}.antidote`,
    };
  }

  const startup = {} as Record<StartupPart, StartupPartFinding>;
  for (const part of STARTUP_PARTS) {
    const mine = collected.startup.filter((f) => f.set === part);
    // A "situation" buried in "you always…" is not specific any more.
    const present = mine.length > 0 && !(part === 'situation' && horsemen.criticism.present);
    startup[part] = { present, spans: present ? spansOf(mine) : [], hintKey: `coach.startup.${part}.hint` };
  }

  const kinds = CRISIS_KINDS.filter((kind) => collected.crisis.some((f) => f.set === kind));
  const crisis = {
    present: kinds.length > 0,
    kinds,
    spans: spansOf(collected.crisis),
    messageKey: 'coach.crisis.message',
  };

  const labels: Label[] = HORSEMEN.filter((name) => horsemen[name].present);
  if (crisis.present) labels.push('crisis');

  return {
    mode: crisis.present ? 'crisis' : 'coach',
    horsemen,
    startup,
    crisis,
    labels,
    analysedLength: collected.analysedLength,
    truncated: collected.truncated,
  };
}

const EMPTY: Collected = { horsemen: [], crisis: [], startup: [], analysedLength: 0, truncated: false };

/**
 * Never throws: the Coach runs on every keystroke, and a surprise in one rule must not break the
 * editor around it. Non-strings (from untyped callers) are read as an empty draft.
 */
export function analyzeDraft(text: string): CoachResult {
  try {
    return build(collect(typeof text === 'string' ? text : ''));
  } catch {
    return build(EMPTY);
  }
}

/** Every rule that fired, for people who tune the lexicons (`npm run coach -- --explain`). */
export function explainDraft(text: string): ExplainedFinding[] {
  const collected = collect(text);
  const all: Finding[] = [...collected.horsemen, ...collected.crisis, ...collected.startup];
  return all.map((f) => ({
    set: f.set,
    rule: f.rule,
    start: f.span.start,
    end: f.span.end,
    text: text.slice(f.span.start, f.span.end),
    counted: counts(f, collected.horsemen),
  }));
}
