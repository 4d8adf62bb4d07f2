/**
 * Crisis by concept rather than by phrase: a word for a means, an act or a fear counts when its
 * sentence also carries what makes it dangerous (intent, the partner as the one acting, the writer
 * as the one hurt). Phrase lists miss new wordings of the same danger; for crisis language a
 * miss costs far more than a false alarm, so these add a second, broader net to crisis.ts.
 * Everyday uses ("this commute is killing me", "cut my finger chopping onions") are guarded.
 */
import type { CrisisKind } from '../types.ts';
import type { Rule } from './rule.ts';
import { JOKING, PARTNER, rx } from './lexicon.ts';

/** Someone is acting against the writer: "you", "he", "my husband" … */
const AGENT = String.raw`(?:${PARTNER}|\b(?:him|her)\b)`;
/** Plainly everyday contexts in which the words of danger are figures of speech. */
const EVERYDAY = rx`\b(?:commute|traffic|headache|migraine|hangover|period pains?|back pain|for my (?:back|head|cold|flu|allergies|knee)|the vet|dog's|cat's|missed the train|train (?:was|is) (?:late|delayed|cancelled)|train strike|on the train (?:home|to work)|the film|the movie|the show|the book|the game|the match|video game|in the game|recipe|kitchen|dinner|onions?|shaving|gardening|by accident|accidentally)\b|${JOKING.source}`;

