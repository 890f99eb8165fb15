"""Allegations reported as allegations, doers nobody can name, and the jokes, pets and
defences that borrow a charge's words. Each test runs the real rules."""

from __future__ import annotations

import pytest
from libel_check import libel


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Reid was accused of fraud last year.",
        "There are allegations that Cllr Reid took bribes.",
        "Cllr Reid faces a fraud investigation.",
        "Cllr Reid is facing a fraud inquiry over the hall accounts.",
        "Cllr Reid faces sexual assault allegations.",
    ],
)
def test_an_allegation_reported_as_one_is_still_published_and_says_so(text: str) -> None:
    score, message = libel(text)
    assert 0.5 <= score < 0.75, message
    assert "as an allegation reported against them" in message, message
    assert "about 'Cllr Reid'" in message, message


def test_a_bet_is_still_called_a_hint() -> None:
    score, message = libel("I bet Cllr Reid takes bribes.")
    assert 0.5 <= score < 0.75, message
    assert "as a hint or a bet" in message, message


@pytest.mark.parametrize(
    ("text", "word", "who"),
    [
        # The people after a present-tense wrong are who it is done to.
        ("He murders people for fun.", "murders", "He"),
        ("She murders people and nobody does anything.", "murders", "She"),
        # A member of a body, named before it, is who does the act.
        (
            "Mark Jennings from the parish council hits his wife.",
            "hits his wife",
            "Mark Jennings",
        ),
        ("Cllr Reid took a cash payment from the developer.", "took a cash payment", "Cllr Reid"),
        (
            "Cllr Reid accepted a large cash payment from the builders.",
            "accepted a large cash payment",
            "Cllr Reid",
        ),
    ],
)
def test_the_doer_is_found(text: str, word: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"('{word}') about '{who}'" in message, message


@pytest.mark.parametrize(
    "text",
    [
        # The doer is unknown, whoever else is thanked.
        "Cllr Hughes thank you for sorting the CCTV at the rec, hopefully it catches whoever "
        "keeps setting fire to the bins",
        "Cllr Reid thanks, I hope they catch whoever stole the charity box",
        # A sale, not a bribe.
        "The shop took a cash payment for the cake.",
        "The shop took a cash payment from me for the cake.",
        # A pet.
        "My cat is the only drug dealer in this house, she deals catnip to the neighbour's tabby",
        "Cllr Reid's dog is a right thief.",
        # A joke about taste.
        "Breaking news: local man arrested for crimes against fashion at the summer fete",
        "Cllr Reid should be arrested for crimes against fashion in that jumper.",
        # The name-calling judged, not the person.
        "I don't agree with Reid on much but calling her a liar is out of order, she's always "
        "been upfront",
        "calling Cllr Reid a thief is unfair",
        # A count, of no one in particular.
        "There were 3 murders per 100,000 people in the county last year.",
    ],
)
def test_no_one_is_accused(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # "Saying ... is wrong" judges a saying, not the name-calling that follows.
        ("Saying the council is wrong is fine but Cllr Reid is a crook.", "Cllr Reid"),
        # A councillor described by her party is who lied, not the party.
        ("Cllr Reid of the Labour party has lied to residents about the bins.", "Cllr Reid"),
    ],
)
def test_the_person_beside_the_new_exceptions_is_still_accused(text: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.5, message
    assert f"about '{who}'" in message, message


@pytest.mark.parametrize(
    "text",
    [
        "Your party has lied to this town for a decade.",
        "Cllr Reid, your party has lied to this town.",
    ],
)
def test_a_body_is_still_criticised_as_a_body(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message
