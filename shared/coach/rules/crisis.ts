/**
 * Crisis signals: thoughts of suicide (also indirect: "better off without me", farewell letters,
 * giving things away), self-harm, violence and threats, and fear of the partner. Any of these
 * replaces coaching with resources, so these rules lean towards caution: they also count inside
 * quotes, and only plainly playful hyperbole ("I'll kill you 😂 jk") is let go.
 */
import type { CrisisKind } from '../types.ts';
import { CONCEPT_RULES } from './crisis-concepts.ts';
import type { RuleSet } from './rule.ts';
import { DONT, END, IM, ILL, JOKING, PARTNER, START, YOU, rx } from './lexicon.ts';

/** Everyday accidents ("cut myself shaving") are not self-harm. */
const ACCIDENT = rx`\b(?:shaving|cooking|chopping|slicing|cutting (?:the|an?|some)|opening|gardening|at the gym|playing|by accident|accidentally|on (?:a|the) (?:knife|glass|paper|can|nail|fence|oven|stove|pan|iron|kettle|grill|curling iron|toaster)|paper cut|clumsy|while)\b`;

const suicide: RuleSet<CrisisKind> = {
  name: 'suicide',
  countsMentions: true,
  rules: [
    {
      id: 'explicit',
      pattern: rx`
        \bkill(?:ing)? myself\b
        |\bend(?:ing)? (?:it all|my (?:own )?life|things for good|everything)\b
        |\btake my (?:own )?life\b
        |\bsuicid\w*
        |\b(?:want|wanna|wish|ready|plan|planning) to die\b(?! (?:of|laughing|from embarrassment))
        |\bwish I (?:was|were|could be) dead\b
        |\bwish I (?:had never|hadn't|'d never) been born\b
        |\bno (?:reason|point) (?:to|in) (?:live|living|go on|going on|being alive|being here)\b
        |\b(?:tired|sick) of (?:living|being alive)\b(?! (?:with|in|like|on|under|here|paycheck|out of)\b)
        |\bdon't want to live (?:like this )?any ?(?:more|longer)\b
        |\b(?:easier|better) for (?:everyone|everybody|you all|all of you|you and the kids)\b[^.!?]{0,30}\bif I\b
        |\b(?:I should|I could|I want to|I wish I could) just disappear\b
        |\b(?:want|wanna|going|need) to (?:just )?disappear\b(?! (?:under|into|for (?:a|the) (?:bit|while|weekend|day|night)|to)\b)
        |\bdisappear and never come back\b
        |\bend the pain\b
        |\bfeel like (?:just )?end(?:ing)? (?:it|things)(?: all)?\b(?! (?:between|with)\b)
        |\bthinking (?:about|of) (?:just )?ending it\b(?! (?:between|with)\b)
        |\b(?:can't|cannot|don't think I can) (?:keep going|go on)(?: any ?more)?${END}
        |\bI (?:just )?want (?:it all|everything|the pain|all of (?:it|this)) to (?:stop|end|be over)\b
        |\b(?:can't|cannot) (?:keep|go on) living (?:like this|this way)\b
      `,
      // "So embarrassed I want to die" is a figure of speech about a social blunder.
      unlessSentence: rx`\b(?:embarrass\w*|mortified|cringe\w*)\b`,
    },
    {
      id: 'indirect',
      pattern: rx`
        \bbetter off without me\b
        |\b(?:care|notice|miss me|matter)\b[^.!?]{0,20}\bif I (?:died|was dead|were dead|was gone|were gone|disappeared|killed myself|wasn't here|weren't here)\b
        |\b(?:drive|driving|crash|crashing|steer|steering|swerve|swerving) (?:my car |the car )?into (?:a |the )?(?:tree|wall|pole|river|lake|truck|bridge|oncoming traffic)\b
        |\b(?:better off|happier|easier)\b[^.!?]{0,40}\bif I (?:just )?(?:disappeared|was gone|were gone|wasn't around|weren't around|wasn't here|weren't here|didn't exist|was dead|were dead|died|never existed)\b
        |\b(?:no|don't see the|don't see any|can't see the|can't see any|what's the) point (?:in|of|to) (?:living|life|going on|being alive|being here)\b
        |\b(?:go to sleep|fall asleep|close my eyes) (?:forever|for good)\b
        |\b(?:everyone|everybody|you|the kids|they)(?:'d| would) be (?:happier|better) (?:off )?(?:if I (?:was|were) gone|without me)\b
        |${DONT} want to (?:be here|live|exist|be alive|wake up|go on|keep going)(?: any ?(?:more|longer))\b
        |${DONT} want to (?:live|exist|be alive) any ?(?:more|longer)?\b
        |\b(?:go to sleep|fall asleep|sleep|close my eyes) and (?:not|never)(?: have to)? wake up\b
        |\bwish I (?:wouldn't|didn't|would not|did not|won't) wake up\b
        |\bI (?:won't|will not) be (?:around|a problem|a burden) (?:much longer|any ?more|any ?longer)\b
        |${IM} (?:just )?(?:a|such a) burden\b
        |\b(?:nobody|no one) would (?:even )?(?:miss|notice) (?:me|if I)\b
        |\b(?:disappear|vanish) (?:forever|for good)\b
        |\byou won't have to (?:deal with|worry about|put up with) me (?:much longer|any ?more|for long)\b
      `,
    },
    {
      // Indirect wishes not to exist, as people actually type them ("id rather be dead", "nothing
      // left to live for", "looked up ways to end it"); apostrophes optional.
      id: 'indirect-wish-not-to-exist',
      pattern: rx`
        \b(?:I'd|id|I would) (?:rather|sooner) (?:be dead|die|not (?:be here|exist|wake up|be alive))\b
        |\b(?:nothing|no one|nobody|nothing left) (?:left )?to live for\b
        |\blife (?:isn't|is not|isnt|aint|ain't) worth (?:living|it any ?more)\b
        |\b(?:looked|looking|look|searched|searching|googled|googling|reading) (?:up )?(?:about )?(?:ways|how) to (?:die|kill myself|end it|end my life|disappear for good|overdose)\b
        |\bI (?:deserve|should) (?:to )?(?:die|be dead|not exist|not be here)\b
        |\b(?:not|won't|will not|wont) be (?:here|around) (?:much longer|for much longer|by (?:tomorrow|morning|the weekend))\b
        |\b(?:${DONT}|never) want to wake up\b
        |\bwant(?:ed)? to (?:sleep|go to sleep) (?:forever|and never wake)\b
        |\b(?:I'm|im|I am) (?:done|finished|through) with (?:life|living|being alive|existing|this life)\b
        |\b(?:wrote|written|writing|left|leaving) (?:a |some |my )?(?:letters?|notes?) (?:to|for) (?:everyone|everybody|all of you|each of you|my family|the family)\b
        |\b(?:can't|cannot|cant|can not) (?:see|find) (?:a |any )?(?:way|reason) to (?:keep going|go on|carry on|live)\b
        |\beveryone(?:'d| would)? be better off\b
        |\b(?:to|and) (?:not|never) wake up\b
        |\bwhat it would be like to (?:not (?:wake up|exist|be here|be alive)|die|be dead|disappear)\b
        |\b(?:bottle|pack|packet|box|handful|stash|strip) of (?:pills|tablets|paracetamol|painkillers|sleeping pills|meds)\b(?=[^.!?]*\b(?:next to me|in front of me|beside me|ready|in my hand|lined up|counted)\b)
        |${DONT} want to be (?:here|around|alive) (?:tomorrow|any ?more|any ?longer|much longer|next (?:week|year))\b
        |\b(?:reason|point|will|strength|energy)\b[^.!?]{0,25}\b(?:to|in) (?:keep going|go on|carry on|keep living|keep fighting|stay alive|be here)\b
        |\bbe (?:around|here|alive) (?:for )?(?:much|very|a lot) longer\b
        |\b(?:slit|slash|slashing|slice|cut|cutting) (?:my|both|open my) (?:wrists?|throat|veins)\b
        |\bhang myself\b
        |\bwant (?:it|this|everything|it all|all of this|my life) (?:all )?(?:to be )?over\b
        |\bhow (?:much )?(?:longer|more) I can (?:keep going|go on|do this|hold on|cope|take (?:it|this)|carry on)\b
        |\b(?:not|won't|will not) be (?:here|around|alive) (?:by|in|come) (?:the )?(?:morning|tomorrow|tonight|weekend|monday|a week)\b
        |\bhate (?:my life|myself|being alive|existing)\b(?![^.!?]*${JOKING.source})
        |\bI(?:'ve got| have| made| got) a plan\b(?=[\s\S]{0,60}\b(?:tonight|tomorrow|end (?:it|things)|to die|it all|pills|goodbye|the night|do it)\b)
        |\b(?:be|are|'d be|would be) (?:all )?(?:fine|ok|okay|better|happier|better off|alright) without me\b(?! (?:for|this|at|tonight|on|while|today|tomorrow)\b)
        |\b(?:drive|driving|crash|crashing|swerve|swerving|steer|steering) (?:my car |the car )?off (?:the|a) (?:road|bridge|cliff|motorway|highway|overpass)\b
        |\bif I (?:just )?(?:wasn't|weren't|was not|were not) (?:alive|around any ?more|here any ?more|born)\b
        |\b(?:a )?(?:better|happier|easier) (?:place|world)\b[^.!?]{0,20}\bwithout me\b
        |\bwould be (?:a )?(?:better|happier|easier|fine)\b[^.!?]{0,25}\bwithout me\b(?! (?:for|this|at|tonight|on|while|today|tomorrow)\b)
        |\b(?:a problem|a burden|in (?:your|anyone's) way|trouble) (?:for (?:you|anyone|everyone) )?(?:much|for much|any) longer\b
        |\b(?:just )?want(?:s)? to end it(?: all)?${END}
        |\bwish(?:ing|ed)? I(?:'d| would| could| might)? (?:never|not) (?:wake up|have been born|exist)\b
        |\btired of (?:being here|being alive|existing|it all|everything and everyone)\b
        |\b(?:thought|thinking|think|planned|planning|worked out|figured out) (?:about )?(?:how|when|where) (?:I'd|I would|I'll|I will|I could|I might|to) (?:do it|end it|end things|go through with it|die|kill myself)\b(?! (?:differently|better|again|if|properly|right))
        |${DONT} want to (?:be alive|exist|be living|live(?! (?:in|with|near|there|at|on|so|far|abroad|together|apart|like that|somewhere|next)\b))\b
        |\bwant to (?:not exist|stop existing|not be alive|not wake up|cease to exist)\b
        |\bdark (?:thoughts|place in my head)\b
        |\bwant (?:it|this|everything|it all|all of this) (?:all )?to (?:be over|end|stop)\b
        |\bbetter off dead\b
        |\bI (?:deserve|should|ought) (?:to )?(?:just )?(?:die|be dead)\b
        |\bif I (?:died|was gone|were gone|killed myself|disappeared|wasn't here|weren't here)\b[^.!?]{0,40}\b(?:care|notice|miss|matter|sad|cry)\b
        |\b(?:life|living|my life|everything) (?:is|feels|seems) (?:so |completely |totally )?(?:pointless|meaningless|not worth (?:it|living))\b
        |\b(?:going to|gonna|about to|want to|wanna|will|I'll) jump(?: off)?\b(?! (?:in|into|on|at|the queue|ship|to conclusions|out|up|over|around|for joy|back|ahead))
        |\b(?:standing|sitting|I'm|I am|up) on (?:the|a) (?:bridge|ledge|roof|edge|tracks|railway line|cliff)\b
        |\b(?:written|wrote|finished|writing|left|leaving) my (?:goodbye |last |final |suicide )?(?:note|letter)\b(?! (?:to|for) (?:the|my) (?:teacher|school|landlord|boss|council|doctor|gp|neighbou?r))
        |\b(?:point|reason) (?:of|in|for) (?:me )?(?:being here|being alive|being around|existing|living|me)\b
        |\b(?:can't|cannot|can not|don't think I can|dont think i can) (?:do|live|handle|take|bear|face) (?:this |my )?life\b
        |\b(?:can't|cannot) (?:go on|keep going|carry on|live) like this\b
        |\b(?:fighting|fight|struggling|struggle|trying|try|reason) to (?:stay|keep) (?:myself )?alive\b
        |\b(?:can't|cannot|don't|dont) see (?:a |any )?(?:way (?:forward|out)|future for me|reason to (?:stay|live|go on))\b
        |\bsorry for everything\b(?=[\s\S]*\b(?:look after|take care of|goodbye|bye|forgive me|love you all|won't be|no more|tired)\b)
        |\bthere's no point (?:any ?more|to anything|in anything)\b
        |\b(?:gonna|going to|will|I'll|want to|ready to) end it (?:all|tonight|today|now|for good|this time)\b
      `,
    },
    {
      id: 'thinking-of-death',
      pattern: rx`
        \b(?:thinking|think|thought|dream|dreaming|fantasi[sz]e|fantasi[sz]ing|imagining|imagine) (?:a lot )?(?:about |of )?(?:just )?(?:not (?:being alive|existing|being here|waking up)|dying|death|being dead|being gone|ending it|my (?:own )?funeral)\b
        |\b(?:what's|what is) the point (?:of|in) (?:anything|living|life|going on)(?: any ?more)?\b
        |\bno way out(?: for me\b|${END})
        |\b(?:happier|better off|easier|better) (?:all |both )?without me\b
        |\b(?:I'm|I am|I feel like|feel like|I've become) (?:just |such )?a burden\b
        |\bburden (?:to|on) (?:everyone|everybody|you|my family)\b
        |\b(?:not|won't|will not) (?:going to |gonna )?be around (?:much longer|any ?more|any ?longer)\b
        |\b(?:want to|going to|gonna|thinking (?:about|of)|should|could|might|wanted to) (?:just )?(?:jump|jumping|drive|driving|throw myself|step|stepping|walk|walking) (?:my car )?(?:off|from|in front of) (?:a|the) (?:bridge|cliff|roof|building|balcony|overpass|train|bus|truck)\b
        |\b(?:crash|crashing|drive|driving|steer|steering) (?:my |the )?(?:car )?(?:into [a-z ]{1,20}? )?on purpose\b
        |\binto oncoming traffic\b
        |\b(?:pills|rope|gun|razor|blades?) (?:are |is )?(?:ready|saved|hidden|lined up)\b
      `,
    },
    {
      id: 'despair',
      pattern: rx`\b(?:can't|cannot|can not) (?:take|bear|handle) (?:it|this|the pain|any of (?:it|this)) any ?more\b`,
      unlessSentence: JOKING,
    },
    {
      id: 'farewell',
      pattern: rx`
        \btell (?:the kids|my (?:mom|dad|kids|family|sister|brother|parents)|everyone|them) (?:that )?I love (?:them|her|him)\b(?=[^.!?]*\b(?:whatever happens|goodbye|no matter what|always|forever|when I'm gone)\b)
        |\bI(?:'ve| have) made (?:my )?peace with (?:it|dying|everything|death|my decision)\b
        |\b(?:goodbye forever|final goodbye|last goodbye|say my goodbyes|saying goodbye to everyone)\b
        |${START}goodbye,? I love you\b
        |\b(?:wrote|written|writing|left) (?:a )?(?:letters?|notes?) (?:to|for) (?:everyone|you|the kids|each of you|my \w+)[^.!?]{0,30}\b(?:just )?in case\b
        |\b(?:in case|if) (?:something|anything) (?:happens|were to happen|should happen|ever happens) to me\b
        |\b(?:a|my) (?:goodbye|farewell|suicide) (?:letter|note|message)\b
        |${START}this is (?:my )?goodbye\b
        |\b(?:say|tell) goodbye to (?:the kids|everyone|my \w+|them|mom|dad) for me\b
        |\b(?:gave|giving|give|given|handing) (?:away )?(?:most of |all of |some of )?my (?:stuff|things|belongings|possessions|clothes|books|guitar|jewelry|jewellery)(?: away)?\b(?=[^.!?]*\baway\b)
        |\bI won't be needing (?:it|them|this|that|these|those|any of (?:it|this))\b
        |\bI want you to have my \w+ (?:after|when) I'm gone\b
        |\b(?:don't|do not|please don't) (?:try to )?(?:look|search|come looking) for me\b
        |\btake care of (?:the kids|the dog|the cat|everyone|them|mom|dad) for me\b(?![^.!?]*\b(?:while|until|this weekend|tonight|tomorrow|when I'm (?:away|at|out)|I'm back)\b)
      `,
    },
    {
      id: 'planning',
      pattern: rx`
        \b(?:counting|saving|stockpiling|hoarding|collecting) (?:up )?(?:my |the |all my )?(?:pills|meds|medication|sleeping pills|painkillers)\b
        |\bhow many (?:pills |of them )?it would take\b
        |\b(?:take|taking|swallow|swallowing|took|swallowed) (?:all|all of|every one of|the whole bottle of|a whole bottle of|a bottle of|a handful of|a bunch of|a lot of|too many|loads of|all the) (?:my |the |those |of my )?(?:sleeping |pain )?(?:pills|meds|tablets|medication|painkillers)\b
        |\boverdos(?:e|ed|ing)\b
        |\b(?:swallowed|took|taken|take|taking|downed|necked) (?:a load of|loads of|lots of|a lot of|a bunch of|all (?:my|the|of)|too many|a whole (?:pack|packet|box|bottle|strip) of|the whole (?:pack|packet|box|bottle|strip) of|\d{2,}|twenty|thirty|forty|a handful of|two packets of|a packet of|a box of|a bottle of) (?:my |the |of my )?(?:pills|tablets|paracetamol|tylenol|ibuprofen|aspirin|painkillers|sleeping pills|sleeping tablets|meds|medication|antidepressants|insulin)\b
        |\b(?:throw|throwing) myself (?:off|from|in front of|under) (?:a|the)\b
        |\b(?:bought|got|ordered) (?:a |some )?(?:rope|gun|noose)\b
        |\ba rope (?:in|and)\b
      `,
    },
  ],
};

