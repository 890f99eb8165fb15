"""Libel 33: council-page comments read after the libel 32 rules. A result before a crime
word ("Rovers 3 Athletic 0. Daylight robbery") is a match report, and the public baths a
leaflet promised are a place, not a person called a liar. Beside them: someone "in no fit
state to drive" who still got behind the wheel, a dealer working out of his taxi, new labels
on out of date meat, a new part charged for and the old one handed back, a deposit taken and
the trader vanished, dogs left to starve, a school place got with a parent's address, a
relative "suddenly the contractor", things that went missing "within a week of her starting",
the names of the dead on a nomination form, a denial answered with a photo, and midnight
messages to the lads of a team are charges against whoever the comment names. From the next
batch: a roundabout that "claims another victim" is a joke about drivers; a mug thrown at a
clerk, a campaign run on council staff, drinking then driving home, a hand up a skirt (after
"I've had"), kids smacked by a dinner lady, windows put in, benefits claimed while out
running, a fiddled till, food from the bin, a boiler signed off unseen, a house signed over, a
landlord letting himself in, "I won't repeat what I heard about ..." and a committee seat with
an interest unmentioned are charges. Each test runs the real rules."""

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


@pytest.mark.parametrize(
    "text",
    [
        # A junction that defeats drivers.
        "The Hill Street roundabout claims another victim, a wheelie bin this time 😂",
        # Words not repeated that accuse no one, a prize claimed, a landlord with a reason.
        "I can't repeat what the ref said to me on Saturday, but we still lost 3-1.",
        "Mandy Rowe is claiming the raffle prize, she's out running to get it now 😂",
        "The landlord lets himself into the flat to read the meter, it's in the tenancy.",
        "I threw a party for my mum's 80th at the Bay Horse, lovely night.",
    ],
)
def test_a_roundabout_a_word_not_repeated_and_a_prize_claimed_get_no_libel_label(
    text: str,
) -> None:
    assert_no_libel_label(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Kwame Asante threw a mug at one of the clerks in the members' room.", "Kwame Asante"),
        (
            "Joanne Pritchard ran her entire campaign on council staff and the leaflets were"
            " printed on the Town Hall printer.",
            "Joanne Pritchard",
        ),
        ("Kwame Asante drinks at the Bay Horse every night then drives home.", "Kwame Asante"),
        # Matched from the possessive: "I've had" is not the writer's own act.
        ("I've had Gavin Brook's hands all over my skirt at the works do.", "Gavin Brook"),
        (
            "The dinner lady at Oakfield Primary with the glasses has been smacking kids at lunch.",
            "The dinner lady at Oakfield Primary",
        ),
        ("Carl Daley put his neighbour's windows in last Friday, everyone heard it.", "Carl Daley"),
        ("Mandy Rowe is claiming PIP and she's out running every morning.", "Mandy Rowe"),
        ("Nick Shaw fiddles the till at the Co-op and blames the juniors.", "Nick Shaw"),
        (
            "The chippy on Bank St takes the batter out of the bin and puts it back in the fryer.",
            "The chippy",
        ),
        ("Tony Marsh signed off our gas boiler as safe without even coming round.", "Tony Marsh"),
        (
            "Lisa Kent had the old man next door sign his house over to her before he died.",
            "Lisa Kent",
        ),
        (
            "Dean Platt lets himself into my flat while I'm at work and goes through my drawers.",
            "Dean Platt",
        ),
        # "I won't repeat what I heard" repeats it.
        (
            "I won't repeat what I heard about Kwame Asante and the Year 9 girl from the youth"
            " club.",
            "Kwame Asante",
        ),
        (
            "Joanne Pritchard sat on the planning committee and never mentioned the developer is"
            " her brother.",
            "Joanne Pritchard",
        ),
    ],
)
def test_a_thrown_mug_a_campaign_on_council_staff_and_food_from_the_bin_are_pinned(
    text: str, target: str
) -> None:
    assert_pinned(text, target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # A Facebook mention is the whole name, quoted as such.
        ("@Lena Marsh you were off your face at the wheel on Friday.", "@Lena Marsh"),
        ("@Owen Price you stole from the church roof fund and everyone knows it.", "@Owen Price"),
        # People by their work and where they do it.
        (
            "The groundsman at Hilltop cemetery has been selling the old headstones for scrap.",
            "The groundsman at Hilltop cemetery",
        ),
        (
            "The park keeper at Albert Park sells weed to the kids by the pond.",
            "The park keeper at Albert Park",
        ),
    ],
)
def test_a_facebook_mention_and_a_groundsman_or_park_keeper_are_who_is_accused(
    text: str, target: str
) -> None:
    assert_pinned(text, target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # A word that opens a sentence, or a party, is no surname: the reply answers "@Craig".
        ("@Craig Totally, and you took a bribe from Hallam Homes.", "@Craig"),
        ("@Dave Labour or not, you took a bribe from Hallam Homes.", "@Dave"),
    ],
)
def test_a_word_after_a_mention_that_opens_a_sentence_is_not_taken_for_a_surname(
    text: str, target: str
) -> None:
    assert_pinned(text, target)


