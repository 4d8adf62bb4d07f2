/**
 * Contempt: speaking from above. Insults and mocking names, sarcasm and mock praise, talking down,
 * disgust, and the eye-roll in words or emoji.
 */
import type { RuleSet } from './rule.ts';
import {
  ADDRESSES_PARTNER,
  AFFECTION,
  DISOWNED,
  END,
  INTENSIFIERS,
  JOKING,
  OWN_APOLOGY,
  START,
  YOU,
  YOUR,
  YOURE,
  anyOf,
  rx,
} from './lexicon.ts';

/** Words that name a person as worthless or stupid. */
const INSULTS = anyOf([
  'idiot', 'moron', 'loser', 'clown', 'joke', 'fool', 'imbecile', 'dumbass', 'jerk', 'ass', 'asshole',
  'bitch', 'bastard', 'pig', 'disgrace', 'embarrassment', 'failure', 'waste of space', 'waste of air',
  'piece of work', 'waste of my time', 'waste of time', 'piece of garbage', 'piece of trash', 'piece of shit', 'garbage', 'trash', 'nobody',
  'psycho', 'lunatic', 'cretin', 'halfwit', 'dimwit', 'airhead', 'pathetic', 'worthless', 'useless',
  'stupid', 'dumb', 'thick', 'dense', 'disgusting', 'gross', 'embarrassing', 'spineless', 'brainless', 'clueless',
  'a child', 'such a child', 'a baby', 'such a baby', 'a big baby', 'a coward', 'a parasite',
  'a leech', 'a freeloader', 'a deadbeat', 'a wreck', 'a laughingstock', 'beneath me', 'a walking disaster',
  'full of yourself', 'full of it', 'full of shit', 'so full of yourself',
  'a disaster', 'a train wreck', 'a catastrophe', 'a liability', 'a lost cause', 'a sorry excuse',
]);

/** Mocking names and titles ("your highness", "Miss Perfect", "genius" said with a sneer). */
const MOCK_TITLES = anyOf([
  'your highness', 'your majesty', 'your royal highness', 'your lordship', 'your ladyship',
  'your holiness', 'drama queen', 'drama king', 'captain obvious', 'mr perfect', 'mr. perfect',
  'miss perfect', 'mrs perfect', 'mrs. perfect', 'ms perfect', 'ms. perfect', 'mister perfect',
  'mr know-it-all', 'mr. know-it-all', 'miss know-it-all', 'little miss', 'little mister',
  'mr. important', 'mr important', 'miss important', 'miss priss',
]);
/** Nicknames thrown at someone at the end of a sentence (", genius." / "okay, professor"). */
const SNEER_NAMES = anyOf([
  'genius', 'einstein', 'sherlock', 'professor', 'loser', 'idiot', 'hotshot', 'smart guy', 'smartass',
  'smart-ass', 'big shot', 'mastermind', 'rocket scientist', 'brainiac', 'moron', 'dummy', 'dumbo',
  'smarty pants', 'smartypants', 'big man', 'tough guy', 'hard man',
]);
/** Nicknames that are as often fond ("thanks, hero!"), so they count only said flatly (", hero."). */
const FLAT_SNEER_NAMES = anyOf(['hero', 'superstar', 'ace', 'chief', 'captain', 'champ', 'princess', 'sunshine', 'buddy', 'pal']);
/** Someone who could do better than the partner, in an insulting comparison. */
const LESSER_BEINGS = anyOf([
  'golden retriever', 'dog', 'puppy', 'toddler', 'child', 'kid', 'baby', 'five-year-old', 'five year old',
  'six-year-old', 'five year-old', 'preschooler', 'monkey', 'goldfish', 'houseplant', 'potato', 'rock',
  'teenager', 'chimp', 'hamster', 'trained seal', 'brick wall', 'wall', 'kindergartner', 'first grader',
  'grandmother', 'grandma', 'granny', 'grandpa', 'eight-year-old', 'ten-year-old', 'blind man', 'drunk',
]);