const selfHarm: RuleSet<CrisisKind> = {
  name: 'selfHarm',
  countsMentions: true,
  rules: [
    {
      id: 'hurt-myself',
      // Any first-person "hurt/harm myself" that is not an everyday accident.
      pattern: rx`\b(?:hurt|hurting|hurts|harm|harming|harmed|punish|punishing|punished|starve|starving|starved) myself\b`,
      unlessSentence: rx`${ACCIDENT.source}|\b(?:football|rugby|running|skiing|climbing|lifting|moving|stairs|fell|slipped|tripped|back|knee|ankle|wrist|shoulder)\b`,
    },
    {
      id: 'cutting-burning',
      pattern: rx`\b(?:cut|cutting|cuts|burn|burning|burned|burnt|scratch|scratching|scratched|carve|carving|carved) (?:myself|my (?:arms?|wrists?|legs?|thighs?|skin))\b`,
      unlessSentence: ACCIDENT,
    },
    {
      id: 'urge-to-hurt-self',
      pattern: rx`
        \b(?:want|wanted|going|urge|urges|tempted|thinking about|thought about|keep|kept|been|started|start|stop myself from|can't stop) (?:to )?(?:hurt|hurting|harm|harming|punish|punishing|hit|hitting|starve|starving) myself\b
        |\bself[- ]?harm\w*
        |\bhurt(?:ing)? myself (?:again|on purpose|to feel)\b
        |\b(?:I|and) (?:cut|burned) again\b
        |\b(?:started|been|began|back to|keep|kept) cutting(?: again)?(?=\s*(?:[.!?,;\n]|$))
        |\bcutting again\b
        |\brelapsed? (?:on|into) (?:cutting|self[- ]?harm)\b
        |\bI (?:sometimes |often |still |always |keep )?(?:hit|punch|slap|bite|scratch|hurt|burn|cut|starve) myself when\b
        |\bmy (?:wrists?|arms?|thighs?|legs?) (?:are|is) (?:covered|cut|bleeding|scarred) (?:again|in cuts|with cuts)\b
      `,
    },
    {
      // Not being able to keep oneself safe, or removing the means, is a safety-plan signal
      // whether the danger is oneself or the partner, so it always counts.
      id: 'cannot-keep-safe',
      pattern: rx`
        \b(?:can't|cannot|cant|can not|not sure I can|don't know if I can|dont know if i can|unable to) (?:keep|stay) (?:myself |me |the kids |us )?safe\b
        |\bnot safe (?:from myself|tonight|right now|alone)\b
        |\b(?:hid|hidden|hide|hiding|locked up|locked away|lock up|lock away|got rid of) (?:all )?(?:of )?(?:the|my|his|her|our|all the)? ?(?:knives|knife|guns?|pills|razors?|razor blades|blades|meds|medication|rope|belts)\b
        |\b(?:hit|hitting|bang|banging|banged|punch|punching|punched|slam|slamming) my (?:own )?(?:head|fists?) (?:against|on|into) (?:the |a )?(?:wall|door|floor|mirror)\b
        |\bon purpose to (?:feel|hurt|punish)\b
        |\bmyself (?:until|till|til) (?:I|it) (?:bled|bleed|bleeds|bruised|hurt)\b
        |\bmake myself (?:throw up|sick|vomit|bleed|puke)\b
        |\b(?:afraid|scared|terrified|frightened|worried) (?:of )?what I(?:'ll|'d| will| would| might| could)? (?:do|end up doing)(?: to myself)?\b
        |\bwhat I(?:'ll|'d| will| might| could) do to myself\b
      `,
    },
  ],
};

