"""The text's cues ("target", "profane") are worked out once per comment, whichever
scorers are on: a statistical score gated on a person being addressed still counts when
the lexicon scorer is left out. Real scorers and the shipped comment model, nothing stubbed."""

from __future__ import annotations

import pytest

from monitor.scoring.engine import ScoringEngine, build_engine
from monitor.scoring.lexicon import LexiconScorer
from monitor.scoring.rules import prepare


@pytest.fixture(scope="module")
def without_lexicon() -> ScoringEngine:
    engine = build_engine()
    scorers = [scorer for scorer in engine.scorers if not isinstance(scorer, LexiconScorer)]
    assert len(scorers) == len(engine.scorers) - 1
    return ScoringEngine(scorers, engine.policy)


def test_the_models_abuse_score_counts_on_an_insult_to_the_reader_without_the_lexicon(
    without_lexicon: ScoringEngine,
) -> None:
    [assessment] = without_lexicon.assess(
        ["You absolute waste of skin, crawl back under your rock"]
    )
    assert assessment.labels == ["abuse"]
    assert [reason.scorer for reason in assessment.reasons] == ["model"]


def test_the_models_abuse_score_still_needs_a_person_without_the_lexicon(
    without_lexicon: ScoringEngine,
) -> None:
    [assessment] = without_lexicon.assess(["This fucking bus never comes, what a joke"])
    assert "abuse" not in assessment.labels


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("You absolute waste of skin", {"target"}),
        ("Keating is a disgrace", {"target"}),
        ("@hughes_ward the bins again", {"target"}),
        ("This fucking bus never comes", {"profane"}),
        ("Cockermouth bypass is shut again", set()),
        ("This fucking bus never comes, you useless idiot", {"target", "profane"}),
    ],
)
def test_the_cues_of_a_comment(text: str, cues: set[str]) -> None:
    assert prepare(text).cues == cues


def test_swearing_quoted_to_condemn_it_is_not_the_commenters_swearing() -> None:
    quoted = prepare('He shouted "fucking idiot" at my mum outside the surgery, disgusting')
    said = prepare("This fucking bus never comes, you useless idiot")
    assert "profane" not in quoted.cues
    assert "profane" in said.cues


def test_the_lexicon_reads_the_target_cue_it_no_longer_computes() -> None:
    [signal] = LexiconScorer().score(["Cllr Hughes, show us your tits"])
    assert signal.cues == frozenset()
    assert any(reason.category == "abuse" for reason in signal.reasons)
