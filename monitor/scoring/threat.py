# ruff: noqa: E501  (long regular expressions read better unbroken)
"""Threats: violence promised or called for, intimidation ("we know where you live"), wishing
death or harm on someone, and urging someone to harm themselves.

A threat has a structure: someone intends it (first person, "someone should", a wish, a
conditional "keep it up and ...") + a harm verb from the violence family + a person or their
body or property at the receiving end. Hyperbole lacks one of the parts: "I'd kill for a bus
that turns up" (no person), "kill the scheme" (a thing), "my kids will kill me" (the speaker),
"this will be the death of the high street" (no intent). Veiled threats are recognised by
their own families: knowledge of someone's life ("I know what car you drive"), menace
("watch your back", "accidents happen"), and meetings ("see you after the meeting").

A call for violence may also be said of someone rather than promised: "he ought to be
executed", "that councillor needs putting down", "all of them should be wiped out". Filler
adverbs never hide a threat ("I really am just going to murder her"), and defeat at the polls
is not harm ("we'll kick you out in May", "end you at the ballot box").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from monitor.scoring.base import Signal
from monitor.scoring.lang import words
from monitor.scoring.lang.en.groups import GROUPS
from monitor.scoring.lang.en.harm import (
    FILLERS,
    MEETING_VERBS,
    NEEDED_HARM,
    PASSIVE_HARM,
    VIOLENT,
    VIOLENT_AT,
    WISH_HARM,
)
from monitor.scoring.lang.en.people import NAMED, PERSON, ROLE, THIRD, YOU, YOUR
from monitor.scoring.rules import (
    Rule,
    RuleScorer,
    match_rules,
    rule,
)
from monitor.scoring.text import Canonical, Prepared

# "kill the plan", "kill off the market stalls": violence to things, not people.
NOT_A_THING = (
    r"(?! (?:the|this|that|these|those|our|off|it|any|his|her|a|an|my|me|time|for) (?!lot\b|officers?\b|councillors?\b"
    r"|leader\b|mayor\b|head\b|chair\b|\w+ officer\b|cabinet\b|planners?\b)\w+)(?! (?:me|it|time|myself)\b)"
)
BODY_OR_PROPERTY = (
    rf"(?:(?:{YOUR}|his|her|their|the|that) (?:\w+ ){{0,2}}?(?:jaw|nose|legs?|neck|face|head|arms?|teeth|skull|knees?|kneecaps?"
    r"|ribs|throat|hands?|fingers|eyes?|house|home|car|windows?|door|letterbox|tyres|office|family|kids|wife|husband"
    r"|children|daughter|son|dog|cat|garden|shed|van|bike))"
)
# Someone means it: the speaker, "we", "someone should", a call to others, or a conditional.
INTENT = (
    r"(?:i ll|i will|i m going to|i m gonna|i am going to|im gonna|im going to|we ll|we will|i shall"
    r"|we re going to|we are going to|gonna|i d happily|i would happily|i m happy to|happy to|i d love to|i would love to"
    r"|i want to|i wanna|i swear|i m coming|we re coming|i ll personally|i will personally|i ll make sure|i ll be"
    r"|someone should|somebody should|someone needs to|somebody needs to|someone ought to|somebody ought to|someone oughta"
    r"|someone will|somebody will|someone s going to|somebody s going to|someone is going to|somebody is going to"
    r"|someone could|anyone fancy|who fancies|people should|they should|we should|should be|needs to be|ought to be"
    r"|deserves? to be|deserves? a|needs? a|wants? a|will get|ll get|going to get|let s all|let s|next time i see"
    r"|wouldn t take much to|would be easy to|be easy to|i could easily|time to|it s time someone)"
)
HARM = words(*VIOLENT)
HARM_AT = words(*(verb for verb in VIOLENT_AT if verb not in MEETING_VERBS))
MEET_AT = words(*MEETING_VERBS)
# Civic business near the person: a surgery, a meeting, a complaint, something to discuss.
CIVIC = (
    r"(?! (?:\w+ ){0,5}?(?:surgery|surgeries|office|town hall|civic|council|meeting|discuss|talk"
    r"|chat|ask|raise|show|explain|about|appointment|hustings|reply|answer|complaint|paperwork"
    r"|application|form|case|query|email|letter|petition|casework)\b)"
)
# "her complaint", "your reply": a possessive before a thing is not a person as the object.
POSSESSED_THING = (
    r"(?! (?:reply|replies|answer|response|email|emails|letter|complaint|complaints|query|paperwork"
    r"|case|application|form|forms|request|question|questions|message|call|vote|votes|decision"
    r"|comments?|post|points?|concerns?|issues?|report|feedback|invitation|invite|thoughts|views"
    r"|details|number|address)\b)"
)
# "sort the paperwork for her": a person after "for", "to" or "about" is who benefits.
NOT_FOR = r"(?<!for )(?<!to )(?<!about )(?<!from )"
WISHED = words(*WISH_HARM)
WISH = r"(?:hope|hoping|hopes|wish|wishing|pray|praying|fingers crossed|can t wait (?:for|until|till)|would love to see|d love to see|i d pay to see|here s hoping)"
THING_OBJECT = r"(?! (?:a|an) (?:email|message|text|line|note|pint|bus|target)\b)"
# "I know what she's going through", "I know who he is": sympathy or recognition, not menace.
NOT_SYMPATHY = (
    r"(?! (?:is|s|was|were|means|meant|said|says|think|thinks|thinking|feel|feels|felt|mean"
    r"|has|have|had|ve|d|like|likes|liked|want|wants|wanted|is going through|re going through"
    r"|are going through|went through|have been through|ve been through)\b)"
)
# "Your days are numbered ... at the ballot box": defeat at an election, not harm.
NOT_AT_THE_POLLS = (
    r"(?! (?:\w+ ){0,4}?(?:at the (?:ballot|polls|elections?|next (?:local )?elections?|count)|ballot box"
    r"|come (?:may|polling day|election day|the election)|in may|voters|the electorate"
    r"|in (?:the|next) (?:elections?|vote)|on polling day|next time you stand)"
    # "... at the count, and I don't mean the votes": the polls named only to be disowned.
    r"(?! (?:\w+ ){0,8}?(?:don t|do not|didn t) mean (?:the )?(?:votes?|ballot|election)"
    r"|(?:\w+ ){0,8}?not (?:talking about|just) (?:the )?(?:votes?|ballot|election)))"
)
# "I'll get you", not "we'll get back to you" or "I'll get you a copy".
GET_PERSON = (
    r"\bget (?:you|u|ya|yer|him|her|them)\b(?! (?:a|an|some|one|the|back|in|on|home|to|out|off"
    r"|sorted|what|something|anything|your|his|her|their|that|this|through|round|there|here)\b)"
    r"|\bget (?:your|ur|yer|his|her|their) (?:\w+ )?(?:kicked|smashed|battered|punched|stabbed"
    r"|knocked|caved|bashed|broken|slashed|burnt|burned|torched|done)\b"
)
INTIMIDATION = (
    rf"\b(?:know|knows|found out|find out|know exactly|we ve got|i ve got) where {PERSON} (?:live|lives|lived|sleep|sleeps|work|works|park|parks|drink|drinks)\b"
    rf"|\b(?:got|have|found|know|sharing|posting) {YOUR} (?:home )?address\b"
    rf"|\bi know (?:what|which|where|when|who) (?:(?!(?:{YOU}|he|she|they) )\w+ ){{0,3}}?(?:{YOU}|{YOUR}|he|she|his|her)\b{NOT_SYMPATHY}"
    rf"|\bwe know (?:what|where|when|who) .{{0,40}}\b(?:{YOU}|{YOUR})\b"
    rf"|\bwhere (?:he|she|they|the \w+(?: of \w+)?) lives?\b.{{0,40}}\b(?:give|pay|visit|see|show|taste|chat|word)"
    rf"|\b(?:followed|follow|following|watching|watched) (?:{YOU}|him|her) (?:home|from|to|back to|back home)\b"
    rf"|\b(?:be a|such a|be) (?:shame|pity) if (?:anything|something|owt|summat) (?:\w+ ){{0,2}}(?:happened|was to happen|were to happen|happens)\b"
    rf"|\b(?:shame|pity) if {YOUR} (?:\w+ ){{0,4}}(?:got|get|were|was|is|are|went|caught) (?:broken|damaged|smashed|burnt|burned|hurt|vandalised|on fire|up in flames|scratched|keyed)\b"
    rf"|\baccidents (?:happen|can happen|do happen)\b|\bwon t see (?:me|us|it) (?:coming|next time)\b|\bwatch {YOUR} back\b|\b{YOUR} days are numbered\b{NOT_AT_THE_POLLS}"
    rf"|\blook(?:ing)? over {YOUR} shoulder\b|\bsleep with one eye open\b|\b{YOUR} card (?:is|s) marked\b"
    rf"|\b(?:you ve|you have|consider yourself|you re|you are) (?:been )?warned\b|\b(?:last|final|only) warning\b|\bnot a threat\W+(?:it s )?a promise\b"
    rf"|\bwhile (?:you|u) still can\b|\bwon t always (?:have|be) (?:security|protection|police|a bodyguard|safe)\b|\bwhen there s no (?:police|security|cameras)\b"
    rf"|\bthere (?:ll|will) be blood\b|\b(?:better|best) (?:have|get|bring) (?:security|protection|a bodyguard)\b"
    rf"|\bdone talking\b|\b(?:a chat|a word|a visit) (?:he|she|they|you) (?:won t|will not|will never) forget\b"
    rf"|\b(?:give|teach|gave) (?:{PERSON}) (?:\w+ ){{0,2}}?(?:a|an) (?:good |proper |right |real )?(?:taste|lesson|slap|kicking|hiding|beating|pasting|battering|seeing to)\b"
    rf"|\bwon t be (?:walking|going|driving) home\b|\b(?:need|needs|got) a (?:good )?dentist\b"
    rf"|\bend up in (?:hospital|a&e|a wheelchair|the ground|a box|the canal|the river)\b|\bsmack in the (?:mouth|face|gob)\b"
    rf"|\b(?:a|good|proper|right|real) kicking\b{NOT_AT_THE_POLLS}|\bbaseball bat\b|\b(?:brick|petrol|firework|match|lit rag) (?:and a match )?through\b"
    rf"|\bpetrol and a (?:match|lighter)\b|\bsee what happens to {YOUR}\b"
    rf"|\bburn (?:{YOUR}|his|her|their) (?:house|home|car|office|place) down\b|\bfind {YOUR} (?:\w+ ){{0,2}}(?:slashed|smashed|broken|burnt|burned|on fire|gone)\b"
    rf"|\bwith (?:them|him|her|the \w+|{YOU}) still (?:on|in|inside)\b|\bstill inside\b"
    rf"|\b(?:should|ought to|need to) be put down\b(?! (?:for|as|on|in|to|at)\b)|\bhang (?:the lot|them|him|her|{YOU}|every)\b"
    rf"|\bstring (?:him|her|them|{YOU}|(?:every|each) (?:one|last one|single one) of (?:you|them)|the lot of (?:you|them)) (?:all )?up\b"
    rf"|\b(?:saw|seen|spotted|see) {YOUR} (?:wife|husband|kids|children|daughter|son|mum|mother|family|partner|twins)\b"
    rf"|\b{YOUR} (?:wife|husband|kids|children|daughter|son|family|twins) (?:walks?|goes|go|plays?|is|are) .{{0,40}}\b(?:alone|on (?:her|his|their) own|home|school|isn t it|doesn t (?:she|he))\b"
    rf"|\b(?:enjoy|enjoying) {YOUR} (?:\w+ ){{0,2}}(?:school run|walk|run|drive|commute|evening|weekend) while\b"
    rf"|\b(?:might|will|ll|gonna) (?:go and|pop round|come round|pop over|call round|go to|come to) .{{0,30}}\b(?:watch|wait|word|chat|visit|see)\b"
    rf"|\bwants? a word with (?:her|him|them) there\b|\bpop round tonight\b"
    rf"|\bknow (?:which|what) (?:school|nursery|club) {YOUR} (?:\w+ )?(?:lad|boy|girl|kids?|son|daughter|children)\b"
    rf"|\b(?:ll|will) be (?:seeing|waiting for) (?:{YOU}|him|her) (?:in|at|outside|after|round)\b|\b(?:i ll|we ll) be waiting\b(?! (?:for|on) (?!(?:you|u|him|her|them)\b))"
    rf"|\b(?:see|seeing|catch|meet) (?:{YOU}|him|her) (?:after the meeting|outside|in the car park|on (?:your|his|her) own|alone|round the back)\b"
    rf"|\b{YOU} ll get (?:yours|what s coming)\b{NOT_AT_THE_POLLS}|\bwhat s coming to (?:{YOU}|him|her)\b{NOT_AT_THE_POLLS}"
    rf"|\bwatch {YOU}r ?self\b|\bdeserves? a (?:bullet|beating|kicking|bat|slap)\b|\bgo round (?:\w+ ){{0,2}}and make (?:him|her|them) (?:listen|pay)\b"
    rf"|\bhow brave {YOU} (?:are|re|will be|ll be) when\b|\btake a (?:\w+ )?(?:bat|hammer|knife|crowbar|machete|golf club|bottle) to\b"
    rf"|\brun (?:{YOU}|him|her|them) (?:off the road|over)\b"
)
SELF_HARM = (
    rf"\b(?:kill|hang|top|neck|end|off) {YOU}r ?self\b|\bkys\b|\bdo us (?:all )?a favour and (?:die|jump|top|hang|kill|drop dead|end it)"
    rf"|\b(?:go and |go )?jump (?:off|in|into|under) (?:a|the) (?:\w+ ){{0,2}}(?:bridge|cliff|multi storey|roof|canal|river|train|bus|lorry)"
)
DEATH_WISH = (
    rf"\b(?:nobody|no one|noone|none of us|not many) (?:\w+ ){{0,3}}(?:will|would|ll|d) (?:be sorry|miss (?:{YOU}|him|her)|cry|care|shed a tear|mourn)"
    rf" (?:when|if|once) (?:{YOU}|he|she|they) (?:re|s|is|are|go|goes|die|dies|pop|croak|finally)"
    rf"|\b(?:world|ward|town|country|place) (?:would|will|d) be (?:a )?better (?:place |off )?(?:without|when) (?:{YOU}|him|her|them)"
    rf"|\bput (?:{PERSON} )?(?:\w+ ){{0,2}}out of (?:our|their|his|her|its) misery\b"
    rf"|\b(?:dance|piss|spit) on (?:{YOUR}|his|her|their) grave\b|\brest in piss\b"
)

# Veiled threats are recognised by family rather than by sentence: an injury outcome wished on
# the reader ("eating through a straw", "in an ambulance"), a menacing tail after a detail of
# someone's life ("his kids are at St Bede's ... just saying"), a "shame if" about their
# property, knowledge of their routine, a promised visit, and dialect fighting verbs.
OUTCOME = (
    r"\b(?:in an ambulance|body bag|through a straw|teeth (?:up )?(?:off|on) the floor|dead (?:man|woman) walking"
    r"|dead meat|so dead|nothing left to bury|(?:bullet|rope|noose) with (?:\w+ ){0,3}?name|a widow|stab vest"
    r"|life insurance|police escort|bring a helmet|in one piece|(?:in|into) a hospital bed|in a ditch|walk straight"
    rf"|(?:{YOU} ll|you will) be carried out|(?:need|needs|needing) a bodyguard)\b"
)
MENACE = (
    rf"\b(?:{YOU} ll|you will|u will|ye ll|you re going to) (?:\w+ ){{0,2}}?regret (?:it|this|that|the day)\b{NOT_AT_THE_POLLS}|\bmake (?:{YOU}|him|her|them) regret\b"
    r"|\bpay(?:ing)? (?!a\b|us\b|the\b)(?:\w+ s family|your family|ur family|\w+) (?:a )?(?:little |proper |late night )?visit\b|\bgetting a visit\b"
    rf"|\b(?:coming|come) (?:for|after) (?:{YOU}|him|her|them|the lot)\b(?! (?:at|with|about|in|on|to)\b)|\bcumin for\b"
    rf"|\b(?:we ll|we will|i ll|ill|we re|i m|we are) (?:all )?(?:be )?(?:at|outside|round|roond|coming round to|coming round|turn up at|turning up at) (?:\w+ )?(?:your|ur|yer|his|her) (?:house|home|door|kids|place|gaff|street)\b"
    rf"|\b(?:we ll|we will|i ll|ill|we re|i m) (?:all )?(?:be )?(?:at|outside|round|roond|coming round to|coming round|turn up at) yours\b"
    rf"|\btick tock\b|\blong (?:memories|memory|reach)\b{NOT_AT_THE_POLLS}|\b(?:won t|wont|will not) be so (?:smug|brave|cocky|relaxed|clever|mouthy|gobby)\b"
    rf"|\bhow brave (?:{YOU}) (?:are|re)\b|\bsee(?<!wait and see)(?<!let s see)(?<!we ll see)(?<!to see) what happens\b(?! (?:next|with|in|at|when|if|after|to the|on|tomorrow|then)\b)|\bwatch (?:herself|himself|themselves)\b|\bwants? to (?:be careful|watch)\b"
    rf"|\b(?:{YOU} ll|you will|he ll|she ll|they ll) be dealt with\b|\bmatter of time before (?:\w+ ){{0,2}}(?:snaps|does|gets)\b"
    # "You're not safe", not "the crossing is not safe" or "we are not safe because of ...".
    rf"|\b(?:{YOU} re|you are|{YOU} will be|you ll be|he s|she s|he is|she is|{YOUR} (?:family|kids|children|wife|husband|house|home) (?:is|are|s|re|will be)) not safe\b(?! (?:to|because|on|crossing|walking|driving|cycling|for (?:kids|children|pedestrians|cyclists))\b)"
    rf"|\bwait (?:till|until|til) (?:{YOU}|ur|you re|he s|she s) (?:\w+ )?(?:on|alone)\b|\bon (?:your|ur|his|her) own (?:one|after|at)\b"
    r"|\blucky (?:it s|its|it was|it has) only\b|\bconsequences\b(?= and not| not political)|\b(?:he|she) s getting it\b"
    r"|\b(?:someone|somebody) (?:s|is) getting hurt\b|\bout of my hands what\b|\bif i get my hands on\b|\bcheck under (?:ur|your|my) car\b"
    r"|\b(?:hate|shame|pity|awful|terrible|sad) (?:\w+ ){0,2}?(?:if|for) (?:\w+ ){0,8}?(?:keyed|trashed|torched|caught fire|catch fire|on fire|got hurt"
    r"|get hurt|got out|failed|came through|went down|goes? missing|went missing|an? accident|found out the hard way)\b"
    r"|\bwouldn t want (?:\w+ ){0,4}?to (?:catch fire|get hurt|burn)\b"
    rf"|\b(?:i|we|they|people|lads|everyone|everybody) (?:all |now |already )?(?:know|knows|ve got|have got|got|ve seen|have seen|clocked|been past) (?:\w+ ){{0,3}}?{YOUR} (?:\w+ ){{0,2}}?(?:routine|shift pattern|surgery times|movements|house|address|photo|school run|schedule)\b(?! by now)"
    r"|\bknow (?:which|what) house\b|\bknow (?:the|your|ur) (?:\w+ )?car park\b|\bseen where (?:you|u|he|she) park"
    r"|\b(?:your|ur|his|her|that|the) (?:\w+ ){0,3}?(?:windows|office|car|house) (?:are|is|s|won t|will|ll) (?:next|going in|last the week|be next)\b"
)
LIFE_DETAIL = (
    r"^(?=.*\b(?:kids|children|daughter|son|lad|twins|grandkids|wife|missus|husband|dog|spaniel|car|audi|qashqai|tesla"
    r"|house|windows|office|routine|tyres|school|primary|academy|bus|walk home)\b).*\b(?:(?:just|jus) (?:saying|sayin|checking"
    r"|thought (?:people|you|everyone) should know)|a friendly (?:word|warning)|no reason|think on|think (?:about|on) that"
    r"|keep that in mind|you know what to do|do what you (?:want|like) with|if anyone fancies|be careful|dark (?:down|round) there"
    r"|not many cameras|very open|keep them that way|things get done|you should be careful)(?: \w+){0,6}$"
)
WISH_MORE = (
    r"\b(?:hope|hoping|pray|wish) (?:\w+ ){0,8}?(?:kills? (?:you|u|him|her)|break (?:your|ur|his|her) neck|break every bone|gives? out"
    r"|goes down|get hit|gets hit|knocked down|torched|comes back bad|lose everything|floods?|fall ill|get sick|runs? (?:you|u|him|her) over"
    r"|sorts? (?:you|u|him|her) out|does to (?:your|ur)|brakes fail|wrote off|written off|end up (?:going through|in)|come for (?:your|ur)"
    r"|collapse|goes through (?:your|ur) head|alzheimer s|dementia|with (?:you|u) in it|good (?:life )?insurance)\b"
    r"|\bmay (?:you|u|he|she) (?:fall ill|die|rot|suffer|burn)\b"
    r"|\b(?:hope|hoping|wish) (?:\w+ ){0,4}?(?:shoots|stabs|batters|lynches|hangs|strangles) (?:you|u|him|her|them)\b"
    rf"|\b(?:die in a fire|drop dead(?! gorgeous)|get cancer|eat sh\w* and die|choke on it|go die)\b|\brot in hell (?:{YOU}|cllr|councillor)\b"
    r"|\bdeath s too good\b|\bonly good (?:\w+ )?(?:councillor|tory|politician) is a dead\b"
)
INCITE = (
    r"\b(?:someone|somebody|who ?ever|anyone|people|lads|the lads|everyone) (?:\w+ ){0,3}?(?:should|needs? to|will|s going to|is going to"
    r"|set|get|push|fancies|bring) (?:\w+ ){0,4}?(?:do to|done to|put a bullet|a bullet|take \w+ out|push (?:\w+ ){0,2}under|wipe that"
    r"|set fire|acid|key (?:it|every|his|her)|tar and feather|hiding|make (?:you|him|her) pay|do something about (?:you|u|him|her|them)"
    r"|bricks|petrol|gun|run (?:\w+ ){0,2}over|put (?:\w+ ){0,2}in hospital|(?:have )?a (?:\w+ )?word with (?:you|u|him|her|them)"
    r"|sort (?:it|him|her|them) (?:out|themselves)|what s coming)\b"
)
# Calls for violence said of someone rather than promised: "he ought to be executed", "she
# should be shot", "they deserve to be hanged", "that councillor needs putting down", "all of
# them should be wiped out". The subject must be people: "the scheme should be killed off" and
# "that dog needs putting down" are not threats.
GROUP = words(*GROUPS)
PEOPLE = (
    r"(?:(?:the|these|those|all|our|your|his|her|their|some|most|half|such) (?:\w+ )?)?"
    r"(?:councillors|cllrs|cabinet|mps|politicians|planners|officers|traitors|tories|lefties|leaders"
    rf"|people|paedos|paedophiles|nonces|protesters|developers|landlords|bankers|{GROUP})"
)
SUBJECT = (
    rf"(?:{THIRD}|{YOU}|(?:the )?(?:whole )?lot of (?:them|you|em)|all of (?:them|you|em)|they all|you all"
    r"|(?:every|each) (?:last |single )?one of (?:them|you|em)|whoever \w+(?: \w+)?|anyone who \w+(?: \w+)?"
    rf"|\w+ like (?:him|her|them|you|that)|{PEOPLE})"
)
MODAL = (
    r"(?:should|shud|ought to|oughta|must|need to|needs to|deserve to|deserves to|want to|wants to)"
)
PASSIVE = words(*PASSIVE_HARM)
NEEDED = words(*NEEDED_HARM)
# "Shot of" is rid of; "shot down", "hung out to dry", "drowned out" and "put down as" are words.
NOT_AN_IDIOM = r"(?! of\b| down\b| out to dry\b| up on\b| out\b| (?:as|for) (?:a |the )?(?:candidate|motion|debate|item))"
# "Whoever designed this junction should be shot for it": the shape of a threat, the voice of
# a complaint about a decision. Still worth a look, not an urgent alarm.
FOR_A_DECISION = r" (?:\w+ ){0,2}?for (?:this|that|it|the|these|those|designing|approving|signing|agreeing|wasting|letting)\b"
NORMATIVE = (
    rf"\b{SUBJECT} (?:\w+ ){{0,2}}?{MODAL} (?:all |simply |be all )?(?:be|get) (?:all |publicly |simply "
    # "should be shipped back or burnt out": the harm may be the second of two choices.
    rf"|immediately |slowly |fucking |bloody )?(?:\w+ (?:\w+ )?or )?{PASSIVE}{NOT_AN_IDIOM}"
    rf"|\b{SUBJECT} (?:\w+ ){{0,2}}?(?:needs|need|wants|want|deserves|deserve|could do with|is asking for"
    rf"|are asking for) (?:a |the )?(?:good |proper |right |real )?{NEEDED}"
    r"(?! (?:war|wars|match|range|gallery|star|practice|competition|season|points?|basket|baskets"
    r"|down|out|up on|over)\b)"
    # Whoever the subject, a body needing a bullet or a beating is a person ("Hughes needs a bullet").
    r"|\b(?:needs|wants|deserves|could do with) (?:a |the )?(?:good |proper |right |real )?(?:bullet(?! point)"
    r"|beating|kicking|hiding|shoeing|stringing up|lynching|bullet in the head|noose)\b"
)
# Imperatives against many at once: "lynch the lot of them", "line them up against a wall".
GROUP_IMPERATIVE = (
    r"\b(?:lynch|execute|exterminate|eradicate|gas|shoot|burn|hang|kill|cull|murder|string up|round up and shoot)"
    r" (?:the lot of (?:them|em|you)|them all|em all|all of (?:them|em)|every (?:last |single )?one of (?:them|em))\b"
    r"|\bline (?:them|em|him|her) (?:all )?up (?:against a wall|and shoot)"
    r"|\bwipe (?:them|em) (?:all )?(?:out|off the face)"
    rf"|\b(?:wipe out|exterminate|eradicate|gas|execute|lynch|cull|shoot|kill) (?:the|all|every|these|those|all the) (?:\w+ )?{GROUP}"
)
DIALECT = r"\b(?:knack|flatten|stove|burst|leather|twat|batter|deck|glass|chin|lamp|bray|skelp|kick) (?:\w+ )?(?:you|u|ye|yer|ya|him|her|them|thee)\b(?! out\b)"


class ThreatScorer(RuleScorer):
    name = "threat"
    version = "threat 2"
    RULES = (
        rule(
            "threat",
            rf"\b{INTENT} (?:\w+ ){{0,6}}?{HARM}(?! for\b){NOT_A_THING}{NOT_AT_THE_POLLS}",
            0.85,
            "threat of violence: {0}",
            needs=VIOLENT,
        ),
        rule(
            "threat",
            # "knock it on the head": a harm verb whose object is "it" ends a plan, not a person.
            # "We'll kick you out in May": removal from office, not a kicking.
            rf"\b{INTENT} (?:\w+ ){{0,6}}?(?!(?:kick|boot|chuck|throw|vote) (?:\w+ ){{0,3}}?out\b){HARM_AT} (?!it )(?:\w+ ){{0,4}}?{NOT_FOR}(?:{PERSON}|{BODY_OR_PROPERTY})\b(?<!on the head){THING_OBJECT}{POSSESSED_THING}{NOT_AT_THE_POLLS}",
            0.85,
            "threat of violence: {0}",
            needs=VIOLENT_AT,
        ),
        rule(
            "threat",
            rf"\b{INTENT} (?:\w+ ){{0,6}}?{MEET_AT}{CIVIC} (?!it )(?:\w+ ){{0,4}}?{NOT_FOR}(?:{PERSON}|{BODY_OR_PROPERTY})\b{THING_OBJECT}{POSSESSED_THING}{CIVIC}{NOT_AT_THE_POLLS}",
            0.85,
            "threat of violence: {0}",
            needs=MEETING_VERBS,
        ),
        rule(
            "threat",
            rf"\b{INTENT} (?:\w+ ){{0,6}}?(?:{GET_PERSON}){NOT_AT_THE_POLLS}",
            0.85,
            "threat of violence: {0}",
            needs=["get"],
        ),
        rule(
            "threat",
            rf"\b(?:{NAMED}|{ROLE}|{YOU}|he|she|they) (?:\w+ ){{0,3}}?(?:will|ll|is going to|re going to|s going to|are going to) (?:get|be|end up) (?:\w+ )?"
            r"(?:hurt|battered|stabbed|shot|killed|done in|sorted out|kicked in|glassed|decked|burnt|burned|smashed|strung up|lynched|hanged|in hospital|in a box)\b",
            0.8,
            "threat of violence: {0}",
            needs="hurt battered stabbed shot killed done sorted kicked glassed decked burnt burned"
            " smashed strung lynched hanged hospital box",
        ),
        rule(
            "threat",
            rf"\b{WISH} (?:\w+ ){{0,8}}?(?:{WISHED}|run (?:\w+ ){{1,3}}over)",
            0.8,
            "wishes death or harm on someone: {0}",
            needs="hope hoping hopes wish wishing pray praying fingers wait love pay here",
        ),
        rule(
            "threat",
            rf"\b(?:better|better off|better place|happier) (?:\w+ ){{0,5}}if (?:\w+ ){{0,4}}{WISHED}",
            0.8,
            "wishes death or harm on someone: {0}",
            needs=["better", "happier"],
        ),
        rule(
            "threat",
            DEATH_WISH,
            0.8,
            "wishes death or harm on someone: {0}",
            needs="sorry miss cry care shed mourn better misery grave rest",
        ),
        rule(
            "threat",
            SELF_HARM,
            0.85,
            "urges someone to harm themselves: {0}",
            needs="yourself urself self kys favour jump",
        ),
        rule("threat", OUTCOME, 0.8, "threat of violence: {0}"),
        rule("threat", MENACE, 0.8, "intimidation: {0}"),
        rule("threat", LIFE_DETAIL, 0.75, "menace about someone's family, home or routine: {0}"),
        rule("threat", WISH_MORE, 0.8, "wishes death or harm on someone: {0}"),
        rule("threat", INCITE, 0.85, "incites harm to someone: {0}"),
        rule("threat", DIALECT, 0.8, "threat of violence: {0}"),
        rule("threat", INTIMIDATION, 0.8, "intimidation: {0}"),
        rule(
            "threat",
            GROUP_IMPERATIVE,
            0.85,
            "calls for violence against many people: {0}",
            needs="lynch execute exterminate eradicate gas shoot burn hang kill cull murder string"
            " line wipe round",
        ),
    )
    # Tried only when a modal and a harm sit together (_NORMATIVE_CUE): their subject pattern
    # is costly to try at every word of every comment.
    NORMATIVE_RULES = (
        rule(
            "threat",
            rf"(?!whoever |anyone who )(?:{NORMATIVE})(?!{FOR_A_DECISION}){NOT_AT_THE_POLLS}",
            0.8,
            "calls for someone to be killed or hurt: {0}",
            needs=(*PASSIVE_HARM, *NEEDED_HARM),
        ),
        rule(
            "threat",
            rf"(?:{NORMATIVE}){NOT_AT_THE_POLLS}",
            0.6,
            "calls for someone to be killed or hurt, about a decision: {0}",
            needs=(*PASSIVE_HARM, *NEEDED_HARM),
        ),
    )
    MASK_PLACES = False

    def score_one(self, item: Prepared) -> Signal:
        if not self.triggered(item):
            return Signal()
        view = self.view_of(item)
        signal = self._match(view, item)
        if not signal.scores and not FILLERS.isdisjoint(item.tokens):
            signal = self._match(view.without(FILLERS), item)
        return _at_the_polls(view.text, signal)

    def _match(self, view: Canonical, item: Prepared) -> Signal:
        rules: Sequence[Rule] = self.RULES
        if _NORMATIVE_CUE.search(view.text):
            rules = (*rules, *self.NORMATIVE_RULES)
        return match_rules(view, rules, self.name, item.tokens, item)


_NORMATIVE_CUE = re.compile(
    rf"\b{MODAL} (?:all |simply |be all )?(?:be|get) |\b(?:needs|need|wants|want|deserves|deserve"
    r"|could do with|asking for) "
)


# "We'll fight this all the way to the ballot box, you have been warned": a warning whose
# only weapon is the vote. A comment that speaks of voting and names no violence is a
# threat for the digest, never an urgent alert ("we know where you live ... and we will be
# voting you out" still gets a person's eye).
_ELECTORAL = re.compile(
    r"\b(?:ballot box|at the (?:ballot|polls|(?:next )?(?:local )?elections?|count)|in may"
    r"|vot(?:e|es|ed|ing) (?:you|u|him|her|them|the lot of you) out|lose (?:your|his|her) seat"
    r"|deselect\w*|re ?elect\w*)\b"
)
_VIOLENCE = re.compile(
    r"\b(?:kill\w*|murder\w*|stab\w*|shoot|shot|burn\w*|beat\w*|batter\w*|punch\w*|hurt"
    r"|smash\w*|bullet|knife|blood|dead|die|hang\w*|lynch\w*|attack\w*|petrol|brick)\b"
)
ELECTORAL_THREAT = 0.6


def _at_the_polls(text: str, signal: Signal) -> Signal:
    score = signal.scores.get("threat", 0.0)
    if score <= ELECTORAL_THREAT or not _ELECTORAL.search(text) or _VIOLENCE.search(text):
        return signal
    reasons = [
        replace(reason, score=ELECTORAL_THREAT, message=f"{reason.message} (said with the vote)")
        if reason.category == "threat"
        else reason
        for reason in signal.reasons
    ]
    return replace(signal, scores={**signal.scores, "threat": ELECTORAL_THREAT}, reasons=reasons)