const suicide: Rule[] = [
  {
    // A means of dying next to intent: "stockpiling my sleeping pills", "picturing myself jumping
    // in front of the train", "how many pills it takes", "don't trust myself with the pills".
    id: 'means-with-intent',
    pattern: rx`\b(?:pills|tablets|sleeping pills|painkillers|paracetamol|prescription|meds|medication|overdoses?|rope|noose|bridge|ledge|balcony|rooftop|roof|cliffs?|train tracks|railway|in front of (?:a|the) (?:train|bus|truck|car)|exhaust|razor blades?)\b`,
    ifSentence: rx`\b(?:on purpose|research\w*|thinking about it|sat there|mind keeps going|keep thinking about|can't stop thinking|drawn to|trust what I|what I(?:'ll| will| might) do|stockpil\w*|sav(?:e|ed|ing) up|hoard\w*|how many|how much (?:it takes|would)|enough to|trust myself|picturing|picture myself|imagin\w* (?:myself|jumping|taking)|jump\w*|stood on|standing on|stand on|climb\w* (?:onto|up)|took (?:all|the whole|more|too many|a handful|a bunch)|swallow\w*|lethal|fatal|die|dying|dead|end it|for good|never wake|goodbye|ways to)\b`,
    unlessSentence: EVERYDAY,
  },
  {
    id: 'engine-in-garage',
    pattern: rx`\b(?:engine|motor|car) (?:running|on)\b`,
    ifSentence: rx`\bgarage\b`,
  },
  {
    // Wishing not to be here, said sideways: "doing everyone a favour by not being here",
    // "if I was gone", "I don't see myself here next year", "stay asleep", "my funeral".
    id: 'not-being-here',
    pattern: rx`
      \bnot (?:being|be) (?:here|around|alive|in this world)\b
      |\bif I (?:was|were|wasn't|weren't|am|'m) (?:gone|dead|not here|not around|no longer here|no longer around)\b
      |\b(?:don't|can't|cannot|dont|cant) see myself (?:here|alive|around|being here|making it|getting through)\b
      |\b(?:sleep|asleep)\b[^.!?]{0,25}\b(?:stay asleep|never wake|not wake|forever)\b
      |\b(?:come|came|go|went|be) to my (?:own )?funeral\b|\bat my (?:own )?funeral\b
      |\bfinal (?:letters?|notes?|messages?|videos?|texts?)\b
      |\b(?:think|thinking|thought|thoughts|dream\w*) (?:about|of) (?:dying|being dead|not existing|not being alive|not being here|not waking up|my (?:own )?death|ending (?:my life|it all|everything))\b
      |\bwant(?:ed)? to (?:stop existing|not exist|cease to exist|be nothing|vanish)\b
      |\b(?:fight|fighting|struggl\w*|try|trying) to (?:stay|keep) (?:myself )?alive\b
      |\b(?:if this is|if that's|if thats) (?:what )?(?:life|my life)\b[^.!?]{0,40}\b(?:don't|do not|dont) want (?:it|this|any of it|to be here)\b
      |\b(?:not|won't|will not|wont) (?:going to |gonna )?be (?:a problem|a burden|in your way|your problem|around|here) (?:for (?:you|anyone) )?(?:much longer|for long|any ?more|any ?longer)\b
      |\b(?:future|world|life) where I'm (?:still )?(?:here|alive|around)\b
      |\b(?:not sure|don't know|dont know|doubt) (?:if |whether )?I(?:'ll| will| can)? (?:make it|survive|get) through (?:the night|tonight|another (?:day|night|week|year))\b
      |\b(?:can't|cannot|cant|don't think I can|dont think I can) (?:survive|take|do|face) another (?:day|night|week|month|year) (?:like this|of this)\b
      |\b(?:done|finished) with (?:being alive|living|existing)\b
      |\b(?:thinking|thought|think) (?:about|of) ending (?:things|it)\b(?! (?:with|between) (?:you|us|him|her)\b)
      |\b(?:voice|voices) [^.!?]{0,30}\b(?:tell|telling|tells|told) me to (?:end it|die|kill myself|hurt myself|do it)\b
      |\bhop(?:e|ing|ed) (?:someone|a car|a truck|something) (?:crashes|hits|runs) (?:into )?me\b
      |\b(?:world|everyone|everybody|they|you|the kids)\b[^.!?]{0,50}\b(?:fine|better|happier|keep turning|go on|move on)\b[^.!?]{0,20}\bwithout me(?: in it| around| here)?\b
      |\bonly (?:thing|reason|one|ones|people)s? (?:keeping|that keeps?|that's keeping) me (?:going|alive|here)\b
      |\bI (?:wouldn't|would not|wouldnt) (?:still )?be (?:here|alive|around)(?: any ?more)?\b(?=[^.!?]*\b(?:without (?:them|the kids|you|my)|if (?:it wasn't|it weren't|not) for)\b)
      |\b(?:tired|sick|exhausted) of (?:waking up|existing|being here|being me|breathing)\b
      |\b(?:how long|how much|how many)\b[^.!?]{0,30}\b(?:to (?:bleed out|die|drown|overdose)|bleed(?:ing)? out)\b|\bbleed(?:ing)? out\b(?=[^.!?]*\b(?:I|me|myself|how|looking|looked|thinking)\b)
      |\b(?:hoped|hoping|hope|wished|wishing|prayed|praying) (?:that )?I (?:wouldn't|would not|wouldnt|won't|wont|don't|dont|didn't|didnt|never|will never) (?:wake up|make it|come back|see (?:the )?morning)\b
      |\b(?:part of me|I) (?:wanted|want|wants|wished|was hoping|hoped) to (?:crash|not make it|not come home|drive off|swerve)\b|\bpart of me (?:wanted|wants|wished) to die\b
      |\b(?:written|wrote|left|leaving) (?:you )?(?:a )?(?:note|letter)\b[^.!?]{0,50}\b(?:find it|where you(?:'ll| will) find|in case|when I'm gone|after I'm gone)\b
      |\b(?:think|thinking|thought) about (?:just )?(?:letting go\b(?! of)|giving up on (?:life|living|everything)|jumping|falling)
      |\b(?:make sure|so that|so) I (?:don't|do not|dont|won't|never|wouldn't) wake up\b
      |\b(?:don't|dont|do not|no longer) care (?:what happens to me|if I live|whether I live|about living|if I make it)\b
      |\bI have (?:a|the) plan\b(?=[^.!?]*\b(?:date|when|how|die|end|goodbye|ready|over)\b)
    `,
    unlessSentence: rx`\b(?:weekend|trip|holiday|vacation|business|conference|at work|the office|tonight|tomorrow|this week|next week|for (?:a|the) (?:day|night|bit|while|few|week|month)|away|dinner|the party|the meeting|job|company|city|town|country|team|flat|house|apartment|neighbou?rhood|school|uni|wedding|the funeral of|grandma|grandpa|granny|grandmother|grandfather|aunt|uncle|mum's|mom's|dad's|cat|dog|plant)\b|${JOKING.source}`,
  },
  {
    // Goodbye letters and farewell notes: unlike "not being here" above, a time word ("I wrote
    // goodbye letters tonight") does not make them everyday; only a leaving do or a card for a
    // colleague does.
    id: 'farewell-letters',
    pattern: rx`\b(?:goodbye|farewell) (?:letters?|notes?|messages?|videos?|texts?)\b|\blast (?:message|text|thing) (?:you'll|you will|youll) (?:ever )?(?:get|receive|hear|read) from me\b(?! (?:before|until|till|for (?:a|the|today|tonight|now|a while)|today|tonight|this)\b)`,
    unlessSentence: rx`\b(?:colleague|coworker|co-worker|team|work|office|retire\w*|leaving (?:do|party|card)|card|class|teacher|students?|job|boss|manager|neighbou?rs?|school|nursery|camp|pen ?pal|party|movie|film|book|novel|song|episode|character)\b|${JOKING.source}`,
  },
  {
    // Not being here said as the easy way out; unlike "not being here" above, no time word makes it everyday.
    id: 'easier-not-here',
    pattern: rx`\b(?:wouldn't|would not|wouldnt|don't|dont|do not) (?:care|mind) if I (?:got|get|was|were) (?:hit|run over|killed|dead)\b|\b(?:wouldn't|would not|wouldnt|don't|dont) (?:care|mind) if I (?:died|die|didn't wake up|never woke up)\b|\b(?:so )?(?:easy|easier|better|simpler|best) (?:to|if I|if I could) (?:just )?(?:not be here|not wake up|disappear|stop)\b|\b(?:go to sleep|fall asleep|sleep) and never (?:have to|wake|deal|face)\b|\b(?:stopped caring|don't care|dont care) (?:whether|if) I (?:wake up|live|die|make it)\b`,
    unlessSentence: JOKING,
  },
  {
    // Putting affairs in order: "I've given away most of my things this week. It felt right."
    id: 'giving-things-away',
    pattern: rx`\bgiv(?:e|en|ing) away (?:most of |all of |all |nearly all |some of )?my (?:things|stuff|belongings|possessions|clothes|books|records)\b`,
    unlessSentence: rx`\b(?:charity shop|declutter\w*|moving|move|spring clean\w*|kondo|too small|grown out|minimalis\w*)\b`,
  },
];

