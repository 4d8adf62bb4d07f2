/**
 * Criticism: a complaint turned into a verdict on the partner's character. It shows in sweeping
 * words ("you always / never"), trait labels ("you're so selfish"), questions about what is wrong
 * with the person, and unfavourable comparisons with others.
 */
import type { RuleSet } from './rule.ts';
import {
  ADDRESSES_PARTNER,
  ADVERBS,
  AFFECTION,
  CANT,
  DISOWNED,
  END,
  INTENSIFIERS,
  ITS,
  JOKING,
  OWN_APOLOGY,
  START,
  YOU,
  YOUR,
  YOURE,
  anyEmoji,
  anyOf,
  rx,
} from './lexicon.ts';

/** Traits people pin on a partner. Insults meant to wound are contempt (see contempt.ts). */
const TRAITS = anyOf([
  'lazy', 'selfish', 'careless', 'inconsiderate', 'irresponsible', 'ungrateful', 'controlling',
  'negative', 'messy', 'sloppy', 'unreliable', 'thoughtless', 'self-centered', 'self-centred',
  'self centered', 'self-absorbed', 'insensitive', 'rude', 'mean', 'cold', 'heartless',
  'needy', 'clingy', 'jealous', 'paranoid', 'dramatic', 'immature', 'childish', 'disorganized',
  'disorganised', 'forgetful', 'stubborn', 'critical', 'demanding', 'impossible', 'difficult',
  'hopeless', 'cheap', 'stingy', 'uncaring', 'unsupportive', 'oblivious', 'arrogant', 'bossy',
  'passive-aggressive', 'passive aggressive', 'manipulative', 'dishonest', 'untrustworthy', 'flaky',
  'boring', 'annoying', 'frustrating', 'infuriating', 'exhausting', 'neglectful', 'entitled', 'petty', 'judgmental', 'judgemental', 'defensive', 'touchy',
  'moody', 'grumpy', 'impatient', 'unreasonable', 'irrational', 'hypersensitive', 'too sensitive',
  'so sensitive', 'closed-off', 'emotionally unavailable', 'cold-hearted', 'unromantic', 'distant',
  'condescending', 'stubborn as a mule', 'useless with', 'terrible with', 'awful with', 'hopeless with',
  'bad with', 'incapable', 'unbearable', 'exhausting to live with', 'impossible to live with',
  'impossible to talk to', 'a flake', 'a slob', 'a nag', 'a control freak', 'a mess', 'a workaholic',
  'a liar', 'a hypocrite', 'a know-it-all', 'a complainer', 'a pushover', 'a couch potato',
  'a terrible listener', 'a bad listener', 'a terrible partner', 'a bad partner',
]);

/** Praise or reassurance that turns "you always / never" into a compliment. */
const POSITIVE_HABIT = rx`
  \b(?:(?<!\b(?:as|may|might|just as) )well|cosy|cozy|comfy|gorgeous|handsome|pretty|sexy|fun|funny|calm|safe|smell (?:so )?(?:good|nice|amazing|like)|best|good|great|amazing|love|laugh|smile|happy|sweet|kind|lovely|beautiful|thoughtful|patient|generous|support\w*|appreciate|thank\w*|grateful|admire|adore|enjoy|proud|cute|on my mind|in my heart|welcome|there for me|know (?:just |exactly )?(?:what|how|when|the right)|look (?:so |really )?(?:good|great|nice|gorgeous|beautiful|handsome|cute|hot)|find a way to make me|fail to|cease to|make (?:me|it|everything) (?:better|easier|feel (?:good|better|loved|safe|special|happy|seen|beautiful|like the luckiest))|look(?:s)? after|take care of|feel (?:like|at) home|cheer|come through|pull through|when it (?:matters|counts))\b
  |${anyEmoji('❤💕😍😘🥰')}
`;
/** "You never fail to…" and fondness around it: a "never" that praises. */
const NEVER_PRAISE = rx`
  \bnever (?:fail|disappoint|complain|let me down|give up|judge|stop (?:amazing|surprising|trying|making me)|miss a chance to (?:make me (?:laugh|smile|happy|feel)|cheer|help|tell me))
  |\bI (?:love|adore) (?:that|how|it)\b
`;
/** Idioms and reassurance with "never" that say nothing about the partner's character. */
const NEVER_IDIOMS = String.raw`(?! (?:know|knew|fail|failed|fails|cease|ceases|could have known|would have known|mind|have to|need to|had a chance|stood a chance|looked better|stop amazing|told me|mentioned|asked me|said|reminded|warned))`;

