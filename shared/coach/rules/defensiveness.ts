/**
 * Defensiveness: protecting oneself instead of hearing the partner. Denying any part in the
 * problem, excuses and minimising, answering a complaint with a complaint ("well, you…",
 * "yeah, but…"), the innocent victim ("I was only trying to help") and apologies that blame.
 */
import type { RuleSet } from './rule.ts';
import { ADVERBS, DONT, END, IM, ITS, START, YOU, YOUR, YOURE, rx } from './lexicon.ts';

/** Reassurance of the partner ("don't worry, everyone forgets") is kindness, not self-defence. */
const REASSURING = rx`\b(?:don't worry|no worries|it's okay|it's ok|it's fine|don't stress|don't be (?:so )?hard on yourself|not your fault|happens to (?:everyone|everybody|the best of us))\b`;
/** Praise after "well, you…" ("well, you did great") is not a counter-complaint. */
const PRAISE = rx`\b(?:great|amazing|awesome|wonderful|did well|right|best|good job|proud|love|thank|fun|worth it|nice|beautiful|lovely)\b`;
/** "I didn't mean it" inside a real apology is repair, not self-defence. */
const SINCERE_APOLOGY = rx`\b(?:I'm sorry|I am sorry|im sorry|I apologi[sz]e|my bad|that's on me|that was on me)\b(?!,? (?:you feel|if you|you took|you see|but)\b)`;

