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
never rig a tender", sarcasm that says he would. From the next batches: a party answered
("Says the party that promised ..."), a bent argument, people told to read the register
before repeating a claim, a score ("murdered Oakfield 7-1"), a song "absolutely murdered", a
referee "robbing us all game", a fake page "pretending to be" a gala, and a man "from
Hillside" charged, as the police tell it, are not allegations; hands on a girl, a refuge fled,
a racist name, a paid consultant, a slipped ton, a made-up quote, neglected animals, "go back
where they came from", white powder, a job bullied away, a clock wound back, a deposit never
protected, a throat gripped, midnight messages to girls and a benefit claimed for a parent in
a home are. Each test runs the real rules."""

from __future__ import annotations

import pytest

from tests.libel_rules import assert_no_libel_label, assert_pinned, reason


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


@pytest.mark.parametrize(
    "text",
    [
        # A party answered, not a person.
        "Says the party that promised us a new swimming pool in 2018 😂 liar liar pants on fire",
        # A bent argument is a poor one.
        "That's a bent argument Kwame and you know it, the money was ring fenced for roads.",
        # Those who repeat a claim told to read the record, or that calling it is daft.
        "Anyone saying Joanne Pritchard fiddled her expenses needs to actually read the published"
        " claims, it's all bog standard.",
        "I don't like her politics but calling her corrupt is just daft and lazy.",
        # An offence as the subject of what a law is for.
        "Electoral fraud plain and simple is what the new ID rules are meant to stop.",
    ],
)
def test_a_party_answered_a_bent_argument_and_name_calling_put_down_get_no_libel_label(
    text: str,
) -> None:
    assert_no_libel_label(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Kwame Asante had his hands all over my niece at the quiz night. She's 18.",
            "Kwame Asante",
        ),
        (
            "Joanne Pritchard called my son a racist name when he was leafleting.",
            "Joanne Pritchard",
        ),
        ("Regal Homes paid the bat consultant to say there were no roosts.", "Regal Homes"),
        (
            "The examiner at the Hillside test centre passes anyone who slips him a ton.",
            "The examiner at the Hillside",
        ),
        (
            "The Gazette's editor made that quote up. Nobody at the meeting said it.",
            "The Gazette's editor",
        ),
        ("D&R Roofing took £2,900 off my nan for a job they never did.", "D&R Roofing"),
        ("Cllr Asante's horses are kept in a filthy field with no shelter.", "Cllr Asante"),
        (
            "Kwame Asante never lived in the ward, he used his mum's address."
            " Electoral fraud plain and simple.",
            "Kwame Asante",
        ),
    ],
)
def test_hands_on_a_girl_a_racist_name_a_paid_consultant_and_neglected_horses_are_pinned(
    text: str, target: str
) -> None:
    assert_pinned(text, target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Cllr Pritchard went quiet after that crook Dave Holt took the money.", "Dave Holt"),
        ("Joanne Pritchard is that crook who took the money for the car park.", "Joanne Pritchard"),
    ],
)
def test_that_label_is_the_named_persons_after_it_and_the_subjects_after_is(
    text: str, target: str
) -> None:
    assert_pinned(text, target)


def test_a_retort_that_tells_what_was_done_names_the_act_not_a_label() -> None:
    """ "Pretty rich from a man whose ex had to go into a refuge to get away from him": the
    reason quotes what was done, and does not call the person replied to "a had to go ..."."""
    text = "Pretty rich from a man whose ex had to go into a refuge to get away from him."
    found = reason(text)
    assert "('had to go into a refuge to get away from him') against the person" in found, found
    assert "is a had to" not in found, found


@pytest.mark.parametrize(
    "text",
    [
        # Games, songs and scores.
        "Hillside Juniors absolutely murdered Oakfield 7-1 on Sunday, buzzing for the lads!",
        "The dame absolutely murdered Let It Go at the panto 😂",
        "The ref sent our striker off for nothing, he was robbing us all game.",
        # A warning of a fake page that poses as a body.
        "Scam: fake Facebook page pretending to be Hillside Gala selling tickets. Report it.",
        # The police's words, of a man nobody can pick out.
        "Police say a 38 year old man from Hillside has been charged with burglary.",
        # The party, not the person addressed.
        "Liar liar pants on fire, said your party's leaflet. Not you personally Joanne but still.",
    ],
)
def test_a_score_a_song_a_referee_a_fake_page_and_an_unnamed_man_charged_get_no_libel_label(
    text: str,
) -> None:
    assert_no_libel_label(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Kwame Asante told them they should go back where they came from.", "Kwame Asante"),
        (
            "Cleaners found Cllr Asante asleep in the members room with a bag of white powder.",
            "Cllr Asante",
        ),
        ("Joanne Pritchard, you bullied her out of that job and you know it.", "Joanne Pritchard"),
        ("Don't use Hartley Motors. 30k miles wound back on my Astra.", "Hartley Motors"),
        (
            "The man at number 4 Elm Road kicks that poor dog every day.",
            "The man at number 4 Elm Road",
        ),
        ("Mr Dunn at the Academy put his hands round a Year 9 lad's throat.", "Mr Dunn"),
        ("Our landlord Mr Platt has never protected a single deposit.", "Mr Platt"),
        ("The youth leader messages the girls on Snapchat at midnight.", "The youth leader"),
        (
            "The woman at 9 Mill Lane claims carer's allowance for her dad who's been in a"
            " home a year.",
            "The woman at 9 Mill Lane",
        ),
        ('Councillor "Handsy" Asante strikes again.', "Asante"),
    ],
)
def test_go_back_white_powder_a_job_bullied_away_and_a_wound_back_clock_are_pinned(
    text: str, target: str
) -> None:
    assert_pinned(text, target)