const selfHarm: Rule[] = [
  {
    // Cutting, burning or scratching oneself, said without "myself": "I cut again last night",
    // "burned my arm on purpose", "scratch my skin till it bleeds".
    id: 'self-injury-act',
    pattern: rx`
      \b(?:cut|cutting|burn|burned|burnt|burning|scratch|scratched|scratching|bite|bit|biting|hit|hitting|punch|punched|punching|bang|banged|banging|carve|carved|carving) (?:again|myself|my (?:own )?(?:arms?|wrists?|legs?|thighs?|skin|stomach|head|face|hands?))\b(?=[^.!?]*\b(?:again|on purpose|bleed\w*|to cope|to feel|scars?|marks|promised|relapse\w*|myself|when (?:we|you|I)|till|until|so I)\b)
      |\b(?:cut|cutting|self[- ]harm\w*) again\b
      |\brelaps\w* (?:with|into) (?:cutting|self[- ]harm\w*|hurting myself)\b
      |\bmak(?:e|es|ing) myself (?:sick|throw up|vomit|purge)\b(?! (?:with|from) (?:worry|worrying|stress|laughing|laughter))
      |\bmy (?:arms|wrists|legs|thighs|skin) (?:are|is) (?:a mess|covered|cut up|scarred|bleeding|all cut)\b(?=[^.!?]*\b(?:again|last time|promised|myself|stop)\b|\s*[.!]?\s*I (?:keep|kept|promised|can't stop|cant stop))
      |\bwhat I (?:did|do|have done|'ve done|keep doing) to (?:my (?:arms|wrists|legs|thighs|body|skin)|them|myself)\b(?=[^.!?]*\b(?:wrists|arms|legs|thighs|skin|scars|cover\w*|sleeves)\b)
      |\b(?:wrists|arms|legs|thighs|skin|scars|cover\w*|sleeves)\b[^.!?]{0,40}\bwhat I (?:did|do|have done|'ve done|keep doing) to (?:them|myself)\b
    `,
    unlessSentence: rx`\b(?:shaving|cooking|chopping|slicing|gardening|accident|accidentally|cupboard|door|shelf|ceiling|beam|corner|table|ouch|oven|stove|hob|pan|iron|kettle|toaster|grill|clumsy|football|rugby|gym|hair|nails|fringe|bangs|the grass|the hedge|lawn|coupons|carbs|sugar|my losses|ties)\b|${JOKING.source}`,
  },
];

