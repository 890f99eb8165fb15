"""Libel 8: crimes told by what was done, with no offence named.

A neighbour's account of a keyed car, a shop that sells vapes to children, a caretaker who
showed a child pornography: each is an allegation of a crime about whoever is identified,
though none says "criminal damage" or "offence". The sentences are written for these
tests, beside ordinary sentences that share their words.
"""

from __future__ import annotations

import pytest
from libel_check import libel


@pytest.mark.parametrize(
    ("text", "kind", "who"),
    [
        ("That lad at number 12 keyed my car and laughed", "a crime", "'That lad"),
        ("Dean Cole slashed my tyres on Friday night", "a crime", "'Dean Cole'"),
        ("The bloke who runs the chippy grabbed my daughter's bum", "sexual", "'The bloke"),
        ("The caretaker at Oakfield Primary showed my son porn", "children", "'The caretaker"),
        ("The manager of the Co-op sells booze to twelve year olds", "trading", "'The manager"),
        ("The landlord of the Red Lion lets kids drink", "trading", "'The landlord"),
        ("The treasurer has been forging signatures on the cheques", "fraud", "'The treasurer'"),
        ("Dean Cole sold my daughter pills at the park", "a crime", "'Dean Cole'"),
    ],
)
def test_a_crime_told_by_what_was_done_is_an_allegation(text: str, kind: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert kind in message and who in message


@pytest.mark.parametrize(
    "text",
    [
        "I sold my old car to a 17 year old",
        "Selling fireworks to under 18s is illegal",
        "Cllr Reid keeps pushing the drugs strategy",
        "He keyed in the door code and let himself in",
        "Someone slashed tyres on Elm Road last night",
        "Cllr Reid showed the kids a film about road safety",
        "I let my kids drink shandy at Christmas",
        "The shop sells alcohol to adults only",
        "Cllr Reid grabbed my daughter's hand to stop her running into the road",
    ],
)
def test_the_same_words_in_ordinary_sentences_accuse_no_one(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Our postman nicks parcels, I've seen him", "'Our postman'"),
        ("The security guard at Tesco Extra punched a kid yesterday", "'The security guard"),
        ("The taxi driver with the blue Skoda touched up my daughter", "'The taxi driver'"),
        ("My neighbour sells drugs from his garage", "'My neighbour'"),
    ],
)
def test_a_person_described_by_trade_or_place_is_the_one_accused(text: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert who in message


@pytest.mark.parametrize(
    "text",
    [
        "He called Cllr Reid a thief at the meeting",
        "Cllr Reid, she claims, took a bribe from the developer",
    ],
)
def test_someone_elses_words_reported_are_for_review(text: str) -> None:
    score, message = libel(text)
    assert score == pytest.approx(0.6), message
    assert "as a report of someone else's words" in message


def test_the_writers_own_aside_is_no_report() -> None:
    score, message = libel("Cllr Reid, I said, is a thief")
    assert score >= 0.85, message


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Cllr Reid spat at a pensioner outside Greggs", "violence"),
        ("Cllr Reid dumped asbestos in the woods", "a crime"),
        ("Cllr Reid fly-tipped his old sofa on the lane", "a crime"),
        ("Cllr Reid evicted a family on Christmas Eve without notice", "a crime"),
        ("Cllr Reid turned off the heating on his tenants", "a crime"),
    ],
)
def test_harm_to_people_and_places_in_plain_words_is_an_allegation(text: str, kind: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert kind in message and "'Cllr Reid'" in message


@pytest.mark.parametrize(
    "text",
    [
        "I spat on the ground in disgust",
        "The council evicted the travellers without notice",
        "I turned off the heating for the tenants while the boiler was fixed",
        "Someone dumped rubbish in the woods again",
    ],
)
def test_the_same_acts_without_someone_accused_are_not_allegations(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Nonce living at 23 Park Road, watch your kids", "'the person at 23 Park Road'"),
        ("Smackhead in flat 4, Jubilee House", "'the person in flat 4, Jubilee House'"),
        ("Drug den at 12 Mill Lane, police do nothing", "'the person at 12 Mill Lane'"),
        ("Flat 2 above the bookies is a brothel", "'the person in Flat 2'"),
    ],
)
def test_a_label_beside_an_address_is_about_whoever_lives_there(text: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert who in message


@pytest.mark.parametrize(
    "text",
    [
        "I live in flat 4 and the lift is broken again",
        "Police raided a drug den on the estate last night",
        "23 Park Road parks on the pavement every day",
    ],
)
def test_an_address_or_a_raid_alone_accuses_no_one(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Rape as a verb said of someone, or as an offence committed.
        ("Cllr Reid tried to rape her after the Christmas party", "sexual misconduct"),
        ("Cllr Reid rapes young girls", "sexual misconduct"),
        ("Cllr Reid is guilty of attempted rape", "sexual misconduct"),
        ("Cllr Reid and her deputy are shagging", "sexual misconduct"),
        ("Cllr Reid tried to kill his wife", "violence"),
        # Lies told to people, or told through the teeth.
        ("Cllr Reid lies to residents about the budget", "dishonesty"),
        ("Cllr Reid tells lies about the budget", "dishonesty"),
        ("Cllr Reid lies through his teeth", "dishonesty"),
        # Arson, kidnapping, drink driving, cruelty, and time served or convictions held.
        ("Cllr Reid set fire to the pub on Mill Lane", "crime"),
        ("Cllr Reid kidnapped his own children", "crime"),
        ("Cllr Reid drink drives home from the club every night", "crime"),
        ("Cllr Reid is a drunk driver", "crime"),
        ("Cllr Reid poisoned his neighbour's dog", "crime"),
        ("Cllr Reid did 5 years for armed robbery", "crime"),
        ("Cllr Reid has a fraud conviction", "crime"),
        ("Cllr Reid has a conviction for assault he never declared", "crime"),
        # Tax, laundering, favours, payments and threats.
        ("Cllr Reid evades tax", "fraud"),
        ("Cllr Reid cheats on his taxes", "fraud"),
        ("Cllr Reid launders money for the cartel", "fraud"),
        ("Cllr Reid spent council money on escorts", "fraud"),
        ("Cllr Reid got his mate the contract", "undeclared interest"),
        ("Cllr Reid gave the contract to his brother in law", "undeclared interest"),
        ("Cllr Reid is paid by the developers", "corruption"),
        ("Cllr Reid sent death threats to his opponent", "threat"),
        # Skimming, tipping off, subletting, fines made to go away, arson for the insurance,
        # a hit and run, a permission waved through for a relative, threatening traders.
        ("Cllr Reid is skimming the takings at the leisure centre", "theft"),
        ("Cllr Reid tips off the dealers before every raid", "corruption"),
        ("Cllr Reid sublets her council flat to students", "fraud"),
        ("Cllr Reid gets his parking fines cancelled by mates in enforcement", "corruption"),
        ("Cllr Reid got her son's speeding charge made to go away", "corruption"),
        ("Cllr Reid torched his own restaurant for the insurance", "crime"),
        ("Cllr Reid knocked a cyclist off on Station Road and drove off", "crime"),
        ("Cllr Reid waved through planning permission for his own cousin", "undeclared interest"),
        ("Cllr Reid has been threatening shopkeepers who put up posters", "threat"),
        # Messages, touching, drinks, fires, children locked in, dealing, books cooked, bills
        # for what never happened, land sold to a relative, a person hit.
        ("Cllr Reid sends inappropriate messages to the girls in the youth club", "sexual"),
        ("Cllr Reid touched me inappropriately at the Christmas do", "sexual"),
        ("I watched Cllr Reid put something in a young woman's drink", "sexual"),
        ("Cllr Reid is the one torching cars on the estate", "crime"),
        ("Cllr Reid is dealing from his flat", "crime"),
        ("Cllr Reid locks those kids in their rooms for days", "children"),
        ("Cllr Reid is cooking the exam results", "fraud"),
        ("Cllr Reid's agency billed the council for home visits that never happened", "fraud"),
        ("Cllr Reid sold council land cheap to his cousin", "undeclared interest"),
        ("Cllr Reid hit a waitress at the Italian on Bridge St", "violence"),
        ("Cllr Reid is running a county lines house on Mayfield Road", "crime"),
    ],
)
def test_crimes_the_rules_had_not_read_are_allegations(text: str, kind: str) -> None:
    score, message = libel(text)
    # Lies about a councillor's record are for review: usually comment on it.
    assert score >= (0.6 if "about the budget" in text else 0.85), message
    assert kind in message and "'Cllr Reid'" in message


