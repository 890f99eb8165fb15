"""Libel 33: council-page comments read after the libel 32 rules. A result before a crime
word ("Rovers 3 Athletic 0. Daylight robbery") is a match report, and the public baths a
leaflet promised are a place, not a person called a liar. Beside them: someone "in no fit
state to drive" who still got behind the wheel, a dealer working out of his taxi, new labels
on out of date meat, a new part charged for and the old one handed back, a deposit taken and
the trader vanished, dogs left to starve, a school place got with a parent's address, a
relative "suddenly the contractor", things that went missing "within a week of her starting",
the names of the dead on a nomination form, a denial answered with a photo, and midnight
messages to the lads of a team are charges against whoever the comment names. Each test runs
the real rules."""

from __future__ import annotations

import pytest

from tests.libel_rules import assert_no_libel_label, assert_pinned


@pytest.mark.parametrize(
    "text",
    [
        # A result, then the crime word a fan uses for it.
        "Rovers 3 Athletic 0. Daylight robbery, we were all over them!",
        "Cricket club 2 Old Boys 1. Absolute smash and grab in the last over 😂",
        # A place named with the promise, not a person.
        "Liar liar pants on fire, every leaflet from that lot promised to reopen Carr Lane Baths.",
        # The same words with nothing discreditable done.
        "I used my mum's address for the parcel because I'm never in.",
        "Someone in the street lets their dogs bark all night, it's driving me mad.",
        "The float went missing within a week of the fair, nobody knows how.",
        "Kwame Asante said he had never been to Hallam before the visit and loved it.",
        "My car got its old number plate back after the DVLA mix up.",
    ],
)
def test_a_match_report_a_public_baths_and_everyday_words_get_no_libel_label(text: str) -> None:
    assert_no_libel_label(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Kwame Asante was in no fit state to drive last night and he still got behind the"
            " wheel.",
            "Kwame Asante",
        ),
        (
            "Darren Platt is dealing out of his taxi every weekend, ask anyone on the rank.",
            "Darren Platt",
        ),
        ("The Royal Spice on Hill St put new dates on out of date lamb.", "Royal Spice"),
        (
            "Bilal's Motors charged my dad for a new gearbox and he got his old one back.",
            "Bilal's Motors",
        ),
        ("Avoid Gary Holt the plasterer. Took our deposit, did two days, vanished.", "Gary Holt"),
        (
            "The man who runs the kennels on Bank Lane lets the dogs starve, mine came back thin.",
            "The man",
        ),
        (
            "Joanne Pritchard used her mum's address to get a place at Holy Trinity.",
            "Joanne Pritchard",
        ),
        (
            "Kwame Asante's husband is suddenly the contractor for every council van. Funny that.",
            "Kwame Asante",
        ),
        (
            "The petty cash, the raffle prizes and the float all went missing within a week of her"
            " starting, Tina Burrows I mean.",
            "Tina Burrows",
        ),
        (
            "Joanne Pritchard's nomination form had names of people who had been dead for years.",
            "Joanne Pritchard",
        ),
        (
            "Kwame Asante told the Gazette he'd never met the Hallam Homes directors. He was at"
            " their Christmas do, I've got the photos.",
            "Kwame Asante",
        ),
        ("The coach Lee Dunn messages the lads on Snapchat at midnight.", "The coach"),
    ],
)
def test_drink_driving_dealing_relabelled_meat_a_vanished_deposit_and_starved_dogs_are_pinned(
    text: str, target: str
) -> None:
    assert_pinned(text, target)