const violence: Rule[] = [
  {
    // The partner as the one who hurt: "you pinned me against the wall", "he shoved me down the
    // stairs", "you came at me", "you get rough with me when you drink".
    id: 'partner-acts-against-me',
    pattern: rx`
      ${AGENT}(?: \w+){0,3}? (?:hit|hits|hitting|slap|slaps|slapped|punch|punches|punched|kick|kicks|kicked|shove|shoves|shoved|push|pushes|pushed|choke|chokes|choked|strangle|strangled|pin|pins|pinned|beat|beats|bit|spat on|spit on|drag|drags|dragged|shook|shakes|threw|throws|throw|came at|comes at|went for|goes for|lunged at|raised (?:a|your|his|her) (?:hand|fist) (?:to|at)) me\b
      |${AGENT}(?: \w+){0,3}? (?:grab|grabs|grabbed|twisted|twists|squeezed|yanked|pulled|pulls) my (?:wrists?|arms?|hair|neck|throat|face|jaw|shoulders?|collar)\b
      |\b(?:hands?|fingers) (?:around|round|on) my (?:neck|throat)\b
      |\b(?:hand|hands|pillow) over my (?:mouth|face|nose)\b
      |${AGENT}(?: \w+){0,2}? (?:sat|sits|sitting|knelt|kneels|kneeling) on (?:me|my (?:chest|back|arms|legs))\b
      |${AGENT}(?: \w+){0,2}? (?:held|holds|holding|pinned|pins) me down\b
      |${AGENT}(?: \w+){0,3}? (?:wouldn't|would not|won't|will not|wont|didn't|did not) let me (?:up|go|out|leave|breathe|get up)\b
      |${AGENT}(?: \w+){0,3}? (?:run|ran) me (?:over|off the road)\b
      |${AGENT}(?: \w+){0,2}? (?:spit|spat) (?:in|on) my (?:face|hair)\b
      |${AGENT}(?: \w+){0,2}? (?:broke|broken|cracked|fractured|split|bloodied) my (?:finger|fingers|wrist|arm|nose|lip|ribs?|jaw|tooth|teeth|glasses)\b
      |\brais(?:e|es|ed|ing) (?:a|your|his|her|their) (?:hand|fist)s?\b(?=[^.!?]*\b(?:me|I)\b)
      |\b(?:broke|kicked|smashed|bashed|forced) (?:down |in |open |through )?(?:the |my )?(?:bathroom |bedroom )?door\b(?=[^.!?]*\b(?:I was|I'd|me|inside|hiding|locked)\b)
      |\b(?:punched|kicked|smashed) (?:a hole in )?(?:the|a) wall (?:next to|beside|by|near|inches from) my (?:head|face)\b
      |\b(?:get|gets|got|getting) (?:rough|violent|physical|handsy) with me\b
      |\bthrew (?:a|the|my|his|her|your)? ?\w+ at me\b
      |\b(?:forced|forces|forcing|pressured|pressures) me (?:to have sex|into sex|to sleep with|into sleeping with|into bed)\b|\b(?:raped|rape|sexually assaulted|sexual assault)\b
    `,
    unlessSentence: rx`\b(?:hit me up|hit me with|hit me (?:that|how)|it hit me|pushed me to|pushes me to|pushing me to|push me to|pushed me into (?:trying|applying|going|doing)|threw me off|threw me a|shook me up|came at me with (?:a|an|the) (?:idea|question|plan|list|proposal)|pillow|snowball|tickl\w*|play-?fight\w*|wrestl\w*|game|match|sport)\b|${JOKING.source}`,
  },
  {
    // The writer's own urge to hurt the partner ("I want to hurt you as much as you hurt me").
    id: 'urge-to-hurt',
    pattern: rx`\bI (?:want|wanna|wanted|feel like|felt like|am going to|'m going to|could|might) (?:really |actually |just )?(?:hurt|hit|strangle|choke|punch|slap|stab) (?:you|him|her)\b|\bI scare myself\b|\bI'm scared of what I (?:might|could|will) do\b`,
    unlessSentence: rx`\b(?:feelings|hurt your feelings|tickle)\b|${JOKING.source}`,
  },
  {
    // A weapon in a sentence about a fight or fear: "you keep a gun in the nightstand and you
    // mentioned it again when we argued".
    id: 'weapon-in-conflict',
    pattern: rx`\b(?:gun|guns|pistol|rifle|shotgun|knife|knives|blade|machete|weapon)\b`,
    ifSentence: rx`\b(?:threat\w*|mention\w*|point\w*|wav\w*|show\w* (?:me|it)|frighten\w*|scared|afraid|terrif\w*|argu\w*|fight\w*|angry|rage|drunk|hurt|kill|shoot|stab|hid|hide|hiding|nightstand|under (?:the|your|his|her) (?:pillow|bed))\b`,
    unlessSentence: rx`\b(?:film|movie|game|show|book|series|knife and fork|butter knife|kitchen|chef|cooking|dishwasher|drawer|sharpen\w*|hunting trip|range|museum)\b|${JOKING.source}`,
  },
];

