"""The scoring vocabulary shared by every scorer, the policy and the rest of wardwatch.

A scorer is a pure function from texts to :class:`Signal` objects (category scores in
[0, 1] plus the evidence behind them). The policy combines the signals of all scorers
into one :class:`Assessment` per text. No scorer does I/O beyond loading its model once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, Protocol, runtime_checkable

from monitor.errors import WardwatchError

if TYPE_CHECKING:
    from monitor.scoring.text import Prepared

CATEGORIES: tuple[str, ...] = (
    "libel",
    "obscene",
    "abuse",
    "threat",
    "discrimination",
    "personal_data",
)

Severity = Literal["none", "review", "high"]
SEVERITIES: tuple[Severity, ...] = ("none", "review", "high")
SEVERITY_RANK: dict[str, int] = {name: rank for rank, name in enumerate(SEVERITIES)}


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a category scored what it did, in words a councillor can check.

    ``message`` is a full sentence fragment in a councillor's words ("allegation of bribery
    about 'Cllr Patel', stated as fact"); ``evidence`` holds the exact words of the comment
    that triggered it; ``detail`` is for the curious (model scores, which rule matched) and is
    shown only behind a "details" toggle and in JSON output.
    """

    category: str
    message: str
    score: float
    scorer: str
    evidence: tuple[str, ...] = ()
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.category}: {self.message}"


@dataclass(frozen=True, slots=True)
class Signal:
    """What one scorer says about one text: scores for the categories it covers.

    ``gated`` holds scores that count only when some scorer reports the ``"target"`` cue
    (the comment addresses or names a person): a statistical model's "offensive" probability
    is high for "this fucking bus", which is clean, and for "you useless prick", which is not.
    ``cues`` are facts about the text other scorers' scores depend on: ``"target"``
    (a person is addressed or named) and ``"profane"`` (swear words are present).
    """

    scores: dict[str, float] = field(default_factory=dict)
    reasons: list[Reason] = field(default_factory=list)
    gated: dict[str, float] = field(default_factory=dict)
    cues: frozenset[str] = frozenset()


class WholeCommentScorer:
    """Marks a statistical scorer: it scores the comment as a whole and cannot say which
    words made the score. The engine blanks quoted and denied stretches before such a scorer
    reads a comment, and discounts its discrimination, abuse and threat scores on
    counter-speech (:func:`monitor.scoring.reported.is_counter_speech`)."""

    COUNTER_SPEECH_DISCOUNTED: frozenset[str] = frozenset({"discrimination", "abuse", "threat"})


class ScorerUnavailable(WardwatchError, RuntimeError):
    """A scorer cannot start (model missing, weights not downloadable); the message says how
    to fix it."""


@dataclass(frozen=True, slots=True)
class CommentContext:
    """Who a comment answers, as the platform reported it: the author of the comment it
    replies to, and whether that comment (or the post, for a top-level comment) is the
    account owner's. "Says the [label]" is about the person replied to."""

    parent_author: str | None = None
    parent_is_owner: bool = False


class Scorer(Protocol):
    """``score`` takes a batch of texts and returns one Signal per text, in order.

    A scorer that reads who a comment answers implements :class:`ContextualScorer` as well;
    every other scorer sees the text alone.
    """

    name: str
    version: str

    def score(self, texts: Sequence[str]) -> list[Signal]: ...


@runtime_checkable
class ContextualScorer(Protocol):
    """A scorer whose ``score_prepared`` also takes one :class:`CommentContext` (or None,
    for a comment with no known parent) per text. ``uses_context`` marks it."""

    name: str
    version: str
    uses_context: Literal[True]

    def score(self, texts: Sequence[str]) -> list[Signal]: ...

    def score_prepared(
        self,
        items: Sequence[Prepared],
        contexts: Sequence[CommentContext | None] | None = None,
    ) -> list[Signal]: ...


@dataclass(frozen=True, slots=True)
class Assessment:
    """The verdict on one comment: every category's score, the severity and the reasons."""

    scores: dict[str, float]
    severity: Severity
    labels: list[str]
    reasons: list[Reason]
    guidance: dict[str, str]
    scorer_versions: dict[str, str]

    @property
    def flagged(self) -> bool:
        return self.severity != "none"

    @property
    def reason_texts(self) -> list[str]:
        return [str(reason) for reason in self.reasons]
