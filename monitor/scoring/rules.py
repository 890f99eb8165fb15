# ruff: noqa: E501  (long regular expressions read better unbroken)
"""Pattern rules over the canonical text, shared by the lexicon, threat and discrimination scorers.

A rule is a regular expression over :func:`monitor.scoring.text.canonical` output (lowercase
tokens separated by single spaces, apostrophes split: "you're" -> "you re"), a category, a
score and a message. The scorer reports the strongest match per category and quotes the
commenter's own words as evidence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from monitor.scoring.base import Reason, Signal
from monitor.scoring.text import Canonical, canonical

# Fragments used by several rule sets. Canonical text has no apostrophes.
YOU = r"(?:you|u|ya|yer|ye|yous|youse|thou)"
YOUR = r"(?:your|ur|yer|yours|you re|youre)"
YOU_ARE = (
    r"(?:you re|youre|you are|u r|ur|u are|you r|you is|you were|you ve been|you ll always be)"
)
A = r"(?:(?:a|an|such a|such an|a right|a complete|an absolute|a total|an utter|a real|one|the biggest|a massive|a bunch of|bunch of|a load of|load of|a pack of|pack of|nothing but a|nothing but)\s)"
# Adverbs and intensifiers that may sit between the pieces of a phrase.
INTENS = r"(?:(?:and|fucking|fuckin|effing|bloody|absolute|absolutely|complete|completely|utter|utterly|total|totally|real|really|so|such|very|proper|right|massive|pathetic|little|big|fat|old|stupid|useless|thick|ugly|lazy|lying|dirty|filthy|vile|disgusting|brainless|spineless|gutless|heartless|soulless|worthless|corrupt|shameless|sad|pitiful|evil|nasty|two faced|self serving|arrogant|smug|ignorant|clueless|incompetent)\s)"


def words(*terms: str) -> str:
    """An alternation of whole words, longest first so multi-word terms win."""
    return r"\b(?:" + "|".join(sorted(terms, key=len, reverse=True)) + r")\b"


@dataclass(frozen=True, slots=True)
class Rule:
    category: str
    pattern: re.Pattern[str]
    score: float
    message: str  # "{0}" is replaced by the quoted evidence


def rule(category: str, pattern: str, score: float, message: str) -> Rule:
    return Rule(category, re.compile(pattern), score, message)


def vocabulary_of(rules: Iterable[Rule]) -> set[str]:
    """Every plain word in the rules, so masked tokens ("f*ck") can be resolved."""
    found: set[str] = set()
    for item in rules:
        found.update(re.findall(r"[a-z]{3,}", item.pattern.pattern))
    return found


@functools.lru_cache(maxsize=8192)
def canonical_cached(text: str, vocabulary: frozenset[str], mask_places: bool) -> Canonical:
    """Canonical views are reused: several scorers look at the same comment in one batch."""
    return canonical(text, vocabulary, mask_places=mask_places)


def match_rules(view: Canonical, rules: Sequence[Rule], scorer: str) -> Signal:
    """The strongest match per category, with a reason quoting the original words."""
    best: dict[str, tuple[float, Reason]] = {}
    for item in rules:
        match = item.pattern.search(view.text)
        if match is None:
            continue
        current = best.get(item.category)
        if current is not None and current[0] >= item.score:
            continue
        evidence = view.quote(match.start(), match.end())
        reason = Reason(
            category=item.category,
            message=item.message.replace("{0}", f"'{evidence}'"),
            score=item.score,
            scorer=scorer,
            evidence=(evidence,),
        )
        best[item.category] = (item.score, reason)
    return Signal(
        scores={category: score for category, (score, _) in best.items()},
        reasons=[reason for _, reason in best.values()],
    )


class RuleScorer:
    """Scores texts with a fixed list of rules; subclasses set name, version and RULES."""

    name = "rules"
    version = "1"
    RULES: Sequence[Rule] = ()
    MASK_PLACES = True

    def __init__(self) -> None:
        self._vocabulary = frozenset(vocabulary_of(self.RULES))

    def view(self, text: str) -> Canonical:
        return canonical_cached(text, self._vocabulary, self.MASK_PLACES)

    def score(self, texts: Sequence[str]) -> list[Signal]:
        return [match_rules(self.view(text), self.RULES, self.name) for text in texts]
