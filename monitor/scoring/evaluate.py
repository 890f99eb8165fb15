"""Measures a scoring engine against labelled comments: pure functions, no printing.

A labelled file is JSON Lines, one ``{"text": ..., "labels": [...]}`` per line; an empty
``labels`` list means the comment is clean. A comment counts as flagged for a category when
the engine's assessment lists that category; overall recall counts a harmful comment as
caught when the engine flags it at all.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from monitor.errors import WardwatchError
from monitor.scoring.base import CATEGORIES, Assessment


class LabelledFileError(WardwatchError, ValueError):
    """A labelled file that cannot be read; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    labels: frozenset[str]
    kind: str = ""


@dataclass(frozen=True, slots=True)
class CategoryFigures:
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def support(self) -> int:
        return self.true_positives + self.false_negatives

    @property
    def precision(self) -> float:
        flagged = self.true_positives + self.false_positives
        return self.true_positives / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.support if self.support else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Error:
    """A miss or a false alarm, with what the engine said about it."""

    example: Example
    missed: tuple[str, ...]
    extra: tuple[str, ...]
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Report:
    per_category: dict[str, CategoryFigures]
    harmful: int
    harmful_caught: int
    clean: int
    clean_flagged: int
    errors: list[Error] = field(default_factory=list)

    @property
    def overall_recall(self) -> float:
        return self.harmful_caught / self.harmful if self.harmful else 1.0

    @property
    def clean_false_positive_rate(self) -> float:
        return self.clean_flagged / self.clean if self.clean else 0.0


def read_labelled(path: Path) -> list[Example]:
    examples = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                text, labels = row["text"], row["labels"]
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise LabelledFileError(
                    f'{path}, line {number}: expected {{"text": ..., "labels": [...]}} ({error})'
                ) from None
            unknown = sorted(set(labels) - set(CATEGORIES))
            if not isinstance(text, str) or unknown:
                raise LabelledFileError(
                    f"{path}, line {number}: unknown labels {unknown}; use {', '.join(CATEGORIES)}"
                )
            examples.append(Example(text, frozenset(labels), str(row.get("kind", ""))))
    return examples


def evaluate(examples: Sequence[Example], assessments: Iterable[Assessment]) -> Report:
    counts = {category: [0, 0, 0] for category in CATEGORIES}
    harmful = caught = clean = clean_flagged = 0
    errors = []
    for example, assessment in zip(examples, assessments, strict=True):
        predicted = set(assessment.labels)
        for category in CATEGORIES:
            truth, said = category in example.labels, category in predicted
            if truth and said:
                counts[category][0] += 1
            elif said:
                counts[category][1] += 1
            elif truth:
                counts[category][2] += 1
        if example.labels:
            harmful += 1
            caught += bool(predicted)
        else:
            clean += 1
            clean_flagged += bool(predicted)
        missed = tuple(sorted(example.labels - predicted))
        extra = tuple(sorted(predicted - example.labels))
        if missed or extra:
            errors.append(Error(example, missed, extra, tuple(assessment.reason_texts)))
    return Report(
        per_category={c: CategoryFigures(*counts[c]) for c in CATEGORIES},
        harmful=harmful,
        harmful_caught=caught,
        clean=clean,
        clean_flagged=clean_flagged,
        errors=errors,
    )
