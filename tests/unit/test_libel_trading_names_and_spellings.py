"""Libel 16: a firm trading as "Smith & Sons", and a charge as people misspell it.

A resident warning neighbours about a builder names the firm as it trades: "Smith & Sons",
"Wilbanks and Associates". Before, the rules read "Sons" as a Mr Sons, or took "Sons
Builders" from "Smith and Sons Builders", or found no one at all and let an allegation of
a crime under investigation go. "Pedofile" and "petifile" are how people write the word
that accuses someone of abusing children. A department that investigates is not the firm
it investigates, and "Two", "Some" or "Please" opening a sentence is nobody's name. The
firms were read from the court development set (a firm said to be under investigation),
the spellings and the words opening a sentence from the real comments' `train` rows; the
cases are written for the tests, but for the court's own words where a test says so.
"""

from __future__ import annotations

import pytest
from libel_check import libel


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Smith & Sons is under investigation by trading standards.", "Smith & Sons"),
        ("Wilbanks and Associates is under investigation.", "Wilbanks and Associates"),
        ("Smith and Sons Builders stole my deposit.", "Smith and Sons Builders"),
        (
            "Avoid Patel and Sons, they took my money and never did the job.",
            "Patel and Sons",
        ),
        ("Hughes & Co. are under investigation for fly-tipping", "Hughes & Co."),
    ],
)
def test_a_firm_named_as_it_trades_is_who_is_accused(text: str, firm: str) -> None:
    score, message = libel(text)
    assert score >= 0.6
    assert f"about '{firm}'" in message


@pytest.mark.parametrize(
    "text",
    [
        "Marks and Spencer have the best sandwiches",
        "Smith & Sons did a lovely job on our roof",
        "Ask Patel and Sons for a quote, they were brilliant",
    ],
)
def test_a_firm_praised_is_not_accused(text: str) -> None:
    assert libel(text)[0] == 0.0


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("he is a pedofile", "pedofile"),
        ("Cllr Reid is a paedofile", "paedofile"),
        ("rape little children because he is a petifile", "petifile"),
        ("the man at number 4 is a peadofile", "peadofile"),
    ],
)
def test_a_misspelt_charge_of_abusing_children_is_read(text: str, word: str) -> None:
    score, message = libel(text)
    assert score == pytest.approx(0.85)
    assert f"('{word}')" in message
    assert "abuse of children" in message


@pytest.mark.parametrize("text", ["he filed the pet file", "a pedal bin", "the pediatric ward"])
def test_words_that_only_look_like_it_are_not(text: str) -> None:
    assert libel(text)[0] == 0.0


def test_the_department_investigating_is_not_the_firm_under_investigation() -> None:
    """As the court development set quotes it, with the words the court supplied."""
    score, message = libel(
        "[Wilbanks and Associates is] under investigation [by the state Department of "
        "Insurance] ... provided incompetent advice ... is unethical."
    )
    assert score >= 0.6
    assert "about 'Wilbanks and Associates'" in message


def test_a_number_opening_a_sentence_is_no_name() -> None:
    _, message = libel(
        "No pity for this murderer. Two families have to live without a father because of him."
    )
    assert "'Two'" not in message


def test_a_quantity_opening_a_sentence_is_no_name() -> None:
    _, message = libel("Her own boss called her a liar and a cheat. Some things never change.")
    assert "about 'her'" in message


def test_a_request_opening_a_sentence_names_no_one() -> None:
    _, message = libel(
        "Bus Shelter     Please refrain from such obvious vandalism, are you some sort of idiot?"
    )
    assert "'Please'" not in message


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Cllr Reid sent false documents to the auditors.", "false documents"),
        ("Cllr Reid submitted bogus invoices for the hall repairs", "bogus invoices"),
        ("Cllr Reid fiddles his benefits.", "fiddles his benefits"),
    ],
)
def test_false_papers_and_fiddled_benefits_are_fraud(text: str, words: str) -> None:
    score, message = libel(text)
    assert score == pytest.approx(0.85)
    assert f"allegation of fraud ('{words}') about 'Cllr Reid'" in message


def test_a_slogan_in_capitals_is_no_one_accused() -> None:
    """'Many' opening a sentence is no name, and nor is what follows it."""
    assert libel("@USER #maga = Many Are Getting Arrested")[0] == 0.0


def test_a_run_of_capitals_opening_with_a_charge_names_no_one() -> None:
    """The gravest charge is read, and the run that opens with another names no one."""
    _, message = libel("Bribe-taking liars and con-artists, and you people voted for them")
    assert "'Bribe-taking'" not in message


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("the guy defending himself in court is a liar and a thief", "he"),
        ("everyone knows that herself shot a woman in the car park", "she"),
    ],
)
def test_a_reflexive_pronoun_is_named_in_its_subject_form(text: str, accused: str) -> None:
    _, message = libel(text)
    assert f"about '{accused}' (the person the comment is about)" in message


@pytest.mark.parametrize(
    ("text", "accused"),
    [("Awan the thief", "Awan"), ("Kev the groomer was at the school gates again", "Kev")],
)
def test_a_name_with_a_charge_as_its_epithet_is_accused(text: str, accused: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"'{accused}'" in message


def test_a_day_with_a_charge_after_it_names_no_one() -> None:
    score, message = libel("Tuesday the thief came back for the bikes")
    assert score < 0.5, message


def test_a_charge_opening_a_sentence_is_not_its_own_accused() -> None:
    """'Nepotism' is the charge, not a name; said of "their culture", it names no one."""
    score, message = libel("Nepotism is their culture.")
    assert "about 'Nepotism'" not in message
    assert score < 0.5, message


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("everyone knows dave brown is a drug dealer", "dave brown"),
        ("no one cares that tom brady stole from the food bank", "tom brady"),
    ],
)
def test_a_lowercase_name_opening_a_clause_is_found(text: str, accused: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"'{accused}'" in message


def test_a_first_name_that_is_an_everyday_word_mid_sentence_is_the_word() -> None:
    _, message = libel("you say that free speech has consequences, then defend a pedophile")
    assert "'free speech'" not in message


def test_an_insult_opening_a_run_of_capitals_is_no_part_of_the_name() -> None:
    score, message = libel("Scumbag Tim Bussey, pays for false reviews, loses most of his cases")
    assert score >= 0.85, message
    assert "about 'Tim Bussey'" in message
