# ruff: noqa: E501  (long regular expressions read better unbroken)
"""Threats: violence promised or called for, intimidation ("we know where you live"), and
wishing death or harm on someone.

Hyperbole stays clean because a threat needs a person at the receiving end and an intent
("I'll", "someone should", "hope you"): "I'd kill for a bus that turns up", "these charges
are killing the high street" and "I could strangle whoever designed the crates" have no
promise of violence to a person.
"""

from __future__ import annotations

from monitor.scoring.rules import YOU, YOUR, RuleScorer, rule, words

# "kill the plan", "kill off the market stalls": violence to things, not people.
NOT_A_THING = (
    r"(?! (?:the|this|that|these|those|our|off|it|any|his|her) (?!lot\b|officers?\b|councillors?\b"
    r"|leader\b|mayor\b|head\b|chair\b|\w+ officer\b)\w+)"
)
PERSON = (
    rf"(?:{YOU}|him|her|them|his|hers|their|{YOUR}|the lot of (?:you|them)|cllr \w+|councillor \w+"
    r"|dr \w+|the \w+ officer|the officers?|the councillors?|the leader|the mayor|whoever s in charge"
    r"|every (?:one|last one) of (?:you|them)|the head of \w+)"
)
# Violent on their own once someone promises them ("someone should torch the office").
VIOLENT = words(
    "kill",
    "murder",
    "stab",
    "batter",
    "punch",
    "deck",
    "strangle",
    "torch",
    "firebomb",
    "petrol bomb",
    "lynch",
    "string up",
    "knock out",
    "throttle",
    "maim",
    "shank",
    "headbutt",
    "acid",
    "blow up",
    "beat up",
    "kneecap",
    "glass",
    "smack",
    "slap",
    "thump",
    "lamp",
)
# Violent only with a person or their property as the object ("break his jaw").
VIOLENT_AT = words(
    "hurt",
    "burn",
    "smash",
    "break",
    "slash",
    "drag",
    "cut",
    "bury",
    "end",
    "finish off",
    "do in",
    "sort out",
    "come for",
    "come after",
    "get",
    "find",
    "hunt down",
    "be waiting for",
    "waiting for",
    "visit",
    "run over",
    "choke",
    "stamp on",
    "jump",
    "put down",
    "kick",
    "shoot",
    "hit",
    "beat",
    "hang",
    "rape",
    "sort",
    "deal with",
    "torch",
)
BODY_OR_PROPERTY = (
    r"(?:(?:your|ur|his|her|their|the) (?:\w+ )?(?:jaw|nose|legs?|neck|face|head|arms?|teeth|skull|knees?"
    r"|house|home|car|windows?|door|tyres|office|family|kids))"
)
INTENT = (
    r"(?:i ll|i will|i m going to|i m gonna|i am going to|im gonna|im going to|we ll|we will"
    r"|we re going to|we are going to|gonna|i d happily|i would happily|i m happy to|happy to"
    r"|i swear|i m coming|we re coming|i ll personally|i will personally|i ll make sure"
    r"|someone should|somebody should|someone needs to|somebody needs to|someone ought to"
    r"|someone will|somebody will|someone s going to|people should|should be|needs to be"
    r"|deserves? to be|deserves? a|needs? a|wants? a|will get|ll get|going to get|let s all|let s)"
)
WISH_HARM = words(
    "die",
    "dies",
    "died",
    "dead",
    "rot",
    "cancer",
    "crash",
    "crashes",
    "killed",
    "run over",
    "finishes you off",
    "finish you off",
    "finishes him off",
    "finishes her off",
    "burn",
    "burns",
    "suffer",
    "suffers",
    "drown",
    "drowns",
    "choke",
    "chokes",
    "goes off the road",
    "hit by a",
    "get hurt",
    "gets hurt",
    "in a fire",
    "in hospital",
    "drop dead",
    "drops dead",
    "dropped dead",
    "disease",
    "stroke",
    "heart attack",
    "car crash",
    "murdered",
    "raped",
    "shot",
    "stabbed",
    "hanged",
    "lynched",
    "beaten up",
    "pushed under",
    "fell off",
)
INTIMIDATION = (
    rf"\b(?:know|knows|found out|find out|know exactly) where {PERSON} (?:live|lives|lived|sleep|sleeps)\b"
    rf"|\b(?:got|have|found|know|sharing|posting) {YOUR} (?:home )?address\b"
    rf"|\bwhere (?:he|she|they|the \w+(?: of \w+)?) lives?\b.{{0,40}}\b(?:give|pay|visit|see|show|taste|chat|word)"
    rf"|\b(?:followed|follow|following|watching|watched) (?:{YOU}|him|her) (?:home|from|to|back)\b"
    rf"|\bwe know (?:what|where|when|who) .{{0,40}}\b(?:{YOU}|{YOUR})\b"
    rf"|\bbe (?:a|such a) (?:shame|pity) if (?:anything|something) (?:happened|was to happen|were to happen)\b"
    rf"|\bwon t see me (?:coming|next time)\b|\bwatch {YOUR} back\b|\b{YOUR} days are numbered\b"
    rf"|\b(?:you ve|you have) been warned\b|\bnot a threat\W+(?:it s )?a promise\b"
    rf"|\bthere (?:ll|will) be blood\b|\b(?:better|best) (?:have|get|bring) (?:security|protection|a bodyguard)\b"
    rf"|\bdone talking\b|\b(?:a chat|a word|a visit) (?:he|she|they|you) (?:won t|will not|will never) forget\b"
    rf"|\b(?:give|teach) (?:{YOU}|him|her|them) a (?:taste|lesson|slap|kicking|hiding)\b"
    rf"|\bwon t be (?:walking|going|driving) home\b|\b(?:need|needs) a (?:good )?dentist\b"
    rf"|\bend up in (?:hospital|a&e|a wheelchair|the ground|a box)\b|\bsmack in the (?:mouth|face|gob)\b"
    rf"|\b(?:good )?kicking\b|\bbaseball bat\b|\bbrick through\b|\bpetrol through\b"
    rf"|\bburn (?:{YOUR}|his|her|their) (?:house|home|car|office|place) down\b"
    rf"|\bwith (?:them|him|her|the \w+|{YOU}) still (?:on|in|inside)\b|\bstill inside\b"
    rf"|\b(?:should|ought to|need to) be put down\b|\bhang (?:the lot|them|him|her|{YOU}|every)\b"
    rf"|\b(?:kill|hang|top) {YOU}r ?self\b|\bkys\b|\bstring (?:him|her|them|{YOU}) up\b"
    rf"|\b(?:saw|seen|spotted|see) {YOUR} (?:wife|husband|kids|children|daughter|son|mum|mother|family|partner|twins)\b"
    rf"|\b{YOUR} (?:wife|husband|kids|children|daughter|son|family|twins) (?:walks?|goes|go|plays?|is|are) .{{0,40}}\b(?:alone|on (?:her|his|their) own|home|school|isn t it|doesn t (?:she|he))\b"
    rf"|\b(?:might|will|ll|gonna) (?:go and|pop round|come round|pop over|call round|go to|come to) .{{0,30}}\b(?:watch|wait|word|chat|visit|see)\b"
    rf"|\bwants? a word with (?:her|him|them) there\b|\bpop round tonight\b"
    rf"|\b(?:shame|pity) if {YOUR} (?:\w+ ){{0,4}}(?:got|get|were|was|is|are) (?:broken|damaged|smashed|burnt|burned|hurt|vandalised)\b"
    rf"|\bknow (?:which|what) (?:school|nursery|club) {YOUR} (?:\w+ )?(?:lad|boy|girl|kids?|son|daughter|children)\b"
    rf"|\b(?:ll|will) be seeing (?:{YOU}|him|her) (?:in|at|outside|after|round)\b|\b{YOU} ll get (?:yours|what s coming)\b"
    rf"|\bwatch {YOU}r ?self\b|\bdeserves? a (?:bullet|beating|kicking|bat)\b|\bgo round (?:\w+ ){{0,2}}and make (?:him|her|them) (?:listen|pay)\b"
)


