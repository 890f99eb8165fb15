"""Libel 15: a wrong done by an unnamed crowd or by someone unknown, one that is yet to come,
and words that only look like an allegation or a name.

A resident who tells their councillor about a crime ("the thugs who attacked my son are
still walking free, Cllr Patel") names who did it: the thugs, people nobody can identify.
The councillor named beside them is the one addressed, not the one accused; before, the
rules pinned the attack on 'Cllr Patel' and raised an urgent alert. "Keep blocking the road
until you are arrested" foretells an arrest, as "if" would suppose one ("until he was
arrested" still tells what happened). "Somebody stole my bike, Cllr Reid" reports a theft
by someone unknown. A launderette, a pair of trousers and a snort of laughter are not money
laundering, a bribe and drugs; "Bloody vandals" and "Absolutely gutted" name nobody called
Bloody or Absolutely. A name typed in lowercase opening the comment ("gary lyons stabbed
a lad") is found before more of the acts that say what was done, and a name opening the
comment before "only", "just" or "clearly" and the act ("Hughes only voted") is a name, as
it is before the act itself. The future and the lowercase names were read from the real
comments' `train` rows, the adverb from the demo's sample comments, the rest from the
project's own comments. The cases are written for the tests.
"""

from __future__ import annotations

import pytest
from libel_check import libel


@pytest.mark.parametrize(
    "text",
    [
        "the thugs who attacked my son last year are still walking free, Cllr Patel",
        "The builders stole the residents' parking spaces, Cllr Jones, and you did nothing",
        "the yobs that smashed the bus shelter, Cllr Reid, should be locked up",
        "Those kids have vandalised the play park again, Councillor Hughes",
        "Some youths who have burgled three houses on Elm Road are still about, Cllr Shah",
        "Two teenagers charged with arson at the Labour office on King Street, Cllr Shah",
    ],
)
def test_a_wrong_done_by_an_unnamed_crowd_accuses_no_one_named_beside_it(text: str) -> None:
    assert libel(text)[0] < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Keep pushing the low traffic scheme until you are arrested for blocking the road",
        "keep going until you're charged with fraud, see if I care",
        "Carry on like this until someone is arrested for assault at the next meeting",
    ],
)
def test_a_wrong_that_is_yet_to_come_is_not_told_as_fact(text: str) -> None:
    assert libel(text)[0] < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Jones stole the parking spaces from the builders",
        "Cllr Reid and his mates are the thieves who stole our library",
        "the councillor who took the bribe from the builders is Cllr Moss",
        "Cllr Reid and two other men stole the hall money",
        "Cllr Reid and the builders stole the residents' parking spaces",
        "He kept fiddling the expenses until he was arrested in 2019",
        "Dave Price stole from the hall fund until the treasurer caught him",
    ],
)
def test_the_person_named_as_doing_it_is_still_accused(text: str) -> None:
    assert libel(text)[0] >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Somebody stole my bike from outside the library, Cllr Reid",
        "Someone has been stealing the plants from the planters on Elm Road, Cllr Reid",
        "Some idiot smashed the bus shelter again, Cllr Reid",
        "Someone spat at my wife outside the shop. Police have the CCTV",
        "To whoever stole the bench from the park: bring it back",
    ],
)
def test_a_wrong_done_by_someone_unknown_accuses_no_one(text: str) -> None:
    assert libel(text)[0] < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "That's her house, next to the launderette on Kelvin Street. Cllr Nowak.",
        "Cllr Daniels in them tight trousers at the gala",
        "Cllr Vaughan grunts and snorts his way through every meeting",
        "Cllr Vaughan snorted with laughter when the motion fell",
        "Absolutely gutted about the bandstand. Bloody vandals.",
        "Gutted about the park. Damn vandals have been at it again.",
    ],
)
def test_words_that_only_look_like_an_allegation_or_a_name_are_not(text: str) -> None:
    assert libel(text)[0] < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Reid is someone who stole from the hall fund",
        "Cllr Nowak laundered the grant money through her brother's firm",
        "Cllr Daniels trousered fifty grand from the developer",
        "Cllr Vaughan snorted cocaine in the members' toilets",
        "Kelly stole the raffle money",
        "Jimmy Wales is a big, fucking idiot liar.",
    ],
)
def test_the_allegations_beside_them_still_are(text: str) -> None:
    assert libel(text)[0] >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "gary lyons stabbed a lad outside the chippy",
        "susan price scammed the pensioners on our street out of their savings",
        "dave jones harassed the new clerk for months",
    ],
)
def test_a_name_typed_in_lowercase_before_the_act_is_accused(text: str) -> None:
    assert libel(text)[0] >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "will smith killed it at the gala, what a night",
        "the council attacked the problem of the potholes at last",
    ],
)
def test_words_before_the_act_that_are_not_a_name_are_not(text: str) -> None:
    assert libel(text)[0] < 0.5


def test_a_name_opening_the_comment_before_an_adverb_and_the_act_is_who_it_is_about() -> None:
    """The demo's own comment: 'Hughes only voted ...' makes her the one who never declared
    it, not the firm named beside."""
    score, message = libel(
        "Hughes only voted for this because her brother-in-law runs Greenway Waste and they "
        "got the contract. Never declared it, look it up."
    )
    assert score >= 0.75
    assert "about 'Hughes'" in message