const violence: RuleSet<CrisisKind> = {
  name: 'violence',
  countsMentions: true,
  rules: [
    {
      id: 'threat',
      pattern: rx`
        ${ILL} (?:(?:fucking|literally|actually|seriously|really|swear i'll|swear to god i'll) )*(?:kill|hurt|strangle|choke|stab|shoot|punch|hit|smack|slap|murder|end|destroy|beat) (?:you|him|her|them|u)\b(?! (?:up (?:later|tomorrow|when|after|tonight|soon)|back|a (?:text|message|note|line|call)|an email|to it|at|in a race|home|there))
        |${ILL} (?:beat (?:you|him|her|them) up|make (?:you|him|her|them) (?:pay|bleed|suffer)|put (?:you|him|her|them) in (?:the|a) (?:hospital|grave|ground))\b
        |${ILL} break (?:your|his|her|their) (?:face|neck|nose|jaw|legs?|arms?|teeth|skull)\b
        |\b(?:don't|do not) (?:push|test|try|cross) me,? or\b
        |\bput (?:you|him|her|them|u) in (?:the|a) (?:hospital|grave|ground|ER)\b
        |\bmake sure (?:nobody|no one|no-one) (?:ever )?finds? (?:you|him|her|them|your body)\b
        |\bsee what happens to (?:you|u)\b
        |\b(?:keep|try|go on)[a-z ]{0,30}? and see what happens\b
        |\bwatch your back\b
        |${ILL} (?:slit|cut|slice) (?:your|ur|his|her|their) throat\b
        |${ILL} (?:smash|kick|bash|cave) (?:your|ur|his|her|their) (?:face|head|skull) in\b
        |\b(?:you'll|you will|youll|ur gonna|you're gonna|you're going to) get what's coming(?: to (?:you|u))?\b
        |\bif (?:you|u) know what's good for (?:you|u)\b
        |\b(?:you'll|you will|youll|ur gonna|you're gonna|you're going to) wish (?:you were|you'd never been|you had never been|you was) (?:dead|born)\b
        |(?:^|[.!?]\s*)(?:touch|hit|push|shove|call|text|say|do|try|come near|speak to|talk to|look at|lay a (?:finger|hand) on|go near)\b[^.!?]{0,50}\b(?:again|one more time|ever)\b[^.!?]{0,10}\band (?:you'll|you will|youll|ur gonna|you're gonna|you're going to|you are going to) (?:end up|be|wake up|go|leave) (?:in (?:the |a )?(?:hospital|ER|A&E|grave|ground|box|body bag|wheelchair|morgue)|dead|six feet under)\b
        |\bdon't make me (?:hurt|hit|kill|come over there and)\b
        |\bmake (?:you|him|her|them) regret (?:it|this|that)\b
        |\bburn (?:this|the|your) (?:house|place|apartment|car) down\b
        |\bI know where (?:you|he|she|they) (?:live|lives|work|works)\b
        |\b(?:you're|you are|ur) (?:so )?dead\b(?! to me)
        |\bI swear (?:to god )?I(?:'ll| will)\b(?=[^.!?]*\b(?:hurt|kill|hospital|hit|punch|end)\b)
      `,
      unlessSentence: JOKING,
    },
    {
      id: 'partner-violence',
      pattern: rx`
        ${PARTNER}(?: \w+)? (?:shoved|hit|punched|slapped|kicked|choked|strangled|beat|slammed|smacked|bit|headbutted|threatened) (?:me|my)\b
        |${PARTNER}(?: \w+)? pushed me (?:down|into|against|over|out of|off|to the ground)\b
        |${PARTNER}(?: \w+)? grabbed (?:me by|my (?:arm|neck|wrist|hair|throat))\b
        |\bthrew (?:a|the|his|her|your|my) [a-z]+ at (?:me|my)\b
        |\b(?:has been|have been|keeps|kept|started) (?:hitting|hurting|beating|pushing|shoving|choking) me\b
        |\b(?:punching|punched|kicking|kicked|smashing|smashed) (?:holes in )?(?:the )?(?:walls?|doors?)\b
        |\b(?:banging|pounding) on the door\b
        |\bthreaten(?:ed|s|ing)? (?:to|that)\b[^.!?]{0,40}\b(?:hurt|kill|hit|beat|harm)\b
        |\bthreaten(?:ed|s|ing)? (?:me|us|the kids) with (?:a|his|her) (?:knife|gun|weapon|bat)\b
        |\b(?:held|pulled|pointed|waved) (?:a |the |his |her |your )?(?:knife|gun|weapon) (?:to|at|on) (?:me|my|us)\b
        |\bforced (?:me|himself|herself) (?:to have sex|on me)\b
        |\b(?:raped|sexually assaulted|molested) me\b
        |\bmade me have sex\b
        |\bhe hits me\b
        |\bshe hits me\b
      `,
    },
    {
      // Physical harm and coercive control, in the forms people report them ("he grabbed my
      // throat", "put his hands on me", "locks me in", "left bruises", "won't let me leave").
      id: 'harm-and-control',
      pattern: rx`
        \b(?:grabbed|grabs|grabbing|squeezed|choked|choking|strangled|pinned|pins|pinning|held|holds|dragged|drags|pulled) (?:me|my (?:throat|neck|hair|arm|wrist))(?: (?:by|down|against|across|to|out|into))?\b
        |\b(?:put|puts|laid|lays|got) (?:his|her|your|their) hands? (?:on|around) (?:me|my)\b
        |\b(?:left|leaves|gave me|have|got) (?:a |big )?(?:bruises?|marks|black eye|split lip)\b[^.!?]{0,40}\b(?:he|she|you|they|him|her)\b
        |\b(?:bruises?|marks|black eye|split lip)\b[^.!?]{0,30}\b(?:from|where) (?:he|she|you|they|him|her)\b
        |\b(?:locks|locked|lock|locking|keeps|kept|shut|shuts) me (?:in|out|inside|outside)\b(?! of the (?:group chat|chat|loop|conversation))
        |\b(?:he|she|you|they)(?: \w+)? (?:won't|wont|doesn't|doesnt|wouldn't|didn't|never) let me (?:leave|go out|out|go home|see (?:my )?(?:friends|family|mum|mom|parents)|have (?:my )?(?:phone|money|keys)|call|sleep)\b
        |\b(?:he|she|you|they)(?: \w+)? (?:takes|took|hides|hid|smashed|broke|threw) (?:away )?my (?:phone|keys|car keys|passport|bank card|money)\b
        |\b(?:spat|spit|spits) (?:at|on) me\b
        |\bthrew me\b
        |\b(?:twisted|twists|bent|bends|yanked|yanks) my (?:arm|wrist|fingers?|neck|hair)\b
        |${PARTNER}(?: \w+)? (?:hits|punches|slaps|kicks|chokes|strangles|beats|shoves|pushes|bites|smacks|headbutts|burns) me\b
        |\b(?:grabbed|snatched|took) the (?:kids|children|baby)\b[^.!?]{0,40}\b(?:drunk|high|drove off|ran off|won't bring|won't give)\b
        |\bdr(?:ove|ives|iving) (?:off |away )?(?:drunk|high)\b[^.!?]{0,40}\b(?:kids|children|baby)\b
        |\b(?:kids|children|baby)\b[^.!?]{0,40}\bdr(?:ove|ives|iving) (?:off |away )?(?:drunk|high)\b
        |${PARTNER}(?:'s| has)? ?(?:broken|broke|smashed|smashes|breaks|threw|throws|thrown|punched|kicked) (?:things|stuff|plates|furniture|my (?:things|stuff|phone)|the (?:tv|furniture|door|walls?))\b
        |\b(?:scared|afraid|terrified|frightened) (?:that )?I(?:'m| am|'ll be| will be) next\b
        |\bmake sure (?:you|u) (?:regret|pay|suffer|never)\b
        |\bif (?:you|u) (?:ever )?(?:leave|go|tell anyone|call)\b[^.!?]{0,40}\b(?:regret|pay for|suffer|never see)\b
        |${PARTNER}(?:'s| is| was| gets| got| can get| can be| becomes| became| turns| turned| has been| keeps getting)(?: really| so| very| more)? (?:violent|abusive|physical|rough with me)\b
        |\b(?:he|she|you|they)(?:'re| are| is|'s) (?:violent|abusive) (?:to|towards|with) me\b
        |\b(?:got|gets|getting|get|gone) physical\b
        |\b(?:hit|hits|hitting|hurt|hurts|hurting|beat|beats|beating|smacks?|smacked|smacking|slaps?|slapped|slapping|shakes|shook|shaking|kicks?|kicked|kicking) (?:the|my|our|his|her) (?:kids|children|son|daughter|baby|boy|girl|child)\b(?! out\b)
        |${PARTNER} (?:has|got|bought|keeps|owns|pulled out|took out|grabbed) (?:a|his|her|the) (?:gun|knife|weapon|rifle|pistol)\b
        |\b(?:hide|hid|hiding|lock myself|locked myself|locking myself) in (?:the|my|a) (?:bathroom|bedroom|car|closet|wardrobe|cupboard|toilet)\b
        |\bthreat\w* (?:me|us|the kids|to (?:take|leave with|hurt|kill|hit|throw|kick|burn|break|smash))\b
        |\bI (?:hit|punched|slapped|kicked|pushed|shoved|choked|strangled|smacked|bit|attacked|hurt) (?:you|him|her|them)\b(?! (?:up|back|with (?:the|a) (?:news|question|idea))\b)
        |${PARTNER}(?: \w+)? (?:pushed|shoved) me\b(?! to\b| into (?:applying|doing|trying|taking|going))
        |${PARTNER}(?: \w+)? hurt me\b(?=[^.!?]*\b(?:bruis\w*|arm|neck|face|wrist|bleed\w*|marks|physically|black and blue)\b)
        |\b(?:he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend|bf|gf|ex))(?: \w+)? (?:hurt|hurts|has hurt|'s hurt) me(?: again| badly| bad)?${END}
        |\b(?:my|a) (?:arm|neck|face|eye|wrist|lip|back|leg)s? (?:is|are) (?:still )?(?:bruised|bleeding|swollen|black and blue)\b
        |\b(?:checks|checked|reads|read|goes through|went through|tracks|tracked|monitors) my (?:phone|messages|texts|emails|location|bank)\b(?=[^.!?]*\b(?:scared|afraid|won't let|not allowed|controls?|terrified)\b)
        |\b(?:controls|controlled|takes|took) (?:all )?(?:my|our|the) (?:money|wages|bank card|paycheck|pay)\b(?=[^.!?]*\b(?:scared|afraid|won't let|not allowed|terrified|have to ask)\b)
        |\b(?:hit|punched|slapped|kicked|choked|strangled|shoved|smacked|headbutted)(?<!\b(?:it|that|this|what|reality|then|ball|wave|idea|thought|car|door|truth|song|news) [a-z]+) me\b(?! up\b| (?:with|like) (?:the|an?|this|that|a wave))
        |\b(?:raised|raises|raising) (?:his|her|your|their) (?:fist|hand) (?:at|to) me\b
        |\b(?:called|call|calling) (?:the )?(?:police|cops|911|999) (?:on (?:him|her|you|them)|because (?:he|she|you|they))\b
        |\bhad to call (?:the )?(?:police|cops|911|999)\b
        |\bbroke my (?:arm|nose|wrist|ribs?|jaw|finger|tooth|teeth)\b(?=[^.!?]*\b(?:he|she|you|they)\b)
        |\bI (?:want|wanna|could|am going to|'m going to|'m gonna|m gonna) (?:hurt|hit|punch|strangle|choke|kill|stab) (?:you|u|him|her)\b(?! (?:up|back|with (?:kindness|love)))
        |\b(?:I|I'll|I will|I'm going to|I'm gonna|I want to|I wanna|I could|I'd like to) (?:\w+ )?(?:smash|bash|punch|kick|knock|cave|beat|slap|break) (?:your|ur|his|her|their) (?:face|head|teeth|skull|nose|jaw)\b
        |\bif (?:you|he|she|they) (?:ever )?(?:touch|hit|push|shove|grab|slap|hurt|lay a (?:finger|hand) on) me again\b
      `,
      unlessSentence: JOKING,
    },
  ],
};

