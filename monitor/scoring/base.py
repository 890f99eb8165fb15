"""The scoring vocabulary shared by every scorer, the policy and the rest of wardwatch.

A scorer is a pure function from texts to :class:`Signal` objects (category scores in
[0, 1] plus the evidence behind them). The policy combines the signals of all scorers
into one :class:`Assessment` per text. No scorer does I/O beyond loading its model once.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, Protocol

from monitor.errors import WardwatchError
from monitor.scoring.categories import CATEGORIES as CATEGORIES  # named here for scorers

if TYPE_CHECKING:
    from monitor.scoring.text import Prepared


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

    ``gated`` holds scores that count only when the comment has the ``"target"`` cue (it
    addresses or names a person, :mod:`monitor.scoring.cues`): a statistical model's
    "offensive" probability is high for "this fucking bus", which is clean, and for "you
    useless prick", which is not. ``cues`` are facts a scorer found that other scorers'
    scores depend on (the libel scorer's ``"libel_cleared"``); the cues of the text itself,
    ``"target"`` and ``"profane"``, are worked out once per comment, on
    :attr:`monitor.scoring.text.Prepared.cues`, whichever scorers are on.
    """

    scores: dict[str, float] = field(default_factory=dict)
    reasons: list[Reason] = field(default_factory=list)
    gated: dict[str, float] = field(default_factory=dict)
    cues: frozenset[str] = frozenset()


class ScorerUnavailable(WardwatchError, RuntimeError):
    """A scorer cannot start (model missing, weights not downloadable); the message says how
    to fix it."""


@dataclass(frozen=True, slots=True)
class CommentContext:
    """Who a comment answers, as the platform reported it: the author of the comment it
    replies to, and whether that comment (or the post, for a top-level comment) is the
    account owner's. "Says the [label]" is about the person replied to. ``parent_text`` is
    the words of the comment it replies to, where wardwatch has stored them: "So true" under
    an allegation repeats it."""

    parent_author: str | None = None
    parent_is_owner: bool = False
    parent_text: str | None = None


class Scorer(Protocol):
    """What the engine calls on every scorer, and all it calls.

    ``score`` takes a batch of texts and returns one Signal per text, in order.
    ``score_prepared`` does the same for comments the engine has already canonicalised
    (:class:`monitor.scoring.text.Prepared`, cues included) with one
    :class:`CommentContext` (or None, for a comment with no known parent) per comment, or
    None for none at all. ``uses_context`` says whether the scorer reads those contexts;
    every other scorer sees the text alone. ``whole_comment`` says whether it reads the
    comment as a whole rather than word by word, and so cannot say which words made a score:
    such a scorer derives from :class:`WholeCommentScorer`, which says what the engine does
    differently for it. ``fork_safe`` says whether a forked process may use it (a runtime
    with its own thread pool may not).
    """

    @property
    def name(self) -> str: ...

    @property
    def version(self) -> str: ...

    @property
    def uses_context(self) -> bool: ...

    @property
    def whole_comment(self) -> bool: ...

    @property
    def fork_safe(self) -> bool: ...

    def score(self, texts: Sequence[str]) -> list[Signal]: ...

    def score_prepared(
        self,
        items: Sequence[Prepared],
        contexts: Sequence[CommentContext | None] | None = None,
    ) -> list[Signal]: ...


# What a whole-comment scorer's score cannot be trusted for on counter-speech.
COUNTER_SPEECH_DISCOUNTED = frozenset({"discrimination", "abuse", "threat"})


class WholeCommentScorer(ABC):
    """A statistical scorer: it scores the comment as a whole and does not say which words
    made the score (:meth:`explain` can be asked afterwards). It reads each comment with its
    quoted and denied stretches blanked (:attr:`monitor.scoring.text.Prepared.blanked`), and
    the engine discounts its ``COUNTER_SPEECH_DISCOUNTED`` scores on counter-speech
    (:func:`monitor.scoring.reported.is_counter_speech`) and its libel score where the libel
    rules cleared the allegation (the ``"libel_cleared"`` cue)."""

    name: str
    version: str
    uses_context = False
    whole_comment = True
    fork_safe = True

    @abstractmethod
    def score(self, texts: Sequence[str]) -> list[Signal]: ...

    def score_prepared(
        self,
        items: Sequence[Prepared],
        contexts: Sequence[CommentContext | None] | None = None,
    ) -> list[Signal]:
        return self.score([item.blanked for item in items])

    def explain(self, item: Prepared, reason: Reason) -> Reason:
        """``reason``, one this scorer gave ``item``, naming the words its verdict turns on
        where the scorer can find them; as it is otherwise. The engine asks only where this
        scorer's reasons are all there is for a flag (``EXPLAINED`` in
        :mod:`monitor.scoring.engine`), so the cost falls on few comments."""
        return reason


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