/** A condition or a dare that turns "you'll regret it" into a threat rather than a prediction. */
const DARE = rx`\b(?:if|push|pushing|try|trying|leave|leaving|walk out|tell|touch|keep (?:it up|this up|pushing|going)|one more|again|ever|dare|go ahead|do that)\b`;

const threats: Rule[] = [
  {
    // Threats to the partner said without a violent verb: "you'll regret it", "see what happens",
    // "watch your back", "I know where your sister lives", "nobody will find you".
    id: 'veiled-threat',
    pattern: rx`
      \bwatch your back\b
      |\bsleep with one eye open\b
      |\b(?:see|watch) how far you get\b
      |\b(?:nobody|no one|they)(?:'ll| will| would)? (?:ever )?find (?:you|your body|him|her|his body|her body)\b
      |\bfind (?:your|his|her) body\b
      |\bI know where (?:you|your \w+|he|she|they|his \w+|her \w+) (?:live|lives|work|works|sleep|sleeps|go|goes)\b
      |\b(?:I'll|I will|I'm going to|I'm gonna|I am going to) (?:ruin|destroy|end|finish|get) (?:you|him|her)\b(?! (?:at|in|a|an|the|some|something|one|two|three|coffee|later|tomorrow|tonight)\b)
      |\b(?:I'll|I will|I'm going to|I'm gonna) (?:ruin|destroy) (?:your|his|her) (?:life|career|reputation)\b
      |\b(?:I'll|I will|I'm going to|I'm gonna) make (?:you|him|her) pay\b
      |\byou (?:won't|will not|wont) (?:walk away|get up|be walking|be able to walk)\b
      |\b(?:you don't|you do not|you dont) want to see me (?:really |properly |actually )?(?:angry|mad|lose it|lose my temper)\b
      |\b(?:he|she|they|you)(?:'ll| will)? (?:won't|will not|wont) (?:be able to )?(?:walk|stand|see|talk)(?: (?:again|straight|properly))?(?=[^.!?]*\b(?:swear|if|one more|again|touch|message\w*|text\w*|I'll)\b|\s*[.!]?$)
      |\byou(?:'ll| will)? see what I(?:'m| am) capable of\b|\bwhat I(?:'m| am) capable of\b(?=[^.!?]*\b(?:you|if|keep|again)\b)
      |\b(?:make|making) (?:your|his|her) life (?:hell|a (?:living )?hell|a misery|miserable)\b
      |\b(?:slap|punch|knock|smack|wipe) (?:that|the) \w+ (?:right )?off (?:your|his|her) (?:face|head)\b
      |\bburn (?:your|the|all your) \w+[^.!?]{0,20}\b(?:and|then) (?:you|him|her)\b
    `,
    unlessSentence: JOKING,
  },
  {
    // "Do that again and I'll knock you out": the writer threatening to hurt.
    id: 'threat-to-hurt',
    pattern: rx`\b(?:I'll|I will|I'm going to|I'm gonna|I am going to) (?:knock (?:you|him|her) out|knock (?:your|his|her) (?:teeth|head)|(?:punch|hit|slap|beat|smash|kick|strangle|choke|stab|shoot|break) (?:you|him|her|your|his|her)\b)|\bpicking (?:your|his|her) teeth up\b`,
    unlessSentence: rx`\b(?:beat (?:you|him|her) (?:at|in|to)|break (?:your|his|her) heart|hit (?:you|him|her) (?:up|back)|break (?:you|him|her) (?:in|out)|record|game|chess|cards|race)\b|${JOKING.source}`,
  },
  {
    // "If you ever … again, you'll end up in the ground."
    id: 'end-up-dead',
    pattern: rx`\b(?:end up|wind up|finish up) (?:in the ground|in (?:a|the) (?:hospital|grave|morgue|ditch|river|box|body bag)|dead|six feet under)\b`,
    ifSentence: rx`\b(?:if|said|says|next time|ever|again|keep|or else)\b`,
    unlessSentence: rx`\b(?:battery|phone|plant|plants|fish|laptop|car|diet|drive like that|ski\w*|climb\w*|motorbike)\b|${JOKING.source}`,
  },
  {
    // "If I ever try to leave he'll take me with him": a threat to kill.
    id: 'take-me-with-him',
    pattern: rx`\b(?:take|taking|took) me (?:down )?with (?:him|her|them|you)\b`,
    ifSentence: rx`\bif I (?:ever )?(?:try to |tried to )?(?:leave|go|left|went)\b|\b(?:die|dies|kill\w*|going down|goes down)\b`,
  },
  {
    // Seeing oneself as the next target: "when you punched the car window I thought I was next".
    id: 'i-was-next',
    pattern: rx`\b(?:thought|think|afraid|scared|sure|knew) I (?:was|am|'m|would be|'d be) next\b`,
  },
  {
    id: 'wont-like-it',
    pattern: rx`\byou (?:won't|will not|wont) like (?:it|what happens|what I do|what comes next)\b`,
    ifSentence: rx`\b(?:snap|angry|mad|lose it|lose my temper|next time|one day)\b`,
    unlessSentence: JOKING,
  },
  {
    id: 'threat-with-a-dare',
    pattern: rx`\byou(?:'ll| will| are going to|'re going to|'re gonna) (?:regret (?:it|this|that)|be sorry|pay for (?:it|this|that)|find out what happens|lose everything)\b|\b(?:see|find out) what happens(?: to you)?\b`,
    ifSentence: DARE,
    unlessSentence: rx`\b(?:miss|missed|missing|not coming|not trying|cake|party|film|movie|concert|show|tomorrow|weather|election|game|match|results|vote|interview|meeting|experiment|lottery)\b|${JOKING.source}`,
  },
];

