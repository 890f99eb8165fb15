"""A person called a killer or an enemy agent, as fact, is accused of a crime.

Read from statements courts held defamatory (Hanekom v Zuma, 2019: a minister called "a
known enemy agent"), and checked against the clean tweets and real comments for the
everyday senses ("a killer app", "meetings with foreign agents"). Written for the tests.
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
        "@DerekHanekom is a known enemy agent.",
        "Councillor Briggs is a foreign agent and always has been",
        "John Smith is a killer and the whole estate knows it",
        "Dave Price was the killer, everyone on Moor Lane knows",
        "Gary Lyons is a cold blooded killer",
    ],
)
def test_a_killer_or_an_agent_named_as_fact_is_an_allegation(text: str) -> None:
    assert libel(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Our new bin app is a killer app, well done Cllr Shah",
        "She's a killer on the pitch, best striker the club has had",
        "This heat is a killer for the allotment holders",
        "He met foreign agents at the trade fair, as the minister's diary shows",
        "The killer whale exhibit at the aquarium is closing",
    ],
)
def test_the_everyday_senses_are_not(text: str) -> None:
    assert libel(text) < 0.5
