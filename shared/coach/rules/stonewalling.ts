/**
 * Stonewalling: shutting the conversation down. Announced withdrawal ("I'm done", "forget it"),
 * refusing to talk or listen, cutting off contact, the silent treatment, indifference
 * ("whatever", "do what you want") and clipped replies that close the door.
 *
 * A break with a time to come back ("twenty minutes, then let's pick this up at 8") is the healthy
 * opposite, so any sign of coming back switches the whole set off.
 */
import type { RuleSet } from './rule.ts';
import { AFFECTION, CANT, DONT, END, IM, OWN_APOLOGY, START, WONT, YOU, rx } from './lexicon.ts';

/** A promise to return to the partner or the topic. */
const COMES_BACK = rx`
  \bpick (?:this|it|that) (?:back )?up\b
  |\b(?:come|get) back to (?:this|it|that|you)\b(?! when I (?:feel like it|want to|decide))
  |\b(?:talk|continue|revisit|finish) (?:about )?(?:this|it|that)? ?(?:later|tomorrow|tonight|after|in the morning|when(?! (?:I'm|I am|I feel|I want|I get) (?:ready|like it|around to it)))\b
  |\b(?:call|text|ring) (?:you|u) (?:right |back )?(?:after|later|back|when|tonight|tomorrow|in)\b
  |\btalk (?:later|soon|tonight|tomorrow|in the morning)\b
  |\bcan we (?:talk|try again|revisit|come back)\b
  |\bsee (?:you|u) (?:in the morning|later|tonight|soon|tomorrow|at)\b
  |\bcuddle later\b
  |\bback (?:around|at|by|in) \d
  |\b(?:in|after|take|need|give me|for another) (?:\d+|ten|fifteen|twenty|thirty|forty-five|an?|half an) (?:minutes?|mins?|hours?|break|breather|time-out|pause)\b
  |\bafter (?:dinner|work|the kids|my meeting|I cool down|a walk|a break)\b
  |(?<!\bback )\bwhen (?:I'm|I am) (?:calmer|home|back|off)\b
  |\bonce I(?:'ve| have)? (?:calmed|cooled)\b
  |\bI (?:want|would like|'d like|really want) to (?:understand|hear (?:you|your|what)|listen|know what|work (?:this|it) out|figure (?:this|it) out)\b
`;
/** Apologising for shutting down ("sorry I said I'm done") is repair, not stonewalling. */
const APOLOGY = rx`${OWN_APOLOGY.source}|\b(?:I'm sorry|I am sorry|im sorry|sorry I|sorry for|I apologi[sz]e)\b`;
/** What a refusal is about: this conflict, not something neutral ("argue about which pizza place"). */
const THIS_TOPIC = String.raw`(?:(?: (?:about|abt|bout|over) (?:this|it|that|the [a-z]+(?: [a-z]+)?|us|you|anything|any of (?:this|it)))?(?: (?:any ?more|any ?longer|any further|again|tonight|today|right now|rn|now|with you|ever|or ever))*${END}|(?: (?:about|abt|bout|over) (?:this|it|that|any of (?:this|it)))\b)`;