const fearOfPartner: Rule[] = [
  {
    // Threats to take the children away: "you'd take the kids abroad and I'd never find them".
    id: 'take-the-children',
    pattern: rx`\b(?:take|taking|took) (?:the|my|our) (?:kids|children|baby|son|daughter)\b[^.!?]{0,40}\b(?:never (?:find|see) (?:them|him|her)|abroad|away from me)\b`,
    ifSentence: rx`\b(?:said|says|threat\w*|told me|will|would|'d|'ll|if I)\b`,
  },
  {
    // Coercive control: money, phone, friends and family kept from the writer.
    id: 'coercive-control',
    pattern: rx`
      ${AGENT}(?: \w+){0,2}? (?:keep|keeps|kept|took|take|takes|hold|holds|control|controls|hide|hides|hid) my (?:bank ?card|cards|money|wages|salary|pay|passport|keys|car keys|phone|id)\b
      |${AGENT}(?: \w+){0,2}? (?:check|checks|checked|checking|read|reads|go through|goes through|went through|track|tracks|tracked|monitor|monitors) my (?:messages|texts|phone|emails|location|bank|whatsapp|dms)\b(?=[^.!?]*\b(?:always|every|all the time|without|not allowed|won't let|can't|never|constantly|each|again)\b)
      |\b(?:not allowed|won't let me|wont let me|doesn't let me|doesnt let me|don't let me|dont let me|never let me|isn't allowed|am not allowed|i'm not allowed|im not allowed) (?:to )?(?:see|go out|visit|talk to|call|have|work|leave|drive|spend)\b(?=[^.!?]*\b(?:friends|family|mum|mom|dad|sister|brother|parents|money|phone|own|house|car|job)\b)
    `,
    unlessSentence: rx`\b(?:kids|children|son|daughter|teen\w*|dog|cat|doctor|diet|boss|school|landlord)\b(?![^.!?]*\bme\b)|${JOKING.source}`,
  },
  {
    // Getting ready to flee: a door wedged shut, shoes on at night, a bag packed by the door.
    id: 'ready-to-flee',
    pattern: rx`
      \b(?:door|doors) (?:wedged|barricaded|blocked|jammed) (?:shut|closed)\b|\b(?:wedge|wedged|barricade|barricaded) (?:the |my )?(?:bedroom |bathroom )?door\b
      |\b(?:sleep|sleeping) (?:with|in) my (?:shoes|clothes|coat) on\b(?=[^.!?]*\b(?:run|leave|escape|get out|in case)\b)
      |\b(?:bag|suitcase) packed\b(?=[^.!?]*\b(?:in case|never know|snap|get out|run|escape|if I have to|when you|when he|when she)\b)
    `,
  },
  {
    // Silenced about what happens at home: "no one would believe me if I told anyone what you do to me".
    id: 'what-you-do-to-me',
    pattern: rx`\bwhat (?:you|he|she|they) (?:do|does|did|keeps? doing|ha(?:s|ve) done) to me\b`,
    ifSentence: rx`\b(?:tell|told|telling|believe|nobody|no one|anyone|secret|police|hide|cover)\b`,
  },
  {
    // Kept from leaving or calling for help: "he took the car keys and my phone so I couldn't leave".
    id: 'kept-from-leaving',
    pattern: rx`\bso (?:that )?I (?:couldn't|can't|could not|cannot|wouldn't be able to) (?:leave|call|get out|go out|escape|get help|call anyone|call for help|reach anyone|drive)\b`,
    ifSentence: rx`${AGENT}[^.!?]*\b(?:took|take|takes|hid|hide|hides|locked|lock|locks|kept|keep|keeps|broke|smashed|blocked|block|blocks|blocking|stood in|stand in|stands in)\b`,
  },
  {
    // The partner's threat to hurt themselves if the writer goes: coercion, and a danger to them.
    id: 'partner-threatens-self-harm',
    pattern: rx`\b(?:you|he|she|they)(?:'ll|'d| will| would| are going to| is going to| are gonna| is gonna)? (?:hurt|kill|harm|cut|end) (?:yourself|himself|herself|themselves|your life|his life|her life)\b`,
    ifSentence: rx`\b(?:if I|unless I|when I|say|says|said|saying|threat\w*|keep|keeps)\b`,
    unlessSentence: JOKING,
  },
  {
    // Watched and followed: "you turned up outside my work again after I asked for space",
    // "you keep a list of everywhere I go and who I talk to".
    id: 'watched-and-followed',
    pattern: rx`
      \b(?:turned|turn|turns|showed|shows|show|waiting|waited|wait) (?:up )?(?:outside|at) (?:my|the) (?:work|office|house|flat|door|school|gym|parents'?|mum's|mom's|friend's)\b(?=[^.!?]*\b(?:again|asked|told you|space|not to|without)\b)
      |\bknew exactly where I(?:'d| would| was) be\b
      |\b(?:keep|keeps|kept|keeping) (?:a list|track|tabs|a record) of (?:everywhere|where|who|everyone|everything|every)\b
      |\b(?:get|gets|got|getting) (?:furious|violent|angry|mad|scary)\b[^.!?]{0,30}\bif I(?:'m| am)? (?:\w+ )?(?:minutes? )?(?:late|talk|see|go out|don't answer|dont answer)\b
    `,
    unlessSentence: JOKING,
  },
  {
    // Hiding the means of harm, or hiding from the partner in a room: "I keep the knives hidden
    // now because of the way you look at them", "I hide in the kids' room with them".
    id: 'hiding-danger',
    pattern: rx`
      \b(?:hid|hide|hidden|hiding|locked away|lock away|put away|got rid of) (?:the |all the |our |my )?(?:kitchen )?(?:knives|knife|guns?|pills|razors?|blades|car keys)\b
      |\b(?:knives|knife|guns?|pills|razors?|blades) (?:hidden|locked away|out of (?:reach|sight))\b
      |\bI (?:hide|hid|lock myself|locked myself|barricade|barricaded) (?:\w+ ){0,3}in (?:the |our |my |a )?(?:(?:kids'?|children's|baby's|spare|back) )?(?:room|bathroom|car|cupboard|closet|bedroom|shed)\b
    `,
    ifSentence: rx`\b(?:because|you|he|she|they|myself|trust|angry|safe|any ?more|now|when|until|high|drunk)\b`,
    unlessSentence: rx`\b(?:toddler|grandkids|puppy|hide and seek|hide-and-seek|presents?|surprise|birthday|christmas|party|cookies|chocolate|snacks)\b|${JOKING.source}`,
  },
  {
    // Threats to hurt a pet or the children if the writer goes: "you'd hurt the cat if I went".
    id: 'harm-to-dependants',
    pattern: rx`\b(?:hurt|kill|get rid of|drown|harm) (?:the|my|our) (?:cat|dog|pet|kids|children|baby|puppy|kitten)\b`,
    ifSentence: rx`\b(?:if I|said|says|threat\w*|told me|or else|unless I)\b`,
    unlessSentence: JOKING,
  },
  {
    // Hiding from the partner: "I hid in the car with the kids until you calmed down".
    id: 'hiding-until-calm',
    pattern: rx`\b(?:hid|hide|hiding|hidden|stayed|waited) (?:in|at|with|inside)\b[^.!?]{0,50}\buntil (?:you|he|she|they)(?:'d| had)? (?:calmed down|calm down|sobered up|fell asleep|left|passed out|stopped)\b`,
  },
];

/** The concept rules of each crisis kind, added to its phrase rules in crisis.ts. */
export const CONCEPT_RULES: Record<CrisisKind, readonly Rule[]> = { suicide, selfHarm, violence: [...violence, ...threats], fearOfPartner };
