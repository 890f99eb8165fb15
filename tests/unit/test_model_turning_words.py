"""Where the comment model alone flags libel, its reason names the words its reading turns on.

The model reads a comment as a whole, so its reason used to say only "reads like an
allegation of wrongdoing against someone". The engine now asks it again with words taken out
(NeuralScorer.explain): the reason names the shortest run of words without which the score
falls below review. These tests run the shipped model, and check that claim on the comment
itself rather than trusting the words it names.
"""

from __future__ import annotations

import re

import pytest

from monitor.notify.items import plain_reason
from monitor.pipeline import _reason
from monitor.scoring.base import Assessment, Reason
from monitor.scoring.engine import ScoringEngine, build_engine
from monitor.scoring.neural import MEANING, NeuralScorer, _carries_meaning
from monitor.scoring.rules import prepare
from monitor.views import StoredReason

# Allegations the libel rules have no words for, which the model flags alone.
CHEATING = (
    "lmao that rep was cheating on her hubby the whole time with multiple people in her "
    "political journey. "
)
MODEL_ONLY = [
    "The treasurer has been dipping into the residents fund for years.",
    CHEATING,
    # Longer than the words the search reads: what it finds is checked on the whole comment.
    CHEATING + "ok " * 150,
]
NAMED = re.compile(r", and would not without the words? '([^']+)'$")


@pytest.fixture(scope="module")
def engine() -> ScoringEngine:
    return build_engine()


def _libel_reasons(assessment: Assessment) -> list[Reason]:
    return [r for r in assessment.reasons if r.category == "libel" and r.score > 0]


def _model(engine: ScoringEngine) -> NeuralScorer:
    scorer = next(s for s in engine.scorers if s.name == "model")
    assert isinstance(scorer, NeuralScorer)
    return scorer


@pytest.mark.parametrize("text", MODEL_ONLY)
def test_a_flag_the_model_raises_alone_names_the_words_it_turns_on(
    engine: ScoringEngine, text: str
) -> None:
    (assessment,) = engine.assess([text])
    assert "libel" in assessment.labels
    (reason,) = _libel_reasons(assessment)
    assert reason.scorer == "model"
    assert reason.message.startswith(MEANING["libel"])
    named = NAMED.search(reason.message)
    assert named is not None, reason.message
    words = named.group(1)
    assert reason.evidence == (words,)
    assert words in " ".join(text.split())  # the comment's own words, as written
    assert "without those words the score is" in reason.detail


@pytest.mark.parametrize("text", MODEL_ONLY)
def test_without_the_words_named_the_model_no_longer_flags_the_comment(
    engine: ScoringEngine, text: str
) -> None:
    (assessment,) = engine.assess([text])
    (reason,) = _libel_reasons(assessment)
    (words,) = reason.evidence
    flat = " ".join(text.split())
    (rest,) = engine.assess([flat.replace(words, "", 1)])
    assert not any(r.scorer == "model" for r in _libel_reasons(rest))


@pytest.mark.parametrize(
    "text",
    [
        "Mr Green has been stealing from the charity shop till",
        "She embezzled the money from the youth club",
    ],
)
def test_where_the_rules_quote_the_words_the_model_is_not_asked_again(
    engine: ScoringEngine, text: str
) -> None:
    (assessment,) = engine.assess([text])
    reasons = _libel_reasons(assessment)
    assert any(r.scorer == "libel" and r.evidence for r in reasons)
    model = [r for r in reasons if r.scorer == "model"]
    assert model, "the model reads these as allegations too"
    assert all(r.message == MEANING["libel"] and r.evidence == () for r in model)


def test_a_flag_beyond_the_words_the_search_reads_names_none(engine: ScoringEngine) -> None:
    text = "bins parking library buses estate roads " * 20 + CHEATING * 2
    (assessment,) = engine.assess([text])
    (reason,) = _libel_reasons(assessment)
    assert reason.scorer == "model"
    assert (reason.message, reason.evidence) == (MEANING["libel"], ())


def test_a_reason_below_review_is_returned_as_it_is(engine: ScoringEngine) -> None:
    reason = Reason("libel", MEANING["libel"], 0.7, "model")
    text = "Thanks for sorting the bins on Mill Road so quickly"
    assert _model(engine).explain(prepare(text), reason) is reason


def test_words_the_commenter_quotes_are_never_named(engine: ScoringEngine) -> None:
    """Words quoted to report them are blanked for the model; the search runs on the same
    blanked text, so what it names lies outside the quotation."""
    text = (
        'Someone posted "the treasurer has been dipping into the fund" and the treasurer has '
        "been dipping into the fund"
    )
    blanked = prepare(text).blanked
    assert "dipping" not in blanked.split("…")[0]  # the quotation is hidden
    (assessment,) = engine.assess([text])
    (reason,) = _libel_reasons(assessment)
    (words,) = reason.evidence
    assert words in blanked.split("…", 1)[1]


def test_the_words_reach_the_plain_reason_of_the_digest(engine: ScoringEngine) -> None:
    (assessment,) = engine.assess([MODEL_ONLY[0]])
    stored = [StoredReason.from_stored(_reason(r)) for r in assessment.reasons]
    summary = plain_reason(stored)
    assert NAMED.search(summary), summary


@pytest.mark.parametrize(
    ("word", "carries"),
    [
        ("skimming", True),
        ("Burke,", True),
        ("he", False),
        ("The", False),
        ("<user>", False),
        ("...", False),
        ("'them'", False),
    ],
)
def test_the_search_starts_only_from_words_that_carry_meaning(word: str, carries: bool) -> None:
    assert _carries_meaning(word) is carries


@pytest.mark.parametrize(
    "text",
    [
        "I'd bet my house Cllr Reid has been rigging the postal votes",
        "I'm not saying Cllr Reid is on the take, but his new Range Rover didn't pay for itself",
    ],
)
def test_a_rules_reason_leads_even_where_the_model_scores_higher(
    engine: ScoringEngine, text: str
) -> None:
    # The rules read a hedged allegation (review); the model reads the whole comment higher.
    # The digest shows the first reason, which must say what is alleged and of whom.
    [assessment] = engine.assess([text])
    libel = [r for r in assessment.reasons if r.category == "libel"]
    assert libel[0].scorer == "libel" and "about 'Cllr Reid'" in libel[0].message
    assert any(r.scorer == "model" and r.score > libel[0].score for r in libel)
