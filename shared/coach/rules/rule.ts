/**
 * The shape of the Coach's rule lexicons. Rules are data: a pattern plus a few guards, so that
 * adding a phrasing means adding a line, not touching the engine.
 */
export interface Rule {
  /** Stable name, shown by `npm run coach -- --explain`. */
  id: string;
  /** Matched case-insensitively; the whole match becomes the highlighted span. */
  pattern: RegExp;
  /** The match counts only when its sentence also matches this (e.g. "as usual" next to "you"). */
  ifSentence?: RegExp;
  /** The match does not count when its sentence matches this too (e.g. affection around a trait word). */
  unlessSentence?: RegExp;
  /** The match does not count when anywhere in the draft matches this (e.g. a sincere apology). */
  unlessDraft?: RegExp;
  /** A signal that is ambiguous alone ("I'm going to bed"): it counts only next to another horseman. */
  weak?: boolean;
  /** Counts only when the draft speaks to the partner at all (you, your, u, ur). */
  needsPartner?: boolean;
}

export interface RuleSet<Name extends string = string> {
  name: Name;
  rules: readonly Rule[];
  /** When the whole draft matches, nothing in this set counts (e.g. a break with a time to come back). */
  unlessDraft?: RegExp;
  /** Applies `Rule.unlessSentence` to every rule of the set. */
  unlessSentence?: RegExp;
  /**
   * Whether matches inside quotes or reported speech ("my sister says you never…") count.
   * Only crisis rules count them: there, missing a real signal costs more than a false alarm.
   */
  countsMentions?: boolean;
}