@pytest.mark.parametrize(
    "text",
    [
        # A striker, a rumour answered with how the writer knows, the writer's own shares,
        # a parcel, an accident.
        "Rovers' new signing is a proper thief in the box, two goals on debut.",
        "There's a rumour Kwame Asante owns the land by the canal. He doesn't, I checked. Stop"
        " spreading rubbish.",
        "I bought shares in the company years ago and lost the lot.",
        "My parcel would get lost in the system if I didn't chase it every day.",
        "Our dog got out and ran into the road, thankfully the driver stopped in time.",
        "My grandad broke his wrist falling off the bus step, the driver was brilliant.",
    ],
)
def test_a_striker_a_rumour_checked_and_an_accident_get_no_libel_label(text: str) -> None:
    assert_no_libel_label(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Kwame Asante screams at the housing staff until they cry.", "Kwame Asante"),
        (
            "Joanne Pritchard got the Mill Lane site rezoned then bought shares in the company"
            " that built on it.",
            "Joanne Pritchard",
        ),
        (
            "Kwame Asante messaged my niece on work experience asking what she was wearing.",
            "Kwame Asante",
        ),
        (
            "Joanne Pritchard is using the council's events budget to print her party leaflets.",
            "Joanne Pritchard",
        ),
        (
            "Kwame Asante told my dad his planning application would get lost in the system if he"
            " didn't back him.",
            "Kwame Asante",
        ),
        (
            "Joanne Pritchard is still claiming attendance allowance for her dad who died last"
            " year.",
            "Joanne Pritchard",
        ),
        (
            "Kwame Asante quietly voted to exempt the street where he owns four flats.",
            "Kwame Asante",
        ),
        (
            "The head at Ridgeway High had teachers rewrite the coursework to bump the results.",
            "The head at Ridgeway High",
        ),
        ("Carlton Cars clocked my car, took 30k off the dash.", "Carlton Cars"),
        (
            "The head at Oakfield Primary covered it up and moved him on quietly rather than call"
            " the police.",
            "The head at Oakfield Primary",
        ),
        ("The doorman at Club Neon broke my son's nose for nothing.", "The doorman at Club Neon"),
        (
            "@Dean Walsh you got away with that hit and run on Station Road and you know it.",
            "@Dean Walsh",
        ),
        (
            "The PCSO on Bridge Street tips the dealers off before every raid.",
            "The PCSO on Bridge Street",
        ),
        (
            "Hill Top Kennels keep the dogs out in the freezing cold with no water.",
            "Hill Top Kennels",
        ),
        (
            "Fenwick's Motors are ripping women off on purpose with fake repairs.",
            "Fenwick's Motors",
        ),
        ("Joanne Pritchard made up her CV, there's no record of that degree.", "Joanne Pritchard"),
        ("Mo's Booze & News sells cider to the school kids every lunchtime.", "Mo's Booze & News"),
    ],
)
def test_shares_after_a_rezoning_a_lost_application_and_a_quiet_move_are_pinned(
    text: str, target: str
) -> None:
    assert_pinned(text, target)
