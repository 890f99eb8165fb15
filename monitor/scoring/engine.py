"""Runs every configured scorer over a batch and lets the policy decide.

``build_engine()`` with no arguments gives the embedded default, which works offline with no
model download: the shipped comment model (:mod:`monitor.scoring.neural`) plus the libel,
personal data, threat, discrimination and obscene/abuse rule scorers.

Words a commenter quotes in order to report or condemn them are hidden from every
statistical scorer here, once: rule scorers read the zones themselves and statistical ones
(the comment model, alt-profanity-check, Detoxify) get the text with those stretches
blanked, so 'If you say "I hate gay people", you are a bigot' is judged on what the
commenter says, not on what they quote.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from monitor.scoring.base import (
    COUNTER_SPEECH_DISCOUNTED,
    Assessment,
    CommentContext,
    Reason,
    Scorer,
    Signal,
    WholeCommentScorer,
)
from monitor.scoring.categories import GUIDANCE
from monitor.scoring.neural import NeuralScorer
from monitor.scoring.policy import DEFAULT_THRESHOLDS, Policy, Thresholds
from monitor.scoring.reported import is_counter_speech
from monitor.scoring.rules import prepare
from monitor.scoring.text import Prepared

# Below this many texts, starting worker processes costs more than it saves.
PARALLEL_MIN = 2000
PARALLEL_CHUNK = 500
_worker_engine: ScoringEngine | None = None
# Where a whole-comment model alone puts a comment in one of these categories, its reason says
# which words its reading turns on (WholeCommentScorer.explain). For libel a councillor most
# needs to know what to check, and the model's reason alone says least.
EXPLAINED = frozenset({"libel"})


# What a worker sends back: guidance and scorer versions are the same for every comment,
# so they stay behind and the parent adds them again (pickling is most of the overhead).
_Compact = tuple[
    dict[str, float], str, list[str], list[tuple[str, str, float, str, tuple[str, ...], str]]
]


def _assess_in_worker(chunk: list[tuple[str, CommentContext | None]]) -> list[_Compact]:
    assert _worker_engine is not None
    texts, contexts = [text for text, _ in chunk], [context for _, context in chunk]
    return [
        (
            a.scores,
            a.severity,
            a.labels,
            [(r.category, r.message, r.score, r.scorer, r.evidence, r.detail) for r in a.reasons],
        )
        for a in _worker_engine.assess(texts, contexts)
    ]


def _expand(compact: _Compact, versions: dict[str, str]) -> Assessment:
    scores, severity, labels, reasons = compact
    return Assessment(
        scores=scores,
        severity=severity,  # type: ignore[arg-type]
        labels=labels,
        reasons=[Reason(*reason) for reason in reasons],
        guidance={category: GUIDANCE[category] for category in labels},
        scorer_versions=versions,
    )


def _discount(signal: Signal, categories: frozenset[str]) -> Signal:
    """``signal`` without its scores and reasons in ``categories``."""
    return Signal(
        scores={c: v for c, v in signal.scores.items() if c not in categories},
        reasons=[r for r in signal.reasons if r.category not in categories],
        gated={c: v for c, v in signal.gated.items() if c not in categories},
        cues=signal.cues,
    )


class ScoringEngine:
    def __init__(self, scorers: list[Scorer], policy: Policy) -> None:
        self.scorers = scorers
        self.policy = policy

    @property
    def versions(self) -> dict[str, str]:
        return {scorer.name: scorer.version for scorer in self.scorers}

    def assess(
        self,
        texts: Sequence[str],
        contexts: Sequence[CommentContext | None] | None = None,
    ) -> list[Assessment]:
        """One assessment per text, in order; pure (models are loaded at construction).
        ``contexts`` (one per text, or None) go to the scorers that read them."""
        texts = list(texts)
        # Canonicalising is the costly step: do it once per comment, for every scorer. The
        # text's cues and its blanked form are worked out on it once too, when first read.
        prepared = [prepare(text) for text in texts]
        per_scorer = [scorer.score_prepared(prepared, contexts) for scorer in self.scorers]
        counter = [bool(item.reported) and is_counter_speech(item.original) for item in prepared]
        cleared = [
            any("libel_cleared" in signals[i].cues for signals in per_scorer)
            for i in range(len(texts))
        ]
        if any(counter) or any(cleared):
            for scorer, signals in zip(self.scorers, per_scorer, strict=True):
                if not scorer.whole_comment:
                    continue
                for i in range(len(texts)):
                    if counter[i]:
                        signals[i] = _discount(signals[i], COUNTER_SPEECH_DISCOUNTED)
                    if cleared[i]:
                        signals[i] = _discount(signals[i], frozenset({"libel"}))
        versions = self.versions
        return [
            self._explained(
                self.policy.combine(
                    [signals[i] for signals in per_scorer], versions, cues=prepared[i].cues
                ),
                prepared[i],
            )
            for i in range(len(texts))
        ]

    def _explained(self, assessment: Assessment, item: Prepared) -> Assessment:
        """``assessment`` with the first reason of each ``EXPLAINED`` category it is labelled
        with explained by its scorer, where every scored reason of that category comes from
        a whole-comment model (a rule's reason already quotes the words). Where a rule also
        reads the category at or above its review threshold, the rule's reason comes first
        whatever the model's score: it says which words, and of whom ("allegation of vote
        rigging about 'Cllr Reid', as a bet"), where the model says only how the comment
        reads, and the digest shows the first reason."""
        models = {s.name: s for s in self.scorers if isinstance(s, WholeCommentScorer)}
        reasons = _rules_first(assessment, models, self.policy)
        for category in EXPLAINED.intersection(assessment.labels):
            scored = [i for i, r in enumerate(reasons) if r.category == category and r.score > 0]
            if not scored or any(reasons[i].scorer not in models for i in scored):
                continue
            first = reasons[scored[0]]
            explained = models[first.scorer].explain(item, first)
            reasons = [explained if i == scored[0] else r for i, r in enumerate(reasons)]
        return assessment if reasons is assessment.reasons else replace(assessment, reasons=reasons)

    def assess_parallel(
        self,
        texts: Sequence[str],
        *,
        workers: int,
        contexts: Sequence[CommentContext | None] | None = None,
    ) -> list[Assessment]:
        """:meth:`assess` spread over ``workers`` processes, for large batches from the
        command line (`wardwatch score`, `eval`). Forked workers share the loaded models.
        Not for use inside the threaded service: forking a multi-threaded process is unsafe.
        """
        texts = list(texts)
        if (
            workers <= 1
            or len(texts) < PARALLEL_MIN
            or "fork" not in mp.get_all_start_methods()
            # A scorer that cannot be forked (the comment model: ONNX Runtime spreads one
            # batch over the cores itself) makes one process the fast path.
            or not all(scorer.fork_safe for scorer in self.scorers)
        ):
            return self.assess(texts, contexts)
        global _worker_engine
        _worker_engine = self
        pairs = list(zip(texts, contexts or [None] * len(texts), strict=True))
        chunks = [pairs[i : i + PARALLEL_CHUNK] for i in range(0, len(pairs), PARALLEL_CHUNK)]
        try:
            versions = self.versions
            with mp.get_context("fork").Pool(workers) as pool:
                return [
                    _expand(compact, versions)
                    for chunk in pool.map(_assess_in_worker, chunks)
                    for compact in chunk
                ]
        finally:
            _worker_engine = None


def thresholds_from_config(
    thresholds: Mapping[str, Mapping[str, float | None]] | None,
) -> dict[str, Thresholds]:
    """Config thresholds over the defaults; a category may set only one of review/high."""
    merged: dict[str, Thresholds] = {}
    for category, pair in (thresholds or {}).items():
        default_review, default_high = DEFAULT_THRESHOLDS[category]
        review, high = pair.get("review"), pair.get("high")
        if review is None and high is None:
            continue
        merged[category] = Thresholds(
            float(review) if review is not None else default_review,
            float(high) if high is not None else default_high,
        )
    return merged


def build_engine(
    scoring: Mapping[str, Any] | None = None,
    detoxify: Mapping[str, Any] | None = None,
    thresholds: Mapping[str, Mapping[str, float | None]] | None = None,
) -> ScoringEngine:
    """The engine the config asks for; all None gives the embedded offline default.

    ``scoring`` is the ``[scoring]`` section, ``detoxify`` the ``[scoring.detoxify]`` section
    and ``thresholds`` maps each category to its ``[scoring.thresholds.<category>]`` section.
    Raises :class:`monitor.scoring.base.ScorerUnavailable` when Detoxify is chosen and its
    model cannot be loaded.
    """
    # Imported here (heavy: the rule scorers compile their patterns).
    from monitor.scoring.discrimination import DiscriminationScorer  # noqa: PLC0415
    from monitor.scoring.lexicon import LexiconScorer  # noqa: PLC0415
    from monitor.scoring.libel import LibelScorer  # noqa: PLC0415
    from monitor.scoring.personal_data import PersonalDataScorer  # noqa: PLC0415
    from monitor.scoring.threat import ThreatScorer  # noqa: PLC0415

    scoring = scoring or {}
    policy = Policy(thresholds_from_config(thresholds))
    statistical: Scorer | None
    choice = scoring.get("toxicity", "model")
    if choice == "detoxify":
        # Imported here (optional extra: detoxify (torch)).
        from monitor.scoring.detoxify import DetoxifyScorer  # noqa: PLC0415

        statistical = DetoxifyScorer.from_config(detoxify or {})
    elif choice == "none":
        statistical = None  # the rules alone: for measuring them, or the smallest install
    elif choice == "linear":
        # Imported here (optional extra: linear).
        from monitor.scoring.linear import LinearScorer  # noqa: PLC0415

        statistical = LinearScorer()
    else:
        statistical = NeuralScorer(
            threads=int(scoring.get("model_threads", 0)) or None,
            policy_thresholds={c: (t.review, t.high) for c, t in policy.thresholds.items()},
        )
    scorers: list[Scorer] = [
        LexiconScorer(),
        ThreatScorer(),
        DiscriminationScorer(),
        LibelScorer(names=scoring.get("names", ())),
        PersonalDataScorer(),
    ]
    if statistical is not None:
        scorers.insert(0, statistical)
    return ScoringEngine(scorers, policy)


def _rules_first(
    assessment: Assessment, models: Mapping[str, object], policy: Policy
) -> list[Reason]:
    """The assessment's reasons with, in each labelled category, the reasons of rules that
    reach the category's review threshold ahead of the models' (order kept otherwise)."""
    reasons = assessment.reasons
    for category in assessment.labels:
        review = policy.thresholds[category].review
        ours = [i for i, r in enumerate(reasons) if r.category == category]
        ruled = [i for i in ours if reasons[i].scorer not in models and reasons[i].score >= review]
        if not ruled or ruled[0] == ours[0]:
            continue
        ordered = ruled + [i for i in ours if i not in ruled]
        placed = dict(zip(ours, ordered, strict=True))
        reasons = [reasons[placed.get(i, i)] for i in range(len(reasons))]
    return reasons
