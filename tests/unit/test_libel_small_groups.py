"""Allegations against a group small enough that each member is identified: a number of
people, both ward councillors, a committee, the trustees of a named place, the councillors
who voted for something. What is said of them is said of each, and each could sue. Each
test runs the real rules."""

from __future__ import annotations

import pytest
from libel_check import libel


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The councillors who voted for the incinerator took backhanders from the developer.",
            "The councillors who voted for the incinerator",
        ),
        ("The whole planning committee was bribed by Barratt.", "The whole planning committee"),
        (
            "The four lads who run the car wash on Station Road are dealing coke.",
            "The four lads who run the car wash on Station Road",
        ),
        ("Both ward councillors are on the take.", "Both ward councillors"),
        ("The three Labour councillors fiddled their expenses.", "The three Labour councillors"),
        (
            "The trustees of the food bank have been pocketing donations.",
            "The trustees of the food bank",
        ),
        (
            "All three ward councillors took bribes from the developer.",
            "All three ward councillors",
        ),
        (
            "The two women who run the chippy are stealing from the till.",
            "The two women who run the chippy",
        ),
    ],
)
def test_a_small_group_is_accused_as_its_members_are(text: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"about '{who}'," in message, message


@pytest.mark.parametrize(
    "text",
    [
        # Praise, criticism and votes of the same groups.
        "The planning committee threw out the Mill Lane application, good call.",
        "Both ward councillors came to the litter pick on Saturday, thanks to them.",
        "The three Labour councillors voted against the budget, which is their right.",
        "The councillors who voted for the cuts should be ashamed of themselves.",
        "The whole planning committee should resign over this shambles.",
        "Honestly the planning committee murdered that application, we needed the houses.",
        "Both ward councillors are useless and should be voted out.",
        # Wrongs done to the group, not by it.
        "The planning committee was lied to by the developer's consultants.",
        "The planning committee was threatened by protesters, which is unacceptable.",
        "Both brothers were attacked outside the Red Lion, police are appealing for witnesses.",
        # Strangers, and bodies too large to pick anyone out.
        "Two lads broke into my car last night.",
        "Councillors are all corrupt.",
        "The Tories on the council are all crooks.",
        "The cabinet lied to us about the budget.",
    ],
)
def test_the_same_groups_praised_criticised_or_wronged_are_not_accused(text: str) -> None:
    score, message = libel(text)
    assert score < 0.75, message


def test_a_person_described_by_a_committee_is_the_person() -> None:
    _, message = libel("Gareth from the finance committee has a caution for indecent images.")
    assert "about 'Gareth from the finance committee'," in message, message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Cllr Reid was lied to by Tom Jones.", "Tom Jones"),
        ("Cllr Reid lied to the committee.", "Cllr Reid"),
    ],
)
def test_whoever_was_lied_to_is_not_the_liar(text: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85 and f"about '{who}'," in message, message
