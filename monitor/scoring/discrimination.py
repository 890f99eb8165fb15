# ruff: noqa: E501  (long regular expressions read better unbroken)
"""Discrimination: slurs, and hostile generalisations about people with a protected
characteristic (race, religion, disability, sex, sexual orientation, gender reassignment),
plus Gypsies and Travellers, who are protected as an ethnic group.

Naming a group is not hostile: "our Gypsy and Traveller site needs drainage", "as a gay
man, I like the Pride flag" and "gypsy moth caterpillars" stay clean. A generalisation
needs a group word and a hostile claim or demand in the same sentence.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from monitor.scoring.base import Reason, Signal
from monitor.scoring.lexicon import INSULT
from monitor.scoring.rules import YOU, RuleScorer, match_rules, rule, words

SLURS = words(
    "retard",
    "retards",
    "retarded",
    "spastic",
    "spastics",
    "spaz",
    "spacker",
    "mong",
    "mongs",
    "mongoloid",
    "cripple",
    "cripples",
    "paki",
    "pakis",
    "nigger",
    "niggers",
    "nigga",
    "coon",
    "coons",
    "wog",
    "wogs",
    "chink",
    "chinks",
    "gook",
    "raghead",
    "ragheads",
    "towelhead",
    "kike",
    "kikes",
    "yid",
    "yids",
    "poof",
    "poofs",
    "poofter",
    "faggot",
    "faggots",
    "fag",
    "fags",
    "dyke",
    "dykes",
    "tranny",
    "trannies",
    "shemale",
    "gyppo",
    "gyppos",
    "gypo",
    "pikey",
    "pikeys",
    "half caste",
    "golliwog",
    "darkie",
    "darkies",
    "spic",
    "wetback",
    "sambo",
    "jungle bunny",
    "batty boy",
    "bender",
    "benders",
    "muzzie",
    "muzzies",
    "mussie",
    "slope",
    "slant eye",
    "coloureds",
    "negro",
    "negroes",
    "kaffir",
    "pikie",
    "tinkers",
    "mental cases",
    "loony",
    "loonies",
    "nutjob",
    "window licker",
    "kiddie fiddlers",
)
GROUP = words(
    "muslims",
    "muslim",
    "islam",
    "jews",
    "jew",
    "jewish",
    "blacks",
    "black lads",
    "black people",
    "black men",
    "asians",
    "pakistanis",
    "somalis",
    "romanians",
    "poles",
    "polish",
    "eastern europeans",
    "immigrants",
    "migrants",
    "foreigners",
    "asylum seekers",
    "refugees",
    "travellers",
    "traveller",
    "gypsies",
    "gypsy",
    "gays",
    "gay",
    "lesbians",
    "lesbian",
    "homosexuals",
    "trans",
    "transgender",
    "women",
    "woman",
    "females",
    "men in dresses",
    "bloke in a dress",
    "man in a dress",
    "disabled",
    "wheelchair",
    "blue badge",
    "special needs",
    "catholics",
    "catholic",
    "hindus",
    "sikhs",
    "christians",
    "africans",
    "chinese",
    "indians",
    "arabs",
    "those people",
    "these people",
    "his lot",
    "her lot",
    "their lot",
    "their own",
    "boat",
    "mosques",
    "mosque",
    "synagogue",
    "lgbt",
    "lgbtq",
    "pride",
    "rainbow",
    "queers",
    "bisexual",
    "autistic",
    "deaf",
    "blind",
    "mentally ill",
    "hostel",
    "irish",
    "roma",
    "white",
    "british",
)
HOSTILE = words(
    "ruin",
    "ruining",
    "ruined",
    "take over",
    "taken over",
    "taking over",
    "rob",
    "robbing",
    "thieving",
    "thieves",
    "scum",
    "groomers",
    "grooming",
    "perverts",
    "pervert",
    "menace",
    "terror",
    "terrorists",
    "shouldn t",
    "should not",
    "can t be trusted",
    "get out",
    "go back",
    "send them back",
    "send em back",
    "lock them up",
    "lock up",
    "stick them",
    "don t want",
    "no more",
    "all the same",
    "criminals",
    "always get their way",
    "invading",
    "invasion",
    "breed",
    "breeding",
    "filth",
    "filthy",
    "disgusting",
    "lifestyle",
    "agenda",
    "scroungers",
    "parasites",
    "vermin",
    "plague",
    "swarm",
    "swarming",
    "flooding in",
    "gone downhill",
    "was fine before",
    "first",
    "not welcome",
    "keep them out",
    "keep out",
    "no brains",
    "haven t got the head",
    "not allowed",
    "shouldn t be allowed",
    "freaks",
    "abominations",
    "sick in the head",
    "unnatural",
    "funny that",
    "get off",
    "got off a boat",
    "block voting",
    "vote for their own",
    "tribes",
    "tribe",
    "sharia",
    "jungle",
    "savages",
    "animals",
    "piss in a bucket",
    "kiddie fiddlers",
    "dirty",
    "smell",
    "stink",
    "leeches",
    "benefit",
    "instead of local",
    "ahead of local",
    "taking our",
    "take our",
    "our kids",
    "a home somewhere",
    "can walk fine",
    "half of them",
    "their kind",
    "your kind",
    "own kind",
    "lock up your",
    "drain on",
    "burden on",
    "ship them out",
    "ship them off",
    "fit in",
    "never will",
    "every last one",
    "all of them",
    "the lot of them",
)
PATTERNS = (
    rule("discrimination", SLURS, 0.85, "slur: {0}"),
    rule(
        "discrimination",
        r"\bgo back (?:to )?(?:where (?:you|they|he|she) came from|(?:your|their|his|her) own country|the jungle|africa|pakistan|india|poland|romania)"
        r"|\bsend (?:them|him|her|em) (?:all )?back\b|\bback to the jungle\b",
        0.9,
        "tells someone to go back where they came from: {0}",
    ),
    rule(
        "discrimination",
        r"\btypical (?:woman|women|female|bird|muslim|jew|immigrant|foreigner|paki)\b"
        r"|\b(?:back|get back) (?:to|in|into) the kitchen\b|\bon (?:her|your|the) period\b"
        r"|\bleave (?:\w+ ){0,3}to the men\b|\blet (?:women|a woman|females) (?:run|do|be)"
        r"|\b(?:women|females|a woman) (?:shouldn t|should not|can t|cannot) (?:be|run|do|have)",
        0.85,
        "sexist generalisation: {0}",
    ),
    rule(
        "discrimination",
        r"\b(?:not a (?:real )?woman|(?:a )?(?:bloke|man|men|geezer) in (?:a )?dress(?:es)?)\b",
        0.8,
        "attacks someone's gender identity: {0}",
    ),
    rule(
        "discrimination",
        r"\b(?:british|white|english|local) (?:people|families) first\b|\bno (?:blacks|irish|dogs|gypsies|travellers)\b"
        r"|\b(?:got|get|getting) off (?:a|the) boat\b|\bno white (?:family|families|people)\b|\bsharia\b",
        0.8,
        "hostile generalisation about a protected group: {0}",
    ),
)
ABUSIVE_AT = re.compile(
    rf"\b(?:{YOU}|cllr|councillor|dr|he s|she s|he is|she is)\b|{INSULT}|\b(?:perverts|freaks|no brains)\b"
)


class DiscriminationScorer(RuleScorer):
    name = "discrimination"
    version = "discrimination 1"
    RULES = PATTERNS
    MASK_PLACES = False
    _group = re.compile(GROUP)
    _hostile = re.compile(HOSTILE)

    def score(self, texts: Sequence[str]) -> list[Signal]:
        return [self._one(text) for text in texts]

    def _one(self, text: str) -> Signal:
        view = self.view(text)
        signal = match_rules(view, self.RULES, self.name)
        scores, reasons = dict(signal.scores), list(signal.reasons)
        if scores.get("discrimination", 0.0) < 0.8:
            generalisation = self._generalisation(text)
            if generalisation is not None:
                scores["discrimination"] = 0.8
                reasons.append(generalisation)
        if scores.get("discrimination", 0.0) >= 0.8 and (
            re.search(SLURS, view.text) or ABUSIVE_AT.search(view.text)
        ):
            # A slur or a discriminatory attack on a person is abuse as well.
            scores["abuse"] = 0.7
            reasons.append(Reason("abuse", "discriminatory attack on a person", 0.7, self.name))
        return Signal(scores=scores, reasons=reasons)

    def _generalisation(self, text: str) -> Reason | None:
        whole = self.view(text).text
        if not (self._group.search(whole) and self._hostile.search(whole)):
            return None  # the common case, decided without splitting sentences
        sentences = re.split(r"(?<=[.!?])\s+|\n+", text)
        # A claim often follows its group in the next sentence ("Travellers again. Thieving.").
        for sentence in sentences + [" ".join(pair) for pair in itertools.pairwise(sentences)]:
            view = self.view(sentence)
            group = self._group.search(view.text)
            hostile = self._hostile.search(view.text)
            if group and hostile and not re.search(r"\bgypsy moths?\b", view.text):
                quoted = view.quote(
                    min(group.start(), hostile.start()), max(group.end(), hostile.end())
                )
                return Reason(
                    "discrimination",
                    f"hostile generalisation about a protected group: '{quoted}'",
                    0.8,
                    self.name,
                    (quoted,),
                )
        return None
