# ruff: noqa: E501  (long regular expressions read better unbroken)
"""Offline obscene and abuse lexicons: sexual language, and insults aimed at a person.

Swearing is not the test. "A bloody disgrace" and "this fucking bus never comes" criticise a
situation and stay clean; "you useless prick" and "suck my dick" do not. So profanity scores
only when it is aimed at someone ("fuck you", "go fuck yourself") or is sexual, and insults
score high only with a target ("you", "he is", "Cllr Jones is"). Criticism of competence
("incompetent", "clueless", "useless at your job") is not an insult: it is what voters say.
"""

from __future__ import annotations

from monitor.scoring.base import Reason, Signal
from monitor.scoring.lang import family, words
from monitor.scoring.lang.en.insults import (
    INSULT_NOUNS,
    PERSON_ONLY_NOUNS,
    PERSONAL_ADJ,
    PERSONAL_SUPERLATIVE,
    PROFANE_WORDS,
    SEXUAL,
    STRONG_INSULTS,
)
from monitor.scoring.lang.en.people import INTENS, PERSON, THIRD, YOU, YOU_ARE, YOUR, A
from monitor.scoring.rules import (
    RuleScorer,
    match_rules,
    rule,
    trigger_words,
)
from monitor.scoring.text import Prepared

SEXUAL_WORD = words(*SEXUAL)
STRONG_INSULT = words(*STRONG_INSULTS)
# "An animal lover", "a dog warden", "a pig farmer", "a creature of habit", "the witch in the
# panto": the insulting noun is the first half of an ordinary one.
NOT_A_COMPOUND = (
    r"(?! (?:lover|lovers|person|people|farmer|farmers|breeder|breeders|walker|walkers|owner|owners"
    r"|warden|wardens|catcher|charmer|hunter|rescue|expert|fan|keeper|trainer|welfare|sanctuary"
    r"|shelter|groomer|sitter|handler|show|racing|of habit|costume|outfit|impression"
    r"|in the (?:panto|pantomime|play|show|film|nativity))\b)"
)
INSULT = words(*INSULT_NOUNS) + NOT_A_COMPOUND
ADJ = words(*PERSONAL_ADJ)
# Fond words before an animal noun make it a pet or a compliment: "he's a lovely dog", "you
# lucky dog". "Great" stays out: "you great pillock" is an insult.
FOND = (
    r"(?!(?:\w+ ){0,2}?(?:lovely|good(?! for nothing)|awesome|lucky|clever|beautiful|gorgeous"
    r"|gentle|sweet|cute|loyal|brilliant|friendly|handsome|wonderful|happy|soppy)\b)"
)
# Up to three words of description before the insult: "a slimy little weasel".
DESCRIBED = r"(?:\w+ ){0,3}?"
# "cock-up" is a British word for a mistake, not an obscenity.
COCK = r"\bcock\b(?! up\b)"
F_WORD = r"(?:fuck|fuk|fck|fk|fvck|phuck|fook|feck|frig|sod)"
# "Screw you", not "screw your number plate back on".
SCREW_AT = (
    r"\bscrew (?:you|u|ya|yous|him|her|them|the lot of (?:you|them))\b"
    r"(?! (?:in|on|to|into|down|up|back|out|over|tight|together|onto)\b)"
)
PROFANE_AT = (
    rf"\bfuck ?off\b|\b{F_WORD} (?:off|{PERSON})\b|{SCREW_AT}"
    rf"|\bgo (?:and )?(?:fuck|screw|shag|fk|fck|fvck|feck|frig) (?:{YOU}r ?self|yourself|urself|yourselves|himself|herself|themselves|off)\b"
    rf"|\bget (?:fucked|fukd|fked)\b|\beat (?:shit|a dick|my shit|a bag of dicks|a dick)\b"
    rf"|\b(?:suck|lick|kiss|sniff) my (?:\w+ )?(?:dick|cock|balls|arse|ass|nuts|tits|knob|bollocks)\b"
    rf"|\bshove (?:it|them|\w+ \w+) up {YOUR} ?(?:arse|ass)\b|\bup (?:your|ur|yer) (?:arse|ass)\b|\bup yours\b"
    rf"|\b(?:stfu|gtfo|foad)\b|\bshut the fuck up\b"
    rf"|\b(?:{YOU}|{YOU_ARE}|is|s) (?:a |an |such a )?(?:{INTENS}){{0,2}}(?:fucking|fuckin|shit|shite|shitty|piss poor) (?:\w+ )?(?:{INSULT}|joke|excuse|disgrace)"
)
RUDE_AT = (
    rf"\b(?:sod|piss|bugger|clear|naff) off\b|\bshut (?:up(?! and take my money)|{YOUR} (?:mouth|gob|face|trap|cakehole|pie hole|hole))\b"
    # "would get lost in the one-way system" is a joke about the roads, not "get lost!".
    rf"|\b(?=get )(?<!would )(?<!could )(?<!might )(?<!always )(?<!easily )(?<!to )get (?:lost|stuffed|to fuck)\b"
    rf"(?! (?:in|on|at|among|amongst|inside|around|trying|looking|when|while|again|for|if|without)\b)"
)
# Sex done to, or wanted from, a person.
SEX_VERB = r"(?:shag|bang|fuck|do|smash|ruin|pound|rail|wreck|bonk|nail|give (?:her|him) one|bend (?:her|him|{YOU}) over)"
SEXUAL_AT = (
    rf"\b(?:sit on my face|bend (?:{YOU}|her|him) over|i d (?:\w+ )?{SEX_VERB} (?:{PERSON}|that|the new|the \w+)"
    rf"|(?:shag|bang|rape|grope|finger|molest) (?:{YOU}|her|him)\b|get (?:your|ur) (?:tits|boobs|kit|baps) (?:out|off)"
    rf"|show us (?:your|ur) (?:tits|boobs|arse)|send (?:me )?nudes|(?:nice|great|lovely|cracking) (?:tits|rack|arse|baps)"
    rf"|have sex with|sleep with (?:{YOU}|her|him)|on (?:your|ur|her|his) knees for|(?:give|gives|gave|giving) (?:a )?(?:\w+ )?(?:blowie|blowjob|blow job|bj)|(?:give|gives|gave|giving) (?:me |him |her |you |u |them |us |(?:good|great|decent|some) )?head\b(?! (?:start|teacher|office|of|count|injur\w*|torch|gasket)\b)"
    rf"|fewer clothes|no clothes on|in (?:nothing but|just) (?:a|her|his|your|the)|something long and hard"
    rf"|(?:she s|he s|she is|he is|looking|looks|looked) (?:\w+ )?(?:well |proper |dead |so )?(?:fit|fuckable|shaggable|doable|bangable)\b(?! for| and)|wanking over|(?:hot|sexy|naked) (?:pics|photos|pictures) of)"
)
CLEAN_ABUSE_AT = (
    rf"\b(?:nobody|no one|noone|everyone) (?:likes|wants|hates|cares about|laughs at) {YOU}\b"
    rf"|\b(?:kill|hang|top|neck|end) {YOU}r ?self\b|\bkys\b|\bdo us (?:all )?a favour and (?:die|jump|top|hang|kill|disappear|drop dead)"
    rf"|\b(?:crawl|slither|go|get|scuttle) back (?:to|under|into|down) (?:\w+ ){{0,3}}?(?:rock|hole|sewer|gutter|cave|swamp|pit)\b"
    rf"|\blook at the state of (?:{YOU}|him|her|them)\b|\bno wonder (?:your|his|her) (?:wife|husband|partner) left\b"
)