@pytest.mark.parametrize(
    "text",
    [
        "The problem lies with the council, not Cllr Reid.",
        "Rape victims deserve support from Cllr Reid's office.",
        "Nobody wants to rape anyone, Cllr Reid, that is a vile thing to say.",
        # A charge read across a break in the sentence is no charge ("Lies to residents"
        # without the full stop is one).
        "Cllr Reid's leaflet title: Half Truths and Lies. To residents it is all spin",
        "Hidden Lies - to You from Cllr Reid",
        # The offence as a subject, or a thing.
        "The council tried to kill the bill, Cllr Reid says",
        "Cllr Reid's campaign against drink driving starts on Monday",
        "Drink driving kills: Cllr Reid backs the police campaign",
        "The conviction rate for fraud is low, says Cllr Reid",
        "The rate of burglary in Cllr Reid's ward is up again",
        "Cllr Reid launders his shirts himself, fair play",
        # Service, awards, threats received and grants.
        "Cllr Reid did 5 years for the council as a cabinet member",
        "Cllr Reid gave the award to his constituent",
        "Death threats sent to Cllr Reid are vile",
        "The council is paid by the government to run the scheme",
        "Cllr Reid got her parking fine cancelled on appeal",
        "The council is threatening residents with fines for overgrown hedges",
        "a hit and run driver killed my dog, Cllr Reid",
        "Cllr Reid made it up to me by fixing the road",
        "Cllr Reid's bus hit a cyclist on the ring road",
        "The council hit a new low, Cllr Reid",
        "u made that up Cllr Reid, stop assuming",
        "Cllr Reid fiddled nothing. You couldn't make it up.",
    ],
)
def test_the_same_words_in_other_uses_accuse_no_one(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


def test_a_story_made_up_is_an_allegation_of_dishonesty_for_review() -> None:
    score, message = libel("Cllr Reid made the whole story up to get the grant")
    assert score >= 0.5, message
    assert "dishonesty" in message and "'Cllr Reid'" in message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The tenant at number 27 is running a county lines house", "The tenant"),
        ("The physio at Bodyworks touched me inappropriately during a session", "The physio"),
    ],
)
def test_people_described_by_their_trade_or_home_are_who_is_accused(text: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"'{who}" in message


@pytest.mark.parametrize(
    "text",
    [
        "Ask the allotment treasurer why £3k is missing 🙄",
        "Ask the manager at the care home why residents keep losing their jewellery",
    ],
)
def test_asking_someone_where_money_went_hints_at_them(text: str) -> None:
    score, message = libel(text)
    assert 0.5 <= score < 0.75, message
    assert "hints at something discreditable" in message


@pytest.mark.parametrize(
    "text", ["Ask the council where the bins went", "I'll ask Cllr Reid why the bus went"]
)
def test_asking_about_things_that_went_hints_at_nothing(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message
