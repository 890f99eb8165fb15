"""Words of wrongdoing the libel rules cannot pin on anyone.

The rules give them no score, so they flag nothing alone. When the model reads the comment as
an allegation, the reason it gives ("reads like an allegation of wrongdoing against someone")
names neither words nor person; the rules' reason then says which words to check.
"""

from __future__ import annotations

import pytest

from monitor.scoring.base import Reason, Signal
from monitor.scoring.libel import LibelScorer
from monitor.scoring.policy import Policy

SCORER = LibelScorer()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Took a backhander for the car park contract, everyone round here knows who",
            "backhander",
        ),
        ("we have an employee in the depot who is a drunken rapist", "rapist"),
    ],
)
def test_words_with_no_one_to_pin_them_on_are_named_without_a_score(text: str, words: str) -> None:
    (signal,) = SCORER.score([text])
    assert signal.scores == {}
    (reason,) = signal.reasons
    assert reason.score == 0.0 and reason.evidence == (words,)
    assert reason.message.startswith(f"the words '{words}': that is an allegation of")
    assert reason.message.endswith("and it is not clear whom")


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Reid took a backhander for the car park contract",  # pinned: a real reason
        "If anyone took a backhander for that contract they should be sacked",  # supposed
        "Thanks for sorting the bins so quickly",  # no words of wrongdoing
    ],
)
def test_no_such_reason_where_the_words_are_pinned_excused_or_absent(text: str) -> None:
    (signal,) = SCORER.score([text])
    assert not any("it is not clear whom" in r.message for r in signal.reasons)


def test_the_words_follow_the_models_reason_when_the_model_flags_libel() -> None:
    (rules,) = SCORER.score(
        ["Took a backhander for the car park contract, everyone round here knows who"]
    )
    model = Signal(
        scores={"libel": 0.6},
        reasons=[
            Reason("libel", "reads like an allegation of wrongdoing against someone", 0.6, "model")
        ],
    )
    assessment = Policy().combine([model, rules], {})
    assert assessment.labels == ["libel"]
    assert [r.scorer for r in assessment.reasons] == ["model", "libel"]
    assert "'backhander'" in assessment.reasons[1].message


def test_the_words_alone_flag_nothing() -> None:
    (rules,) = SCORER.score(
        ["Took a backhander for the car park contract, everyone round here knows who"]
    )
    assessment = Policy().combine([rules], {})
    assert assessment.labels == [] and assessment.reasons == []