export const stonewalling: RuleSet<'stonewalling'> = {
  name: 'stonewalling',
  unlessDraft: COMES_BACK,
  unlessSentence: APOLOGY,
  rules: [
    {
      id: 'im-done',
      pattern: rx`
        (?<!\b(?:when|once|after|until|till|before|if|as soon as) )\b(?:i'm|i am|im|we're|we are|were) (?:so |just |totally |completely )?done(?:(?!\s*!)${END}| here\b| with (?:you|it|us|all of (?:it|this)|trying|everything)\b| with (?:this|that)(?: (?:conversation|argument|fight|discussion|relationship|marriage|nonsense|crap|bs|drama|shit))?\b(?!\s+[a-z])| (?:talking|discussing|arguing|trying|fighting|explaining|listening)\b(?! (?:to|with) (?!you\b|u\b)))
        |${START}done (?:talking|trying|discussing|with (?:this|you|it|all of it))\b
      `,
    },
    {
      id: 'forget-it',
      pattern: rx`
        (?<!\b(?:don't|dont|do not|never|won't) )\bforget (?:it|I said anything|I asked|I mentioned it|about it|the whole thing)${END}(?!,? (?:I|I've|we) (?:found|got|figured|fixed|remembered|sorted|have)\b)
        |${START}(?:never ?mind|nvm)(?=\s*(?:\.|\n|$))
        |${START}(?:it |that )?(?:doesn't|does not|dont|don't) matter${END}
        |${START}(?:just |please )?drop it${END}
        |${START}(?:let's |can we )?(?:just )?(?:drop|leave) it${END}
      `,
      // "Forget it, it's fine, no harm done" lets the partner off the hook; it does not shut them out.
      unlessDraft: rx`\b(?:no harm done|no worries|no problem|don't worry|not a big deal|easy mistake|happens to everyone)\b`,
    },
    {
      id: 'refuse-to-talk',
      pattern: rx`
        (?<!\b(?:let's|let us|lets|we shouldn't|we should not|let's just|why don't we|can we|could we|can't we|shall we|please can we|maybe we could|I hope we) )\b(?:not|${WONT}|never|${IM} not|I refuse to) (?:going to |gonna |keep |be )?(?:keep )?(?:talk|discuss|fight|argu|debat|do(?=(?:ing)? (?:this|that|it)\b)|go over|rehash|explain|engage|get into|getting into)(?:ing|e|ed)?(?: this| it| that)?${THIS_TOPIC}
        |\b(?:I will not|I won't|I'm not going to) be (?:discussing|talking about|debating) [^.!?]{1,40}? (?:any ?(?:further|more|longer)|again)\b
        |${DONT} (?:want|wanna) to (?:talk|discuss|hear|argue|fight) (?:about )?(?:it|this|that|any of (?:this|it)|anything)\b
        |\bthere's no point (?:in )?(?:even )?(?:discussing|talking|arguing|explaining|trying)\b
        |\b(?:not|isn't|is not|ain't) (?:even )?worth (?:discussing|talking about|arguing about|fighting about|my breath|the breath|explaining)\b
        |\b(?:I'm|I am) (?:staying|keeping) out of (?:it|this)\b
        |\b(?:I'm|I am) hanging up\b
        |\bhang(?:ing)? up on (?:you|u)\b
        |${START}mute(?:d)?${END}
        |\bnothing (?:more |else |left )?to (?:discuss|talk about)\b
        |\b(?:end of (?:discussion|story|conversation)|this conversation is over|conversation over)\b
        |\bnot (?:wasting|going to waste) my (?:breath|time|energy)\b
        |\bnot (?:going to |gonna )?sit here and\b
        |\b(?:shutting|shut|closing|ending) (?:down )?(?:this|the) (?:conversation|discussion|chat|topic)\b
        |${CANT} deal (?:with|w|w/) (?:you|u)\b
        |${CANT} deal (?:with|w|w/) (?:this|it)(?: (?:rn|right now|any ?more|today|tonight))?${END}
        |\bnot in the mood (?:to|for) (?:talk|this|discuss|argu|fight|your|it\b)
        |\bwhy (?:even )?bother (?:talking|trying|discussing|explaining)\b
        |\b(?:checking|tapping|bowing|logging|signing|walking) out of (?:this|the) (?:conversation|discussion|chat|argument|fight)\b
        |${START}(?:I'm |im |I am )?(?:checking|tapping|bowing) out${END}
        |${START}(?:I )?${CANT} do this(?: right now| any ?more| again| tonight)?${END}
        |\b(?:not|won't|I refuse to) (?:going to |gonna )?(?:keep )?(?:having|have) (?:this|that|the same) (?:conversation|discussion|argument|fight|talk)\b
      `,
      // Conceding ("I'm not going to argue, you're right") keeps the conversation going; "I can't
      // do this anymore" next to words of dying is despair (see crisis), not a closed door.
      unlessSentence: rx`\b(?:you're right|you are right|fair enough|good point|you win|you pick|you choose|you decide|up to you|your call|end it|die|dead|kill myself|alive|living)\b`,
    },
    {
      id: 'nothing-to-say',
      pattern: rx`
        \bI(?: have|'ve got|'ve| got) nothing (?:more |else |further |left )?(?:to say|to add|left to say)\b
        |\bI (?:don't|do not|dont) have anything (?:more |else |left )?to say\b
        |\btalk (?:to (?:you|u) )?never\b
        |\bI can't (?:even )?with (?:you|this)\b
        |\bI've said (?:everything|all) I(?:'m| am) going to say\b
        |\bnothing (?:more |else |left )?(?:left )?to say\b
        |\bnot (?:saying|going to say|gonna say) (?:another|one more|a single) word\b
        |\bI(?:'m| am) (?:just )?(?:going to |gonna )?stop (?:responding|replying|answering|talking to you|texting you)\b
        |${START}(?:not now[.,]?\s*)?(?:not later[.,]?\s*)?not ever${END}
      `,
    },
    {
      id: 'not-listening',
      pattern: rx`
        (?:${IM}|${START}) ?not (?:listening|answering|replying|responding|picking up)(?:${END}| (?:to )?(?:you|your|that|this|it|any ?more|texts|calls|messages|the phone|my phone)\b)
        |\bnot (?:even )?(?:going to |gonna )?(?:respond|reply|answer)(?:ing)?(?: (?:to )?(?:that|this|you|it|your \w+))?(?:${END}| any ?more\b| (?:any ?more )?(?:texts?|calls?|messages?)\b| again\b| today\b| tonight\b)
        |${WONT} (?:read|answer|reply to|respond to|look at|listen to|open) (?:it|them|that|this|your \w+|any of (?:it|them))\b
        |\b${YOU} can keep (?:texting|calling|yelling|talking|messaging)\b
        |\b(?:talk|say|yell|text) (?:all|whatever|as much as) ${YOU} (?:want|like)\b(?=[^.!?]*\b(?:not|won't|can't)\b)
        |${YOU} can (?:talk|yell|text) all ${YOU} want\b
      `,
    },
    {
      id: 'cut-off-contact',
      pattern: rx`
        \b(?:leave me be|leave me alone|(?:don't|do not|dont) (?:text|call|message|contact|talk to|speak to|bother|come near|come looking for|follow|come after|look for) me(?! (?:before|until|till|after|during|at|between|while|when|if|unless|in the)\b)|${DONT} (?:bother|try) (?:waiting up|calling|texting|coming|to call|to text)|(?:turning|switching) (?:off )?my phone(?: off)?|${IM} blocking ${YOU}|blocked ${YOU}|(?:give|giving|gonna give|going to give) (?:you|u) the silent treatment|silent treatment (?:until|for|from now)|not (?:speaking|talking) to ${YOU}|${WONT} be (?:talking|speaking) to ${YOU})\b
        |\b(?:need|want) to not see ${YOU}\b
        |\bstop (?:texting|calling|messaging|contacting|bothering|following) me\b
        |${DONT} (?:want|wanna) to (?:see|talk to|hear from|speak to|look at) ${YOU}\b
        |\bI need (?:some )?(?:space|distance|time|a break) (?:away )?from ${YOU}\b
        |\bgoing (?:silent|radio silent|dark|quiet) until\b
        |\bsilent treatment it is\b
        |^\s*blocked?\s*[.!]?\s*$
        |(?<!\b(?:not|stop|wasn't|isn't|never|aren't|weren't) )\b(?:muting|muted|mute|blocking|ignoring) (?:this chat|the chat|this thread|you|your (?:number|texts|messages|calls))\b
      `,
    },
    {
      id: 'indifference',
      pattern: rx`
        (?<!\b(?:and|or|but|of|for|in|on|whatever) )\bwhatever${END}
        |\bwhatever (?:you|u) (?:say|decide|think|want|like|wish)${END}
        |\b(?:do|book|buy|choose|pick|make|plan) (?:what|whatever)(?: [a-z]+)? (?:you|u) (?:want|like|wish|see fit)${END}
        |\bmake whatever arrangements ${YOU} see fit\b
        |\bI (?:honestly |really |just |truly )?${DONT} (?:even )?care(?: any ?more)?${END}
        |\bI (?:honestly |really |just )?${DONT} (?:even )?care any ?more\b
        |${START}(?:i'm|im|i am) out${END}
        |\bif you say so${END}
        |\bas you wish${END}
        |\bfigure it out (?:yourself|on your own)\b
        |\bI give up${END}
      `,
      unlessSentence: rx`\b(?:trust|love|happy|fine with me|great taste|good taste|surprise me|whatever happens|whatever you need|you pick|you choose|you decide|either is fine|either way|up to you|sounds good)\b`,
    },
    {
      // Handing the decision over to end the talk: "suit yourself", "have it your way", "think what
      // you want", "I'm not dealing with this".
      id: 'dismiss-and-leave',
      pattern: rx`
        \bsuit yourself\b
        |\bhave it (?:your|ur) way\b
        |\b(?:think|believe|say|feel) (?:what|whatever) (?:you|u) (?:want|like)\b
        |\bI (?:don't|do not|dont) care what (?:you|u) (?:do|think|say|want)\b
        |${IM} not (?:dealing|engaging|doing this|having this)\b
        |\bnot (?:dealing|engaging) with (?:this|you|u|it)\b
        |\b(?:I'm|im|I am) not (?:discussing|talking about|debating|arguing about) (?:this|it|that)\b
        |\btalk to the (?:wall|hand)\b
        |\btalk to (?:yourself|urself)\b
        |${START}(?:(?:yeah|yea|ok|okay|sure),? )?whatever,? (?:dude|man|mate|bro|lol|babe)${END}
        |\b(?:can't|cant|cannot) be (?:arsed|bothered)(?: (?:with (?:this|it|you|u|that|any of (?:this|it))|arguing|talking|discussing|explaining|fighting|to (?:argue|talk|discuss|explain|fight)))?${END}
        |${DONT} bother (?:messaging|texting|calling|ringing|replying|waiting)\b
        |\btalk to (?:a|the) (?:brick )?wall\b
        |\bhave (?:it )?(?:your|ur) (?:own )?way(?! with)\b
        |${START}(?:don't|dont|do not) bother(?=\s*(?:[.!]|$))
        |\b(?:I'll|I will) (?:come back|be back|come home|talk to (?:you|u)|call (?:you|u)|answer|reply) when I (?:feel like it|want to|decide|'m good and ready)\b
        |${DONT} (?:want|wanna) to (?:talk|discuss|argue)${END}
        |${START}(?:I'm |I am )?not interested${END}
        |\b(?:not sure|no idea) when (?:I'll|I will|I'm|I am|I'd) (?:be )?(?:back|home|coming (?:back|home))\b
        |${START}you do you${END}(?!\s*[!❤])
        |${START}(?:just |please )?(?:go away|get out|leave me)${END}
        |${DONT} know when (?:I'll|I will|I'm|I am|I'd) (?:be )?(?:back|home|coming (?:back|home)|talk(?:ing)? to (?:you|u))\b
        |\bnot interested in (?:talking|discussing|hearing|having this|your (?:excuses|opinion|explanation|side))\b
        |\b(?:going|gone|go) (?:radio )?(?:silent|dark|no contact)\b
        |${DONT} (?:try to|bother to|even|you dare) (?:contact|call|text|message|ring|reach|find|talk to) me\b
        |\b(?:talk|tell|complain) (?:it )?to (?:someone|somebody) who cares\b
        |${START}(?:don't|dont|do not) (?:call|text|message|ring)(?: me)?${END}
        |${START}(?:save it|no comment)${END}
        |\b(?:past|beyond) caring\b
        |\b(?:save|spare) (?:your|ur) breath\b
        |\bleave it${END}
        |\bdon't expect (?:me to|an?) (?:answer|reply|respond|call)\b
      `,
    },
    {
      // Walking out with no time to come back: "I'm off. Don't wait up." Said warmly ("with Sam,
      // don't wait up x") it is only news, so company and affection switch it off.
      id: 'leaving-no-return',
      pattern: rx`${DONT} wait (?:up|for me)\b`,
      // Said with a reason that is not the fight (a late shift, a delayed train) it is only news.
      unlessSentence: rx`${AFFECTION.source}|\b(?:with|have fun|enjoy|x+|love you|xo|meeting|shift|flight|train|traffic|work)\b|:\)|!`,
    },
    {
      id: 'clipped-replies',
      // The whole draft is a string of flat one- or two-word brush-offs ("k. sure. bye"); an
      // exclamation mark ("Ok! Cool!") reads as friendly, so it does not count.
      pattern: rx`
        ^\s*(?:(?:k|kk|ok|okay|sure|fine|yep|yup|yeah|noted|got it|cool|right|whatever|done|bye|goodnight|good night|night|nothing|nothing's wrong|nothing is wrong|I'm fine|im fine|I am fine|if you say so|mhm|uh huh|ok then|sure thing)\s*[.,]+\s*){2,}
        (?:(?:k|kk|ok|okay|sure|fine|yep|yup|yeah|noted|got it|cool|right|whatever|done|bye|goodnight|good night|night|nothing|I'm fine|im fine|I am fine|whatever you (?:say|decide|want))\s*[.,]*\s*)?$
      `,
    },
    {
      id: 'one-word-brush-off',
      pattern: rx`^\s*(?:(?:k|kk|ok|okay|fine|bye)[.,]?\s*(?:then|bye)\s*\.?|(?:good)?bye\s*\.|(?:k|kk|whatever|fine|noted|wtv|whatevs|w/e|mhm+|uh[- ]?huh|mm+)\s*[.!]?|done\s*\.?)\s*$`,
    },
    {
      // Announced ignoring and telling the partner to stop: "I'm just going to ignore that",
      // "just stop talking", "can we not."
      id: 'announced-ignoring',
      pattern: rx`
        (?<!\b(?:not|never|won't|don't|didn't|wasn't|isn't|stop) )\b(?:going to|gonna|I'll|I will|I'm|I am|im) (?:just )?(?:ignor(?:e|ing)) (?:that|this|it|you|u|your \w+)\b
        |${START}(?:just |please )?(?:stop|quit) (?:talking|texting|messaging|explaining)${END}
        |${START}can we not${END}(?!\s*\w)
      `,
    },
    {
      // Short closing lines that end the talk: "I'm not in the mood.", "Not this
      // again.", "I'm out of here.", "Talk to you whenever.", "You've said enough.", "I'll be back
      // when I'm back", phone on do-not-disturb in the middle of a row.
      id: 'closing-lines',
      pattern: rx`
        ${START}(?:I'm|im|I am) (?:just )?not in the mood${END}
        |${START}not this again${END}
        |${START}(?:I'm|im|I am) (?:so )?out of here${END}
        |\btalk to (?:you|u) whenever${END}(?![^.!?]*\bno rush\b)
        |${YOU}(?:'ve| have) said (?:enough|plenty)${END}
        |\bback when I'm back\b
        |\b(?:putting|put|turning|switching) (?:my )?phone (?:on|to) (?:do not disturb|dnd|silent|airplane mode|aeroplane mode)\b
      `,
      unlessSentence: rx`\b(?:meeting|work|film|movie|cinema|class|exam|interview|baby|nap|lecture|church|theatre|theater)\b|${AFFECTION.source}`,
    },
    {
      id: 'nothing-is-wrong',
      pattern: rx`${START}(?:nothing(?:'s| is) wrong|it's nothing|I'm fine|im fine|I am fine)[.!]\s*(?:(?:I'm|im|I am) fine|nothing(?:'s| is) wrong|it's nothing)${END}`,
    },
    {
      id: 'im-done-exclaimed',
      // "I'm done!" is as often a finished race as a slammed door.
      pattern: rx`(?<!\b(?:when|once|after|until|till|before|if|as soon as) )\b(?:i'm|i am|im) (?:so |just |totally |completely )?done(?=\s*!)`,
      weak: true,
    },
    {
      id: 'walks-away',
      pattern: rx`
        \b(?:I'm|I am|im) (?:going to bed|going out|leaving|out of here|heading out|going for a drive|sleeping (?:on the couch|in the other room|at)|staying (?:at|with) [a-z']+)\b
        |\bI'll be in the (?:garage|car|bedroom|other room|office|basement)\b
        |\bI'll sleep (?:at|on|in) (?:the|my|a) [a-z']+\b
        |${DONT} wait (?:up|for me)\b
        |${START}(?:bye|goodnight|good night|night)${END}
        |${START}staying (?:at|with) [a-z']+
        |\bwhat's the point${END}
        |\b(?:you do you)\b
        |${CANT} do this (?:right now|any ?more)\b
      `,
      weak: true,
    },
  ],
};