const fearOfPartner: RuleSet<CrisisKind> = {
  name: 'fearOfPartner',
  countsMentions: true,
  rules: [
    {
      id: 'afraid-of-partner',
      pattern: rx`
        \bI(?:'m| am|m| feel| get|'ve been| have been| was| am getting|'m getting)? (?:so |really |honestly |genuinely |very |a little |a bit |kind of |kinda |getting |actually |truly |still )*(?:afraid|scared|terrified|frightened) (?:of (?:you|him|her|them|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fianc\w*|ex|spouse))(?! (?:leaving|not|losing|finding out|thinking|getting|being|going|forgetting))\b|of what (?:you|he|she|they)(?:'ll| will| might| would| could| may)? (?:do|do to me)\b|to (?:go|come) home\b|to be (?:home |at home )?(?:alone )?(?:with|around|near) (?:you|him|her)\b|to (?:sleep|stay) [^.!?]{0,30}\b(?:you|him|her)\b|(?:for my|for the kids'?|for our) (?:life|lives|safety)\b|(?:he|she|you)(?:'ll| will| might| is going to| are going to) (?:hurt|hit|kill)\b)
        |\bwhat (?:he|she|you)(?:'ll| will| might) do to me\b
        |\blocked myself in (?:the|a|my) (?:bathroom|room|bedroom|car)\b
        |\bnot safe (?:at home|with (?:you|him|her)|around (?:you|him|her))\b
        |\bfear for my (?:life|safety)\b
        |\b(?:don't|do not|no longer|never) feel safe (?:at home|with (?:you|him|her)|around (?:you|him|her)|in (?:this|my|our) (?:house|home|bed))\b
        |\b(?:sleep|keep|lock) (?:with )?(?:my|the) (?:bedroom )?door locked\b
        |\b(?:broke|smashed|took|hid|threw) my phone so I (?:couldn't|can't|could not|cannot)\b
        |\b(?:hide|hiding) from (?:you|him|her)\b
        |\b${YOU} scare me\b
      `,
    },
    {
      // Fear of the partner said sideways: eggshells, flinching, being scared to speak, of what
      // happens when they drink, of being found. Leans towards caution on purpose.
      id: 'fear-indirect',
      pattern: rx`
        \bwalk(?:ing|s)? on egg ?shells\b
        |\b(?:scared|afraid|terrified|frightened) (?:to|of) (?:say|saying|speak|speaking|tell|telling|talk|ask|asking|disagree|disagreeing|upset|upsetting|set (?:him|her|you|them) off|make (?:him|her|you|them) (?:mad|angry)|what (?:happens|will happen|he|she|you|they))\b
        |\b(?:scared|afraid|terrified|frightened) (?:when|of when|whenever) (?:he|she|you|they)(?:'s|'re| is| are| gets?| starts?)? (?:drunk|drinking|angry|mad|raging|like that|in a mood|high)\b
        |\b(?:scared|afraid|terrified|frightened|fear) (?:he|she|they|you)(?:'ll|'d| will| would| might| could| is going to| are going to)? (?:find|come after|follow|track|hurt|hit|take the kids|kill)\b
        |\b(?:he|she|they)(?:'ll|'d| will| would| is going to| is gonna)? (?:find|come after|track) me\b
        |\b(?:flinch|flinches|flinched|flinching|cower|cowering) (?:when|whenever|every time|if|around|at) (?:you|he|she|they|him|her|them)\b
        |\b(?:you|he|she|they) (?:frighten|frightens|terrify|terrifies|scares) me\b
        |\b(?:scared|afraid|terrified|frightened) (?:to|of) (?:go|going|come|coming|be|being) (?:back )?(?:home|back|inside|in the house|alone with)\b
        |\bI (?:don't|do not|dont|no longer|never) feel safe\b
        |\b(?:a chair|chairs|something heavy|the dresser|the drawers|furniture) (?:against|under|in front of) the (?:bedroom |bathroom )?door\b
        |\b(?:feel|am|I'm|I am|feeling) unsafe\b
        |\b(?:scared|afraid|terrified|frightened) for (?:my|our|the) (?:kids|children|safety|life|lives|son|daughter|baby)\b
        |\b(?:scared|afraid|terrified|frightened) (?:that )?(?:he|she|they)(?:'s| is| are|'re|'ll| will| might)? (?:going to |gonna )?(?:come back|come home|be home|turn up|show up|find out|find me)\b
        |\b(?:I'm|I am|we're|we are|the kids are|I feel|I never feel) (?:(?:not|never) safe|unsafe) (?:here|at home|in (?:this|my|our|the) (?:house|home|flat|apartment|bed))\b
        |\b(?:I'm|I am|we're|we are|the kids are) not safe\b
        |\b(?:said|says|threatened|told me|tells me|keeps saying)\b[^.!?]{0,30}\bif I\b[^.!?]{0,60}\b(?:hurt|kill|take the kids|take the children|never see|regret|find me|ruin|make sure|sorry)\b
        |\b(?:he|she|they)(?: \w+)? (?:said|says|threatened|told me) (?:that )?(?:if I (?:leave|left|go|went|tell|told)|he'd|she'd|they'd|he would|she would)\b[^.!?]{0,50}\b(?:hurt|kill|take the kids|take the children|never see|regret|find me|ruin)\b
      `,
    },
    {
      // Fear in a sentence that names the partner (he, she, you, my husband…), unless the fear is
      // plainly about something everyday (the dentist, an exam, losing them, a film). Fear of the
      // partner is said in too many ways to list, so this errs towards showing resources.
      id: 'fear-near-partner',
      pattern: rx`\b(?:scared|afraid|terrified|frightened|petrified|fearful|scares me|frightens me|terrifies me)\b`,
      ifSentence: rx`${PARTNER}|\b(?:him|her|his)\b`,
      unlessSentence: rx`
        \b(?:spiders?|dentist|heights|exams?|tests?|presentation|flying|flight|interview|results|losing|lose|miss(?:ing)?|forget|forgot|forgetting|late|rain|weather|films?|movies?|shows?|books?|horror|dogs?|needles|doctor|surgery|operation|job|money|bills|mortgage|worried|feelings|upset (?:you|him|her)|disappoint\w*|let (?:you|him|her) down|commitment|future|wedding|diagnosis|text(?:s)? back|reply|replies|call(?:s)? back|answer|for (?:you|him|her)|about (?:you|him|her)|ghost|clowns?|snakes?|mice|driving test|audition|speech|party|dark|drive|driving|speed|storm|thunder\w*|lightning|noise|bang|meeting (?:your|his|her) (?:parents|family|friends))\b
        |\b(?:it|that|this|which) (?:scares|frightens|terrifies)\b
        |\bI'm afraid (?:that )?(?:I|we|it|the|this|there|so|not)\b
        |${JOKING.source}
      `,
    },
    {
      // Threats about the children: "she says she'll take the kids and I'll never see them".
      id: 'threat-about-kids',
      pattern: rx`
        \b(?:take|taking|took|keep|keeping) (?:the|my|our) (?:kids|children|baby|son|daughter)\b[^.!?]{0,60}\bnever see\b
        |\bnever see (?:them|the kids|my kids|the children|my children|the baby|my son|my daughter) again\b(?=[^.!?]*\bif I\b)
        |\bif I (?:leave|go|tell)\b[^.!?]{0,60}\b(?:take the (?:kids|children|baby)|never see (?:them|the kids|my kids))\b
      `,
    },
    {
      id: 'expects-harm',
      pattern: rx`\b(?:he|she|they|you)(?:'ll| will| would|'d| is going to|'s going to|'s gonna| is gonna| are going to| are gonna) (?:really |actually |seriously |finally )?(?:kill|hurt|hit|beat|murder) (?:me|the kids|my kids|our kids|the children|the baby|my family|the dog)\b`,
      unlessSentence: JOKING,
    },
  ],
};

/** One set per kind, so a finding knows which resources fit. */
export const crisis: readonly RuleSet<CrisisKind>[] = [suicide, selfHarm, violence, fearOfPartner].map((set) => ({
  ...set,
  rules: [...set.rules, ...CONCEPT_RULES[set.name]],
}));
