"""Libel 16: a relative described by a pronoun, the writer called names, and a stranger
described by the charge.

"Her boyfriend stole my bike" accuses the boyfriend; before, the reason named 'Her', the
woman whose boyfriend he is, and "His son deals drugs" named 'he'. "He called me a thief"
and "you accused me of vandalism" tell what was said of the writer, who cannot be defamed
on their own page; before, the one who said it was read as the thief. "A drunk driver
crashed into the bollards on Mill Lane, Cllr Reid" describes someone nobody knows; before,
the councillor addressed was read as the drunk. The forms were read from the real
comments' `train` rows and the project's own comments; the cases are written for the
tests.
"""

from __future__ import annotations

import pytest
from libel_check import libel


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Her boyfriend stole my bike.", "Her boyfriend"),
        ("His son deals drugs on the estate.", "His son"),
        ("His eldest son is a drug dealer and everyone knows it.", "His eldest son"),
        ("Her husband raped a woman in the park.", "Her husband"),
    ],
)
def test_a_pronouns_relative_is_who_is_accused(text: str, accused: str) -> None:
    score, message = libel(text)
    assert score == pytest.approx(0.85)
    assert f"about '{accused}'" in message


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("He beat his wife.", "He"),
        ("Cllr Reid stole money from his own mother.", "Cllr Reid"),
        ("Cllr Reid cheated on his wife with his secretary.", "Cllr Reid"),
    ],
)
def test_a_relative_who_suffered_the_wrong_is_not_accused(text: str, accused: str) -> None:
    _, message = libel(text)
    assert f"about '{accused}'" in message


def test_a_relative_is_no_hint_at_wrongdoing() -> None:
    text = (
        "My sister uses the respite centre one weekend a month and it's the only break her "
        "husband gets from caring. Who's paying for the replacement?"
    )
    assert libel(text)[0] == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "He called me a thief.",
        "Cllr Reid called me a liar in the meeting.",
        "you accused me of vandalism, which is nonsense",
        "Now you can call me a vandal, idiot.",
        "They branded us a bunch of fraudsters for asking questions",
    ],
)
def test_what_the_writer_is_called_accuses_no_one(text: str) -> None:
    assert libel(text)[0] == 0.0


def test_the_writer_called_names_can_still_accuse_someone_else() -> None:
    score, message = libel(
        "Cllr Reid called me a liar but he is the thief who took the hall money."
    )
    assert score == pytest.approx(0.85)
    assert "('thief') about 'Cllr Reid'" in message


@pytest.mark.parametrize(
    "text",
    [
        "A drunk driver crashed into the bollards on Mill Lane, Cllr Reid, when will you fix them",
        "Cllr Patel, some drunk bloke was shouting outside the Co-op again last night",
        "Another drunk fan was sick in the bus shelter, Cllr Reid, it needs cleaning",
    ],
)
def test_someone_unknown_described_by_the_charge_accuses_no_one_named(text: str) -> None:
    assert libel(text)[0] < 0.5


@pytest.mark.parametrize(
    "text", ["Cllr Reid is a drunk driver", "Cllr Reid was a drunk driver back in 2019"]
)
def test_a_named_person_said_to_be_one_is_still_accused(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.6
    assert "about 'Cllr Reid'" in message


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        (
            "Unbelievable that after taking two young lives that this idiot was given back "
            "his licence",
            "this idiot",
        ),
        ("what with this racist nurse a murderess hang her", "this racist nurse"),
        (
            "Rumour going round Hebden is that Cllr Nash was thrown out of the Conservative "
            "club for groping a barmaid.",
            "Cllr Nash",
        ),
    ],
)
def test_a_person_described_starts_at_the_word_that_points_at_them(text: str, accused: str) -> None:
    """ "That" joining a clause, "what with" or "the club for ..." is not part of who is
    described."""
    _, message = libel(text)
    assert f"about '{accused}'" in message


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("I think he lies like his father, he is a really poor liar", "he"),
        (
            "Cllr Sandhu pushed the licence through for her cousin and took a cut",
            "Cllr Sandhu",
        ),
    ],
)
def test_a_relative_who_is_not_the_subject_is_not_accused(text: str, accused: str) -> None:
    _, message = libel(text)
    assert f"about '{accused}'" in message


@pytest.mark.parametrize(
    "text",
    [
        "twinkle twinkle little star I fucked your bitch and stole your car",
        "I got drunk at the parish fete and nicked a bottle of wine off the tombola",
        "A smuggler explains how he helped people across the Channel",
        "A drug dealer stabbed a man on Mill Lane last night, Cllr Reid",
    ],
)
def test_the_writers_own_act_or_a_strangers_names_no_one(text: str) -> None:
    assert libel(text)[0] < 0.5


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("I know he lied and stole the money", "he"),
        ("I saw Cllr Reid and he stole the money", "Cllr Reid"),
        ("A liar and a cheat, that is what Cllr Reid is", "Cllr Reid"),
    ],
)
def test_someone_else_named_beside_the_writer_is_still_accused(text: str, accused: str) -> None:
    score, message = libel(text)
    assert score >= 0.6
    assert f"about '{accused}'" in message


@pytest.mark.parametrize(
    "text",
    [
        "which prison is he going to, we need to get this guy raped in his cell",
        "I'd love to see him beaten up for what he said",
        "the time two lads raped and murdered my niece, she was only 15",
        "I remember when three men attacked my dad outside the Red Lion, Cllr Reid",
    ],
)
def test_whoever_suffers_or_a_number_of_strangers_accuses_no_one_named(text: str) -> None:
    assert libel(text)[0] < 0.5


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Cllr Reid and two other men stole the hall money", "Cllr Reid"),
        ("He got three boys drunk and then molested them", "He"),
    ],
)
def test_a_named_person_beside_strangers_is_still_accused(text: str, accused: str) -> None:
    score, message = libel(text)
    assert score >= 0.6
    assert f"about '{accused}'" in message
