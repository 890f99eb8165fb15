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
from monitor.scoring.reported import is_reported
from monitor.scoring.text import Canonical, Prepared, Vocabulary, canonical
from monitor.scoring.wordlists import family

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


def words(*terms: str) -> str:
    """An alternation of whole words, longest first so multi-word terms win."""
    return r"\b(?:" + "|".join(sorted(terms, key=len, reverse=True)) + r")\b"


@dataclass(frozen=True, slots=True)
class Rule:
    category: str
    pattern: re.Pattern[str]
    score: float
    message: str  # "{0}" is replaced by the quoted evidence
    # The rule cannot match unless the comment has one of these words; None: always try it.
    needs: frozenset[str] | None = None


def rule(
    category: str,
    pattern: str,
    score: float,
    message: str,
    *,
    needs: Iterable[str] | None = None,
) -> Rule:
    return Rule(
        category,
        re.compile(pattern),
        score,
        message,
        None if needs is None else trigger_words(needs),
    )


def vocabulary_of(rules: Iterable[Rule]) -> set[str]:
    """Every plain word in the rules, so masked tokens ("f*ck") can be resolved."""
    found: set[str] = set()
    for item in rules:
        found.update(re.findall(r"[a-z]{3,}", item.pattern.pattern))
    return found


@functools.lru_cache(maxsize=8192)
def canonical_cached(text: str, vocabulary: Vocabulary, mask_places: bool) -> Canonical:
    """Canonical views are reused: several scorers look at the same comment in one batch."""
    return canonical(text, vocabulary, mask_places=mask_places)


def match_rules(
    view: Canonical,
    rules: Sequence[Rule],
    scorer: str,
    tokens: frozenset[str] | None = None,
    prepared: Prepared | None = None,
) -> Signal:
    """The strongest match per category, with a reason quoting the original words.

    With ``tokens`` (the comment's words), a rule whose ``needs`` are all absent is skipped.
    With ``prepared``, a match ending inside its ``reported`` stretches (abuse quoted to
    condemn it) does not count.
    """
    best: dict[str, tuple[float, Reason]] = {}
    searched: dict[int, re.Match[str] | None] = {}
    for item in rules:
        if tokens is not None and item.needs is not None and item.needs.isdisjoint(tokens):
            continue
        key = id(item.pattern)  # Pattern.__hash__ hashes the compiled code: slow
        if key in searched:  # one pattern may score several categories
            match = searched[key]
        else:
            match = item.pattern.search(view.text)
            if match is not None and prepared is not None and prepared.reported:
                match = _first_said(item.pattern, view, prepared.reported)
            searched[key] = match
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


def _first_said(
    pattern: re.Pattern[str], view: Canonical, reported: tuple[tuple[int, int], ...]
) -> re.Match[str] | None:
    """The first match that is not quoted to condemn it.

    Only called once a rule has matched a comment that quotes something: most never do.
    """
    for match in pattern.finditer(view.text):
        if not is_reported(reported, view.original_end(match.end())):
            return match
    return None


def _shared_vocabulary() -> Vocabulary:
    from monitor.scoring import wordlists

    found: list[str] = list(wordlists.MASK_PRIORITY)
    for name in dir(wordlists):
        value = getattr(wordlists, name)
        if name.isupper() and isinstance(value, tuple):
            found.extend(value)
    return Vocabulary(found)


# Masked tokens ("f*ck", "p*ki", "r3tard") resolve against every family, likeliest first.
VOCABULARY = _shared_vocabulary()


def prepare(text: str) -> Prepared:
    """The canonical views of ``text`` that every rule scorer shares."""
    return Prepared(text, VOCABULARY)


class RuleScorer:
    """Scores texts with a fixed list of rules; subclasses set name, version and RULES.

    ``TRIGGER_WORDS`` is a cheap pre-filter: every rule needs at least one of these words, so
    a comment with none of them is skipped without running a single regular expression.
    """

    name = "rules"
    version = "1"
    RULES: Sequence[Rule] = ()
    MASK_PLACES = True
    TRIGGER_WORDS: frozenset[str] | None = None

    def view(self, text: str) -> Canonical:
        return canonical_cached(text, VOCABULARY, self.MASK_PLACES)

    def view_of(self, item: Prepared) -> Canonical:
        return item.masked if self.MASK_PLACES else item.view

    def score(self, texts: Sequence[str]) -> list[Signal]:
        return self.score_prepared([prepare(text) for text in texts])

    def score_prepared(self, items: Sequence[Prepared]) -> list[Signal]:
        return [self.score_one(item) for item in items]

    def score_one(self, item: Prepared) -> Signal:
        if not self.triggered(item):
            return Signal()
        return match_rules(self.view_of(item), self.RULES, self.name, item.tokens, item)

    def triggered(self, item: Prepared) -> bool:
        return self.TRIGGER_WORDS is None or not self.TRIGGER_WORDS.isdisjoint(item.tokens)


def trigger_words(*families: Iterable[str]) -> frozenset[str]:
    """Every single word in the given families and phrases, for ``TRIGGER_WORDS`` or ``needs``.

    A bare string counts as a space-separated list of words.
    """
    found: set[str] = set()
    for group in families:
        phrases = group.split() if isinstance(group, str) else group
        for phrase in phrases:
            parts = phrase.split()
            # "waste of space" needs "waste" or "space", not "of": keep the pre-filter selective.
            found.update(word for word in parts if word not in _GLUE or len(parts) == 1)
    return frozenset(found)


_GLUE = frozenset(family("a an the of for to in on at as by is it and or be with my your his her"))
