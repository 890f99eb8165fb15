"""Libel 32: council-page comments read after the libel 31 rules. A detective "solving
murders" commits none; a story in a crime novel or a fictional council is told of characters;
"hardly any of them went to jail" says few did, of a whole trade; a rogue builder who "took
his deposit" after a clause opens ("after a rogue builder ...") is a stranger; a rumour
answered flat ("He doesn't.") and people told to get a grip for repeating one accuse no one.
Beside them: someone who "shouldn't be left alone with kids", a "perv", the son of the person
addressed ("Your son was the one selling ..."), a firm "bunging" an inspector, "just admit you
took the money", a trader who "fleeced my gran", pills sold "out the back door", a care home
that sedates its residents, out of date food with new labels and a shop named by one word and
its street ("The Quikmart on Mill St") are charges, and so is "Yeah because Cllr Asante would
never rig a tender", sarcasm that says he would. Each test runs the real rules."""

from __future__ import annotations

import pytest

from tests.libel_rules import assert_no_libel_label, assert_pinned


@pytest.mark.parametrize(
    "text",
    [
        # Crimes as what a detective solves or a writer writes about.
        "Sherlock Holmes solved murders faster than this council answers an email.",
        "Cllr Asante writes about fraud in the Gazette every week, worth a read.",
        # Stories.
        "Reading a crime novel set in a fictional town hall where the leader murders his deputy.",
        "Just watched a thriller where the mayor takes bribes from a developer. Great twist.",
        # Few or none of a trade.
        "Bankers crashed the economy in 2008 and hardly any of them went to prison.",
        "Landlords hiked rents and none of them were prosecuted for the damp.",
        # A stranger opening a clause of its own.
        "Thanks Cllr Pritchard for helping my nan after a rogue builder took her deposit.",
        # A rumour answered flat, and people told to stop repeating one.
        "There's a rumour Kwame Asante owns the car park site. He doesn't. Look it up.",
        "People saying Joanne Pritchard is on the take need to get a grip, she's done nothing.",
        # Plain doubt, no sarcasm.
        "Kwame Asante would never rig a tender, he's as straight as they come.",
    ],
)
def test_a_detective_a_story_a_whole_trade_and_a_rumour_answered_get_no_libel_label(
    text: str,
) -> None:
    assert_no_libel_label(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Dean Moss from the boxing club shouldn't be left alone with children.", "Dean Moss"),
        ("I'm not saying Gavin Hale is a perv, but keep an eye on your girls.", "Gavin Hale"),
        ("Your son was the one dealing weed behind the chippy, Karen.", "Your son"),
        (
            "Harbour Lettings are bunging the council inspector to pass their flats.",
            "Harbour Lettings",
        ),
        ("Just admit you took the money Kwame Asante, we all know.", "Kwame Asante"),
        ("The plumber she recommended is her cousin and he fleeced my dad for £3k.", "her cousin"),
        (
            "The Parkside Pharmacy lot were selling diazepam out the back door.",
            "the Parkside Pharmacy",
        ),
        ("Oakdene Care Home sedates residents so the night staff can sleep.", "Oakdene Care Home"),
        ("The Quikstop on Mill St sells expired chicken with new labels on it.", "The Quikstop"),
        # Sarcasm: "yeah because ... would never" says that he would.
        ("Yeah because Kwame Asante would NEVER rig a tender would he 🙃", "Kwame Asante"),
        ("Oh yeah, cos Joanne Pritchard has never taken a backhander 😂", "Joanne Pritchard"),
    ],
)
def test_a_risk_to_children_a_bung_fleecing_and_unsafe_care_are_pinned(
    text: str, target: str
) -> None:
    assert_pinned(text, target)
