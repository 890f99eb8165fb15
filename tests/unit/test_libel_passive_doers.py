"""Libel 11: who did it, told after "by", anger that is not drink, and a dishonest trade.

Read from the court lines collected for development after libel 10 (a rape told in the
passive, "by the same man"; a teacher who "pissed me off", read as a charge of drunkenness).
The sentences are written for these tests; none is quoted from a judgment.
"""

from __future__ import annotations

import pytest
from libel_check import libel


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # The doer as a pronoun: the person the comment is about.
        ("I was raped by him in 2019", "'he'"),
        ("She was raped by him and his friends", "'he'"),
        ("That is Gary Hill. I was assaulted by him last year.", "he"),
        # The doer as someone a reader knows from what came before, or by their trade.
        ("She was raped by the same man", "the same man"),
        ("The girl was molested by that man", "that man"),
        ("My son was abused by the scout leader", "the scout leader"),
        ("My daughter was abused by her teacher", "her teacher"),
        # Abuse that is more than words.
        ("I was sexually abused by my uncle", "my uncle"),
    ],
)
def test_a_wrong_suffered_names_who_did_it(text: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert who in message


@pytest.mark.parametrize(
    "text",
    [
        # Nobody in particular did it, or the words were only words.
        "I was abused by trolls on Twitter",
        "She was raped by a man she met online",
        "They were attacked by them",
        "The shop was burgled last night",
        "I saw her in town",
        # Anger, not drink.
        "He was pissed off with the council",
        "Also he pissed me off, he is the worst teacher at the school",
        "Cllr Reid pisses everyone off",
    ],
)
def test_no_one_identifiable_and_anger_are_not_libel(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


def test_drunk_is_still_drunk() -> None:
    score, message = libel("Cllr Reid was pissed again at the meeting")
    assert score >= 0.5, message
    assert "drunkenness" in message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("He is a dishonest builder", "'He'"),
        ("Gary Hill is a dishonest estate agent", "Gary Hill"),
        ("Avoid Smith Roofing, dishonest roofers", "Smith Roofing"),
    ],
)
def test_a_trade_done_dishonestly_is_an_allegation(text: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert "dishonest or unsafe trading" in message and who in message
