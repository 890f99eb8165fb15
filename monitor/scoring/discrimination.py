# ruff: noqa: E501  (long regular expressions read better unbroken)
"""Discrimination: slurs, and hostile generalisations about people with a protected
characteristic (race, religion, disability, sex, sexual orientation, gender reassignment),
plus Gypsies and Travellers, who are protected as an ethnic group.

Naming a group is not hostile: "our Gypsy and Traveller site needs drainage", "as a gay
man, I like the Pride flag" and "gypsy moth caterpillars" stay clean. A generalisation
needs a group word and a hostile claim or demand in the same sentence. Explicit hate needs
less: violence or exclusion called for against a group, declared hatred, a dehumanising
claim or stereotype stated of a whole group ("Blacks are lazy"), the old tropes.

Words that are slurs in one sense and ordinary in another (faggots and peas, a sea dyke, a
packet of fags, a chink of light) count when aimed at people, or when the comment has no word
of their ordinary setting; a word the commenter reclaims for themselves ("as a proud dyke")
does not count. Counter-speech and denials ("saying X is racist", "nobody thinks X") are
protected zones (see :mod:`monitor.scoring.reported`).
"""

from __future__ import annotations

import itertools
import re

from monitor.scoring.base import Reason, Signal
from monitor.scoring.lang import words
from monitor.scoring.lang.en.groups import (
    DEHUMANISING,
    GROUPS,
    HOMONYM_SLURS,
    HOSTILE_CLAIMS,
    ORDINARY_SETTING,
    PEOPLE_GROUPS,
    RECLAIMABLE,
    SLURS,
)
from monitor.scoring.lang.en.people import INTENS, THIRD, YOU, A
from monitor.scoring.lexicon import INSULT
from monitor.scoring.reported import CONDEMNING, is_reported
from monitor.scoring.rules import (
    VOCABULARY,
    Rule,
    RuleScorer,
    match_rules,
    rule,
    trigger_words,
)
from monitor.scoring.text import Canonical, Prepared, canonical
from monitor.scoring.threat import MODAL, NOT_AN_IDIOM, PASSIVE

