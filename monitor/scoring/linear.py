"""The embedded default scorer: alt-profanity-check's TF-IDF + linear SVM.

It answers one question, "is this offensive language?", fast (~100k texts/s) and offline.
Its probability feeds ``abuse`` only when the comment addresses or names a person (the
``"target"`` cue, see :class:`monitor.scoring.base.Signal`): on its own it flags swearing at
a pothole as readily as swearing at a person. The lexicon scorers decide the other categories.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib.metadata import version

from monitor.scoring.base import Reason, ScorerUnavailable, Signal, WholeCommentScorer


class LinearScorer(WholeCommentScorer):
    name = "linear"

    def __init__(self) -> None:
        try:
            # Imported here (optional extra: linear; loading the model costs ~0.5 s).
            from profanity_check import predict_prob  # noqa: PLC0415
        except ImportError as exc:
            raise ScorerUnavailable(
                'scoring.toxicity = "linear" needs alt-profanity-check: '
                "pip install 'wardwatch[linear]', or use the default \"model\""
            ) from exc

        self._predict_prob = predict_prob
        self.version = f"alt-profanity-check {version('alt-profanity-check')}"

    def score(self, texts: Sequence[str]) -> list[Signal]:
        if not texts:
            return []
        probabilities = self._predict_prob(list(texts))
        signals = []
        for probability in probabilities:
            p = float(probability)
            reasons = []
            if p >= 0.5:
                reasons.append(
                    Reason(
                        category="abuse",
                        message=f"offensive-language model scores it {p:.2f}",
                        score=p,
                        scorer=self.name,
                    )
                )
            signals.append(Signal(gated={"abuse": p}, reasons=reasons))
        return signals
