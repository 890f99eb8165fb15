# ruff: noqa: E501  (long regular expressions read better unbroken)
"""English ways of addressing, naming and describing a person: fragments of the rule patterns.

Patterns run over canonical text (:func:`monitor.scoring.text.canonical`: lowercase tokens
separated by single spaces, apostrophes split, "you're" -> "you re"), except
``NAME_SUBJECT``, which needs the capitals of the original.
"""

from __future__ import annotations

import re

# Fragments used by several rule sets. Canonical text has no apostrophes.
YOU = r"(?:you|u|ya|yer|ye|yous|youse|thou)"
YOUR = r"(?:your|ur|yer|yours|you re|youre)"
YOU_ARE = (
    r"(?:you re|youre|you are|u r|ur|u are|you r|you is|you were|you ve been|you ll always be)"
)
A = r"(?:(?:a|an|such a|such an|a right|a complete|an absolute|a total|an utter|a real|one|the biggest|a massive|a bunch of|bunch of|a load of|load of|a pack of|pack of|nothing but a|nothing but)\s)"
# Adverbs and intensifiers that may sit between the pieces of a phrase.
INTENS = r"(?:(?:and|fucking|fuckin|effing|bloody|absolute|absolutely|complete|completely|utter|utterly|total|totally|real|really|so|such|very|proper|right|massive|pathetic|little|big|fat|old|stupid|useless|thick|ugly|lazy|lying|dirty|filthy|vile|disgusting|brainless|spineless|gutless|heartless|soulless|worthless|corrupt|shameless|sad|pitiful|evil|nasty|two faced|self serving|arrogant|smug|ignorant|clueless|incompetent)\s)"


# A person other than the reader, as the subject of a sentence: pronouns, titles with a
# name, roles. Canonical text is lowercase, so names are recognised by their title.
NAMED = r"(?:cllr|councillor|councilor|cllor|mayor|dr|mr|mrs|ms|miss|sir|dame|lord|lady) \w+"
ROLE = (
    r"(?:the |our |your |that |this )(?:deputy |local |new |former )?(?:leader|mayor|chair|chairman"
    r"|chairwoman|chief executive|treasurer|clerk|councillor|cabinet member(?: for \w+)?"
    r"|head of \w+|(?:\w+ ){0,2}officer|(?:\w+ )?manager|(?:\w+ )?director|man|woman|bloke|guy|lad"
    r"|lass|fella|twit|idiot|clown)"
)
THIRD = rf"(?:he|she|they|{NAMED}|{ROLE})"
# Any person: the reader, a named person, a role, or an object pronoun.
PERSON = (
    rf"(?:{YOU}|{YOUR}|him|her|them|his|their|{NAMED}|{ROLE}|the lot of (?:you|them|yous)"
    r"|every (?:one|last one|single one) of (?:you|them|yous)|all of (?:you|yous)|you lot"
    r"|whoever s (?:in charge|responsible)|whoever (?:did|signed|approved) (?:this|it))"
)

# A capitalised name opening a clause and doing something ("Keating is", "Stopford took",
# "Asante's"): a person named without a title is still a person.
NAME_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+|[,;:]\s*)(?:that |the )?(?:[A-Z][a-z]{2,} )?[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?"
    r"(?:['’]s\b|\s+(?:is|was|has|had|should|needs|took|will|would|did|never|always|can['’]t)\b)"
)
TARGET = re.compile(
    rf"\b(?:{YOU}|{YOU_ARE}|your|ur|he|she|him|her|cllr|councillor|mayor|dr|mr|mrs|ms"
    r"|officer|leader|chair|head of \w+|councillors|cabinet)\b"
)