SLUR = words(*SLURS)
GROUP_WORDS = trigger_words(GROUPS)
GROUP = words(*GROUPS)
HOSTILE = words(*HOSTILE_CLAIMS)
HOMONYM = words(*HOMONYM_SLURS)
# What may follow a homonym when it means the food, the cigarette, the hill or the bank.
_ORDINARY_AFTER = (
    r"(?! (?:and|with|in|from|at|for|of|smoker|smokers|break|breaks|end|ends|butts?|packets?"
    r"|ice|milk|shy|path|road|hound|up|down|the|our|your|their|cost|costs|are (?:lovely|delicious))\b)"
)
# A homonym aimed at people: said to the reader, said of a person, or with an insult beside it.
AIMED_HOMONYM = (
    rf"\b(?<!thank )(?<!see )(?<!told )(?:{YOU}) (?:{INTENS}){{0,3}}{HOMONYM}{_ORDINARY_AFTER}"
    rf"|\b(?:{THIRD}|you|u) (?:is|s|are|re|was|were|looks? like) (?:all |just |nothing but )?(?:{A})?"
    rf"(?:{INTENS}){{0,3}}{HOMONYM}{_ORDINARY_AFTER}"
    rf"|\b(?:dirty|filthy|stupid|thick|ugly|typical|greasy|smelly|disgusting|vile|bunch of|load of"
    rf"|gang of|like a|like some) {HOMONYM}{_ORDINARY_AFTER}"
    rf"|{HOMONYM} (?:like you|lover|lovers|loving|scum|bastards?|cunts?|pricks?|freaks?|should (?:die|burn|hang)"
    rf"|get out|go home)\b"
)
# "A cripple", "fake cripples": the noun, not the verb ("the cuts will cripple our services").
CRIPPLE_NOUN = (
    r"\b(?:a|the|some|that|this|fake|like a|old|bloody|few|of|are|them|those|these) cripples?\b"
    r"|\bcripples\b(?<!it cripples)(?<!this cripples)(?<!that cripples)(?<!which cripples)"
    r"(?! (?:the|our|your|their|his|her|a|an|small|local|many|every|any|it|them|us|him|me"
    r"|businesses|traders|families|high|town|council)\b)"
)
PATTERNS: tuple[Rule, ...] = (
    rule("discrimination", SLUR, 0.85, "slur: {0}", needs=SLURS),
    rule("discrimination", AIMED_HOMONYM, 0.85, "slur aimed at people: {0}", needs=HOMONYM_SLURS),
    rule("discrimination", CRIPPLE_NOUN, 0.85, "slur: {0}", needs=["cripple", "cripples"]),
    rule(
        "discrimination",
        r"\bgo back (?:to )?(?:where (?:you|u|they|he|she) came from|(?:your|ur|yer|their|his|her) own country|the jungle|africa|pakistan|india|poland|romania)"
        r"|\bsend (?:them|him|her|em) (?:all )?back\b|\bback to the jungle\b",
        0.9,
        "tells someone to go back where they came from: {0}",
        needs=["back"],
    ),
    rule(
        "discrimination",
        r"\btypical (?:woman|women|female|bird|muslim|jew|immigrant|foreigner|paki)\b"
        r"|\b(?:back|get back) (?:to|in|into) the kitchen\b|\bon (?:her|your|the) period\b"
        r"|\bleave (?:\w+ ){0,3}to the men\b|\blet (?:women|a woman|females) (?:run|do|be)"
        r"|\b(?:women|females|a woman) (?:shouldn t|should not|can t|cannot) (?:be|run|do|have)",
        0.85,
        "sexist generalisation: {0}",
        needs="typical kitchen period men women woman females",
    ),
    rule(
        "discrimination",
        r"\b(?:not a (?:real )?(?:woman|man)|(?:a )?(?:bloke|man|men|geezer) in (?:a )?(?:dress|dresses|wig|skirt))\b"
        r"|\bwhatever (?:he|she|they|it) calls? (?:himself|herself|themselves|itself)\b"
        r"|\bpretend(?:s|ing)? to be a (?:woman|man|girl|lady)\b",
        0.8,
        "attacks someone's gender identity: {0}",
        needs="woman man dress dresses wig skirt whatever pretend pretends pretending",
    ),
    rule(
        "discrimination",
        r"\b(?:british|white|english|local) (?:people|families) first\b|\bno (?:blacks|irish|dogs|gypsies|travellers)\b"
        r"|\b(?:got|get|getting) off (?:a|the) boat\b|\bno white (?:family|families|people)\b|\bsharia\b",
        0.8,
        "hostile generalisation about a protected group: {0}",
        needs="first blacks irish dogs gypsies travellers boat white sharia",
    ),
)
# Blaming a group for crime needs the blame structure ("X are behind every stabbing", "no
# knife crime before the Somalis came"): crime words near a group are too often neutral.
CRIME = r"(?:crime|crimes|stabbings?|burglar\w*|fly tipp\w*|knife|rapes?|thefts?|robberies)"
PATTERNS += (
    rule(
        "discrimination",
        rf"{GROUP} (?:\w+ ){{0,5}}?(?:are|is|=) (?:\w+ ){{0,2}}?(?:behind|the reason|why|responsible for|doing all) (?:\w+ ){{0,4}}?{CRIME}\b"
        rf"|\b{CRIME} (?:\w+ ){{0,4}}?(?:since|before|when|till|until) (?:the )?{GROUP} (?:came|arrived|moved|turned up)"
        rf"|\b(?:put|let|move) (?:a |the |them )?{GROUP} (?:\w+ ){{0,3}}?(?:and|then) watch (?:the |ur |your )?(?:\w+ )?(?:{CRIME}|shed)",
        0.8,
        "blames a protected group for crime: {0}",
        needs="crime crimes stabbing stabbings burglaries burglary knife rape rapes theft thefts robberies shed fly",
    ),
    rule(
        "discrimination",
        r"\b(?:diversity|token) (?:hire|hiring|black|woman|female|asian|muslim|gesture)\b|\bticks? the boxes\b"
        r"|\bthe great replacement\b|\brothschild\b|\bglobalists?\b|\bnot (?:one|a single one) of (?:us|them) is english\b",
        0.8,
        "hostile generalisation about a protected group: {0}",
        needs="diversity token ticks tick replacement rothschild globalist globalists english",
    ),
)
SETTING_HOMONYMS = tuple(
    (
        rule(
            "discrimination", words(*spellings.split()), 0.85, "slur: {0}", needs=spellings.split()
        ),
        re.compile(rf"\b(?:{setting})\b"),
    )
    for spellings, setting in ORDINARY_SETTING.items()
)
# Explicit hate at people for who they are: violence or exclusion called for, hatred declared,
# the old tropes. These need no second sentence or nearby claim.
PEOPLE = words(*PEOPLE_GROUPS)
# "people" and "men" are in half of all comments; the word before them ("gay people",
# "black men") is what makes them a group, and it is in the list on its own.
PEOPLE_NEEDS = trigger_words(PEOPLE_GROUPS) - {"people", "men", "nationals", "workers", "users"}
DETERMINER = r"(?:(?:all|the|these|those|every|any|all the|all of the|our|your) )"
PATTERNS += (
    rule(
        "discrimination",
        rf"{PEOPLE} (?:\w+ ){{0,3}}?{MODAL} (?:all )?(?:be|get) (?:\w+ )?{PASSIVE}{NOT_AN_IDIOM}"
        rf"|\b(?:kill|gas|exterminate|eradicate|wipe out|lynch|execute|shoot|burn|hang|cull) {DETERMINER}?{PEOPLE}",
        0.85,
        "calls for violence against a protected group: {0}",
        needs=PEOPLE_NEEDS,
    ),
    rule(
        "discrimination",
        rf"\b(?:ban|deport|expel|remove|round up|get rid of) {DETERMINER}?{PEOPLE}(?! (?:from|in) (?:parking|driving|the (?:car park|bus lane)))"
        rf"|{PEOPLE} (?:\w+ ){{0,2}}?(?:belong|belongs) (?:in the kitchen|at home|in the home|in (?:a )?(?:cage|zoo|prison|jail|gutter)|back (?:in|where))"
        rf"|{PEOPLE} (?:\w+ ){{0,2}}?(?:don t|do not|doesn t|does not|will never) belong\b",
        0.8,
        "calls for a protected group to be excluded: {0}",
        needs=PEOPLE_NEEDS,
    ),
    rule(
        "discrimination",
        rf"\b(?:i|we|everyone|everybody|most of us|all of us) (?:\w+ )?(?:hate|despise|detest|loathe|can t stand|cannot stand|can t abide)"
        rf" (?:all )?(?:the |these |those )?{PEOPLE}",
        0.8,
        "declares hatred of a protected group: {0}",
        needs=PEOPLE_NEEDS,
    ),
    rule(
        "discrimination",
        # "Blacks are lazy", "women are thick": a stereotype stated of a whole group.
        rf"{PEOPLE} (?:are|r|re) (?:all |just |genetically |naturally |basically |always |mostly )*"
        r"(?:lazy|thick|stupid|dirty|violent|inferior|backward|primitive|evil|savages|thieves"
        r"|criminals|rapists|paedophiles|paedos|nonces|terrorists|groomers|not human"
        r"|(?:a |an )(?:disease|cancer|infestation|abomination|plague|virus|menace))\b"
        rf"|\b{PEOPLE} out\b(?=\W*$| now\b| of (?:our|this|britain|england|the uk|the country)\b)",
        0.85,
        "hostile generalisation about a protected group: {0}",
        needs=PEOPLE_NEEDS,
    ),
    rule(
        "discrimination",
        r"\b(?:the )?(?:jews|jewish people|jewish bankers|zionists) (?:\w+ )?(?:control|run|own|are behind|pull the strings|rule)\b",
        0.85,
        "antisemitic conspiracy trope: {0}",
        needs="jews jewish zionists",
    ),
)

