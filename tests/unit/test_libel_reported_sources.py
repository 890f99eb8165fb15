"""Libel 16: an allegation a named source is reported as making.

"Jane Smith accused Cllr Brown of taking bribes" accuses Cllr Brown, in Jane Smith's words:
repeating an allegation is still publishing it, so it is for review, and the reason names
whose words they are. Before, the rules read it as the writer's own statement of fact and
raised an urgent alert; "Stephen Doyle accuses Luton Rugby Club of fraud" and "Cllr Brown
accused of taking bribes by Jane Smith" pinned the fraud on the accuser. The form was read
from the court development set (a headline reporting one man's accusation against a club)
and from news comments; the cases are written for the tests.
"""

from __future__ import annotations

import pytest
from libel_check import libel


@pytest.mark.parametrize(
    ("text", "accused", "source"),
    [
        ("Jane Smith accused Cllr Brown of taking bribes.", "Cllr Brown", "Jane Smith"),
        ("Jane Smith says Cllr Brown is a fraudster.", "Cllr Brown", "Jane Smith"),
        ("Jane Smith claims Cllr Brown took bribes from a builder.", "Cllr Brown", "Jane Smith"),
        (
            "Mr Patel accuses the council leader of lying to residents.",
            "the council leader",
            "Mr Patel",
        ),
        ("He says Cllr Brown stole the hall money.", "Cllr Brown", "He"),
    ],
)
def test_a_named_sources_allegation_is_for_review_in_their_words(
    text: str, accused: str, source: str
) -> None:
    score, message = libel(text)
    assert score == pytest.approx(0.6)
    assert f"'{accused}'" in message
    assert f"as what {source} says" in message
    assert f"it reports what {source} said" in message


@pytest.mark.parametrize(
    "text",
    [
        "Stephen Doyle accuses Luton Rugby Club of fraud.",
        "Cllr Brown accused of taking bribes by Jane Smith",
        "Jane Smith accused Cllr Brown of taking bribes.",
    ],
)
def test_the_accuser_is_never_the_one_accused(text: str) -> None:
    _, message = libel(text)
    assert "Stephen Doyle" not in message
    assert "'Jane Smith'" not in message


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        # The writer's own words, and words about the one who claims.
        ("I say Cllr Brown took bribes.", "Cllr Brown"),
        ("Cllr Brown claims to be honest but he is a thief.", "Cllr Brown"),
        ("Cllr Brown accused me of lying, but he is the one who took bribes.", "Cllr Brown"),
    ],
)
def test_the_writers_own_allegation_is_still_stated_as_fact(text: str, accused: str) -> None:
    score, message = libel(text)
    assert score == pytest.approx(0.85)
    assert f"'{accused}'" in message
    assert "stated as fact" in message


def test_whoever_a_source_accuses_is_named_however_long_the_charge() -> None:
    """As the court development set quotes it: the charge comes long after the name."""
    score, message = libel(
        "A police detective accuses Miller of giving false information in a report "
        "concerning cocaine found in a car Miller was driving."
    )
    assert score == pytest.approx(0.6)
    assert "about 'Miller', as what a police detective says" in message


@pytest.mark.parametrize(
    "text",
    [
        "There's a woman on Facebook saying Cllr Reid groped her",
        "His ex is going round telling everyone Cllr Reid hit her",
        "Some bloke in the pub claiming that Cllr Reid fiddled his expenses",
    ],
)
def test_what_someone_else_is_going_round_saying_is_repeated_not_stated(text: str) -> None:
    score, message = libel(text)
    assert 0.5 <= score < 0.85, message
    assert "'Cllr Reid'" in message and "what someone else is saying" in message


@pytest.mark.parametrize(
    "text",
    [
        "I'm saying Cllr Reid took bribes",
        "We are saying that Cllr Reid took bribes",
        "The bloke claiming benefits and working cash in hand is Darren Lowe",
    ],
)
def test_the_writers_own_saying_and_a_claim_for_money_are_no_report(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message


@pytest.mark.parametrize(
    ("text", "accused", "source"),
    [
        # "says the ..." after whoever says it is a report, not the retort "Says the thief".
        ("Jane Smith says the mayor lied to us.", "the mayor", "Jane Smith"),
        ("He says the mayor lied to us.", "the mayor", "He"),
        ("Jane Smith told us that Cllr Reid lied to residents.", "Cllr Reid", "Jane Smith"),
    ],
)
def test_says_the_after_a_source_opens_their_words(text: str, accused: str, source: str) -> None:
    score, message = libel(text)
    assert score == pytest.approx(0.6), message
    assert f"'{accused}'" in message
    assert f"as what {source} says" in message


@pytest.mark.parametrize(
    "text",
    [
        "Edward Snowden told us that the White House lies to us.",
        "The Yorkshire Post says the court found the contractor guilty of fraud.",
    ],
)
def test_a_source_is_not_accused_of_what_they_report(text: str) -> None:
    _, message = libel(text)
    assert "about 'Edward Snowden'" not in message
    assert "about 'The Yorkshire Post'" not in message and "about 'Yorkshire Post'" not in message


@pytest.mark.parametrize(
    "text",
    [
        # Whoever "says" is part of the charge, or what they say is not known.
        "That woman who says protesters threatened her made it all up and lies to everyone.",
        "Cllr Reid claims expenses fraudulently.",
    ],
)
def test_a_charge_against_whoever_says_or_claims_stays_theirs(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.6, message
    assert "That woman" in message or "Cllr Reid" in message
    assert "as what" not in message


def test_says_the_opening_a_reply_is_still_a_retort() -> None:
    score, message = libel("Says the mayor who fiddled his expenses.")
    assert score >= 0.85, message
    assert "replies to" in message


def test_a_source_named_after_the_words_is_whose_words_they_are() -> None:
    score, message = libel("Cllr Brown took bribes from the builder, says Jane Smith.")
    assert score == pytest.approx(0.6), message
    assert "'Cllr Brown'" in message and "as what Jane Smith says" in message


def test_the_writers_own_saying_after_a_report_is_the_writers() -> None:
    score, message = libel(
        "He said why the complaints about Cllr Reid, and I said because Cllr Reid is a thief"
    )
    assert score >= 0.85, message
    assert "'Cllr Reid'" in message and "stated as fact" in message


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Reid has been targeted by a smear campaign accusing her of fraud",
        "The leaflet accusing Cllr Reid of corruption was full of lies",
        "There was a rumour Cllr Reid had been arrested. It was completely false.",
        "The Echo wrongly reported that Cllr Reid was arrested; they have apologised",
    ],
)
def test_an_accusation_the_comment_calls_false_alleges_nothing(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "There was a rumour Cllr Reid had been arrested. It was not false at all.",
        "Jane Smith accused Cllr Reid of fraud and she is right",
        # "false invoices" are part of the charge, not a denial of it.
        "Cllr Reid accused of fraud after false invoices found",
    ],
)
def test_an_accusation_not_called_false_is_still_repeated(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.5, message
    assert "'Cllr Reid'" in message
