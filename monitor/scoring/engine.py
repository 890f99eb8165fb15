"""Runs every configured scorer over a batch and lets the policy decide.

``build_engine()`` with no arguments gives the embedded default, which works offline with no
model download: the linear offensive-language model plus the libel, personal data, threat,
discrimination and obscene/abuse lexicon scorers.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Mapping, Sequence
from typing import Any

from monitor.scoring.base import Assessment, CommentContext, ContextualScorer, Reason, Scorer
from monitor.scoring.policy import DEFAULT_THRESHOLDS, GUIDANCE, Policy, Thresholds
from monitor.scoring.rules import prepare

# Below this many texts, starting worker processes costs more than it saves.
PARALLEL_MIN = 2000
PARALLEL_CHUNK = 500
_worker_engine: ScoringEngine | None = None


# What a worker sends back: guidance and scorer versions are the same for every comment,
# so they stay behind and the parent adds them again (pickling is most of the overhead).
_Compact = tuple[
    dict[str, float], str, list[str], list[tuple[str, str, float, str, tuple[str, ...]]]
]


def _assess_in_worker(chunk: list[tuple[str, CommentContext | None]]) -> list[_Compact]:
    assert _worker_engine is not None
    texts, contexts = [text for text, _ in chunk], [context for _, context in chunk]
    return [
        (
            a.scores,
            a.severity,
            a.labels,
            [(r.category, r.message, r.score, r.scorer, r.evidence) for r in a.reasons],
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
        # Canonicalising is the costly step: do it once per comment, for every rule scorer.
        prepared = [prepare(text) for text in texts]
        per_scorer = []
        for scorer in self.scorers:
            if isinstance(scorer, ContextualScorer):
                per_scorer.append(scorer.score_prepared(prepared, contexts))
                continue
            score_prepared = getattr(scorer, "score_prepared", None)
            per_scorer.append(score_prepared(prepared) if score_prepared else scorer.score(texts))
        versions = self.versions
        return [
            self.policy.combine([signals[i] for signals in per_scorer], versions)
            for i in range(len(texts))
        ]

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
        if workers <= 1 or len(texts) < PARALLEL_MIN or "fork" not in mp.get_all_start_methods():
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
    from monitor.scoring.discrimination import DiscriminationScorer
    from monitor.scoring.lexicon import LexiconScorer
    from monitor.scoring.libel import LibelScorer
    from monitor.scoring.personal_data import PersonalDataScorer
    from monitor.scoring.threat import ThreatScorer

    scoring = scoring or {}
    toxicity: Scorer
    if scoring.get("toxicity", "linear") == "detoxify":
        from monitor.scoring.detoxify import DetoxifyScorer

        toxicity = DetoxifyScorer.from_config(detoxify or {})
    else:
        from monitor.scoring.linear import LinearScorer

        toxicity = LinearScorer()
    scorers: list[Scorer] = [
        toxicity,
        LexiconScorer(),
        ThreatScorer(),
        DiscriminationScorer(),
        LibelScorer(names=scoring.get("names", ())),
        PersonalDataScorer(),
    ]
    policy = Policy(thresholds_from_config(thresholds))
    if scoring.get("learned", True):
        from monitor.scoring.learned import LearnedScorer

        scorers.append(
            LearnedScorer(
                thresholds={
                    category: (pair.review, pair.high)
                    for category, pair in policy.thresholds.items()
                }
            )
        )
    return ScoringEngine(scorers, policy)