RECLAIMED = re.compile(
    r"\b(?:i m|im|i am|as|we re|we are|us|fellow|my fellow|me and the other|one of the)"
    r" (?:a |an )?(?:proud |fellow |big |old |happy |out |loud |other )*"
    rf"({'|'.join(sorted(RECLAIMABLE, key=len, reverse=True))})\b"
)
ABUSIVE_AT = re.compile(
    rf"\b(?:{YOU}|cllr|councillor|dr|he s|she s|he is|she is)\b|{INSULT}|\b(?:perverts|freaks|no brains)\b"
)


class DiscriminationScorer(RuleScorer):
    name = "discrimination"
    version = "discrimination 2"
    RULES = PATTERNS
    MASK_PLACES = False
    _group = re.compile(GROUP)
    _hostile = re.compile(HOSTILE)
    _slur = re.compile(
        rf"{SLUR}|{AIMED_HOMONYM}|{CRIPPLE_NOUN}|{words(*' '.join(ORDINARY_SETTING).split())}"
    )
    _dehumanising = re.compile(words(*DEHUMANISING))

    def score_one(self, item: Prepared) -> Signal:
        view = item.view
        if not RECLAIMABLE.isdisjoint(item.tokens):
            # "As a proud dyke ...": a word people reclaim for themselves is not a slur there.
            reclaimed = frozenset(m.group(1) for m in RECLAIMED.finditer(view.text))
            if reclaimed:
                view = view.without(reclaimed)
        signal = match_rules(view, self.RULES, self.name, item.tokens, item)
        scores, reasons = dict(signal.scores), list(signal.reasons)
        for homonym, setting in SETTING_HOMONYMS:
            if homonym.needs is not None and homonym.needs.isdisjoint(item.tokens):
                continue  # the common case: the word is not in the comment
            if scores.get("discrimination", 0.0) >= homonym.score or setting.search(view.text):
                continue
            said = match_rules(view, (homonym,), self.name, None, item)
            if said.scores:
                scores.update(said.scores)
                reasons = [r for r in reasons if r.category != "discrimination"] + said.reasons
        if scores.get("discrimination", 0.0) < 0.8:
            generalisation = self._generalisation(item)
            if generalisation is not None:
                scores["discrimination"] = max(
                    scores.get("discrimination", 0.0), generalisation.score
                )
                reasons.append(generalisation)
        if scores.get("discrimination", 0.0) >= 0.8 and (
            self._slur.search(view.text) or ABUSIVE_AT.search(view.text)
        ):
            # A slur or a discriminatory attack on a person is abuse as well.
            scores["abuse"] = 0.7
            reasons.append(Reason("abuse", "discriminatory attack on a person", 0.7, self.name))
        return Signal(scores=scores, reasons=reasons)

    def _generalisation(self, item: Prepared) -> Reason | None:
        whole = item.view.text
        if GROUP_WORDS.isdisjoint(item.tokens):
            return None
        if not (self._group.search(whole) and self._hostile.search(whole)):
            return None  # the common case, decided without splitting sentences
        text = item.view.original
        bounds = [m.end() for m in _SENTENCE_END.finditer(text)]
        spans = list(itertools.pairwise([0, *bounds, len(text)]))
        # A claim often follows its group in the next sentence ("Travellers again. Thieving.").
        pairs = [
            (a[0], b[1], _terse(text, a) or _terse(text, b)) for a, b in itertools.pairwise(spans)
        ]
        # Across two sentences only a dehumanising claim counts, or a terse one ("Thieving.");
        # otherwise "X were 'vermin'. I found it disgusting" would count the condemnation.
        for start, end, mild in [(a, b, True) for a, b in spans] + pairs:
            view = canonical(text[start:end], VOCABULARY, mask_places=False)
            if EXCUSED.search(view.text):
                continue
            found = self._near(view, item.reported, start, mild)
            if found is not None:
                quoted = view.quote(*found)
                # Dehumanising a group is explicit hate (urgent); a complaint that leans on
                # a group ("too many HMOs full of migrants") is for a person to judge today
                # or tomorrow, in the digest.
                explicit = self._dehumanising.search(view.text[found[0] : found[1]]) is not None
                return Reason(
                    "discrimination",
                    f"hostile generalisation about a protected group: '{quoted}'",
                    0.8 if explicit else GENERALISATION,
                    self.name,
                    (quoted,),
                )
        return None

    def _near(
        self, view: Canonical, reported: tuple[tuple[int, int], ...], offset: int, mild: bool
    ) -> tuple[int, int] | None:
        """A group word and a hostile claim a few words apart, said rather than reported.

        Closeness keeps the claim about the group: in "I'm a wheelchair user and I'd like to
        thank the highways team ... it shouldn't have taken so long" it is about the council.
        """
        text = view.text
        hostiles = [h for h in self._hostile.finditer(text)]
        for group in self._group.finditer(text):
            if group.group(0) == "their own" and _OWN_THING.match(text, group.end()):
                continue  # "ruining their own reputation": whose it is, not a group
            for hostile in hostiles:
                if hostile.start() >= group.end():
                    gap, limit = text.count(" ", group.end(), hostile.start()) - 1, _AFTER
                else:
                    gap, limit = text.count(" ", hostile.end(), group.start()) - 1, _BEFORE
                if (gap > limit or not mild) and not self._dehumanising.fullmatch(hostile.group(0)):
                    continue
                if is_reported(reported, offset + view.original_end(hostile.end())):
                    continue
                # In 'someone wrote "gays are perverts" on the shelter, disgusting' the group
                # is quoted and the "claim" is the commenter condemning the quote.
                if is_reported(
                    reported, offset + view.original_end(group.end())
                ) and CONDEMNING.fullmatch(hostile.group(0)):
                    continue
                return min(group.start(), hostile.start()), max(group.end(), hostile.end())
        return None


