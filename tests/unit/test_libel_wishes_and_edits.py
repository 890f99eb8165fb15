"""Wishes, conditions put by inversion and "vandalism" of a page are not allegations.

Read from the false alarms of the real comments labelled for the libel head's training
(tests/data/libel_real_comments.jsonl, its "train" rows): a wish that someone "gets" hurt is
a wish or a threat, not a report; "had he done it" is a condition; and on a wiki or a page,
"vandalism" is a bad edit. The cases are written for the tests.
"""

from __future__ import annotations

import pytest

from monitor.scoring.libel import LibelScorer

SCORER = LibelScorer()


def libel(text: str) -> float:
    (signal,) = SCORER.score([text])
    return signal.scores.get("libel", 0.0)


@pytest.mark.parametrize(
    "text",
    [
        "I hope she gets beaten up on the way home",
        "Praying that Cllr Doyle gets arrested before the election",
        "He would still be in the team had he stolen the kit money",
        "Your edits to the article on Moor Lane are vandalism, please stop",
        "Reverting vandalism by that user again, this is the third time today",
        "Your vandalism at the page on Hill Rise has earned you a 24-hour block",
    ],
)
def test_a_wish_a_condition_or_a_bad_edit_is_not_an_allegation(text: str) -> None:
    assert libel(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "I hope he gets what he deserves, he stole from the village hall fund",
        "Dave Smith vandalised the war memorial on Church Street last night",
        "Dave Price stole the hall fund, and had he any shame he would resign",
        "Cllr Doyle was arrested for drink driving, and I hope he resigns",
    ],
)
def test_a_charge_told_beside_them_still_is(text: str) -> None:
    assert libel(text) >= 0.5
