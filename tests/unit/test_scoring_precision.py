"""Precision of the rule scorers: clean comments that used to raise false alarms, each paired
with a near-miss harmful variant that must still be caught. Real scorers, nothing stubbed."""

from __future__ import annotations

import pytest

from monitor.scoring.base import Assessment
from monitor.scoring.engine import build_engine
from monitor.scoring.text import canonical

RULES = build_engine({"toxicity": "none"})  # the rule scorers alone


def assess(text: str) -> Assessment:
    [assessment] = RULES.assess([text])
    return assessment


@pytest.mark.parametrize(
    "text",
    [
        "The missed bins line is 0113 496 0000 or email waste.services@example.org",
        "Cllr surgery is at the library on Thursdays, or ring the members' office on 020 7946 0123",
        "Planning enquiries go to planning@example.org or 01632 960410, not to the councillors",
        "report potholes at the council website or email highways@exampleshire.gov.uk",
        "Email the education team at schoolscapital@eastmere.gov.uk, she says they reply fast.",
        "My business did the planting in the park. Happy to answer any questions. 07700 900 655.",
        "Cllr Ashdown, I've emailed you about the streetlight outside 9 Carr Road four times.",
        "The pothole opposite 14 High Street has been there since March.",
        "There's been a dead fox outside number 12 Chapel Street for three days.",
        "Citizens Advice can help with council tax arrears: 0800 144 8848.",
        "The food bank at the church hall (LS12 3QT) is open Tuesdays.",
    ],
)
def test_organisational_contacts_and_street_locations_are_not_personal_data(text: str) -> None:
    assert "personal_data" not in assess(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Patel's personal email is priya.patel@example.com, tell her what you think.",
        "His mobile is 07700 900123, ring him at home.",
        "Cllr Ashdown lives at 9 Carr Road, go and knock on his door.",
        "Number 22 is where the planning officer lives: 22 Carr Road.",
    ],
)
def test_someone_elses_contacts_and_home_are_still_personal_data(text: str) -> None:
    assert "personal_data" in assess(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "my daughter got called a p*ki at the bus stop, who do i report it to?",
        "whoever wrote 'we know where u live' on his car is a coward, police have been told",
        "the 'hope you die' messages cllr holt has been getting are vile, thoughts are with her",
        'Someone left a note calling the owner a "cripple", absolutely vile. Reported to police.',
        "Racist comments on her post, things like 'go back where you came from'. Reported.",
        "A man said the Roma families were 'vermin'. I found it disgusting and wrote in.",
        "the slurs written on the traveller site sign are disgusting, please report",
        "Can we stop with the 'p*ki' comments please, mods? This thread is about bins.",
    ],
)
def test_reported_or_quoted_abuse_is_not_abuse(text: str) -> None:
    assert assess(text).labels == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("you're a p*ki, go back where you came from", "discrimination"),
        ("We know where u live, councillor.", "threat"),
        ("Hope you die, Cllr Holt.", "threat"),
        ("The Roma families on that road are vermin.", "discrimination"),
        # Quoting the abuse condemns only what is quoted: the commenter's own insult stands.
        ("She got called a 'liar' at the meeting. Reported. Cllr Holt is a lying cow.", "abuse"),
        # Scare quotes with no reporting or condemnation are the commenter's own words.
        ("Our 'councillor' is a useless prick.", "abuse"),
    ],
)
def test_abuse_outside_a_report_is_still_caught(text: str, category: str) -> None:
    assert category in assess(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "The Echo is reporting that a former councillor has been charged with fraud.",
        "BBC reporting that cllr dent has been suspended by his party pending an investigation",
        "According to the Gazette, Cllr Dent was arrested last night.",
        "I'm no fan of the leader, but calling her a liar isn't going to help.",
        "It's not illegal, it's not corrupt, it's just tone deaf.",
        "The rogue builder took £6,000 off my neighbour and did nothing. She got it back.",
        "The council received £1.4m from the Household Support Fund. How much was spent?",
    ],
)
def test_attributed_news_and_disputed_accusations_are_not_libel(text: str) -> None:
    assert "libel" not in assess(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Dent has been suspended for fiddling his expenses.",
        "Cllr Dent took £6,000 from the developer.",
        "The leader is a liar and she covered it up.",
    ],
)
def test_unattributed_allegations_are_still_libel(text: str) -> None:
    assert "libel" in assess(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Your days are numbered, Councillor, at the ballot box anyway.",
        "questions answered with we'll get back to you, not good enough",
        "10/10 would get lost in the new one way system again",
        "Let's knock it on the head and go home.",
        "Time to knock this daft idea on the head.",
        "Shut up and take my money, the new market hall looks amazing",
        "I could murder a pint after that meeting.",
        "I was bored to death by the budget debate.",
        "The youth team are killing it this season.",
        "Dead on, that's exactly right.",
        "Shoot me an email if you want the minutes.",
        "Bloody hell, the bins again.",
        "anyone else die laughing at the mayor's reindeer jumper",
    ],
)
def test_idioms_and_hyperbole_are_clean(text: str) -> None:
    assert assess(text).labels == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Your days are numbered, Councillor.", "threat"),
        ("I'll get you, Cllr Reid.", "threat"),
        ("ur gonna get ur head kicked in", "threat"),
        ("I'll knock your head off.", "threat"),
        ("Cllr Reid, get lost.", "abuse"),
    ],
)
def test_threats_and_dismissals_near_the_idioms_are_caught(text: str, category: str) -> None:
    assert category in assess(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Fanny Barks near Durham has a better bus service than we do",
        "Great Cockup and Lickey End both got new bus shelters.",
        "We drove through Cumwhinton and Spital on the way.",
        "Despite 71% of residents opposing it, the cabinet voted it through.",
        "Tickets are £5 or 3 for £12, doors at 7:30.",
    ],
)
def test_place_names_and_numbers_are_not_obscene(text: str) -> None:
    assert assess(text).labels == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("71% of residents", "71 of residents"), ("sh1t", "shit"), ("f*ck", "fuck")],
)
def test_leet_decoding_only_applies_to_words(text: str, expected: str) -> None:
    assert canonical(text, ["fuck", "shit", "tits"]).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "I am a wheelchair user and I'd like to thank the highways team for the new dropped "
        "kerbs. It's a small thing but it means I can get to the shops for the first time.",
        "Congratulations to Cllr Rahman. First woman of Bangladeshi heritage to hold the role.",
        "As the mother of a disabled child, I'd like to thank the SEN team. It shouldn't have "
        "taken eleven months, but the caseworker was a star.",
        "I'm a trans woman and I want to thank the leisure centre staff for the new cubicles. "
        "They work for everyone, even older ladies who don't want the open changing room.",
    ],
)
def test_positive_mentions_of_a_group_are_not_discrimination(text: str) -> None:
    assert "discrimination" not in assess(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Wheelchair users shouldn't be allowed on the council.",
        "Women don't belong in the chamber.",
        "Gypsies and Travellers should be moved on. They leave filth everywhere they go.",
        "go back to ur own country and take ur mosque with u",
    ],
)
def test_hostile_generalisations_near_the_group_are_caught(text: str) -> None:
    assert "discrimination" in assess(text).labels
