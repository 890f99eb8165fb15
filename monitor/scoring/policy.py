"""Combines the scorers' signals into a severity, labels, reasons and guidance."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from monitor.scoring.base import Assessment, Reason, Severity, Signal
from monitor.scoring.categories import CATEGORIES, GUIDANCE, TABLE

# (review, high) per category, from the categories table.
DEFAULT_THRESHOLDS: dict[str, tuple[float, float]] = {c.name: (c.review, c.high) for c in TABLE}


@dataclass(frozen=True, slots=True)
class Thresholds:
    review: float
    high: float


# The categories that may reach "high": see monitor.scoring.categories.
URGENT: frozenset[str] = frozenset(c.name for c in TABLE if c.urgent)

# Swearing in a comment that is abusive anyway makes it obscene as well ("you useless
# fucking wanker"); swearing at a situation ("a bloody disgrace") does not.
PROFANE_ABUSE_SCORE = 0.7


class Policy:
    """Turns the scorers' signals for one text into an :class:`Assessment`."""

    def __init__(self, thresholds: Mapping[str, Thresholds] | None = None) -> None:
        merged = {cat: Thresholds(*pair) for cat, pair in DEFAULT_THRESHOLDS.items()}
        merged.update(thresholds or {})
        for category, pair in merged.items():
            if not 0.0 <= pair.review <= pair.high <= 1.0:
                raise ValueError(
                    f"scoring.thresholds.{category}: review ({pair.review}) must not be above "
                    f"high ({pair.high}), and both must lie between 0 and 1"
                )
        self.thresholds = merged

    def combine(
        self,
        signals: Sequence[Signal],
        scorer_versions: dict[str, str],
        *,
        cues: frozenset[str] = frozenset(),
    ) -> Assessment:
        """``cues`` are the text's own (:attr:`monitor.scoring.text.Prepared.cues`); the
        scorers' cues are added to them."""
        scores = {category: 0.0 for category in CATEGORIES}
        extra: list[Reason] = []
        cues = cues.union(*(signal.cues for signal in signals))
        for signal in signals:
            for category, value in signal.scores.items():
                scores[category] = max(scores[category], round(float(value), 4))
            if "target" in cues:
                for category, value in signal.gated.items():
                    scores[category] = max(scores[category], round(float(value), 4))
        abusive = scores["abuse"] >= self.thresholds["abuse"].review
        if "profane" in cues and abusive and scores["obscene"] < PROFANE_ABUSE_SCORE:
            scores["obscene"] = PROFANE_ABUSE_SCORE
            extra.append(
                Reason("obscene", "swearing in an abusive comment", PROFANE_ABUSE_SCORE, "policy")
            )
        labels = [c for c in CATEGORIES if scores[c] >= self.thresholds[c].review]
        if any(scores[c] >= self.thresholds[c].high for c in labels if c in URGENT):
            severity: Severity = "high"
        elif labels:
            severity = "review"
        else:
            severity = "none"
        reasons = _reasons_for(labels, scores, [*signals, Signal(reasons=extra)], "target" in cues)
        return Assessment(
            scores=scores,
            severity=severity,
            labels=labels,
            reasons=reasons,
            guidance={category: GUIDANCE[category] for category in labels},
            scorer_versions=scorer_versions,
        )


def _reasons_for(
    labels: list[str], scores: Mapping[str, float], signals: Sequence[Signal], targeted: bool
) -> list[Reason]:
    """The reasons for each flagged category, strongest first, no repeats; never none."""
    reasons: list[Reason] = []
    for category in labels:
        found = sorted(
            (
                r
                for s in signals
                for r in s.reasons
                if r.category == category and (targeted or category not in s.gated)
            ),
            key=lambda r: -r.score,
        )
        seen: set[str] = set()
        for reason in found:
            if reason.message not in seen:
                seen.add(reason.message)
                reasons.append(reason)
        if not seen:  # every flag must say why, even when a scorer gave no words
            reasons.append(
                Reason(category, f"scored {scores[category]:.2f}", scores[category], "policy")
            )
    return reasons
