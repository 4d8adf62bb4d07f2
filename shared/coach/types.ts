/** The four patterns that predict distance when they become habits (Gottman's "four horsemen"). */
export const HORSEMEN = ['criticism', 'contempt', 'defensiveness', 'stonewalling'] as const;
export type Horseman = (typeof HORSEMEN)[number];

/** Every label a draft can carry; evaluation and the CLI use the same names. */
export const LABELS = [...HORSEMEN, 'crisis'] as const;
export type Label = (typeof LABELS)[number];

/** The three parts of a gentle start-up: how I feel, about what, and what I ask for. */
export const STARTUP_PARTS = ['feeling', 'situation', 'request'] as const;
export type StartupPart = (typeof STARTUP_PARTS)[number];

export const CRISIS_KINDS = ['selfHarm', 'suicide', 'violence', 'fearOfPartner'] as const;
export type CrisisKind = (typeof CRISIS_KINDS)[number];

/** UTF-16 offsets into the text that was passed in, `end` exclusive (like `String.slice`). */
export interface Span {
  start: number;
  end: number;
}

export interface HorsemanFinding {
  present: boolean;
  spans: Span[];
  /** i18n key (namespace `coach`) of a one-line explanation of the pattern. */
  explanationKey: string;
  /** i18n key (namespace `coach`) of a gentler way to say the same thing. */
  antidoteKey: string;
}

export interface StartupPartFinding {
  present: boolean;
  spans: Span[];
  /** i18n key of a short invitation to add this part when it is missing. */
  hintKey: string;
}

export interface CrisisFinding {
  present: boolean;
  kinds: CrisisKind[];
  spans: Span[];
  /** i18n key of the caring line shown above the locale's crisis resources. */
  messageKey: string;
}

export interface CoachResult {
  /** 'crisis': show resources instead of coaching. */
  mode: 'crisis' | 'coach';
  horsemen: Record<Horseman, HorsemanFinding>;
  startup: Record<StartupPart, StartupPartFinding>;
  crisis: CrisisFinding;
  labels: Label[];
  /** How many UTF-16 code units were analysed; very long drafts are analysed only in part. */
  analysedLength: number;
  truncated: boolean;
}
