"""What residents say of local businesses on a councillor's page: the wrongs that can ruin a
trade, a business named after its street, and the reports of crimes against a business that
accuse no one. Each test runs the real rules."""

from __future__ import annotations

import pytest
from libel_check import libel


@pytest.mark.parametrize(
    ("text", "word", "who"),
    [
        (
            "Moor Lane Motors sell cars with clocked mileage, bought one off them",
            "clocked mileage",
            "Moor Lane Motors",
        ),
        (
            "Moor Lane Motors torched one of their own cars for the insurance",
            "torched one of their own cars for the insurance",
            "Moor Lane Motors",
        ),
        (
            "Mr Khan takes deposits and never protects them, then keeps the lot when you leave.",
            "deposits and never protects them",
            "Mr Khan",
        ),
        (
            "Castlegate Homes are taking deposits for houses that will never be built",
            "taking deposits for houses that will never be built",
            "Castlegate Homes",
        ),
        (
            "Bright Smiles dental are billing the NHS for treatments they never do",
            "billing the NHS for treatments they never do",
            "Bright Smiles",
        ),
        (
            "Ace Scaffolding dumped a load of rubble in the lane behind the shops last week",
            "dumped a load of rubble in the",
            "Ace Scaffolding",
        ),
    ],
)
def test_a_wrong_that_ruins_a_trade_is_read_against_the_business(
    text: str, word: str, who: str
) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"('{word}') about '{who}'" in message, message


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Cllr Reid reuses needles without sterilising them", "reuses needles without sterilising"),
        ("Cllr Reid is using fake fire certificates on the new flats", "fake fire certificates"),
        ("Cllr Reid buried asbestos on the site behind Church Road", "buried asbestos"),
        (
            "Cllr Reid put part worn tyres on my car and charged me for brand new ones",
            "part worn tyres on my car and charged me for brand new",
        ),
        ("Cllr Reid is hitting residents at the care home", "hitting residents"),
        (
            "Cllr Reid leaves residents in soiled sheets all night",
            "leaves residents in soiled",
        ),
        (
            "Cllr Reid has been shutting kids in a dark cupboard as punishment",
            "shutting kids in a dark cupboard",
        ),
        (
            "Cllr Reid sent his lads round to threaten my neighbour",
            "sent his lads round to threaten",
        ),
        (
            "Cllr Reid hides the kids in the back room when Ofsted come",
            "hides the kids in the back room when Ofsted come",
        ),
        ("Cllr Reid fakes the staffing rotas for inspections", "fakes the staffing rotas"),
        ("Cllr Reid is dealing out of the office", "dealing out of the office"),
    ],
)
def test_unsafe_or_cruel_practice_is_an_allegation(text: str, word: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"('{word}')" in message, message


@pytest.mark.parametrize(
    "text",
    [
        # Crimes against a business, by no one named.
        "Sunny Days had their sandpit and outdoor toys vandalised over half term.",
        "I was robbed on Kilburn Lane last night",
        "Rogue trader warning on neighbourhood alert: men in a white van offering to clean "
        "gutters and saying they work with Dave the window cleaner",
        # Everyday words beside the new wrongs.
        "Cllr Reid is hitting residents with higher parking charges",
        "My car got burnt out last month, still waiting for the insurance",
        "The council dumped a load of grit on the corner for the ice, thanks",
        "Cllr Reid used her own company to sponsor the gala, very generous",
    ],
)
def test_a_report_or_a_complaint_accuses_no_one(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The Crown waters down the spirits and sells supermarket vodka as Grey Goose",
            "The Crown",
        ),
        ("The Spar sells alcohol to 14 year olds, the kids get their cider there", "The Spar"),
    ],
)
def test_a_pub_or_a_shop_by_its_one_word_name_is_accused(text: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"about '{who}'" in message, message


@pytest.mark.parametrize(
    "text",
    [
        "The Crown serves a lovely Sunday roast",
        # A paper's report names whom it is about, and is attributed.
        "The Guardian says Cllr Reid took bribes",
    ],
)
def test_a_one_word_name_praised_or_reporting_accuses_no_one(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


def test_a_business_described_by_its_trade_is_who_is_accused() -> None:
    score, message = libel(
        "That car wash is a front for county lines. Why else are there lads hanging round it"
    )
    assert score >= 0.5, message
    assert "about 'That car wash'" in message, message


@pytest.mark.parametrize(
    "text",
    [
        "the car wash on Mill Road got broken into last night",
        "I got robbed outside the bookies",
        "Someone robbed the nail bar on Hill Street",
    ],
)
def test_a_business_robbed_is_no_wrongdoer(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message