export const contempt: RuleSet<'contempt'> = {
  name: 'contempt',
  unlessSentence: OWN_APOLOGY,
  rules: [
    {
      id: 'insult',
      pattern: rx`(?:${YOURE}|\b(?:why )?are (?:you|u)) ${INTENSIFIERS}${INSULTS}\b|${START}what (?:an?|a total|a complete|an absolute) (?:idiot|moron|loser|joke|clown|child|baby|jerk)${END}`,
      unlessSentence: rx`${DISOWNED.source}|\b(?:not|never) ${INTENSIFIERS}${INSULTS}\b|${AFFECTION.source}`,
    },
    {
      id: 'insult-vocative',
      pattern: rx`
        ${YOU} (?:(?:absolute|total|complete|utter|stupid|selfish|self-absorbed|spoiled|spoilt|pathetic|useless|lazy|worthless|little|big|giant|ungrateful|insufferable|miserable|sorry|fat|ugly|dumb|lying|good-for-nothing) )+(?:child|baby|idiot|moron|loser|clown|fool|jerk|pig|slob|brat|coward|mess|failure|joke|muppet|prat|numpty|plonker|tosser|wally|pillock|doofus|excuse for a \w+|piece of \w+|garbage|trash)\b
        |${YOU} (?:idiot|moron|loser|clown|fool|jerk|pig|brat|coward|muppet|prat|numpty|plonker|tosser|wally|pillock|doofus|dipshit|dickhead|knobhead|cow|slob|child|baby)\b(?! (?:and|or|too|as well|is|are|were|was)\b)
      `,
      // "you muppet 😂 you left your keys in the door" is fond.
      unlessSentence: rx`${JOKING.source}|${AFFECTION.source}`,
    },
    {
      id: 'mock-title',
      pattern: rx`\b${MOCK_TITLES}\b`,
      // "My coworker is such a drama queen" is about someone else.
      unlessSentence: rx`\b(?:he|she|they)(?:[']s| is| was| are)\b|\bmy [a-z-]+(?:[']s| is| was)\b`,
    },
    {
      id: 'sneer-name',
      pattern: rx`
        (?:,|${START}|\b(?:okay|ok|sure|thanks|yeah|yes|well|ha|lol|great|nice|good job|right|whatever|fine)[,.]?) ?${SNEER_NAMES}${END}
        |(?:,|\b(?:okay|ok|sure|thanks|yeah|well|great|nice|good job|way to go|whatever|fine),?) ${FLAT_SNEER_NAMES}(?=\s*(?:[.,]|$))
        |\b(?:the|our|my) (?:genius|einstein|mastermind|expert|rocket scientist|princess|prince|king|queen|drama queen) (?:(?:finally|has|just|actually|again) )*(?=[a-z]+ed\b|woke|woken|forgot|strikes|did|thought|decided|left|broke|lost|managed|graces|speaks|spoke|returns|arrives|has spoken|deigns)
      `,
      unlessSentence: AFFECTION,
    },
    {
      id: 'world-expert',
      pattern: rx`
        \b(?:mr\.?|miss|the) (?:big|great|almighty|resident|self-proclaimed|self-appointed|so-called) (?:expert|genius|authority|boss|brain)\b
        |\bexpert on everything\b
        |\bthe big (?:hero|man|shot|expert|genius|boss|tough guy)\b
        |\b(?:nobody|no one|anyone|who) asked (?:for )?(?:you|your (?:opinion|input|advice|two cents))\b
        |\b(?:the )?world's (?:leading|greatest|foremost|best|biggest|most (?:important|brilliant)) (?:expert|authority|genius|parent|partner|driver|chef)\b
        |\bI forgot I was (?:talking|speaking|married|living) (?:to|with)\b
        |\boh,? (?:I'm |I am )?(?:so )?sorry,? (?:I forgot (?:you|that you|I was)|did I|was I|am I)\b
        |\b(?:I forgot|since|because|of course) ${YOU} know (?:everything|it all|best)\b
      `,
    },
    {
      id: 'insulting-comparison',
      pattern: rx`
        \b(?:a|an|even a|even an|my|our|the|your) (?:[a-z-]+ )?${LESSER_BEINGS} (?:could|would|can|knows|does|would've|could've|understands|gets|remembers)(?:n't| not)? (?:[a-z']+ ){0,4}?(?:better|faster|smarter|than (?:you|u)|remember|figure|manage|do (?:this|that|it)|understand|handle)\b
        |\blike (?:listening to|talking to|watching|dealing with|living with|arguing with|reasoning with|explaining \w+ to) (?:a|an) ${LESSER_BEINGS}\b
        |\b(?:living|dealing) with (?:a|an) (?:grown adult|grown man|grown woman|adult|toddler|child) who\b
        |\bact(?:ing)? like (?:a|an) (?:child|toddler|baby|five-year-old|spoiled brat|teenager)\b
        |${YOU} (?:sound|look|act|behave|talk|whine|are acting|are behaving|'re acting|'re behaving) like (?:a|an|some) (?:[a-z]+ )?(?:${LESSER_BEINGS}|brat|spoiled brat)\b
      `,
      // "My boss is acting like a child" is venting about someone else.
      unlessSentence: rx`${AFFECTION.source}|\b(?:excited|christmas|happy|proud)\b|\b(?:he|she|they|my (?:boss|manager|sister|brother|mum|mom|dad|friend|colleague|coworker|neighbou?r|son|daughter|kid|nephew|niece))(?:'s| is| was| are| were| keeps| has been| kept) (?:[a-z]+ )?(?:acting|behaving|sulking|whining)\b`,
    },
    {
      id: 'sarcastic-oh',
      pattern: rx`
        ${START}oh,? (?:wonderful|great|perfect|fantastic|brilliant|lovely|terrific|goody|joy|super|fabulous|amazing|incredible|how nice|how lovely|how wonderful)[,.]? (?=another|more|just what|you|ur|your|thanks|as if)
        |${START}oh,? please[,.!]
        |${START}oh,? look who\b
      `,
      // Real delight comes with exclamation marks and warm words ("Oh wonderful, you're home!").
      unlessSentence: rx`!|${AFFECTION.source}|\b(?:congrat\w*|happy|glad|yay)\b`,
    },
    {
      id: 'mock-celebration',
      pattern: rx`
        \b(?:should (?:I|we)|someone|somebody|quick,?|better|let me|I'll) (?:call|alert|notify|tell|phone) the (?:local )?(?:news|media|press|papers|newspapers?|tv)\b
        |\balert the (?:media|press)\b
        |\bstop the presses\b
        |\bdo you want (?:a|an|some) (?:medal|trophy|parade|gold star|cookie|prize|award|round of applause|pat on the back)\b
        |\b(?:someone|somebody) give (?:you|this (?:man|woman|person|guy|girl)) a (?:medal|trophy|award|prize)\b
        |\b(?:congratulations|congrats|bravo|well done|wow),? (?:on |for )?(?:doing |managing |finally )?(?:the )?(?:absolute |bare )+minimum\b
        |${START}(?:truly|how|so|very|real|really) (?:inspiring|impressive|heroic|mature)[.](?!\w)
        |\b(?:real|very|so|how) mature\b(?!\s+(?:of|and|for)\b)
      `,
    },
    {
      id: 'mock-miracle',
      pattern: rx`
        \bmark (?:the|your|my) calendars?\b
        |\bmiracles (?:do|still) happen\b
        |\bit's a miracle\b
        |\bwill wonders never cease\b
        |\b(?:someone|somebody) pinch me\b
      `,
      // "Miracles do happen" about the baby sleeping through is joy; aimed at the partner it mocks.
      needsPartner: true,
    },
    {
      id: 'mock-surprise',
      pattern: rx`
        \bwhat a (?:shock|surprise)(?=,)
        |${START}(?:shocking|shocker|big surprise|surprise,? surprise|colou?r me (?:shocked|surprised)|go figure|what else is new|who could have guessed|who would have thought|typical|so typical|how typical|classic you|typical you)[.!]
        |\b(?:so |how )?typical of ${YOU}\b
        |\btypical ${YOU}\b
      `,
    },
    {
      id: 'mock-sweetness',
      pattern: rx`
        \b(?:it's|that's|it is|that is|how) (?:so |really |just )?(?:adorable|cute|sweet|precious|hilarious|funny|cute) (?:that|how) ${YOU} (?:think|thought|believe|call|consider|actually think|really think|still think)\b
        |(?<!\bwhat (?:do|did|would|should) )\b${YOU} call (?:that|this) (?:an?|the)? ?[a-z]+(?: [a-z]+)?\?
        |\bit must be (?:exhausting|nice|hard|tiring|so hard|so nice|lovely|great) (?:being|to be) (?:right|perfect|you|so)\b
        |(?:${START}|\b(?:haha|lol|aww?|oh),? )(?:so |how )?(?:cute|adorable|sweet) (?:that|how) ${YOU} (?:think|thought|believe)\b
        |\b(?:cute|adorable|funny|hilarious|sweet) (?:when|how) ${YOU} (?:pretend|try|think|act)\b
        |\bpretend(?:ing)? to know\b
      `,
    },
    {
      id: 'talking-down',
      pattern: rx`
        \bwhat are ${YOU},? (?:five|six|seven|ten|twelve|\d+|a child|a toddler|a baby|stupid|deaf|blind)\?
        |\bare ${YOU} (?:deaf|blind|stupid|dense|slow|thick|dumb)\?
        |${START}listen to yourself\b
        |\b(?:explain|teach|spell out|remind)\b[^.!?]{0,40}\bto (?:a|an) (?:grown|full-grown) (?:adult|man|woman|person)\b
        |\blet me explain (?:this|it|that) (?:very |really |super |nice and )?(?:slowly|simply|in small words)\b
        |\b(?:so|that) even ${YOU} (?:can|could|might|would|will) (?:follow|understand|get|grasp|manage)\b
        |\buse small words\b
        |\bdo I (?:need|have) to (?:draw|spell) (?:you |it |this )?(?:a |it out)?\b
        |\bdraw ${YOU} a (?:diagram|picture|map)\b
        |\bI'd ask what ${YOU} (?:were|was) thinking,? but\b
        |\bthat (?:would )?(?:assumes?|requires?|implies?) (?:that )?${YOU} (?:were|are|can|have|had|could)\b
        |\bis (?:that|this|it) too (?:complicated|hard|difficult) for ${YOU}\b
        |\bleave the (?:grown[- ]up|adult|real|important|hard|difficult|serious) (?:jobs|stuff|work|decisions|things|thinking|tasks) to (?:me|the (?:adults|grown[- ]ups|professionals))\b
      `,
    },
    {
      id: 'mocking-hurt',
      pattern: rx`
        \b(?:aww+|aw+|oh),? poor (?:baby|thing|you|little \w+)\b
        |${START}poor baby\b
        |\b(?:aww+|aw+),? (?:is|did|does|are) (?:the |my |our |somebody |someone |little )?(?:baby|princess|prince|little \w+|somebody|someone)\b
        |\bneed a nap\?
        |\b(?:aww+|aw+),? (?:is|did|does|are|has) (?:the |my |our |somebody |someone |poor )?(?:[a-z]+ ){0,3}?(?:man|boy|girl|lady|hubby|wifey)\b
        |\bget (?:his|her|your|ur|their) (?:little |poor |delicate |precious )?feelings hurt\b
        |\bdid (?:the|that|my|your|a) (?:[a-z]+ )*?(?:hurt|bruise) ${YOUR} (?:little |poor |delicate |fragile )?(?:feelings|ego)\b
        |${YOUR} (?:little|precious|delicate|fragile) (?:tantrum|feelings|hobby|project|friends|game|opinion|ego|meltdown|fit|show|drama|business|idea|ideas|plan|plans)\b
        |\bbeneath (?:even )?${YOU}\b
        |\beven by ${YOUR} (?:own )?standards\b
        |\b(?:your|you) [^.!?]{0,60}?\b(?:is|was|are|were) (?:frankly |honestly |just |so |really |absolutely |utterly )*(?:embarrassing|pathetic|disgusting|shameful|laughable)\b
        |\bnew low(?: even)? for ${YOU}\b
        |${START}keep crying\b
        |\bcry me a river\b
        |\bboo[- ]?hoo\b
      `,
    },
    {
      id: 'mocking-disbelief',
      pattern: rx`
        \byeah,? because ${YOUR} (?:last |previous )?(?:brilliant|great|genius|amazing|wonderful|fantastic|perfect)? ?(?:plan|idea|decision|scheme)\b
        |\bbecause that (?:went|worked out|turned out|ended) so well\b
        |\b(?:very|totally|so) believable\b
        |\byeah,? right(?=[.!,])
        |\b(?:a )?likely story\b
        |(?:${START}|\b(?:ok|okay|lol|yeah|oh),? )sure,? ${YOU} (?:did|do|were|are|will|have)${END}
        |${START}as if${END}
        |${START}(?:sure|yeah|oh yeah|right|of course|oh sure),? because (?:you're|you are|ur|u r) (?:so|such|always|totally|clearly)\b
        |\b(?:lol|lmao|haha\w*|rofl) at (?:you|u|ur|your)\b
        |\blaughing at (?:you|u)\b(?=[^.!?]*\b(?:everyone|we|I)\b)
      `,
    },
    {
      id: 'sarcastic-welcome',
      pattern: rx`
        \bnice of ${YOU} to (?:finally )?(?:grace|join|show|bother|remember|turn up|make it|notice)\b
        |\bgrace (?:us|me) with ${YOUR} presence\b
        |\b(?:thanks|thank you) for nothing\b
        |\bso glad ${YOU} could (?:finally )?(?:make it|join us|bother)\b
        |\blook who (?:finally )?(?:decided|showed|made it|remembered)\b
        |\bdid I interrupt ${YOUR}\b
        |${YOUR} (?:very|oh so|so very|super) (?:important|precious|busy) \w+
      `,
    },
    {
      id: 'scare-quotes',
      pattern: rx`
        (?:\b(?:your|ur|you|u) (?:[a-z]+ ){0,2}?|\bthanks for (?:the |all the |your )?|\bso-called |\b(?:nice|great|lovely|real|really|so|such|what a) )["'](?!(?:i|you|we|it|he|she|they|my|our|that|this)\b)[a-z][^'"\n]{1,40}?[.!?,]?["'](?![a-z])
        |["'][a-z][^'"\n]{1,30}?["'] (?:of you|from you)\b
      `,
    },
    {
      id: 'eye-roll',
      pattern: rx`
        \*\s*(?:rolls? (?:my |her |his |their )?eyes|eye ?rolls?|scoffs?|snorts?|smirks?|sneers?|slow clap|claps slowly|sighs dramatically)\s*\*
        |${START}(?:eye ?roll|rolls eyes|scoff)${END}
        |\b(?:rolling|rolled|roll) my eyes (?:so hard |so much )?(?:at (?:you|u|ur|your)\b|rn\b|right now\b|(?=\s*(?:[.!]|$)))
      `,
    },
    {
      id: 'eye-roll-emoji',
      pattern: rx`🙄|😒|🤦`,
      needsPartner: true,
    },
    {
      id: 'disgust',
      pattern: rx`
        ${YOU} (?:${INTENSIFIERS})(?:disgust|repulse|sicken|revolt|nauseate)s? me\b
        |${YOU} make me (?:sick|want to (?:puke|vomit|throw up))\b
        |\bI (?:can't|cannot|cant) (?:even |stand to |bear to )?look at (?:you|u)\b(?![^.!?]*(?:!|\bdriving\b|\bwork\b|\bmeeting\b))
        |\b(?:embarrassed|ashamed|humiliated) to be (?:seen |married |with |associated )?(?:with|to) ${YOU}\b
        |${YOU} embarrass me\b
        |\b(?:it's|that's|it is|that is) ${INTENSIFIERS}(?:disgusting|gross|revolting|repulsive|pathetic|embarrassing) (?:living with|being with|watching you|how (?:little |much |badly |bad |poorly |often )?you|the way you|that you|to watch you|to see you)\b
        |(?:,|;|${START}) ?(?:it's|that's|its|thats|it is|that is) (?:so |just |honestly |frankly |really |genuinely )?(?:pathetic|laughable|pitiful)${END}
        |${START}(?:ew+|yuck|gross|ugh+)[.!,]* (?=(?:${YOU}|${YOUR}|whatever|seriously|really|don't|do not|stop|get away|get off)\b)
      `,
    },
    {
      id: 'hostile-laughter',
      pattern: rx`
        \b(?:can't|cannot) believe I(?: married| am (?:with|dating)|'m (?:with|dating)| chose| picked| ended up with| settled for| live with|'m living with) (?:someone|somebody|a (?:man|woman|person|guy|girl)) (?:this|so|that|who)\b
        |\b(?:watching|seeing|listening to|hearing) ${YOU} [^.!?]{0,50}?(?:was|is) (?:hilarious|the funniest|so funny|pathetic|painful|laughable|adorable|cute)\b
        |\bwow,? (?:a|an) (?:whole|entire|full) [a-z]+ without\b
      `,
    },
    {
      id: 'laughing-at-you',
      pattern: rx`\b(?:the )?funniest thing I've seen\b`,
      ifSentence: ADDRESSES_PARTNER,
    },
    {
      id: 'scoff',
      pattern: rx`
        ${START}(?:impressive|very impressive|real impressive|classy|real classy|smooth|nice one|brilliant)\.(?=\s|$)
        |\bthat'll be the day\b
        |\bwhen pigs fly\b
        |${START}${YOU},? [a-z]+ing(?: [a-z']+){0,3}\?
        |${START}pf+t+\b
        |${YOURE} (?:a )?grown (?:man|woman|adult|person) (?:who|and you)\b
        |\bhow (?:do|does|did) ${YOU} (?:even )?(?:function|survive|manage to (?:dress|live|get through))\b
        |\bhow (?:are|did) ${YOU} (?:even )?(?:an adult|still alive|employed)\b
        |${START}(?:pathetic|disgusting|embarrassing|laughable|unbelievably stupid|how pathetic|so pathetic|loser)(?: (?:tbh|honestly|really|tho|though|lol|mate|man|dude))?${END}
        |${START}(?:ugh+|pfft+|psh+|tsk),? (?:whatever|${YOU}|seriously)\b
        |\bwasting my (?:breath|time|energy) on ${YOU}\b
        |\b${YOU}(?:'re| are) not worth (?:it|my time|the effort|the breath)\b
      `,
    },
    {
      // Mock praise for the ordinary: "congrats on finally…", "want a medal?", "gold star for you".
      id: 'mock-praise',
      pattern: rx`
        \b(?:congrat\w*|well done|bravo|good job|great job|way to go|good for you|wow|amazing|look at you),? (?:on |for )?(?:\w+ing )?(?:\w+ )?finally\b
        |\b(?:want|wants|wanting|need|needs|deserve|deserves|expecting|expect|get) (?:a|an|some) (?:medal|trophy|gold star|cookie|parade|prize|award|round of applause|pat on the back)\b
        |\bgold star for (?:you|u)\b
        |\b(?:shall|should) (?:we|I) (?:throw|have|hold|plan|organi[sz]e) (?:a|you a|an) (?:party|parade|celebration|ceremony|street party)\b
        |\b(?:slow clap|👏 ?👏)
      `,
    },
    {
      // Sarcastic thanks and mock helpfulness ("thanks a lot, really helpful as always 🙄").
      id: 'sarcastic-thanks',
      pattern: rx`
        \b(?:thanks|thank you|thx|ty) (?:a lot|so much|a bunch|heaps|loads)\b(?=[^.!?]*(?:\b(?:as (?:always|usual)|for nothing|really helpful|so helpful|very helpful|not)\b|🙄|😒))
        |\b(?:really|so|very|super|real) helpful,? (?:as (?:always|usual)|thanks|thank you|once again)\b
        |\b(?:thanks|thank you),? (?:for (?:nothing|ruining|wrecking|embarrassing))\b
      `,
      unlessSentence: rx`!|${AFFECTION.source}`,
    },
    {
      // Mocking titles built on "Mr/Miss + virtue" ("mr expert", "Miss Organised").
      id: 'mock-mister',
      pattern: rx`\b(?:mr|mister|miss|mrs|ms|little miss|little mister|saint)\.? (?:expert|know[- ]?it[- ]?all|perfect|helpful|useful|thoughtful|reliable|punctual|generous|romantic|fix[- ]it|important|right|busy|responsible|organi[sz]ed|sensitive|innocent|nice guy|hard ?working|always right|never wrong|holier[- ]than[- ]thou|sunshine|popular|clean|tidy|wonderful|martyr)\b`,
    },
    {
      // Sarcastic tags and put-downs: "you really are something else", "so predictable",
      // "who do you think you are", "get over yourself", "grow up", "do you even hear yourself".
      id: 'put-down',
      pattern: rx`
        ${YOURE} (?:really |truly |honestly |just )?something else\b
        |${START}(?:wow\.?\s*)?just wow\b
        |\b(?:so|how|very|soo+) predictable\b
        |\bplay(?:ing|s)? the (?:victim|martyr)\b
        |\bacting like (?:the|a) (?:victim|martyr|saint)\b
        |\bwho (?:the hell |tf )?do (?:you|u) think (?:you are|ur|you're)\b
        |\bget over (?:yourself|urself)\b
        |${START}grow up\b(?!\?\s*(?:never|nah|no|nope|me)\b)
        |\bdo (?:you|u) (?:even )?(?:hear|listen to) (?:yourself|urself)\b
        |\bhow old are (?:you|u)\b
        |\bget a life\b
        |\b(?:nobody|no one|no-one) cares(?:${END}| (?:about |what )?(?:you|u|your|ur)\b)
        |\b(?:talk|tell|complain|cry) (?:it )?to (?:someone|somebody) who cares\b
        |\bspare me\b
        |\b(?:god|heaven) forbid (?:you|u)\b
        |\bnews ?flash\b
        |\bearth to\b
        |\bbless (?:your|ur) (?:little )?heart\b
        |\bin (?:your|ur) dreams\b
        |\bnice try\b(?=[^!]*$)
        |\bwhat a joke\b
        |\b(?:lol|lmao|lmfao|haha\w*)\W+(?:you|u)\?\s*[a-z]+\?
        |\bwow,? (?:a|an) (?:whole|entire|full) [a-z]+\b(?![^.!?]*!)
        |\b(?:lol|lmao|lmfao|haha\w*|rofl)\b[^.!?]{0,10}\b(?:you|u) (?:think|thought|really think|actually think|call)\b
        |\b(?:are|r) (?:you|u) (?:going to|gonna) cry\b
        |\bgold star for [a-z]+ing\b
        |\bsuch a (?:hard|tough|rough|long|difficult) (?:day|life|week) for (?:you|u)\b
        |\bthe state of (?:you|u|ya)\b
        |\ball (?:by|on) (?:yourself|urself|your own)\?
        |\bdiddums\b
        |${START}(?:hero|champ|superstar|genius|einstein)\.(?=\s|$)
        |\bimagine (?:thinking|believing|being (?:this|that|so))\b
        |\band I'm (?:the )?(?:queen|king|pope|santa|a unicorn|the tooth fairy)\b
        |${START}sure,? sure\b
        |${START}(?:like|as if) (?:you|u)(?:'d| would| could| even| actually) (?:know|care|understand|notice|remember|get it)\b
        |\bwhat (?:a|an) (?:pathetic|lame|feeble|sad|weak|joke of an?) (?:excuse|apology|effort|attempt|answer)\b
        |${START}(?:yawn|zzz+)${END}
        |\bsame old (?:story|excuse|excuses|song|crap|bs|rubbish)\b(?=[^.!?]*\b(?:you|u|your|ur)\b)
        |\b(?:shall|should) I (?:frame|laminate) (?:it|this|that)\b
        |\b(?:being|you(?:'re| are)|you can be) (?:this|that) (?:useless|stupid|dumb|pathetic|clueless|incompetent|thick|dense)\b
        |\b(?:does|did) it come naturally\b
        |\bgrow up(?<!\b(?:I|we|they|kids|children|to|when I|will|they'll|we'll|you'll|you|should|boys|girls) grow up)\b(?! (?:to|in|with|fast|so|together|around|near|and|big|happy)\b)(?!\?\s*(?:never|nah|no|nope|me)\b)
        |\b(?:nobody|no one|no-one) asked${END}
        |\bdid (?:mummy|mommy|your (?:mum|mom|mommy|mummy|mother|dad|daddy)|daddy) (?:not|never)\b
        |\bunlike (?:some people|someone I know|certain people|some of us)\b
        |\b(?:nice|good|great|lovely) (?:to see|that|of) (?:you|u) (?:finally|actually|eventually)\b
        |\bgood luck with that(?=\s*(?:[.,]|$))
        |\ball by (?:yourself|urself)\?
        |\bwhatever (?:helps|makes) (?:you|u) (?:sleep at night|feel better)\b
        |\b(?:lol|lmao|lmfao|haha\w*|rofl),? ${YOU} (?:really|actually|seriously|honestly|genuinely) (?:thought|think|believed|believe|expected|expect)\b
        |${YOURE} (?:always |so |never |just )?(?:right|perfect|innocent|wrong|a saint|an angel|the (?:perfect|innocent|smart|clever|good) one)\b,? (?:aren't you|right|huh|of course)(?:\?|${END})
        |\b(?:I'm|im|I am) embarrassed for (?:you|u)\b
        |\b(?:you|u) think (?:that|this) counts as\b
        |${YOURE} (?:so |such )?(?:the )?(?:perfect|innocent|a saint|an angel|flawless)(?: one)?,? right\?
        |${YOURE} (?:so|sooo+) (?:busy|important|perfect|smart|clever|helpful|hard-?working|tired|brave|special)(?: [a-z]+ing\b| with\b|,)
        |\b(?:excuse me|sorry) for (?:breathing|existing|living|having (?:an opinion|feelings))\b
        |\b(?:oh )?(?:so|how) brave\b(?=[^.!?]*(?:🙄|\b(?:you|u)\b))
      `,
      unlessSentence: AFFECTION,
    },
    {
      // "Well done, you managed to boil an egg": praise for the trivial, said flatly.
      id: 'flat-well-done',
      pattern: rx`\b(?:well done|congrats|bravo|good job|nice job|wow|amazing|impressive),? (?:you|u) (?:managed|finally|actually|remembered|worked out|figured out)\b`,
      unlessSentence: rx`!|${AFFECTION.source}|\b(?:so happy|proud|yay)\b`,
    },
    {
      // "such a clown" in a draft to the partner; about someone else ("my boss is such a clown")
      // it is venting, not contempt for the partner.
      id: 'such-a-clown',
      pattern: rx`\b(?:such|what) an? (?:absolute |total |complete |utter )?(?:clown|idiot|moron|loser|muppet|prat|tosser|knob|jerk|joke)\b`,
      needsPartner: true,
      unlessSentence: rx`\b(?:I'm|I am|I was|I've been|I feel like|me|he|she|they|him|her|them|boss|manager|mum|mom|dad|sister|brother|friend|colleague|neighbou?r|guy|man|woman|driver|ref|referee)\b|${JOKING.source}|${AFFECTION.source}`,
    },
    {
      // The sarcastic "because": "yeah because your opinion matters so much".
      id: 'sarcastic-because',
      pattern: rx`${START}(?:sure|yeah|oh yeah|right|of course|oh sure|yes|oh yes),? (?:because|bc|cuz|cause|coz|'cause) (?:you|u|your|ur)\b`,
      ifSentence: rx`\b(?:so|such|totally|clearly|obviously|definitely|always|never|sooo+|the (?:expert|authority|genius|boss|one who)|an expert|the only (?:one|thing|person|job|opinion)|(?:matters|counts) (?:so much|most)|only one that (?:matters|counts))\b`,
    },
    {
      // British "bless." said flatly to the partner: pity from above.
      id: 'flat-bless',
      pattern: rx`${START}(?:aw+,? )?bless(?=\s*[.,])`,
      needsPartner: true,
    },
    {
      // Comparisons with a child of a given age ("my 5 year old does better").
      id: 'child-comparison',
      pattern: rx`
        \b(?:a|an|my|our|the|even a|even an) (?:\d+|two|three|four|five|six|seven|eight|nine|ten)[- ]?(?:year|yr)[- ]?old (?:could|would|can|does|did|knows|gets|understands|manages|cleans|behaves)\b(?:[^.!?]{0,30}\b(?:better|than (?:you|u)))?
        |\b(?:behave|behaving|act|acting|sulk|sulking|whine|whining) like (?:a|an) (?:\d+|two|three|four|five|six|seven|eight|nine|ten)[- ]?(?:year|yr)[- ]?old\b
      `,
      unlessSentence: rx`${AFFECTION.source}|\b(?:birthday|party|excited)\b`,
    },
    {
      // Flat congratulations: "Good for you." / "Congratulations." with a full stop and nothing
      // warm in the draft is a brush-off from above; "Good for you!! So proud" is praise.
      id: 'flat-congratulations',
      pattern: rx`
        ^\s*(?:good for (?:you|u)|congratulations|congrats|how nice for (?:you|u)|how lovely for (?:you|u)|lucky (?:you|u)|well done|bravo)\.(?:\s*$|\s*(?:really|truly|seriously|honestly|wow|amazing)\.)
        |\bwhat a (?:hard|tough|rough|difficult|terrible) life (?:you|u)\b
        |${START}must be (?:so |really |very )?(?:hard|tough|exhausting|tiring|difficult) being (?:you|u|so)\b
      `,
      unlessDraft: rx`!|${AFFECTION.source}|\b(?:happy for|congrat\w* on (?:the|your) (?:new|promotion|baby|engagement|wedding)|so pleased)\b|🎉|🥳`,
    },
    {
      // "Must be nice…" is sarcastic envy; with an exclamation mark or warmth ("Must be nice
      // being on holiday! Send pics 😍") it is friendly.
      id: 'must-be-nice',
      pattern: rx`${START}(?:it )?must be (?:so |really )?(?:nice|lovely|great|wonderful|fun|nice and easy)\b(?=\s+(?:being|living|having|to|not|getting|sleeping|in|with|when|for|having)\b|\s*(?:[.,!?]|$))`,
      unlessSentence: rx`!|${AFFECTION.source}`,
      unlessDraft: rx`${AFFECTION.source}|😊|🙂|\b(?:send (?:me )?(?:pics|photos|pictures)|have fun|enjoy)\b`,
    },
    {
      // Sarcastic "just great": "Great. Just great." / "Oh perfect, just perfect" aimed at the partner.
      // As the whole reply it answers the partner; inside a longer draft it counts only when the
      // draft speaks to the partner ("Flight delayed. Great. Just great." is about the flight).
      id: 'just-great',
      pattern: rx`${START}(?:oh,? )?(?:great|perfect|wonderful|brilliant|fantastic|lovely|super|marvell?ous|fabulous)[.,!]*\s*just (?:great|perfect|wonderful|brilliant|fantastic|lovely|super|marvell?ous|fabulous|what I needed)\b`,
      unlessSentence: AFFECTION,
      needsPartner: true,
    },
    {
      id: 'just-great-alone',
      pattern: rx`^\s*(?:oh,? )?(?:great|perfect|wonderful|brilliant|fantastic|lovely|super|marvell?ous|fabulous)[.,!]*\s*just (?:great|perfect|wonderful|brilliant|fantastic|lovely|super|marvell?ous|fabulous)\s*[.!]*\s*$`,
    },
    {
      // "Of course you forgot." said flat: the scorn of someone who expected nothing better.
      id: 'of-course-you-did',
      pattern: rx`${START}(?:of course|naturally|obviously|figures|course),? ${YOU} (?:did|forgot|didn't|did not|would|wouldn't|were|weren't|had to|couldn't|could not|missed it|lost it|broke it)${END}`,
      unlessSentence: rx`!|${AFFECTION.source}|\b(?:amazing|clever|smart|brilliant|knew (?:you|u) (?:could|would)|always (?:do|does|manage|come through|pull through)|when it (?:matters|counts))\b`,
    },
    {
      // A scoff that is the whole reply ("Wow." / "wow. ok." / "Classic.") or opens a put-down
      // ("wow, so you just decided without me").
      id: 'flat-scoff',
      pattern: rx`
        ^\s*(?:wow|wow+ okay|classic|shocking|typical|cool story(?: bro| babe)?|unreal|incredible)(?:,? (?:truly|really|honestly|as always|as usual))?\s*[.]+(?:\s*(?:ok|okay|k|cool|right|alright|noted|nice|just wow|classic|great)\s*[.]*)?\s*$
        |\bcool story(?:,? (?:bro|babe|mate|dude))?\b
      `,
    },
    {
      // The same scoffs opening a draft that speaks to the partner ("Shocking, truly. You forgot").
      id: 'flat-scoff-opening',
      pattern: rx`
        ${START}(?:classic|shocking|typical)(?:,? (?:truly|really|honestly|as always|as usual))?[.](?=\s|$)
        |${START}wow,? so (?:you|u) (?:just|really|actually|seriously|honestly|finally)? ?[a-z]+(?![^.!?]*[!?])
      `,
      needsPartner: true,
    },
    {
      // Scorn for the partner's upbringing or intelligence: "who raised you?", "raised by wolves",
      // "do you even have a brain?", "are you really that stupid?", "are you five?".
      id: 'scorn-upbringing-brain',
      pattern: rx`
        \bwho raised (?:you|u)(?=\s*(?:[?.!,]|$))
        |\braised (?:in a barn|by wolves)\b
        |\bdo (?:you|u) (?:even )?have (?:a|any) (?:brain|brain cells?|clue|common sense)\b
        |\bare (?:you|u) (?:really |actually |seriously |just )?(?:that|this|so) (?:stupid|dumb|thick|dense|slow|clueless|useless|incompetent)\b
        |\bare (?:you|u) (?:five|six|seven|ten|twelve|\d{1,2})\?
        |\bI (?:could|can|deserve|should have|should've) (?:have |do |find )?(?:so |much |way |a lot |far )*better than (?:you|u)\b
        |\b(?:the|our) (?:great|almighty|mighty|wise|all-knowing|expert|genius|king|queen|master|lord|chef|professor|oracle) (?:[a-z]+ )?has spoken\b
      `,
      unlessSentence: rx`${AFFECTION.source}|${JOKING.source}|\b(?:grandma|grandmother|mum|mom|parents) (?:raised|did)\b`,
    },
    {
      // "You're ridiculous / such a disappointment": disdain for the person; often fond when
      // laughing ("ha, you're ridiculous. I love you"), so warmth anywhere switches it off.
      id: 'disdain-word',
      pattern: rx`${YOURE} (?:such |a |an |so |just |really |honestly |utterly |completely )*(?:ridiculous|laughable|disappointment|letdown|let-down)\b`,
      unlessDraft: rx`${AFFECTION.source}|${JOKING.source}|😊|🙂|😉`,
      unlessSentence: DISOWNED,
    },
    {
      // Sarcastic praise for the ordinary or for what was owed: "congrats on remembering the bins
      // for once", "well done you.", "aren't you clever.", "nice going.", "oh, how generous of
      // you", "how thoughtful of you to text back after 6 hours", "thanks for the help. Really."
      id: 'sarcastic-praise',
      pattern: rx`
        \b(?:congrat\w*|well done|bravo|good job|great job|nice job|gold star|wow|amazing)\b[^.!?]{0,50}\bfor once\b
        |${START}(?:well done|good on|nice one) (?:you|u)(?=\s*(?:[.]|$))
        |${START}aren't (?:you|u) (?:just )?(?:so |the |such a )?(?:clever|smart|special|brilliant|funny|hilarious|precious|a genius|helpful|cleverest|smartest|perfect|wonderful|a delight|a treat|something|mature)\b(?=[^.!?]*(?:\.|$))(?![^.!?]*[!?])
        |${START}(?:nice going|smooth move|real smooth|good going|way to go)(?=\s*(?:[.,]|$))
        |${START}oh,? (?:how|so|very) (?:generous|thoughtful|kind|considerate|nice|good|big|noble|gracious|helpful|sweet) of (?:you|u)\b
        |\b(?:how|so|very) (?:generous|thoughtful|kind|considerate|nice|good|gracious|helpful) of (?:you|u) to (?:finally |actually |eventually )?[^.!?]{0,40}?\b(?:after (?:\d+|two|three|four|five|six|seven|eight|ten|twelve|a few|several) (?:hours|days)|finally|at last|eventually)\b
      `,
      unlessSentence: rx`!|${AFFECTION.source}|\b(?:the best|thank|thanks)\b`,
      unlessDraft: rx`${AFFECTION.source}|\b(?:meant|means) (?:a lot|so much|the world)|\bappreciate|😊|🙂|❤`,
    },
    {
      // Calling the partner a baby or a child to stop them: "stop being such a baby about it";
      // and disbelief at being tied to them: "can't believe I'm married to this".
      id: 'belittling-baby',
      pattern: rx`
        \bstop (?:being|acting) (?:such )?(?:a|an) (?:baby|child|brat|toddler|drama queen|idiot|martyr|crybaby|big baby|princess)\b
        |\b(?:can't|cannot|cant) believe (?:I'm|im|I am|I got) (?:married to|with|stuck with|dating|living with) (?:this|that|you|u)(?:${END}| (?:idiot|clown|mess|person|man|woman)\b)
      `,
      unlessSentence: rx`${AFFECTION.source}|${JOKING.source}`,
      // Said over a flu jab with a kiss ("…I'll hold your hand x") it is fond.
      unlessDraft: rx`${AFFECTION.source}|(?:^|\s)x+\s*$|\bhold (?:your|ur) hand\b`,
    },
    {
      // Talking down and pity from above: "how stupid can one person be", "act your age",
      // "you're worse than the kids", "I pity you", "you wouldn't understand", "bless you for
      // trying", "you finally noticed I exist", "the audacity."
      id: 'pity-from-above',
      pattern: rx`
        \bhow (?:stupid|dumb|thick|dense|clueless|useless|selfish|incompetent) can (?:one person|you|u|someone|a person|anyone) (?:be|get)\b
        |\bact (?:your|ur) age\b(?!\?\s*(?:never|nah|no|nope|me)\b)
        |${YOURE} worse than (?:the kids|the baby|a child|a toddler|a teenager|our (?:son|daughter|kids))\b
        |\bI (?:honestly |really |just |genuinely |actually |kind of |kinda )?pity (?:you|u)\b
        |(?<!\b(?:I know|I'm sure|I'm afraid|worried|thought|think|maybe|if) )${YOU} (?:wouldn't|would not|won't|will never|could never|couldn't) (?:understand|get it)${END}
        |\bbless (?:you|u|your heart|ur heart),? for trying\b
        |\bfor trying,? I guess\b
        |\b(?:finally|actually) (?:noticed|remembered|realised|realized) (?:I exist|I'm alive|I'm here)\b
        |${START}the audacity${END}
        |^\s*(?:sad|pathetic|embarrassing),? (?:really|honestly|tbh)\s*[.!]?\s*$
        |${START}(?:gross|disgusting|pathetic|embarrassing)[.,!]*\s*just (?:gross|disgusting|pathetic|embarrassing)\b
      `,
      unlessSentence: rx`${AFFECTION.source}|${JOKING.source}`,
    },
    {
      // Finding the partner's view of themselves laughable; mock records of small deeds
      // ("oh look, you emptied the bin. Shall I write it in the family history?").
      id: 'laughable-self-image',
      pattern: rx`
        \b(?:laughable|hilarious|comical|funny|cute|adorable|rich) (?:that|how) ${YOU} (?:consider|think of|see|call|regard|fancy) (?:yourself|urself)\b
        |\b(?:shall|should) (?:I|we) (?:write|put|note|record|enter) (?:it|this|that) (?:down )?(?:in|into) (?:the|my|our) (?:family history|history books?|diary|calendar|records|book|annals)\b
        |${START}oh,? look,? ${YOU} (?:actually |finally |managed to |remembered to |even )?[a-z]+ed\b(?![^.!?]*!)
      `,
      unlessSentence: AFFECTION,
    },
    {
      // Stock sarcasm: set phrases that only ever mock ("how original", "spoken like a true
      // expert", "oh, it speaks", "the bar is on the floor", "the emotional range of a teaspoon",
      // "grow a pair", "let me guess, …", "oh, you're tired?", "poor you.").
      id: 'stock-sarcasm',
      pattern: rx`
        ${START}(?:how original|how very original)${END}
        |\bspoken like a (?:true|real) \w+
        |${START}oh,? (?:it|he|she) (?:speaks|lives|has spoken)\b
        |\boh (?:wise|great|mighty|all-knowing) one\b
        |\bhow the mighty have fallen\b
        |\balert the (?:nobel|pulitzer|oscars?|olympic)\b
        |\bthe bar is (?:on the floor|so low|in hell|underground|literally on the floor)\b(?=[^.!?]{0,30}\b(?:you|u)\b)
        |\b(?:the )?(?:emotional range|intelligence|iq|brains|attention span|charm|personality|common sense) of a (?:teaspoon|potato|brick|rock|goldfish|plank|doorknob|toddler|wet sock|houseplant|lettuce)\b
        |\bgrow a (?:pair|spine|backbone)\b
        |${START}(?:go )?cry about it${END}
        |${START}get a grip${END}
        |${START}let me guess${END}(?![^.!?]*!)
        |\b(?:you|u) (?:expect|want) me to believe (?:that|this)\b
        |\banother (?:brilliant|genius|stellar|smart|great|fantastic|wonderful) (?:decision|idea|plan|move|choice) (?:from|by) (?:you|u)\b
        |\bI(?:'m| am) (?:so |really |honestly |genuinely |actually )?ashamed of (?:you|u)\b
        |\bI (?:can't|cannot|cant) stand (?:you|u|the sight of (?:you|u)|being (?:around|near) (?:you|u))\b
        |\bwhatever (?:you|u) say,? (?:boss|dear|sir|madam|ma'am|darling|princess)\b
        |${START}yes,? dear[.]
        |${START}(?:well,? |oh,? )aren't (?:you|u) (?:just )?(?:a |such a )?(?:ray of sunshine|delight|treat|peach|charmer|gem|clever one)\b
        |\b(?:such a|you're a|ur a|you are a|what a) (?:man-?child|spoil(?:ed|t) brat|brat)\b
      `,
      unlessSentence: rx`!|${AFFECTION.source}|${JOKING.source}`,
      unlessDraft: rx`\b(?:hope you feel better|get well|hugs?|feel better soon)\b|(?:^|\s)x+\s*$|😄|😊|🙂|😉|😁`,
    },
    {
      // An eye-roll emoji glued to a brush-off ("🙄 whatever", "sure 🙄") is contempt even when
      // the draft never says "you".
      id: 'eye-roll-brush-off',
      pattern: rx`(?:🙄|😒)\s*(?:whatever|sure|ok|okay|fine|k|yeah right|right|cool|noted)\b|\b(?:whatever|sure|ok|okay|fine|yeah right|cool|noted)\W{0,3}(?:🙄|😒)`,
    },
    {
      // Scare quotes around a title after a flat "ok"/"sure" ("lol ok \"Chef\"").
      id: 'scare-quoted-title',
      pattern: rx`\b(?:ok|okay|sure|yeah|right|thanks|yes|alright)[,.]? ["'](?!(?:i|you|we|it|he|she|they|my|our|that|this)\b)[a-z]+(?: [a-z]+)?[.,!?]?["'](?![a-z])`,
    },
    {
      id: 'here-we-go-again',
      pattern: rx`\b(?:oh )?here we go again\b|\bI'm not surprised\b`,
      weak: true,
    },
  ],
};
