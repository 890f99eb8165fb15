"""Per-scorer checks of the hard cases: clean comments that look harmful, and disguised
harm. Each runs the real scorer; none is stubbed."""

from __future__ import annotations

import pytest

from monitor.scoring.discrimination import DiscriminationScorer
from monitor.scoring.engine import build_engine
from monitor.scoring.lexicon import LexiconScorer
from monitor.scoring.libel import LibelScorer
from monitor.scoring.personal_data import PersonalDataScorer
from monitor.scoring.text import canonical
from monitor.scoring.threat import ThreatScorer


def score(scorer: object, text: str, category: str) -> float:
    [signal] = scorer.score([text])  # type: ignore[attr-defined]
    return float(signal.scores.get(category, 0.0))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("F.U.C.K you", "fuck you"),
        ("f*ck off", "fuck off"),
        ("sh1t", "shit"),
        ("fuuuuck", "fuck"),
        ("what a c u n t", "what a cunt"),
        ("what a c*u*n*t", "what a cunt"),
        # A word masked after a word of one letter is not letters spelled out ("act").
        ("you are a c**t", "you are a cunt"),
        ("u r a c**t", "u r a cunt"),
        ("Penistone market", "market"),
    ],
)
def test_disguises_are_undone_and_place_names_masked(text: str, expected: str) -> None:
    assert canonical(text, ["fuck", "shit", "cunt"]).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "The state of the pavement is a bloody disgrace.",
        "B0ll0cks to the parking charges, what a c0ck-up.",
        "We drove over from Scunthorpe for the market.",
        "The road to Bell End is closed.",
        "My cousin lives in Twatt on Orkney.",
        "This fucking bus never turns up.",
    ],
)
def test_profanity_at_a_situation_and_rude_place_names_are_clean(text: str) -> None:
    [assessment] = build_engine().assess([text])
    assert assessment.labels == []


@pytest.mark.parametrize(
    "text",
    ["you c*nt", "Go f**k yourself Councillor", "Cllr Jones is a moron", "Cllr Jones is a c**t"],
)
def test_disguised_abuse_is_caught(text: str) -> None:
    assert score(LexiconScorer(), text, "abuse") >= 0.6


@pytest.mark.parametrize(
    "text",
    [
        "I'd kill for a bus that turns up on time.",
        "These parking charges are killing the high street.",
        "Shoot me a message when the minutes are up.",
        "If they shut the pool I will literally die of boredom.",
        "Kill the incinerator plan, not the library.",
    ],
)
def test_hyperbole_is_not_a_threat(text: str) -> None:
    assert score(ThreatScorer(), text, "threat") < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "I'll break your jaw next time I see you, Cllr Patel.",
        "We know where you live.",
        "Hope you get cancer and rot.",
    ],
)
def test_threats_are_caught(text: str) -> None:
    assert score(ThreatScorer(), text, "threat") >= 0.75


def test_hedged_allegation_is_lowered_but_not_cleared() -> None:
    scorer = LibelScorer()
    fact = score(scorer, "Cllr Patel took a bribe from the developer.", "libel")
    hedged = score(scorer, "Allegedly Cllr Patel took a bribe from the developer.", "libel")
    assert fact > hedged >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "The BBC reports a former councillor was charged with fraud.",
        "This is criminal. Closing the only library in the ward.",
        "Nobody is suggesting Cllr Patel did anything dishonest, but we need a review.",
    ],
)
def test_attributed_news_hyperbole_and_denials_are_not_libel(text: str) -> None:
    assert score(LibelScorer(), text, "libel") < 0.5


def test_libel_reason_quotes_imputation_and_target() -> None:
    [signal] = LibelScorer().score(["Cllr Patel took a bribe from the developer."])
    assert "bribe" in signal.reasons[0].message and "Cllr Patel" in signal.reasons[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Ring me on 07700 900123 if you want to see the flooding.",
        "My email is jane@example.com.",
        "Application 24/05678/OUT, comments by 12/03/2026 at 19:30.",
        "Band D is £2,145.67 this year.",
        "My complaint reference is CMP-2026-004512.",
    ],
)
def test_own_details_prices_dates_and_references_are_not_personal_data(text: str) -> None:
    assert score(PersonalDataScorer(), text, "personal_data") < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Patel's personal number is 07700 900562.",
        "He lives at 27 Oakfield Road, LS8 4PJ.",
        "Her NI number is AB 12 34 56 C.",
        "Dr Khan's son plays for Moortown Juniors on Wednesdays at the rec.",
    ],
)
def test_someone_elses_details_are_personal_data(text: str) -> None:
    assert score(PersonalDataScorer(), text, "personal_data") >= 0.8


