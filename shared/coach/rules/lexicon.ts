/**
 * Building blocks shared by the rule lexicons: spelling variants people actually type in messages
 * ("ur", "dont", "im") and helpers that turn readable templates into RegExps.
 *
 * The text is matched after apostrophes and quotes were made straight (see text.ts), so patterns
 * only need to spell `'` and `"`.
 */

/**
 * Builds a case-insensitive, global RegExp from a raw template. A line break and the indentation
 * after it are dropped, so long alternations can be written one phrasing per line.
 *
 * An apostrophe before a letter (after a letter or opening an alternative, as in `I(?:'ll| will)`)
 * is optional: "don't" also matches "dont", "you're" "youre", "it's" "its", "I'll" "ill",
 * because many people text without them; rules spell the word once, properly.
 *
 * Deliberately without the `u` flag: case-insensitive Unicode matching made every rule about six
 * times slower, and the patterns only need ASCII words plus a few emoji, which match fine as
 * UTF-16 pairs in alternations.
 */
export function rx(strings: TemplateStringsArray, ...parts: string[]): RegExp {
  const source = String.raw({ raw: strings.raw }, ...parts)
    .replace(/\n\s*/g, '')
    .replace(/(?<=[A-Za-z]|\(\?:|\|)'(?=[A-Za-z])/g, "'?");
  return new RegExp(source, 'gi');
}

/** A non-capturing alternation of literal phrases; spaces inside a phrase match any run of spaces. */
export function anyOf(phrases: readonly string[]): string {
  const escaped = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+'));
  return `(?:${escaped.join('|')})`;
}

/** Emoji as an alternation; a character class would split their UTF-16 pairs without the `u` flag. */
export function anyEmoji(emoji: string): string {
  return `(?:${[...emoji].join('|')})`;
}

/** Any pictograph (most emoji) by its UTF-16 surrogates, plus the older symbol block (❤, ☺). */
const PICTOGRAPH = String.raw`(?:\uD83C[\uDC00-\uDFFF]|\uD83D[\uDC00-\uDFFF]|\uD83E[\uDC00-\uDFFF]|[\u2600-\u27BF])`;

/** Start of a sentence or line, allowing leading spaces. */
export const START = String.raw`(?<=^\s*|[.!?…\n]\s*|["*(]\s*)`;
/** End of a sentence or of the draft. */
export const END = String.raw`(?=\s*(?:[.!?…,;:\n]|$|${PICTOGRAPH}))`;

export const YOU = String.raw`\b(?:you|u|ya)\b`;
/** The sentence speaks to the partner. */
export const ADDRESSES_PARTNER = rx`\b(?:you|u|your|ur|yourself)\b`;
/** Who a report of harm is about: the partner named in any of the ways people do. */
export const PARTNER = String.raw`(?:\b(?:you|u|he|she|they)\b|\bmy (?:partner|husband|wife|boyfriend|girlfriend|bf|gf|fianc\w*|spouse|ex|other half|hubby|wifey))`;
export const YOUR = String.raw`\b(?:your|ur|yr)\b`;
/** "you are" and its texting spellings. */
export const YOURE = String.raw`\b(?:you're|you are|youre|ur|u r|u are|your(?= (?:so|such|always|never|really|just|being|literally|honestly|an?|the most|too|completely|totally) )|you (?:really|truly|honestly|just|seriously|actually|literally|clearly|obviously) are|you were|you've been|you have been|you can be|you're being|you are being)\b`;
export const IM = String.raw`\b(?:i'm|i am|im)\b`;
export const ITS = String.raw`\b(?:it's|it is|its|it was|that's|that is|thats|that was)\b`;
export const DONT = String.raw`\b(?:don't|do not|dont)\b`;
export const CANT = String.raw`\b(?:can't|cannot|can not|cant)\b`;
export const WONT = String.raw`\b(?:won't|will not|wont)\b`;
export const ILL = String.raw`\b(?:i'll|i will|i'm going to|i am going to|i'm gonna|im gonna|im going to|i'd|i would)\b`;
/** Words that soften or sharpen without changing who is spoken about ("you're just so…"). */
export const INTENSIFIERS = String.raw`(?:(?:so|such|such an?|really|truly|just|always|totally|completely|fundamentally|incredibly|honestly|literally|seriously|kind of|kinda|pretty|very|too|way too|an?|the most|being|absolutely|utterly|beyond|simply|a bit|a little|an absolute|a total|a complete|an utter|the biggest|a real|genuinely|clearly|obviously|such a|still|basically|often|sometimes|being so|acting|acting so|getting) )*`;
/** Adverbs people slip between subject and verb ("you literally never…"). */
export const ADVERBS = String.raw`(?:(?:just|literally|seriously|really|honestly|basically|practically|pretty much|still|also|genuinely|clearly|obviously|simply|truly|actually) )*`;

/** Laughter or a wink that marks hyperbole as a joke ("I'll kill you 😂 jk"). */
export const JOKING = rx`\b(?:jk|j/k|lol|lmao|rofl|haha\w*|kidding|joking)\b|${anyEmoji('😂🤣😆😜😝😹')}`;
/** Warmth that turns a trait word into fondness ("so stubborn, and I love that about you"). */
export const AFFECTION = rx`\b(?:love|adore|cute|sweet|favou?rite|admire|proud|lucky|grateful)\b|${anyEmoji('❤💕😍😘🥰💖💗')}`;
/**
 * The writer apologising for their own words ("I'm sorry I called you selfish"): repair, not attack.
 * "Sorry I'm not a mind reader" is sarcasm, so only apologies for something done count.
 */
export const OWN_APOLOGY = rx`\b(?:I'm sorry|I am sorry|im sorry|I apologi[sz]e|I regret)(?: (?:that|for))? (?:I |for )?(?:said|saying|called|calling|was|being|got|getting|did|yelled|yelling|snapped|snapping|shouted|shut|shutting|walked|walking|stormed|told|went)\b|\bI (?:shouldn't|should not) have (?:said|called|told|walked|shut|yelled)\b|\bwasn't fair of me\b`;
/** Someone else is being quoted, or the speaker disowns the judgement ("I don't think you're lazy"). */
export const DISOWNED = rx`\b(?:don't|do not|dont|never|didn't|did not|not that|wouldn't) (?:think|thought|said|say|believe|mean|meant|call|called)\b`;
