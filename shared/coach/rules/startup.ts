/**
 * The parts of a gentle start-up: a feeling of one's own ("I feel lonely…"), a specific situation
 * ("…in the evenings this week…") and a positive request ("could we eat together tonight?").
 */
import type { StartupPart } from '../types.ts';
import type { RuleSet } from './rule.ts';
import { anyOf, rx } from './lexicon.ts';

/** Words for one's own feelings. "Criticized" belongs here: "I feel criticized when…" owns a feeling. */
const FEELINGS = anyOf([
  'hurt', 'sad', 'lonely', 'alone', 'stressed', 'anxious', 'worried', 'scared', 'afraid', 'nervous',
  'overwhelmed', 'frustrated', 'upset', 'disconnected', 'unappreciated', 'unseen', 'unheard',
  'invisible', 'left out', 'embarrassed', 'stretched thin', 'tired', 'exhausted', 'angry', 'mad',
  'disappointed', 'neglected', 'criticized', 'criticised', 'ignored', 'rejected', 'confused',
  'jealous', 'insecure', 'uneasy', 'uncomfortable', 'drained', 'burnt out', 'burned out',
  'discouraged', 'resentful', 'torn', 'guilty', 'ashamed', 'excited', 'happy', 'grateful',
  'thankful', 'proud', 'relieved', 'loved', 'appreciated', 'close to you', 'touched', 'moved', 'glad',
  'far from you', 'distant', 'taken for granted', 'on edge', 'down', 'low', 'helpless', 'unsure',
  'a bit lost', 'lost', 'pressured', 'rushed', 'disrespected', 'dismissed', 'misunderstood', 'annoyed',
  'irritated', 'hopeful', 'tense', 'worn out', 'wiped', 'awful', 'terrible', 'bad', 'uneasy',
]);
const SOFTENERS = String.raw`(?:(?:a|so|really|very|pretty|kind of|kinda|a bit|a little|quite|super|just|also|still|honestly|totally|deeply|more and more|increasingly|getting|feeling|been feeling|been|sort of) )*`;

const feeling: RuleSet<StartupPart> = {
  name: 'feeling',
  rules: [
    {
      id: 'i-feel',
      pattern: rx`\b(?:I|i)(?:'m| am|m|'ve been| have been| was| feel| felt| get| got| keep feeling| often feel| sometimes feel)? ${SOFTENERS}${FEELINGS}\b`,
    },
    {
      id: 'i-feel-like-we',
      pattern: rx`\bI (?:feel|felt|have been feeling|'ve been feeling) (?:like|that) (?:we|I|our|us|things)\b`,
    },
    {
      id: 'it-makes-me-feel',
      pattern: rx`
        \b(?:it|that|this) (?:really )?(?:bothered|bothers|hurt|hurts|upset|upsets|worried|worries|scared|stung|stings|saddens|saddened) me\b
        |\b(?:makes|made) me (?:feel )?${SOFTENERS}${FEELINGS}\b
        |\bI (?:really )?(?:miss|missed|have missed|'ve missed) (?:you|us|our|the way|when)\b
      `,
    },
  ],
};

const situation: RuleSet<StartupPart> = {
  name: 'situation',
  rules: [
    {
      id: 'specific-moment',
      pattern: rx`\b(?:last (?:night|week|weekend|time|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this (?:morning|afternoon|evening|week|weekend|month)|yesterday|today|tonight|tomorrow|earlier|lately|these days|recently|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)s?|at (?:dinner|breakfast|lunch|the party|the game|your parents'?|my parents'?|work)|in the (?:evenings|mornings)|since the [a-z]+ (?:came|started|arrived)|around the [a-z]+|with the [a-z']+(?: [a-z]+)? (?:schedule|bills|housework|dishes|laundry|budget))\b`,
    },
    {
      id: 'when-event',
      pattern: rx`\bwhen (?:the|you|I|we|plans|my|your|our|it|he|she|they)\b(?! (?:always|never)\b)`,
    },
  ],
};

const request: RuleSet<StartupPart> = {
  name: 'request',
  rules: [
    {
      id: 'could-we',
      pattern: rx`
        (?<!\b(?:how|why|what|who) )\b(?:could|can|would|will) (?:we|you|u)\b(?! (?:believe|ever|not|please stop|stop|just stop|seriously)\b)
        |\b(?:we|maybe we) could\b
        |\bwould (?:it be|you be) (?:okay|ok|alright|all right|possible|up for|willing|open)\b
        |\bdo you think we could\b
      `,
    },
    {
      id: 'i-need',
      pattern: rx`
        \bI (?:really )?need (?:you|us|some|a|to|help|more|your)\b
        |\bI(?:'d| would) (?:really )?(?:love|like|appreciate|be grateful)\b
        |\blet's\b
        |\bhow about\b
        |\bwhat if we\b
        |\bplease\b(?! (?:stop|don't|just stop))
        |\bI(?:'m| am) asking (?:for|you)\b
      `,
    },
  ],
};

export const startup: readonly RuleSet<StartupPart>[] = [feeling, situation, request];