GENERALISATION = 0.75  # labelled, but below "high" (0.8)
# "Their own" followed by a thing of theirs, not "they look after their own".
_OWN_THING = re.compile(
    r" (?!(?:kind|sort|people|lot|community|communities|race|folk|and|but|first|again|too"
    r"|then|they|who|that|the|not|so|for|before|over|only|every|all)\b)[a-z]{3,}"
)

# How many words may separate a group from a hostile claim after it ("Travellers on the
# rec are thieves") and before it ("never trust a Muslim").
_AFTER = 10
_BEFORE = 6
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def _terse(text: str, span: tuple[int, int]) -> bool:
    return len(text[span[0] : span[1]].split()) <= 3


# Reports of discrimination and group words that are something else.
EXCUSED = re.compile(
    r"\bgypsy moths?\b|\b(?:racist|racism|homophobic|hate crime|discriminat\w*|abuse|graffiti|slurs?)\b"
    r"|\b(?:please|i ve|i have|have|we ve) report(?:ed)?\b"
    # The council robbing pensioners blind: the group is the victim of the claim.
    r"|\b(?:robbing|fleecing|ripping off|rip off|failing|let down|letting down) (?:\w+ ){0,2}"
    r"(?:pensioners|elderly|old people|disabled people|women|families|residents)\b"
)