class ThreatScorer(RuleScorer):
    name = "threat"
    version = "threat 1"
    RULES = (
        rule(
            "threat",
            rf"\b{INTENT} (?:\w+ ){{0,5}}?{VIOLENT}(?! for\b){NOT_A_THING}",
            0.85,
            "threat of violence: {0}",
        ),
        rule(
            "threat",
            rf"\b{INTENT} (?:\w+ ){{0,5}}?{VIOLENT_AT} (?:\w+ ){{0,4}}?(?:{PERSON}|{BODY_OR_PROPERTY})\b"
            r"(?! (?:a|an) (?:email|message|text|line|note)\b)",
            0.85,
            "threat of violence: {0}",
        ),
        rule(
            "threat",
            rf"\b(?:hope|hoping|wish|pray|praying|fingers crossed) (?:\w+ ){{0,8}}?(?:{WISH_HARM}"
            r"|run (?:\w+ ){1,3}over)",
            0.8,
            "wishes death or harm on someone: {0}",
        ),
        rule(
            "threat",
            rf"\b(?:better|better off|better place|happier) (?:\w+ ){{0,5}}if (?:\w+ ){{0,4}}{WISH_HARM}",
            0.8,
            "wishes death or harm on someone: {0}",
        ),
        rule("threat", INTIMIDATION, 0.8, "intimidation: {0}"),
    )
    MASK_PLACES = False
