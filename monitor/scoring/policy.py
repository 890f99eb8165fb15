"""Combines the scorers' signals into a severity, labels, reasons and guidance."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from monitor.scoring.base import CATEGORIES, Assessment, Reason, Severity, Signal

# The council guidance paragraph behind each category, quoted in reasons and the digest.
GUIDANCE: dict[str, str] = {
    "libel": (
        "Guidance 9(i), libel: you can be liable for someone else's defamatory post on your page "
        "if you know about it and don't act promptly to remove it."
    ),
    "obscene": (
        "Guidance 9(v), obscene material: remove obscene posts from your sites as soon as "
        "possible so you are not seen to condone them."
    ),
    "abuse": (
        "Guidance 9(vi) and 5(i), bullying and harassment: don't let abusive or bullying "
        "comments stand on your pages."
    ),
    "threat": (
        "Threat of violence: keep the evidence and report it to the police (101, or 999 in an "
        "emergency); tell Member Services."
    ),
    "discrimination": (
        "Guidance 9(vi) and 5(i), discriminatory comments: remove content that attacks people "
        "for a protected characteristic."
    ),
    "personal_data": (
        "Guidance 9(iii), data protection: residents' personal data must not be published on "
        "your pages; hide it and consider whether it is a data breach."
    ),
}

# (review, high) per category. Threats and personal data are acted on at lower scores
# because missing them costs more than a false alarm that a person dismisses.
DEFAULT_THRESHOLDS: dict[str, tuple[float, float]] = {
    "libel": (0.5, 0.75),
    "obscene": (0.6, 0.9),
    "abuse": (0.6, 0.9),
    "threat": (0.5, 0.75),
    "discrimination": (0.5, 0.8),
    "personal_data": (0.5, 0.8),
}


@dataclass(frozen=True, slots=True)
class Thresholds:
    review: float
    high: float


# What a councillor should act on today when the evidence is clear: a credible threat, an
# allegation of wrongdoing about a person, residents' personal data, explicit hate. Insults
# and swearing go to the daily digest however strong they are: removing them tomorrow
# morning is prompt enough, and an alert that cries wolf stops being read.
URGENT: frozenset[str] = frozenset({"libel", "threat", "discrimination", "personal_data"})

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
