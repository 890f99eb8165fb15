"""Libel 8: what a reply calls the person it answers.

"Coming from the man who fiddled his expenses" calls the person replied to the man who
fiddled his expenses, and the reason says so in the reply's own words; "the groomer" in a
reply that names no one may be taken to mean that person, which is for review. The
sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from libel_check import libel

from monitor.scoring.base import CommentContext

REPLY = CommentContext(parent_author="Gary Hill")
TOLD = "states as fact that 'Gary Hill', the person this comment replies to, is"


@pytest.mark.parametrize(
    ("text", "called"),
    [
        ("Rich coming from a convicted drink driver", "a convicted drink driver"),
        ("Coming from the man who fiddled his expenses", "the man who fiddled his expenses"),
        ("This from a bloke who was done for assault", "a bloke who was done for assault"),
        ("Funny coming from someone who robbed his own gran", "someone who robbed his own gran"),
        ("Says the man with a restraining order", "the man with a restraining order"),
        ("Bit rich from a fraudster", "a fraudster"),
        ("Says the paedophile.", "a paedophile"),
        ("Nice try, benefit cheat", "a benefit cheat"),
    ],
)
def test_a_retort_calls_the_person_replied_to_what_it_says(text: str, called: str) -> None:
    score, message = libel(text, REPLY)
    assert score >= 0.85, message
    assert f"{TOLD} {called}:" in message


@pytest.mark.parametrize(
    "text", ["Listen to the groomer lecturing us", "Oh look, the kiddie fiddler is back"]
)
def test_a_label_pointed_at_no_one_named_in_a_reply_is_for_review(text: str) -> None:
    score, message = libel(text, REPLY)
    assert score == pytest.approx(0.6), message
    assert "'Gary Hill'" in message and "without naming them" in message


@pytest.mark.parametrize(
    "text",
    [
        "Oh look, the kiddie fiddler is back",
        "@CllrHughes this corrupt council has wasted millions",
        "Says the bloke who can't spell",
        "Rich coming from a Tory",
        "A restraining order is not hard to get if you are in danger",
    ],
)
def test_no_label_or_no_reply_accuses_no_one(text: str) -> None:
    score, message = libel(text)
    assert score < 0.6, message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("#CllrReidIsACrook", "about 'Cllr Reid'"),
        ("#CorruptCouncillor", "about 'the councillor in the hashtag'"),
        ("#MayorOakesOut #CorruptMayor", "about 'the mayor in the hashtag'"),
    ],
)
def test_a_hashtag_names_the_office_and_the_name_after_it(text: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert who in message


def test_a_pronoun_accused_is_named_in_its_subject_form() -> None:
    score, message = libel("beats his wife, everyone on our street knows it")
    assert score >= 0.85, message
    assert "about 'he' (the person the comment is about)" in message


def test_a_name_typed_in_lowercase_opening_the_sentence_is_the_person_accused() -> None:
    score, message = libel("dave jones beats his wife")
    assert score >= 0.85, message
    assert "about 'dave jones'" in message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("cllr john smith took a bribe", "'cllr john smith'"),
        ("cllr john stole the raffle money", "'cllr john'"),
        ("councillor dave jones fiddled his expenses", "'councillor dave jones'"),
    ],
)
def test_a_lowercase_name_after_a_title_is_quoted_whole(text: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"about {who}," in message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Cllr Reid's son sold my daughter pills at the park", "'Cllr Reid's son'"),
        ("Mrs Holt's son is running county lines from that house", "'Mrs Holt's son'"),
    ],
)
def test_a_named_persons_relative_is_who_is_accused(text: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"about {who}," in message


def test_a_relative_who_benefits_points_a_hint_at_the_named_person() -> None:
    score, message = libel("Cllr Reid's brother got the contract, funny that")
    assert score == pytest.approx(0.5), message
    assert "about 'Cllr Reid' without saying what" in message