export const criticism: RuleSet<'criticism'> = {
  name: 'criticism',
  unlessSentence: OWN_APOLOGY,
  rules: [
    {
      id: 'you-always',
      pattern: rx`(?:${YOU}|${YOURE}) ${ADVERBS}(?:always|constantly|forever|continually|perpetually)\b`,
      // Teasing ("you always leave your keys out haha") is not a verdict on character.
      unlessSentence: rx`${POSITIVE_HABIT.source}|${JOKING.source}`,
      // Praise in the next sentence ("You always remember the little things. It means so much.").
      unlessDraft: rx`\b(?:means (?:so much|a lot|the world)|love (?:that|this|it) about (?:you|u))\b`,
    },
    {
      id: 'you-never',
      pattern: rx`
        (?<!\b(?:like|as if|as though|talk to|see) )${YOU}(?:'ve| have)? ${ADVERBS}never\b${NEVER_IDIOMS}
        |${YOURE} (?:the (?:one|kind of person|type of person)|someone|somebody|a person) (?:who|that) ${ADVERBS}(?:always|never)\b
      `,
      unlessSentence: NEVER_PRAISE,
    },
    {
      id: 'you-never-once',
      pattern: rx`\b(?:not (?:even )?once|never once) (?:have|did|do|has) ${YOU}\b`,
    },
    {
      id: 'you-not-ever',
      pattern: rx`
        ${YOU} (?:${ADVERBS})(?:don't|do not|dont|can't|cannot|cant|won't|wont|didn't|didnt) (?:[a-z]+ ){0,4}?ever\b
        |\b(?:why|how come) (?:can't |cant |don't |dont |won't |wont )?${YOU} ever\b
        |${YOU} (?:just )?don't [a-z]+ (?:[a-z]+ )?ahead,? ever\b
      `,
    },
    {
      id: 'every-single-time',
      pattern: rx`
        \bevery (?:single )?(?:time|day|night|weekend) (?:we|you|u|I ask|I try)\b
        |\b(?:as|like) (?:usual|always),? ${YOU}\b
      `,
      unlessSentence: POSITIVE_HABIT,
    },
    {
      id: 'every-time-with-you',
      pattern: rx`
        ${YOU} (?:[a-z']+ ){1,4}?every (?:single )?time\b
        |\bevery (?:single )?(?:conversation|discussion|talk|argument|fight|trip|holiday|dinner|day|plan) with ${YOU}\b
        |\b(?:there's|there is|it's|it is) always (?:something|some [a-z]+|an? [a-z]+)\b[^.!?]{0,30}\bwith ${YOU}\b
        |${YOU} only ever\b
        |\banother (?:day|night|weekend|evening|holiday|birthday|anniversary|dinner|morning) (?:where|when|that) ${YOU}\b
        |${START}never me\b
        |${START}every (?:single )?time${END}
      `,
      unlessSentence: POSITIVE_HABIT,
    },
    {
      id: 'as-usual',
      pattern: rx`\b(?:as usual|like always|per usual|as always|yet again|same as always)\b`,
      ifSentence: ADDRESSES_PARTNER,
      unlessSentence: POSITIVE_HABIT,
    },
    {
      id: 'all-you-ever-do',
      pattern: rx`
        \b(?:do|did|have|will|would) ${YOU} ever (?:think|care|consider|listen|notice|help|stop|ask)\b
        |\b(?:anyone|anybody|anything) (?:but|besides|other than|except) (?:yourself|you)\b
        |\bI (?:can|could) never (?:trust|count on|rely on|depend on) ${YOU}\b
        |\bI (?:can't|cannot|can not) trust ${YOU} (?:to|with)\b
        |\b(?:living with|married to|dating|stuck with) (?:someone|somebody|a person|a (?:man|woman|guy|partner)) who (?:can't|cannot|never|won't|doesn't|does not|only|always)\b
        |${YOU} can't even\b
        |\bexpected (?:anything|something|any) (?:different|better|more) (?:from|of) ${YOU}\b
        |\bI should have known better than to (?:trust|expect|ask|count on|rely on)\b
        |\ball ${YOU} (?:ever )?(?:do|care about|think about|talk about|want) is\b
        |${YOU} (?:can't|cannot|couldn't|can never) be bothered\b
        |\bis there (?:anything|one thing|a single thing) (?:that )?${YOU} (?:actually|ever|can't|don't|do right|follow through|finish)\b
      `,
    },
    {
      id: 'for-once',
      pattern: rx`
        \bfor once(?: in your life)?\b
        |\b(?:can|could|will|would) ${YOU} (?:ever )?(?:just )?once\b
        |\bis it (?:too much|so much|really too much) to ask\b
        |\bwould it kill ${YOU} to\b
        |\bhow (?:hard|difficult) is it to\b
        |\bwhy is it so (?:hard|difficult) for ${YOU} to\b
        |\bhow many (?:more )?times do I (?:have|need) to (?:tell|ask|remind|explain)\b
      `,
    },
    {
      id: 'why-always-question',
      pattern: rx`
        \bwhy (?:do|does|are|can't|cant|won't|must|is it that) ${YOU} (?:${ADVERBS})(?:always|never|have to|ever|so)\b
        |\bwhy do ${YOU} (?:always )?have to make (?:everything|every\w*|it all)\b
        |\bwhy are ${YOU} (?:like this|this way|always like this)\b
        |\bwhy can't ${YOU} (?:just )?(?:be (?:normal|an adult|a grown-up|nice|reasonable|on time|happy|more|less|a decent|a normal)|act (?:like|your age)|grow up|behave|listen|understand|get it|remember|admit)\b
      `,
      unlessSentence: POSITIVE_HABIT,
    },
    {
      id: 'everything-is-about-you',
      pattern: rx`
        \b(?:everything|it|it all) (?:always )?(?:has to be|is|'s|always is) (?:all )?about (?:what )?(?:you|u)\b
        |\b(?:everything|it|it all)(?:'s| is| has to be) (?:always |all |only )+about (?:what )?(?:you|u)\b
        |\bmake (?:it|everything|this) (?:all )?about (?:you|yourself)\b
        |${YOU} (?:only|just) (?:ever )?(?:think|care) about (?:yourself|your(?:self)?\b|you\b|ur\b)
        |\bno one (?:else )?matters to ${YOU}\b
      `,
    },
    {
      id: 'you-ruin-everything',
      pattern: rx`${YOU} (?:${ADVERBS})(?:ruin|ruined|ruins|spoil|spoiled|wreck|wrecked|complicate|mess up|messed up|blow up|blew up|screw up|screwed up|make|find a way to make|turn|forget|forgot|criticize|criticise|overthink|overreact to|question|undermine|twist|twisted) (?:absolutely )?(?:everything|every single thing|anything good)\b`,
    },
    {
      id: 'trait-label',
      pattern: rx`(?:${YOURE}|\bare ${YOU}|\bwhy are ${YOU}) ${INTENSIFIERS}${TRAITS}(?: person| human being| partner| man| woman| husband| wife| boyfriend| girlfriend)?\b`,
      // Laughter marks a trait word as teasing ("you're hopeless at hiding presents haha").
      unlessSentence: rx`${AFFECTION.source}|${DISOWNED.source}|\bnot ${TRAITS}|${JOKING.source}`,
    },
    {
      id: 'how-trait-you-are',
      pattern: rx`\bhow ${INTENSIFIERS}${TRAITS} ${YOU} (?:are|can be|have been|were|r)\b`,
      unlessSentence: AFFECTION,
    },
    {
      id: 'most-x-person',
      pattern: rx`\b(?:the most|such an?|what an?) ${TRAITS} (?:person|human being|partner|man|woman|husband|wife|boyfriend|girlfriend)\b`,
      unlessSentence: AFFECTION,
    },
    {
      id: 'what-is-wrong-with-you',
      pattern: rx`
        \b(?:what(?:'s| is| the hell is| the heck is)|something(?:'s| is)(?: seriously| really| clearly)?) wrong with ${YOU}\b
        |\bwhat(?:'s| is) ${YOUR} (?:problem|deal)\b
        |\b(?:the problem is|the problem here is|problem is) ${YOU}\b
        |${YOURE} the (?:problem|issue)\b
        |${YOURE} not (?:a|an) (?:team player|good (?:partner|listener|husband|wife|father|mother|parent|friend)|real (?:partner|adult|man|woman)|adult|grown-up)\b
        |\bwhat kind of (?:person|partner|parent|adult|grown adult|man|woman) (?:does|forgets|would|leaves|says)\b
      `,
    },
    {
      id: 'thats-who-you-are',
      pattern: rx`
        \b(?:that's|that is|it's|it is) (?:just )?(?:who|what|how) ${YOU} (?:are|always are|have always been)\b
        |\b${YOU}(?:'ll| will) never change\b
        |${YOU} never change\b
        |\byou(?:'re| are) (?:just )?like your (?:mother|father|mom|dad|mum|ex)\b
      `,
      // "You never change, and I love that" is fondness.
      unlessSentence: rx`${POSITIVE_HABIT.source}|${AFFECTION.source}`,
    },
    {
      id: 'incapable',
      pattern: rx`
        ${YOU}(?:'re| are)? (?:just |simply |clearly |obviously |really )?(?:(?:(?:aren't|are not|not) (?:capable|able))|incapable|unable) (?:of|to)\b
        |${CANT} (?:rely|count|depend) on ${YOU} (?:for|to do) (?:anything|a single thing)\b
        |${YOU} can't be trusted\b
        |${YOU} (?:just |really |still |clearly |obviously )?(?:don't|do not|dont|never) (?:get|got) it${END}
        |${YOU} (?:${ADVERBS})(?:don't|do not|dont|can't|cant) (?:care|respect|listen|think|appreciate|value|notice|consider|understand)\w* (?:about |how |what |for )?(?:anyone|anything|anybody|this family|us|me|my|how I|what I|a word|a single|the)\b
      `,
      unlessSentence: rx`\b(?:if|whether|maybe|hope|sometimes I worry)\b`,
    },
    {
      id: 'only-care-about',
      pattern: rx`
        ${YOUR} (?:priorities|values|morals) are (?:completely |totally |so |all )?(?:broken|messed up|screwed up|wrong|twisted|backwards)\b
        |\b${YOU} (?:${ADVERBS})(?:do|does|did) (?:the |only the )?(?:bare|absolute) minimum\b
      `,
    },
    {
      id: 'unfavourable-comparison',
      pattern: rx`
        \b(?:I )?wish ${YOU} (?:were|was|could be|would be|acted) (?:more|a (?:little|bit) more|even a little|half as \w+ as|as \w+ as)(?: like)?\b
        |\bwhy can't ${YOU} (?:be|act|just be) (?:more )?(?:like|as \w+ as)\b
        |\bunlike ${YOU},
        |\bother (?:husbands|wives|partners|boyfriends|girlfriends|men|women|dads|moms|mums|parents|people's partners) (?:actually|manage|seem|somehow|remember|help|don't|would never)\b
      `,
    },
    {
      id: 'someone-else-would',
      pattern: rx`\b(?:my|her|his|their|\w+'s) (?:ex|husband|wife|partner|boyfriend|girlfriend) (?:actually|would never|always|at least)\b`,
      ifSentence: ADDRESSES_PARTNER,
    },
    {
      id: 'rhetorical-who-does-that',
      pattern: rx`${START}who (?:even |in their right mind )?(?:does|forgets|leaves|says|acts like|treats|behaves like) (?:that|this|something like that)\b`,
    },
    {
      // Global verdicts said with "you're never / you can never", "never your fault", "you don't
      // care.", "you have no respect": the partner as a whole, not one event.
      id: 'global-verdict',
      pattern: rx`
        ${YOURE} ${ADVERBS}never (?:home|here|there|on time|ready|happy|satisfied|wrong|around|available|interested|serious|honest|grateful|on my side)\b
        |${YOU} (?:can|could) never (?:just )?(?:be|do|admit|say|remember|listen|finish|let|help|stop|take)\b
        |\b(?:it's |its |it is )?(?:never|always) (?:ever )?(?:your|ur) fault\b
        |${YOU} ${ADVERBS}(?:don't|do not|dont|never) (?:even )?care${END}
        |${YOU} (?:have|got|'ve got|show) (?:no|zero) (?:respect|consideration|empathy|manners|shame|self-control|patience|backbone|sense of responsibility|idea how to)\b
        |\b(?:you|u) (?:never|don't|dont) (?:lift|do) a finger\b
        |\bwhy (?:can't|cant|cannot|won't|wont|don't|dont) (?:you|u) ever\b
        |\bthe one time (?:you|u)\b
        |\bwhy do I (?:always|constantly|forever) have to\b
        |${YOU} ${ADVERBS}(?:don't|do not|never) (?:even )?(?:try|bother|care|listen|help|make an effort) any ?more\b
        |\b(?:it's|its|it is) like (?:you|u) never\b
        |\band never with (?:us|me|the kids|your family)\b
        |${YOU} ${ADVERBS}(?:care|cares|think|thinks) more about\b[^.!?]{0,40}\bthan\b[^.!?]{0,20}\b(?:me|us|your family|the kids)\b
        |${YOU} ${ADVERBS}(?:can't|cannot|can not) be trusted\b
        |${YOURE} ${ADVERBS}not (?:a |an |very |at all )?(?:reliable|considerate|thoughtful|supportive|caring|trustworthy|honest|responsible|kind|good|decent|loving|generous|mature|serious) (?:person|partner|man|woman|husband|wife|boyfriend|girlfriend|human being|parent|father|mother|adult)\b
        |\b(?:always|it's|its) (?:your|ur) way or (?:no way|nothing|the highway)\b
        |\bwhy is it always me (?:who|that) (?:has|have|needs) to\b
        |\b(?:world|universe|everything) (?:revolves|spins|turns) around (?:you|u)\b
        |${YOU} ${ADVERBS}(?:don't|do not|never) give a (?:damn|shit|toss|crap|fuck|monkey's)\b
        |\bevery (?:single )?(?:weekend|day|night|week|morning|evening|holiday)\b,? (?:it's|it is) the same\b
        |\bdo (?:you|u) have any idea how (?:${TRAITS}|hurtful|selfish|rude)\b
        |\bevery (?:single )?time I [a-z]+\b[^.!?]{0,40}\b(?:you|u)(?:'re| are| r)?\b
        |\b(?:only|just) (?:about|for|of) (?:yourself|urself)\b
        |${YOU} ${ADVERBS}(?:can't|cannot|never|don't) (?:even )?[a-z]+ (?:anything|a single thing|a thing)(?: right| properly)?${END}
      `,
      unlessSentence: rx`${POSITIVE_HABIT.source}|${DISOWNED.source}|\bnot your fault\b`,
    },
    {
      // A verdict with a tag question: "you just don't think, do you".
      id: 'tag-question-verdict',
      pattern: rx`${YOU} ${ADVERBS}(?:don't|never|can't|won't) (?:even )?[a-z]+(?: [a-z]+)?,? (?:do|can|will) (?:you|u)(?:\?|${END})`,
      unlessSentence: POSITIVE_HABIT,
    },
    {
      // "You're the worst" as a verdict; "you're the worst 😂" between friends is teasing.
      id: 'the-worst',
      pattern: rx`${YOURE} ${ADVERBS}(?:the worst|the absolute worst|a nightmare|impossible)${END}`,
      unlessSentence: rx`${POSITIVE_HABIT.source}|${JOKING.source}`,
    },
    {
      // Superlative verdicts: "the laziest person I know", "the least supportive". Not under the
      // praise guard, since "least supportive" contains a word of praise.
      id: 'superlative-verdict',
      pattern: rx`${YOURE} (?:\w+ )?the (?:laziest|messiest|rudest|meanest|coldest|stingiest|cheapest|pettiest|bossiest|moodiest|grumpiest|nastiest|dumbest|stupidest|sloppiest|most ${TRAITS}|least (?:reliable|considerate|thoughtful|helpful|romantic|supportive|patient))\b`,
      unlessSentence: AFFECTION,
    },
    {
      // "You're not exactly easy to live with": a verdict on the whole person, said as litotes.
      id: 'not-easy-to-live-with',
      pattern: rx`${YOURE} not (?:exactly |always |very |that )?(?:easy|fun|nice|pleasant|a joy|a picnic) to (?:live|be|deal|talk) with\b`,
      unlessSentence: AFFECTION,
    },
    {
      id: 'sweeping-judgement',
      pattern: rx`
        \bnothing (?:ever )?gets done\b
        |\b(?:it's|it is|nothing is|nothing's|nothing) (?:ever |never )?good enough for ${YOU}\b
        |\bnothing (?:ever )?(?:makes ${YOU} happy|pleases ${YOU})\b
        |\b${ITS} (?:always|never) (?:about you|your fault|enough for you)\b
        |\b(?:with ${YOU}|for ${YOU}),? it's (?:always|never)\b
      `,
    },
  ],
};