@pytest.mark.parametrize(
    "text",
    [
        "Our Gypsy and Traveller site needs proper drainage.",
        "The gypsy moth caterpillars are back.",
        "As a gay man I think the Pride flag is lovely.",
        # "Their own" with a thing of theirs after it is whose, not "they look after their own".
        "Anyone who hires him is ruining their own reputation.",
    ],
)
def test_naming_a_group_is_not_discrimination(text: str) -> None:
    assert score(DiscriminationScorer(), text, "discrimination") < 0.5


def test_hostile_generalisation_is_discrimination_for_the_digest() -> None:
    # Labelled (the review threshold is 0.5), but below "high" (0.8): urgent is kept for
    # explicit hate, such as dehumanising a group (next test).
    value = score(DiscriminationScorer(), "Asylum seekers are ruining this town.", "discrimination")
    assert 0.75 <= value < 0.8


def test_dehumanising_a_group_is_explicit_hate() -> None:
    assert score(DiscriminationScorer(), "Asylum seekers are vermin.", "discrimination") >= 0.8


@pytest.mark.parametrize(
    "text",
    [
        "Vote for the bus gate and I'll put a brick through your office window.",
        "Somebody ought to give the housing officer a good hiding.",
        "I want to punch Cllr Reid so hard.",
        "I know which gym you go to, councillor.",
        "Funny how accidents happen to people who vote the wrong way.",
        "Hope your car goes off the road on the way home.",
        "No one will miss you when you're gone.",
        "Do the world a favour and top yourself.",
    ],
)
def test_threat_structure_generalises_beyond_known_phrasings(text: str) -> None:
    assert score(ThreatScorer(), text, "threat") >= 0.75


@pytest.mark.parametrize(
    "text",
    [
        "I could murder a pint after that meeting.",
        "This will be the death of the high street.",
        "Kill the scheme before it costs another million.",
        "My kids will kill me if the park stays shut.",
        "We're going to fight this plan tooth and nail.",
        "Someone needs to fix the street lamp on Kirk Lane.",
    ],
)
def test_violent_words_aimed_at_things_are_not_threats(text: str) -> None:
    assert score(ThreatScorer(), text, "threat") < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Shah is a smug little toad of a weasel.",
        "The chief executive is the stupidest man in Yorkshire.",
        "You are a gormless waste of space.",
        "Get back under whatever rock you crawled from, councillor.",
    ],
)
def test_insults_aimed_at_a_person_are_abuse(text: str) -> None:
    assert score(LexiconScorer(), text, "abuse") >= 0.6


@pytest.mark.parametrize(
    "text",
    [
        "You are clueless about what this ward needs.",
        "The cabinet is useless at its job.",
        "Cllr Patel is an embarrassment to the ward and I'll vote her out.",
        "What a shit show this budget is.",
        "The potholes are a fucking disgrace.",
    ],
)
def test_criticism_of_competence_and_swearing_at_things_are_not_abuse(text: str) -> None:
    [assessment] = build_engine().assess([text])
    assert "abuse" not in assessment.labels and "obscene" not in assessment.labels


@pytest.mark.parametrize(
    "text",
    [
        "Get f***ed, Cllr Reid.",
        "Cllr Reid can kiss my hairy arse.",
        "I'd smash the new councillor given half a chance 😏",
    ],
)
def test_obscenity_aimed_at_a_person_is_obscene(text: str) -> None:
    assert score(LexiconScorer(), text, "obscene") >= 0.6


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Cllr Doyle trousered a grand from the skip firm.", "bribery"),
        ("The clerk has been siphoning the allotment fees.", "fraud"),
        ("Councillor Ince drove home from the civic reception over the limit.", "drunkenness"),
        ("Cllr Lamb gave the cleaning contract to her brother's firm.", "undeclared interest"),
        ("The returning officer fixed the count.", "vote rigging"),
    ],
)
def test_libel_imputation_families_are_recognised(text: str, kind: str) -> None:
    [signal] = LibelScorer().score([text])
    assert signal.scores.get("libel", 0.0) >= 0.75 and kind in signal.reasons[0].message


def test_libel_reason_names_the_person_not_the_next_word() -> None:
    [signal] = LibelScorer().score(["Cllr Patel took a bribe from the developer."])
    assert "about 'Cllr Patel'," in signal.reasons[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Women are too emotional to chair the planning committee.",
        "Cllr Boyd will always be a man whatever she calls herself.",
        "Never trust a Muslim with the housing list.",
        "They only look after their own and they're ruining this estate.",
        "Don't let the r3tards on the transport board decide.",
    ],
)
def test_discrimination_generalises(text: str) -> None:
    assert score(DiscriminationScorer(), text, "discrimination") >= 0.75


def test_reports_of_racism_are_not_discrimination() -> None:
    text = "Racist graffiti about Muslims on the underpass again, please get it removed."
    assert score(DiscriminationScorer(), text, "discrimination") < 0.5