export const defensiveness: RuleSet<'defensiveness'> = {
  name: 'defensiveness',
  rules: [
    {
      id: 'not-my-fault',
      pattern: rx`
        \bnot (?:really |entirely |totally |all |even |exactly )?(?:my fault|on me|my problem|my responsibility|my doing)\b
        |\bhow (?:is|was) (?:that|this|it) (?:on me|my fault|my problem)\b
        |\b(?:so )?now (?:it's|it is) (?:all )?my fault\b
        |\b(?:it's|it is|that's|that is|so) (?:all |suddenly |somehow )?my fault(?: now| again)?\s*\?
        |${START}my fault\?
        |\bnot because of me\b
        |\b(?:it|that) (?:wasn't|was not) me\b
        |\b(?:it|that) (?:wasn't|was not|isn't|is not) my fault\b
        |\b(?:don't|do not|stop trying to) (?:put|blame|pin|dump) (?:this|it|that|all of (?:this|it|that)|everything) on me\b
        |\bput (?:all of )?(?:this|it|that) on me\b
        |\b(?:do not|don't|won't|will not|refuse to|not going to|I'm not|I am not|im not) (?:accept|take|taking|accepting) (?:being blamed|the blame|blame|responsibility)\b
        |\bso (?:I'm|I am|im) (?:always |the one )?(?:wrong|to blame|the problem|useless|the bad guy|the villain)\b(?=[^.!?]*\?)
        |\b(?:will not|won't|refuse to) be (?:held )?(?:responsible|blamed|accountable)\b
        |\bI (?:literally |just |only )?did (?:exactly )?what (?:you|u) (?:asked|said|told me|wanted)\b
        |\b(?:idk|I don't know|dunno|not sure) why (?:ur|you're|you are|u r|youre) (?:so )?(?:mad|upset|angry|annoyed|pissed)\b
        |\bdon't look at me\b
        |\b(?:it|that|this) (?:wasn't|was not|isn't|is not) (?:even )?my (?:idea|call|decision|choice|job|responsibility)\b
        |\b(?:always|all) my fault\b
        |\b(?:hardly|scarcely) (?:my fault|on me|my problem)\b
        |\bblame (?:the|your|ur|my|his|her) [a-z]+(?: [a-z]+)?,? not me\b(?![^.!?]*(?:😹|😂|🤣|😜|\blol\b|\bhaha))
        |\bso (?:it's|it is|its|that's|thats|this is) (?:all )?my fault\b
        |\bblam(?:e|ing) me (?:again|for everything|as usual|like always|for all of it)\b
        |\b(?:and )?whose fault (?:is|was) that\b
        |\b(?:why is|so) (?:everything|it always|it) (?:always )?my fault\b
        |\bmy fault again\b
        |\b(?:it's|it is|this is|that's) all on me\b
        |(?<!\bnot )\bI'm the (?:bad guy|villain|enemy) (?:now|again|here)\b
        |\b(?:that's|that is) not (?:what happened|how it happened|how it went|what I (?:said|meant|did))\b
        |\bwhy (?:do|does) (?:I|me) always (?:get|take|have to take) (?:the )?blame\b
        |\b(?:I|me) always (?:gets?|getting) (?:the )?blamed?\b
        |\bso now (?:I'm|I am|im) the (?:bad guy|villain|problem|enemy|one to blame)\b
        |\b(?:why am I|I'm|I am) always (?:the (?:bad guy|villain|one (?:who gets blamed|to blame|in the wrong))|blamed)\b
      `,
    },
    {
      id: 'did-nothing-wrong',
      pattern: rx`
        \bI (?:didn't|did not|didnt|haven't|have not) (?:do|done) (?:anything|a thing|nothing) wrong\b
        |\bI (?:didn't|did not|didnt) (?:say|do) (?:that|it|any of that)\b(?! to\b)
        |\bI (?:did not|didn't|didnt|wasn't|was not|am not|'m not|never) ["'][a-z]+(?: [a-z]+)?["']
        |\bI (?:already|literally just) (?:apologi[sz]ed|said (?:I'm |I was )?sorry)\b
        |\bI said (?:I'm|I was|I am) sorry(?=\s*(?:[.!?]|$))
        |\bI did (?:say sorry|apologi[sz]e)\b
        |\bmove on already\b
        |\bhow many (?:more )?times do (?:you|u) want me to (?:say|apologi[sz]e)\b
        |\bwhat was I supposed to do\b
        |\bread (?:your|ur) mind\b
        |\bmind ?reader\b
        |\bnothing I do is (?:ever )?(?:good|right) enough\b
        |\bI can(?:'t| never) do anything right\b
        |\b(?:you )?can't blame me\b
        |\bdon't blame me\b
        |\b(?:not going to|not gonna|won't|will not|refuse to) apologi[sz]e for\b
        |\bI had no choice\b
        |\b(?:it's|that's|it is|that is) not something I (?:can|could) (?:control|help)\b
        |\bI (?:couldn't|can't|cannot) help it\b
        |\bI never (?:said|agreed|promised|told) (?:that|I'd|I would|I was|to|it|anything like)\b
        |\b(?:that|this) was never the (?:deal|plan|agreement)\b
        |\bI (?:didn't|did not|didnt) forget\b
        |\bi was (?:gonna|going to|about to|getting to) (?:do|get to) it\b
        |\bit's not like I (?:did|meant|wanted|planned|tried)\b
      `,
    },
    {
      id: 'meant-well',
      pattern: rx`\bit was an accident\b|
        \bI (?:didn't|did not|didnt) mean (?:it|that)\b
        |\b(?:it|that) (?:wasn't|was not) meant (?:like|that way)\b
      `,
      unlessDraft: SINCERE_APOLOGY,
    },
    {
      id: 'not-the-one',
      pattern: rx`
        ${IM} not the (?:one|problem|bad guy|villain|only one)\b
        |${IM} not (?:yelling|shouting|screaming|overreacting|nagging|lying|being (?:defensive|dramatic|rude|mean|difficult|unreasonable|emotional|crazy|sensitive))\b
        |${YOURE} the one (?:who|that)\b
        |\b(?:like|as if) (?:I'm|I am|im) (?:the (?:bad guy|villain|problem|enemy|only one)|always wrong)\b
        |\bmak(?:e|es|ing) me (?:out to be |look like )?the (?:bad guy|villain)\b
      `,
    },
    {
      id: 'denial-and-counter',
      // "I'm not late, you're early": the charge is handed straight back.
      pattern: rx`${IM} not [a-z]+(?: [a-z]+)?,? ${YOURE} (?:just )?[a-z]+\b`,
      unlessSentence: rx`\b(?:you're right|you are right|sorry|fine|okay|love|thank)\b`,
    },
    {
      id: 'you-are-exaggerating',
      pattern: rx`
        \b(?:attacking|blaming|accusing|picking on|coming at|ganging up on) me\b
        |\b(?:so )?I'm (?:supposed|expected) to (?:know|remember|do) (?:everything|it all)\b
        |${YOURE} (?:(?:totally|completely|just|really) )?(?:twisting my words|putting words in my mouth|overreacting|blowing (?:this|it|things|everything) (?:way |totally |completely )?out of proportion|making (?:it|this|that) (?:sound|seem|look) (?:way |so |much |a lot )?(?:worse|bigger|like))\b
        |${DONT} twist my words\b
        |${YOURE} (?:(?:totally|completely|just|really|so) )?(?:exaggerating|making (?:it|this|that|things) up|being (?:so )?dramatic)\b
        |\btwist(?:ing|s|ed)? (?:what I (?:said|say|mean|meant|did)|everything I say)\b
      `,
    },
    {
      id: 'minimising',
      pattern: rx`
        \b${ITS} not (?:a|that|such a) (?:big deal|crime|big of a deal|huge deal)\b
        |\bnot (?:that big|that big of|a big|a huge|such a big) (?:a )?deal\b
        |\bwhat's the big deal\b
        |\bmak(?:e|ing) (?:a )?(?:federal case|big deal|huge deal|scene|drama|mountain) (?:out of|about|over)\b
        |${YOURE} making (?:this|it|that) (?:into )?(?:a thing|a big thing|an issue|a drama|a whole thing)\b
        |\bwhy is (?:this|it|that) (?:such a|a) big deal\b
        |\bI don't see why (?:this|it|that) (?:is|matters|'s)\b
        |\bI (?:only|just) (?:[a-z]+ ){1,4}?for (?:a|one) (?:second|sec|minute|min|moment)\b
        |\bI (?:only|just) (?:had|drank) (?:one|two|a couple|a few|\d)\b
        |\bI (?:only|just) [a-z]+ (?:it )?(?:once|one time)\b
        |\b(?:checked|looked at|glanced at) (?:it|my phone) (?:once|twice|a couple of times|for a second)\b
        |\bit was (?:only|just) (?:once|one time)\b
        |\b(?:it|that) was (?:one|1) time\b
        |\b(?:it's|it is) not that deep\b
        |\b(?:totally|perfectly|completely) fine to drive\b
        |\bI only (?:bought|spent|got|used|took) (?:things|stuff|what) (?:we|I) (?:needed|need)\b
        |\b(?:everybody|everyone) (?:forgets|makes mistakes|is late|does (?:it|that)|messes up)\b
      `,
      unlessDraft: REASSURING,
    },
    {
      id: 'counter-complaint',
      pattern: rx`
        ${START}well,? (?:you|u|what about|maybe you|maybe if you|if you|you're the one|excuse me|sorry)\b
        |${START}me\?
        |\bwhat about (?:when you|the time you|all the times you|you [a-z]+ing|your [a-z]+ing)\b
        |${YOURE} one to talk\b
        |\blook who's talking\b
        |\b(?:that's|that is|thats) rich(?: coming from (?:you|u))?\b
        |\bsays the (?:one|person|guy|woman|man) who\b
        |\bI did my part\b
        |\b(?:the rest|that|this)(?:'s| is) (?:all )?on ${YOU}\b
        |\bpot calling the kettle\b
        |\b${YOU} (?:do|did|does) (?:it|that|the (?:exact )?same(?: thing)?) (?:too|all the time|constantly|last \w+|yesterday)\b
        |\bhow (?:can|could|dare) ${YOU} (?:be|get) (?:mad|angry|upset|annoyed) (?:at|with) me\b
        |\b${YOU} (?:also|too) (?:forgot|did|missed|said)\b
        |\bat least I (?:tried|try|did|don't|didn't|remembered|showed up|bother|actually|made an effort|'m honest|am honest)\b
        |\blike ${YOU}(?:'ve| have)? never (?:forgotten|done|made|been|forget|do)\b
        |(?:${YOU}|${YOURE}) (?:didn't|did not|didnt|don't|dont|never|haven't|weren't|aren't|ever|not) [^.!?]{0,50}\beither\b
        |${START}(?:yeah|yes|ok|okay),? well\b
        |${START}(?:yeah|yes|well|ok|okay),? and ${YOU} (?:forgot|did|were|was|said|left|never|always|spent|missed|didn't)\b
        |\b(?:a bit |pretty |a little |quite )?rich (?:coming )?from (?:you|u)\b
        |${YOURE} (?:hardly|not exactly|the last person|in no position)\b(?: [a-z]+){0,3} (?:to (?:lecture|talk|judge|criticise|criticize|complain)|one to talk)\b
        |\b(?:funny|interesting|weird|strange|amazing) how (?:it's|it is|its) only (?:a problem|an issue|bad|wrong|a big deal) when I\b
        |\bonly (?:a problem|an issue|wrong|a big deal) when I do it\b
        |${YOU} (?:do|did|does) (?:exactly |literally )?the (?:exact )?same(?: thing)?${END}
        |\b(?:it's|it is) not like ${YOU} (?:ever|never|always|don't|didn't|haven't)\b
      `,
      unlessSentence: PRAISE,
    },
    {
      id: 'if-you-had',
      pattern: rx`
        \bif ${YOU}(?:'d| had| would have| would've)? (?:told|said|asked|reminded|mentioned|let me know|been|checked|done|bothered|explained|warned|cleaned|picked|answered|called|texted|listened|helped|paid attention)\b[^.!?]*\b(?:I (?:would|wouldn't|would not|could|couldn't|could not)(?:'ve| have)?|I'd have|you'd have|you would have|you'd know|you would know|you'd have seen)\b
        |\bI would(?:'ve| have)? (?:[a-z]+ ){1,3}?if ${YOU} (?:hadn't|had not|had|didn't|did not|weren't|wasn't)\b
        |\blike ${YOU} said ${YOU} would\b
        |\bI (?:wouldn't|would not|wouldnt) (?:have to|need to|keep) (?:[a-z]+ ){1,3}?if ${YOU} (?:actually |just |ever |only )?(?:listened|helped|did|paid|remembered|told|asked|answered|called|texted|cleaned|tried|bothered|stopped)\b
      `,
    },
    {
      id: 'yes-but',
      pattern: rx`
        ${START}(?:yeah|yes|yep|ok|okay|sure|fine|true|right),? but\b
        |${START}(?:(?:yeah|yes|yep|ok|okay|sure|fine|true|right),? ){1,2}I (?:was late|was|did|forgot|missed|said|might have|may have|know|get it|hear you|admit|messed up|left|lost|broke|spent)\b[^.!?]{0,60}?,? but\b
        |\bI (?:hear|understand|get|know|see) (?:that )?${YOU}(?:'re| are) (?:upset|mad|angry|frustrated|hurt|annoyed)[^.!?]{0,40}?,? but\b
      `,
      unlessSentence: PRAISE,
    },
    {
      id: 'excuse-blames-partner',
      pattern: rx`
        \bI (?:was|am|'m) (?:only |just )?(?:late|rude|short|snappy|upset|angry|mad|quiet|grumpy|distracted) because (?:of )?(?:${YOU}|${YOUR})\b
        |\b${YOU} made me (?:do|say|act|react|late|yell|snap|forget|angry|mad)\b
      `,
    },
    {
      id: 'nobody-told-me',
      pattern: rx`
        \b(?:nobody|no one|no-one) (?:ever )?(?:told|tells|warned|reminded|asked) me\b
        |\bhow (?:was|am|were|could) I (?:supposed|meant|expected)? ?to know\b
        |\bI (?:can't|cannot) be expected to\b
        |\bI had a (?:really |super |very )?(?:long|rough|hard|busy|crazy) (?:day|week),? (?:okay|ok|alright|all right)\?
      `,
    },
    {
      id: 'innocent-victim',
      pattern: rx`
        \bI was ${ADVERBS}(?:only|just) (?:joking|kidding|teasing|trying to (?:help|be nice|do something nice|be helpful|make)|being honest|messing around|trying)\b
        |\b(?:it|that) was (?:only|just) a joke\b
        |\bcan't you take a joke\b
        |\b(?:well,? )?excuse me for (?:trying|wanting|caring|being|breathing|having|existing|living)\b
        |\bsorry for (?:trying|caring|wanting to help|existing|breathing|having feelings|being alive)\b
        |\bthis is the thanks I get\b
        |\b(?:what|how) (?:more|else|much more) (?:do|could|can) ${YOU} (?:possibly )?(?:want|expect|ask) (?:from|of) me\b
        |\bwhat do ${YOU} want from me\b
        |\bwhat (?:more|else) do ${YOU} want${END}
        |(?:${START}|\boh )(?:and|like|as if) ${YOU}(?:'ve| have) never [^.!?]{3,60}\?
        |\bI (?:already )?told (?:you|u) (?:already|I'd|I would|I was|I'm|that I)\b(?![^.!?]*\blove\b)
        |\bI can't (?:do|be|remember|handle) (?:everything|it all)(?: around here)?,? (?:you know|okay|ok|alright)\b
        |\bI'm only human\b
        |\bI do (?:so much|everything|all the [a-z]+|more than you|more than anyone)\b
        |\bI(?: work| worked|'ve been working| have been working|'m working| am working| put in) (?:[a-z]+|\d+) hours\b
        |${START}excuse me\?
        |\bcut me (?:some|a little) slack\b
        |\b(?:get|stay) off my back\b
        |\bback off\b
        |\b(?:it's|it is|that's|that is) not my (?:job|responsibility|problem|area) to\b
        |\bwhy is it (?:my|always my) (?:job|responsibility) to\b
        |${IM} not [a-z]+,? ${IM} (?:just )?(?:exhausted|tired|busy|stressed|overwhelmed|honest|being honest)\b
        |\bI(?:'ve| have) had a (?:long|hard|rough|busy|tough|crap|shit|bad|stressful) (?:day|week|month|year) too\b
        |\bwhat do (?:you|u) want me to (?:say|do)(?: about it)?\s*\?
        |${DONT} (?:make|turn) (?:this|it|that) (?:about|into) me\b
        |\bI was (?:going|gonna|about) to(?: [a-z]+)?,? but (?:you|u)\b
        |${START}(?:that's|that is) (?:not fair|unfair),? I(?:'ve| have| was| am|'m| did)\b
        |${START}what\?+\s*I (?:did|do|have|was|already|said)\b
        |(?:${START}|\bso |\bjust )give me a break${END}
      `,
    },
    {
      id: 'non-apology',
      pattern: rx`
        \bsorry (?:that )?${YOU} (?:feel|felt) (?:that|this) way\b
        |\bsorry if ${YOU} (?:feel|felt|were|got|took|are)\b
        |\bsorry ${YOU} (?:took|take|see|saw) it (?:that|this|the wrong) way\b
        |\bsorry ${IM} not (?:a mind reader|perfect|psychic)\b
        |\bsorry (?:I|i) (?:exist|breathe)\b
      `,
    },
    {
      // Counter-complaints in the forms people type: "what about you?", "you were on your phone
      // too", "it's not like you're perfect", "you started it", "you should have told me".
      id: 'counter-attack',
      pattern: rx`
        \bwhat about (?:you|u|yourself|ur|your)\b(?=\s*[?.!]|\s*$| (?:[a-z]+ ){0,3}(?:though|huh)\b)
        |(?:${START}|, ?)${YOU} (?:were|was|are|did|do|had|have|forgot|said|left|spent|yelled|started|weren't|didn't) [^.!?]{2,60}\b(?:too|as well)${END}
        |\b(?:it's|it is|its|not) like (?:${YOURE}|${YOU}) (?:are |were )?(?:so |any )?(?:perfect|better|innocent|a saint|an angel)\b
        |${YOURE} not (?:exactly )?(?:perfect|innocent|a saint|an angel) either\b
        |\b${YOU} started (?:it|this|that)\b
        |\b${YOU} (?:should|could)(?:'ve| have| of) (?:told|said|asked|reminded|mentioned|warned|texted|called)\b
        |\b${YOU} knew (?:that|this|I) [^.!?]{0,40}\bwhen\b
        |\b(?:and|so) what about (?:when|the time|all the times)\b
        |${START}(?:so what|and\?|so\?)(?:\s*[.!?]|\s+if I)
      `,
      unlessSentence: rx`${PRAISE.source}|${REASSURING.source}`,
      // "What about you? How was your day?" turns toward the partner.
      unlessDraft: rx`\b(?:any (?:plans|ideas|news|thoughts)|how (?:was|is|are|did|about)|what do (?:you|u) (?:want|fancy|think|reckon)|would (?:you|u) like|do (?:you|u) want to)\b`,
    },
    {
      // "I only did it because you…": the reason is handed back to the partner.
      id: 'because-you',
      pattern: rx`
        \bI (?:only|just) [a-z]+(?: [a-z']+){0,3} because (?:of )?(?:you|u|your|ur)\b
        |\bI (?:did|said|do|say|yelled|snapped|left|went) (?:it|that|this|what I did)? ?because (?:of )?(?:you|u)(?: (?:kept|keep|always|never|were|wouldn't|won't|didn't))\b
        |\bI had to(?: [a-z']+){0,3} because (?:you|u)\b
        |\bonly because (?:you|u) (?:kept|keep|were|always|never|wouldn't|didn't)\b
      `,
      unlessSentence: rx`${PRAISE.source}|\bI (?:love|like|miss)\b`,
    },
    {
      // Denial plus self-justification: "that's not true, I do plenty", "I do loads around here".
      id: 'denial-and-justify',
      pattern: rx`
        ${START}(?:that's|that is|thats|its|it's) (?:just )?(?:not true|a lie|bs|bullshit)\b(?=[^.!?]*[.!?,]?\s*(?:I|i|you|u)\b)
        |\bI do (?:plenty|loads|tons|heaps|a lot|lots|my share|my part|half|more than my share|more than (?:you|u))\b
        |\bI (?:can't|cannot|cant) (?:do|be|remember|handle|fix) (?:everything|it all|every ?thing)\b
        |\bwhatever I do (?:is|it's) (?:never|wrong|not)\b
        |\bin my defen[cs]e\b
        |\bI (?:didn't|didnt|did not) (?:even )?do anything\b
        |\bwhat did I do (?:now|this time|wrong)\b
        |\bwhy is it (?:always|never) (?:me|my fault)\b(?! (?:who|that) (?:has|have|needs) to)
        |\b(?:I'm|im|I am|I've been) (?:tired|busy|stressed|exhausted) too\b
        |\bI (?:have|got) a job too\b
        |\bI(?:'m| am|m) sorry,? but (?:you|u|if you|it's|its|I)\b
        |\bsorry,? but (?:you|u) (?:always|never|were|are|did|started|made)\b
      `,
    },
    {
      // Not having known, said as a defence ("I didn't know it was a big deal!", "you never
      // said you wanted me to come"); with a sincere apology it is repair instead.
      id: 'didnt-know',
      pattern: rx`
        \bI (?:didn't|did not|had no) (?:know|idea|realise|realize) (?:it|that|this) (?:was|mattered|would)\b
        |(?<!\b(?:that|when|how|because|bc|since) )${YOU} never (?:said|told me|asked|mentioned|reminded me)\b(?! (?:thank|sorry|how|that you (?:loved|liked)))
        |(?<!\b(?:that|when|how|because|bc|since) )${YOU} (?:didn't|did not|didnt) (?:say|tell me|ask|mention|remind me)\b(?! (?:thank|sorry|how))
      `,
      unlessDraft: rx`${SINCERE_APOLOGY.source}|${PRAISE.source}|\b(?:exciting|yay|congrat\w*|gorgeous|how lovely|what a (?:lovely )?surprise)\b`,
      unlessSentence: rx`${PRAISE.source}|\b(?:exciting|yay|congrat\w*|how lovely|what a surprise)\b`,
    },
    {
      // Excuses said as the whole answer, with an edge: "I was busy, ok?", "I didn't have time,
      // I was in meetings", "I forgot because you distracted me".
      id: 'pointed-excuse',
      pattern: rx`
        ${START}I (?:was|am|'m|have been|'ve been) (?:just |really |so |literally )?(?:busy|working|tired|exhausted|swamped|slammed|at work|driving|in a meeting|asleep|sleeping|out),? (?:ok|okay|alright|all right)(?:\?|\s*[,!.]|\s*$)
        |\bI (?:didn't|did not|didnt|haven't|havent|had no) (?:have )?(?:the )?(?:time|a chance|a second|a minute)\b[^.!?]{0,40}?(?:,|;| - | because | bc | cause | cuz )\s*I (?:was|had|'ve been|have been|am|'m)\b
        |\bI (?:only )?(?:forgot|was late|missed (?:it|them)|snapped|yelled|shouted|lost it|got angry|got mad) (?:[a-z]+ ){0,2}because (?:${YOU}|${YOUR})\b
      `,
      unlessDraft: rx`${SINCERE_APOLOGY.source}|\b(?:so|really|very|terribly) sorry\b|\blove (?:you|u)\b`,
      unlessSentence: rx`${PRAISE.source}|\bI (?:love|miss)\b`,
    },
    {
      // Counter-complaints that deny the charge or claim equal standing: "don't tell me I don't
      // help", "excuse me, I do the school run", "don't act like you're perfect", "like you're any
      // better", "I have a life too", "I can't win with you".
      id: 'standing-my-ground',
      pattern: rx`
        ${DONT} (?:tell|say|act like|pretend) (?:to )?(?:me )?(?:that )?I (?:don't|do not|dont|never|didn't|did not|can't|haven't)\b
        |${START}excuse me,? (?:but )?I (?:do|did|have|was|am|'m|work|pay|cook|clean)\b
        |${DONT} act like (?:you're|you are|ur|u r|youre) (?:so )?(?:perfect|innocent|a saint|an angel|any better|better)\b
        |${START}(?:like|as if) (?:you're|you are|ur|u r|youre) (?:any |so much |sooo )?(?:better|perfect|innocent)\b
        |\bI (?:have|'ve got|got) (?:a life|feelings|things to do|stuff to do|a job) too\b
        |\bI (?:can't|cannot|cant|never|can never) win with (?:you|u)\b
      `,
      unlessSentence: PRAISE,
    },
    {
      // More self-protection in the forms people type: "this is what I get?", "it's hardly a
      // crime", "stop exaggerating", "I'm allowed to forget things", "not everything is my
      // responsibility", "you knew what I was like", "that's just how I am", "and you're perfect,
      // are you?", "don't you dare make this about me", "I was trying to help, not that you'd notice".
      id: 'self-protection',
      pattern: rx`
        \b(?:this is|that's|thats) what I get\b(?: for\b)?
        |\b(?:it's|it is|its|that's|thats) (?:hardly|not exactly) (?:a crime|a big deal|the end of the world|a disaster|a federal case)\b
        |${START}(?:stop|quit) (?:exaggerating|overreacting|being (?:so )?dramatic|twisting (?:it|things|my words))\b
        |\bI'm allowed to (?:forget|make (?:a )?mistakes?|be late|have a life|relax|be tired)\b
        |\bnot everything is (?:my (?:responsibility|fault|job|problem)|on me)\b
        |\b(?:you|u) knew what I was like\b
        |${START}(?:that's|thats|this is|it's|its) (?:just )?(?:how|who|the way) I am${END}
        |\b(?:and )?(?:you're|ur|you are|youre) (?:so )?perfect,? (?:are|were) (?:you|u)\?
        |\bdon't you dare (?:make|turn) (?:this|it|that) (?:about|into|on)\b
        |\bI was (?:only |just )?trying to (?:help|be nice|do something nice|be helpful)\b(?=[^.!?]*\bnot that (?:you|u)\b)
      `,
      // Said with a grin ("it's hardly a crime to want a lie-in 😄") it is banter.
      unlessDraft: rx`${SINCERE_APOLOGY.source}|😄|😊|🙂|😉|😁|😂|🤣|\b(?:lol|haha\w*|jk|kidding)\b`,
    },
    {
      // A bare "I was busy!" or "I was working" as the whole answer; ambiguous alone.
      id: 'busy-excuse',
      pattern: rx`${START}I (?:was|am|'m|m|'ve been|have been) (?:just |really |so )?(?:busy|working|tired|exhausted|swamped|slammed|at work)(?=\s*(?:[!,]|$|ok\b|okay\b))`,
      weak: true,
      unlessDraft: SINCERE_APOLOGY,
    },
    {
      id: 'doing-my-best',
      pattern: rx`\bI(?:'m| am) (?:doing|trying) (?:my (?:best|hardest)|everything I can|all I can)(?: here)?\b`,
      weak: true,
    },
    {
      id: 'thats-not-fair',
      pattern: rx`
        ${START}(?:that's|that is|thats) (?:not fair|unfair|ridiculous|rich)${END}
        |${START}unbelievable${END}
      `,
      weak: true,
    },
  ],
};