class LexiconScorer(RuleScorer):
    """Obscene and abuse patterns that work offline and survive spacing and masking tricks."""

    name = "lexicon"
    version = "lexicon 2"
    RULES = (
        rule("obscene", PROFANE_AT, 0.8, "profanity aimed at a person: {0}"),
        rule("abuse", PROFANE_AT, 0.8, "profanity aimed at a person: {0}"),
        rule("obscene", SEXUAL_AT, 0.9, "sexualised language aimed at a person: {0}"),
        rule("abuse", SEXUAL_AT, 0.8, "sexualised language aimed at a person: {0}"),
        rule("obscene", SEXUAL_WORD, 0.75, "sexual or obscene word: {0}", needs=SEXUAL),
        rule("obscene", COCK, 0.75, "sexual or obscene word: {0}", needs=["cock"]),
        rule(
            "abuse",
            RUDE_AT,
            0.65,
            "telling someone to shut up or go away: {0}",
            needs=["off", "shut", "lost", "stuffed", "fuck"],
        ),
        rule("abuse", STRONG_INSULT, 0.7, "insulting name: {0}", needs=STRONG_INSULTS),
        rule(
            "abuse",
            rf"\b{YOU} {FOND}(?:{INTENS}){{0,3}}(?:{INSULT}|{ADJ})|\b{YOU} {FOND}(?:\w+ ){{1,2}}(?:{INSULT})\b",
            0.9,
            "insult aimed at the reader: {0}",
            needs=(*INSULT_NOUNS, *PERSONAL_ADJ, *PERSON_ONLY_NOUNS),
        ),
        rule(
            "abuse",
            rf"\b{YOU_ARE} (?:{A})?{FOND}{DESCRIBED}(?:{INSULT}|{ADJ}|{words(*PERSON_ONLY_NOUNS)})",
            0.9,
            "insult aimed at the reader: {0}",
            needs=(*INSULT_NOUNS, *PERSONAL_ADJ, *PERSON_ONLY_NOUNS),
        ),
        rule(
            "abuse",
            rf"\b(?:is|are|was|were|s|re|being|been) (?:{A})(?:{INTENS}){{0,3}}(?:{INSULT})(?! s\b)",
            0.8,
            "calls someone an insulting name: {0}",
            needs=(*INSULT_NOUNS, *PERSONAL_ADJ, *PERSON_ONLY_NOUNS),
        ),
        rule(
            "abuse",
            rf"\b{THIRD} (?:is|was|s|has always been|will always be|looks like) (?:{A}|the |a bit of a |some ){FOND}{DESCRIBED}(?:{INSULT}|{words(*PERSON_ONLY_NOUNS)})(?! s\b| run\b| show\b)",
            0.85,
            "calls someone an insulting name: {0}",
            needs=(*INSULT_NOUNS, *PERSONAL_ADJ, *PERSON_ONLY_NOUNS),
        ),
        rule(
            "abuse",
            rf"\b(?:{THIRD}|{YOU}|{YOU_ARE}) (?:is |are |s |re )?the {words(*PERSONAL_SUPERLATIVE)}",
            0.85,
            "insulting description of someone: {0}",
            needs=PERSONAL_SUPERLATIVE,
        ),
        rule(
            "abuse",
            # "There are rats in the bins" is about rats.
            rf"\b(?<!there )(?<!there really )(?:is|are|were|re) (?:the )?(?:{INTENS}){{0,2}}(?:scum|vermin|parasites|animals|filth|subhuman|sub human|leeches|cockroaches|rats|pigs|maggots|scum of the earth|lowest of the low)\b"
            r"(?! (?:in|on|under|at|behind|around|everywhere|near|living|nesting|getting|running)\b)",
            0.8,
            "calls people vermin: {0}",
            needs=(*INSULT_NOUNS, *PERSONAL_ADJ, *PERSON_ONLY_NOUNS),
        ),
        rule(
            "abuse",
            rf"\b(?:{THIRD}|him|her|they|them) (?:is|are|was|s|re|looks|look|sounds)"
            rf" (?:{INTENS}){{0,2}}(?:{ADJ})",
            0.7,
            "insulting description of someone: {0}",
            needs=(*INSULT_NOUNS, *PERSONAL_ADJ, *PERSON_ONLY_NOUNS),
        ),
        rule(
            "abuse",
            # "What a muppet I am", "I'm such an idiot": the commenter laughing at themselves.
            rf"\b(?<!i m )(?<!i am )(?<!i was )(?<!i feel )(?<!i felt )(?:what|such) an? (?:{INTENS}){{0,3}}(?:{INSULT})\b(?! (?:i|me|of me|i m|i am|i was|i ve been)\b)",
            0.7,
            "calls someone an insulting name: {0}",
            needs=(*INSULT_NOUNS, *PERSONAL_ADJ, *PERSON_ONLY_NOUNS),
        ),
        rule(
            "abuse",
            rf"\b(?:{INSULT}) (?:like|as) {YOU}\b|\b(?:{INSULT}) of a (?:councillor|cllr|mayor|man|woman|person|leader|human)"
            rf"|\bexcuse (?:for|of) a (?:human|man|woman|person|councillor)",
            0.85,
            "calls someone an insulting name: {0}",
            needs=(*INSULT_NOUNS, "excuse"),
        ),
        rule("abuse", CLEAN_ABUSE_AT, 0.85, "bullying aimed at the reader: {0}"),
    )

    TRIGGER_WORDS = trigger_words(
        SEXUAL,
        STRONG_INSULTS,
        INSULT_NOUNS,
        PERSONAL_ADJ,
        PERSON_ONLY_NOUNS,
        PERSONAL_SUPERLATIVE,
        PROFANE_WORDS,
        family("""cock fuk fck fk fvck phuck fook feck frig screw sod eat suck lick kiss sniff shove yours
        arse ass stfu gtfo foad shut piss bugger clear naff lost stuffed face bend d shag bang
        fuck smash ruin pound rail wreck bonk nail rape grope finger molest show send nudes tits
        boobs rack baps sex sleep knees gives give blowie blowjob bj clothes nothing something
        fit fuckable shaggable doable bangable wanking pics photos pictures likes wants hates
        cares laughs yourself urself kys favour rock hole sewer gutter cave swamp pit state
        wonder excuse joke disgrace"""),
    )

    def score_one(self, item: Prepared) -> Signal:
        if not self.triggered(item):
            return Signal()
        found = match_rules(item.masked, self.RULES, self.name, item.tokens, item)
        scores, reasons = dict(found.scores), list(found.reasons)
        if "target" in item.cues and scores.get("obscene", 0.0) >= 0.75 > scores.get("abuse", 0.0):
            # Sexual language in a comment that addresses or names someone is harassment.
            scores["abuse"] = 0.7
            reasons.append(Reason("abuse", "sexualised comment about a person", 0.7, self.name))
        return Signal(scores, reasons)
