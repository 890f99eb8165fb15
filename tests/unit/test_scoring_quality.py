"""Quality gate: the embedded default engine against the labelled dev and holdout sets.

These are accuracy targets from the issue, not timings. The dev set is what the rules were
tuned on; the holdout and extra sets were written separately with different phrasing (the
extra set by someone who had not read the rules), so a drop there shows overfitting.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.scoring.engine import ScoringEngine, build_engine
from monitor.scoring.evaluate import Report, evaluate, read_labelled

DATA = Path(__file__).resolve().parents[2] / "monitor" / "scoring" / "training"
TARGETS = {
    "libel": 0.80,
    "personal_data": 0.85,
    "threat": 0.85,
    "obscene": 0.85,
    "abuse": 0.80,
    "discrimination": 0.75,
}


@pytest.fixture(scope="module")
def engine() -> ScoringEngine:
    return build_engine()


def report_for(engine: ScoringEngine, name: str) -> Report:
    path = DATA / name
    if not path.exists():
        pytest.skip(f"{name} is not there")
    examples = read_labelled(path)
    return evaluate(examples, engine.assess([e.text for e in examples]))


@pytest.mark.parametrize(
    "name",
    [
        "councillor_comments_dev.jsonl",
        "councillor_comments_holdout.jsonl",
        "councillor_comments_extra.jsonl",
    ],
)
def test_default_engine_meets_recall_and_false_positive_targets(
    engine: ScoringEngine, name: str
) -> None:
    report = report_for(engine, name)
    assert report.overall_recall >= 0.85
    assert report.clean_false_positive_rate <= 0.03
    for category, target in TARGETS.items():
        assert report.per_category[category].recall >= target, category


def test_every_flagged_comment_has_a_reason(engine: ScoringEngine) -> None:
    examples = read_labelled(DATA / "councillor_comments_dev.jsonl")
    for assessment in engine.assess([e.text for e in examples]):
        if assessment.flagged:
            assert assessment.reasons
            assert set(assessment.labels) <= {r.category for r in assessment.reasons}


def test_keyword_prefilters_never_change_a_verdict(engine: ScoringEngine) -> None:
    """The pre-filters only skip work: with every rule forced to run, labels are the same."""
    from monitor.scoring.rules import RuleScorer, prepare

    texts = [
        e.text
        for name in ("councillor_comments_dev.jsonl", "councillor_comments_extra.jsonl")
        for e in read_labelled(DATA / name)
    ]
    prepared = [prepare(text) for text in texts]
    for scorer in engine.scorers:
        if not isinstance(scorer, RuleScorer):
            continue
        filtered = [signal.scores for signal in scorer.score_prepared(prepared)]
        everything = frozenset(word for item in prepared for word in item.tokens)
        unfiltered = []
        for item in prepared:
            item.tokens = everything  # every rule's needs are met
            unfiltered.append(scorer.score_one(item).scores)
            item.tokens = frozenset(item.view.text.split())
        assert filtered == unfiltered, scorer.name
