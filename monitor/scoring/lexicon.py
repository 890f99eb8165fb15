# ruff: noqa: E501  (long regular expressions read better unbroken)
"""Offline obscene and abuse lexicons: sexual language, and insults aimed at a person.

Swearing is not the test. "A bloody disgrace" and "this fucking bus never comes" criticise a
situation and stay clean; "you useless prick" and "suck my dick" do not. So profanity scores
only when it is aimed at someone ("fuck you", "go fuck yourself") or is sexual, and insults
score high only with a target ("you", "he is", "Cllr Jones is").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from monitor.scoring.base import Reason, Signal
from monitor.scoring.rules import INTENS, YOU, YOU_ARE, A, RuleScorer, match_rules, rule, words

# Sexual or anatomical words that are obscene whatever they are aimed at.
SEXUAL = words(
    "cunt",
    "cunts",
    "cocks",
    "cocksucker",
    "dick",
    "dicks",
    "dickhead",
    "pussy",
    "pussies",
    "twat",
    "twats",
    "wank",
    "wanker",
    "wankers",
    "wanking",
    "tits",
    "titties",
    "boobs",
    "blowjob",
    "blow job",
    "handjob",
    "porn",
    "porno",
    "horny",
    "cum",
    "jizz",
    "spunk",
    "dildo",
    "bellend",
    "knobhead",
    "knob head",
    "bukkake",
    "anal",
    "orgasm",
    "masturbate",
    "masturbating",
    "erection",
    "boner",
    "nudes",
    "dick pic",
    "dick pics",
    "nob",
    "nobhead",
    "shag",
    "shagging",
    "slag",
    "slags",
    "slut",
    "sluts",
    "whore",
    "whores",
    "motherfucker",
    "motherfuckers",
    "fanny",
    "minge",
    "clunge",
    "ballsack",
    "nutsack",
    "arse hole",
    "arsehole",
    "asshole",
    "butthole",
    "rimming",
    "fingering",
    "cunnilingus",
    "fellatio",
)
# Insults that are abusive even without an explicit target ("what a twat").
STRONG_INSULTS = (
    "cunt",
    "cunts",
    "twat",
    "twats",
    "wanker",
    "wankers",
    "dickhead",
    "dickheads",
    "bellend",
    "knobhead",
    "nobhead",
    "prick",
    "pricks",
    "bitch",
    "bitches",
    "slag",
    "slags",
    "slut",
    "sluts",
    "whore",
    "whores",
    "motherfucker",
    "fuckwit",
    "fuckwits",
    "shithead",
    "shitheads",
    "scumbag",
    "scumbags",
    "arsehole",
    "arseholes",
    "asshole",
    "assholes",
    "tosser",
    "tossers",
    "cocksucker",
    "fucker",
    "fuckers",
    "bastard",
    "bastards",
    "douchebag",
    "dipshit",
)
STRONG_INSULT = words(*STRONG_INSULTS)
# Insults that need a target to be abuse ("you idiot", "he is a moron").
INSULT = words(
    "idiot",
    "idiots",
    "moron",
    "morons",
    "imbecile",
    "imbeciles",
    "cretin",
    "cretins",
    "muppet",
    "muppets",
    "prat",
    "prats",
    "plonker",
    "numpty",
    "numpties",
    "pillock",
    "halfwit",
    "halfwits",
    "dimwit",
    "dimwits",
    "nitwit",
    "clown",
    "clowns",
    "buffoon",
    "buffoons",
    "loser",
    "losers",
    "scum",
    "vermin",
    "parasite",
    "parasites",
    "maggot",
    "maggots",
    "pig",
    "pigs",
    "cow",
    "dog",
    "rat",
    "rats",
    "snake",
    "weasel",
    "lowlife",
    "low life",
    "degenerate",
    "degenerates",
    "freak",
    "freaks",
    "weirdo",
    "creep",
    "jerk",
    "dick",
    "dicks",
    "knob",
    "nonce",
    "nonces",
    "waste of space",
    "waste of oxygen",
    "waste of skin",
    "waste of air",
    "waste of a human",
    "excuse for a",
    "excuse of a",
    "piece of shit",
    "piece of crap",
    "sack of shit",
    "dumbass",
    "dumbo",
    "thicko",
    "simpleton",
    "airhead",
    "bimbo",
    "hag",
    "old hag",
    "witch",
    "gobshite",
    "shitbag",
    "scrote",
    "scrotes",
    "toerag",
    "chav",
    "chavs",
    "slimeball",
    "creature",
    "cockroach",
    "cockroaches",
    "disease",
    "cancer",
    "leech",
    "leeches",
    "plague",
    "grass",
    "pisshead",
    "sewer rat",
    "animal",
    "animals",
    "filth",
    "subhuman",
    "sub human",
    *STRONG_INSULTS,
)
# Adjectives that insult the person rather than judge their work.
PERSONAL_ADJ = words(
    "stupid",
    "thick",
    "dumb",
    "brainless",
    "ugly",
    "fat",
    "obese",
    "gormless",
    "retarded",
    "braindead",
    "brain dead",
    "dim",
    "moronic",
    "idiotic",
    "vile",
    "disgusting",
    "repulsive",
    "pathetic",
    "worthless",
    "subhuman",
    "heartless",
    "sub human",
    "thick as mince",
    "thick as shit",
    "thick as two short planks",
    "a disgrace to humanity",
    "mental",
    "psycho",
    "nuts",
)
# "cock-up" is a British word for a mistake, not an obscenity.
COCK = r"\bcock\b(?! up\b)"
PROFANE_AT = (
    rf"\bfuck ?off\b|\b(?:fuck|fuk|fck|fk|fvck|phuck|fook|f off|screw) (?:off|you|{YOU}|him|her|them|the lot of {YOU})\b"
    rf"|\bgo (?:and )?(?:fuck|screw|shag|fk|fck|fvck) (?:{YOU}r ?self|yourself|urself|yourselves|himself|herself|themselves|off)\b"
    rf"|\bget fucked\b|\beat (?:shit|a dick|my shit|a bag of dicks)\b"
    rf"|\b(?:suck|lick|kiss) my (?:dick|cock|balls|arse|ass|nuts|tits)\b"
    rf"|\bshove it up {YOU}r? ?(?:arse|ass)\b|\bup (?:your|ur) (?:arse|ass)\b"
    rf"|\b(?:stfu|gtfo|foad)\b|\bshut the fuck up\b"
)
RUDE_AT = (
    rf"\b(?:sod|piss|bugger) off\b|\bshut (?:up|{YOU}r? (?:mouth|gob|face|trap))\b"
    rf"|\bget (?:lost|stuffed)\b"
)
SEXUAL_AT = (
    rf"\b(?:sit on my face|bend {YOU} over|i d (?:shag|fuck|bang|do|smash) (?:{YOU}|her|him|the \w+(?: \w+)?|cllr \w+|councillor \w+)"
    rf"|(?:shag|bang|rape|grope|finger|molest) (?:{YOU}|her|him)\b|get (?:your|ur) tits out"
    rf"|show us (?:your|ur) (?:tits|boobs|arse)|send (?:me )?nudes|(?:nice|great|lovely) (?:tits|rack|arse)"
    rf"|have sex with|sleep with (?:{YOU}|her|him)|on (?:your|ur|her|his) knees for)"
)


class LexiconScorer(RuleScorer):
    """Obscene and abuse patterns that work offline and survive spacing and masking tricks."""

    name = "lexicon"
    version = "lexicon 1"
    RULES = (
        rule("obscene", PROFANE_AT, 0.8, "profanity aimed at a person: {0}"),
        rule("abuse", PROFANE_AT, 0.8, "profanity aimed at a person: {0}"),
        rule("obscene", SEXUAL_AT, 0.9, "sexualised language aimed at a person: {0}"),
        rule("abuse", SEXUAL_AT, 0.8, "sexualised language aimed at a person: {0}"),
        rule("obscene", SEXUAL, 0.75, "sexual or obscene word: {0}"),
        rule("obscene", COCK, 0.75, "sexual or obscene word: {0}"),
        rule("abuse", RUDE_AT, 0.65, "telling someone to shut up or go away: {0}"),
        rule("abuse", STRONG_INSULT, 0.7, "insulting name: {0}"),
        rule(
            "abuse",
            rf"\b{YOU} (?:{INTENS}){{0,3}}(?:{INSULT}|{PERSONAL_ADJ})",
            0.9,
            "insult aimed at the reader: {0}",
        ),
        rule(
            "abuse",
            rf"\b{YOU_ARE} (?:{A})?(?:{INTENS}){{0,3}}(?:{INSULT}|{PERSONAL_ADJ})",
            0.9,
            "insult aimed at the reader: {0}",
        ),
        rule(
            "abuse",
            rf"\b(?:is|are|was|were|s|re|being|been) (?:{A})(?:{INTENS}){{0,3}}(?:{INSULT})(?! s\b)",
            0.8,
            "calls someone an insulting name: {0}",
        ),
        rule(
            "abuse",
            rf"\b(?:is|are|were|re) (?:{INTENS}){{0,2}}(?:scum|vermin|parasites|animals|filth|subhuman|sub human|leeches|cockroaches|rats|pigs|maggots)\b",
            0.8,
            "calls people vermin: {0}",
        ),
        rule(
            "abuse",
            rf"\b(?:he|she|they|him|her|cllr \w+|councillor \w+|mayor) (?:is|are|was|s|re)"
            rf" (?:{INTENS}){{0,2}}(?:{PERSONAL_ADJ})",
            0.7,
            "insulting description of someone: {0}",
        ),
        rule(
            "abuse",
            rf"\b(?:what|such) an? (?:{INTENS}){{0,3}}(?:{INSULT})\b",
            0.7,
            "calls someone an insulting name: {0}",
        ),
        rule(
            "abuse",
            rf"(?:{INSULT}) (?:like|as) {YOU}\b|(?:{INSULT}) of a (?:councillor|cllr|mayor|man|woman|person|leader)",
            0.85,
            "calls someone an insulting name: {0}",
        ),
        rule(
            "abuse",
            rf"\b(?:nobody|no one|noone|everyone) (?:likes|wants|hates|cares about) {YOU}\b"
            rf"|\b(?:kill|hang) {YOU}r ?self\b|\bkys\b|\b(?:crawl back under|back to) (?:your|ur) rock",
            0.85,
            "bullying aimed at the reader: {0}",
        ),
    )
    # Matching is on words that the rules name, plus these spelled variants of masked words.
    EXTRA_VOCABULARY = ("fucking", "fucker", "fucked", "shitty", "bitch", "wanker", "cunt")

    def __init__(self) -> None:
        super().__init__()
        self._vocabulary = self._vocabulary | set(self.EXTRA_VOCABULARY)

    def score(self, texts: Sequence[str]) -> list[Signal]:
        signals = []
        for text in texts:
            view = self.view(text)
            found = match_rules(view, self.RULES, self.name)
            cues = set()
            if TARGET.search(view.text) or "@" in text:
                cues.add("target")
            if PROFANE.search(view.text):
                cues.add("profane")
            scores, reasons = dict(found.scores), list(found.reasons)
            if "target" in cues and scores.get("obscene", 0.0) >= 0.75 > scores.get("abuse", 0.0):
                # Sexual language in a comment that addresses or names someone is harassment.
                scores["abuse"] = 0.7
                reasons.append(Reason("abuse", "sexualised comment about a person", 0.7, self.name))
            signals.append(Signal(scores, reasons, cues=frozenset(cues)))
        return signals


PROFANE = re.compile(
    words(
        "fuck",
        "fucking",
        "fuckin",
        "fucked",
        "fucker",
        "fvck",
        "shit",
        "shite",
        "shitty",
        "cunt",
        "cunts",
        "twat",
        "twats",
        "wanker",
        "wankers",
        "wanking",
        "bollocks",
        "arse",
        "arsehole",
        "piss",
        "pissed",
        "pisshead",
        "bitch",
        "prick",
        "dick",
        "dickhead",
        "cock",
        "knob",
        "knobhead",
        "bellend",
        "tosser",
        "bastard",
        "motherfucker",
        "bugger",
        "slag",
        "slut",
        "whore",
    )
)
TARGET = re.compile(
    rf"\b(?:{YOU}|{YOU_ARE}|your|ur|he|she|him|her|cllr|councillor|mayor|dr|mr|mrs|ms"
    r"|officer|leader|chair|head of \w+|councillors|cabinet)\b"
)
