"""Libel 29: words of wrongdoing that no one can be picked out as doing, read from public
comments that no row labels and the rules gave high libel. A wrong done "by their husbands"
or "by my government" names a kind of people or a body, not a person; a country or a
website is not a person; "miss" and "lord" alone are a verb and a prayer; a system is
"rigged" and a leaning is a "political bent" without anyone rigging or taking bribes;
"criminal allegations" and "reduces criminal activity" are about crime, not a criminal; the
writer who was "caught red handed" owns up. A country, a website or a firm that opens the
clause where the wrong is told is who did it ("Cllr Reid is right, China lied"), not the
person named before it. Each test runs the real rules, and each allegation beside them must still
be found and pinned on the right person."""

from __future__ import annotations

import pytest

from tests.libel_rules import assert_no_libel_label, assert_pinned, signal


@pytest.mark.parametrize(
    "text",
    [
        # A kind of people, or a body, as the doer.
        "Until 1991 wives could be raped by their husbands and the law said nothing",
        "The harder I work the more I get robbed by my government",
        # Not a person.
        "Too much oil money in politics. Sad but true. #CorruptAmerica",
        "Israel lied about the aid convoy",
        "Wikipedia is terrible and a liar",
        # A title alone, and an auxiliary.
        "got found guilty at last, yes lord",
        "i miss... drunk again at the bus stop",
        "Do parents have to lay down cash for them? How ridiculous.",
        # A system, a leaning, crime in general, a way of doing it.
        "@CllrAsante trash smh game rigged",
        "Given his political bent, Cllr Asante's vote on the bus lanes was no surprise",
        "So much for your criminal allegation, the minutes show she voted against it",
        "Cllr Asante backed the youth club. It reduces criminal activity on the estate.",
        "Thank you Cllr Asante. It was all about new ways to steal peoples money.",
        # The writer owning up, and words that are not about drink or sex here.
        "Caught me red handed eating the last sausage roll, sorry Cllr Pritchard",
        "He was elected by indecent/ignorant people",
        "The hall has plastered walls now and looks lovely, thanks Cllr Asante",
        "Cllr Asante's leaflet is a worthless steaming pile of nonsense",
        # A country that did it, not the councillor who spoke of it.
        "Cllr Asante is right, China lied about the virus",
        "Cllr Pritchard said it at the meeting: Israel lied about the aid convoy",
        "Cllr Asante is right, Facebook steals your data",
    ],
)
def test_words_of_wrongdoing_that_no_one_identifiable_did_get_no_libel_label(text: str) -> None:
    assert_no_libel_label(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Cllr Asante was robbed by his own brother", "his own brother"),
        ("Cllr Pritchard rigged the count at the by-election", "Cllr Pritchard"),
        ("Cllr Asante is bent, he takes backhanders from Hallam Homes", "Cllr Asante"),
        ("Cllr Pritchard's criminal record is as long as your arm", "Cllr Pritchard"),
        ("Lord Hartley stole from the church roof fund", "Lord Hartley"),
        ("Caught Cllr Asante red handed taking cash from the developer", "Cllr Asante"),
        ("Cllr Pritchard was plastered at the civic dinner", "Cllr Pritchard"),
        ("Cllr Asante exposed himself, that's indecent exposure", "Cllr Asante"),
        # A firm opening the clause did it, not the councillor before it.
        ("Cllr Asante is right, Hallam Homes scammed half the estate", "Hallam Homes"),
        ("Dave Cole of Cole Roofing is a con man who preys on the elderly", "Dave Cole"),
        # A hospital by its whole name, not a Mr Hospital.
        ("Alder Hey Hospital covered up the deaths", "Alder Hey Hospital"),
    ],
)
def test_the_allegations_beside_them_are_still_found(text: str, target: str) -> None:
    assert_pinned(text, target)


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Asante is right, China lied about the virus",
        "Cllr Asante is right, Facebook steals your data",
        "Until 1991 wives could be raped by their husbands and the law said nothing",
    ],
)
def test_a_wrong_a_country_or_no_one_identifiable_did_is_cleared_for_the_comment_model(
    text: str,
) -> None:
    # The rules read the words and found whose they are; the whole-comment model, which
    # cannot see why, must not put the comment back in the libel category.
    assert "libel_cleared" in signal(text).cues
