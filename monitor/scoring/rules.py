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

from monitor.scoring.base import CommentContext, Reason, Signal
from monitor.scoring.lang import family
from monitor.scoring.lang.en import MASKABLE
from monitor.scoring.reported import is_reported
from monitor.scoring.text import Canonical, Prepared, Vocabulary, canonical


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


# Masked tokens ("f*ck", "p*ki", "r3tard") resolve against every family, likeliest first.
VOCABULARY = Vocabulary(MASKABLE)


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
    uses_context = False
    whole_comment = False
    fork_safe = True
    RULES: Sequence[Rule] = ()
    MASK_PLACES = True
    TRIGGER_WORDS: frozenset[str] | None = None

    def view(self, text: str) -> Canonical:
        return canonical_cached(text, VOCABULARY, self.MASK_PLACES)

    def view_of(self, item: Prepared) -> Canonical:
        return item.masked if self.MASK_PLACES else item.view

    def score(self, texts: Sequence[str]) -> list[Signal]:
        return self.score_prepared([prepare(text) for text in texts])

    def score_prepared(
        self,
        items: Sequence[Prepared],
        contexts: Sequence[CommentContext | None] | None = None,
    ) -> list[Signal]:
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
