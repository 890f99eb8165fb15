"""Libel 25: what public comments nobody here wrote showed the rules getting wrong. A
councillor who declares an interest or works against crime is not accused of it; a country
or a state is no one a comment can libel; a word that opens a sentence before a noun is no
name; the helper, the owner and the victim beside a crime did not commit it; and the
euphemisms of allegations residents make. Each test runs the real rules."""

from __future__ import annotations

import pytest
from libel_check import libel

from monitor.scoring.libel import LibelScorer
from monitor.scoring.libel_targets import a_state


def cleared(text: str) -> bool:
    """Whether the rules read the comment and told the comment model it is no allegation."""
    [signal] = LibelScorer(names=("Sarah Reid", "Tom Hughes")).score([text])
    return not signal.scores and "libel_cleared" in signal.cues


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Reid declared a conflict of interest and left the room before the vote.",
        "Cllr Hughes declared he's a member of the golf club and didn't take part in the lease "
        "debate.",
        "To be clear, Cllr Hughes stepped back from the planning decision because his brother "
        "lives on the road.",
        "Hughes recused himself from the licensing hearing because he knows the applicant.",
        "Cllr Hughes referred himself to the standards committee. They found he'd done nothing "
        "wrong.",
    ],
)
def test_declaring_an_interest_or_standing_back_is_proper_conduct(text: str) -> None:
    assert cleared(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Reid has been campaigning against fly tipping for years.",
        "Steve Mokrohisky spoke at the meeting about tackling drug dealing in the park.",
        "Cllr Reid chairs the committee that reviews hate crime reports.",
        "Tom Hughes has been campaigning for a 20mph limit outside the school.",
        "Cllr Reid has written to the chief constable demanding more officers for our ward",
        "Cllr Hughes has been leading the push for a Public Spaces Protection Order",
    ],
)
def test_working_against_crime_or_speaking_up_for_something_is_no_allegation(text: str) -> None:
    assert cleared(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Reid never declared his interest in the land and voted it through.",
        "Cllr Reid campaigns against fly tipping while his own firm dumps rubble in the woods",
    ],
)
def test_an_interest_kept_quiet_or_a_wrong_beside_the_good_work_is_still_alleged(
    text: str,
) -> None:
    score, message = libel(text)
    assert score >= 0.85, message


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, no conflict of interest. I don't know Steve Mokrohisky at all.",
        "Firstly there are rules about editing where you have a conflict of interest, such as "
        "an article about your employer.",
    ],
)
def test_no_conflict_of_interest_or_the_rule_for_anyone_accuses_no_one(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    ("quote", "state"),
    [
        ("Arkansas", True),
        ("Hawaii's", True),
        ("South Africa", True),
        ("Ontario", True),
        ("Jordan", False),  # a first name too: "Jordan punched me" is about someone
        ("Georgia", False),
        ("Tom Hughes", False),
    ],
)
def test_a_country_or_a_state_is_known_by_its_name(quote: str, state: bool) -> None:
    assert a_state(quote) is state


@pytest.mark.parametrize(
    "text",
    [
        "Hawaii rewards criminal behavior, chronic drug use and homelessness with a free house.",
        "Arkansas has lots of crooks, and stealing from the taxpayer is a sport there.",
    ],
)
def test_a_state_is_not_the_person_accused(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Jordan punched me outside the chippy.", "Jordan"),
        ("Georgia lied to the tribunal about her expenses.", "Georgia"),
        ("Meanwhile Tom Hughes pocketed the grant money.", "Tom Hughes"),
    ],
)
def test_a_name_that_is_also_a_place_or_follows_an_opening_word_is_still_someone(
    text: str, who: str
) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"about '{who}'" in message, message


@pytest.mark.parametrize(
    "text",
    [
        "Poor bastards couldn't even steal a disguise!",
        "Selfish idiots who have zero respect for anyone else's property.  Every thief should "
        "have to write a paper about why they stole.",
        "Well, here is a column he wrote himself rather than his usual cut and paste crap.",
    ],
)
def test_an_opening_adjective_is_no_name_and_cut_and_paste_is_no_bribe(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "Thanks Tom Hughes for setting up the neighbourhood watch WhatsApp, it's already helped "
        "catch a shed thief on Grange Close",
        "Thank god for the bloke in the hi-vis who held the door shut while the shoplifter "
        "waited for the police. Legend",
        "Great news that the man who exposed himself near the canal path has been convicted.",
        "The man who attacked him got what he deserved in court.",
        "Huge respect to Mrs Patel for standing up in court against the man who robbed her. He "
        "got 4 years.",
        "MY GRANDAD GOT A SCAM CALL AND KEPT THE SCAMMER TALKING FOR 40 MINUTES 😂 hero",
        "Some cheeky sod nicked my Christmas lights off the front hedge. Anyway reported it",
        "thanks to everyone who helped look for Jean's stolen car, it's been found",
        "A conviction at last for the fraudster behind the fake holiday company. 140 victims.",
        "Mrs Patel thank you for everything you do for the scam victims support group",
        "Linda helped me fill in the criminal injuries compensation form, it was 30 pages.",
        "Cllr Sarah Reid has asked for a review of how the council handles complaints of "
        "harassment.",
    ],
)
def test_the_helper_the_owner_and_the_victim_beside_a_crime_are_not_accused(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "He absolutely stole that goal, the keeper never saw it coming",
        "Sarah robbed me at Scrabble again, 80 points for QUIXOTIC",
        "Fuel prices round here are a daylight mugging",
        "Dave you're a criminal for making us do that hill on the charity walk 😂",
        "She's a thief for charging £4 for a flapjack",
    ],
)
def test_a_game_or_a_price_in_the_words_of_crime_is_no_allegation(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mrs Patel sold my son vapes when he was 13 and laughed about it", "vapes"),
        ("Dave from the Legion sold my neighbour a stolen quad bike", "stolen"),
        ("The guy who owns the garage on Station Road clocks the mileage on every car", "clocks"),
        ("Mrs Patel's been flogging out of date food with new labels stuck on", "new labels"),
        (
            "The woman who runs the nursery on Elm Street leaves the babies on their own while "
            "she's out the back smoking",
            "leaves the babies",
        ),
        ("Cllr Hughes threatened to sort out my husband after he complained", "threatened"),
        ("The man who runs the driving school makes passes at his teenage students", "passes"),
        ("The PE teacher has been sending messages to year 11 girls on Snapchat", "messages"),
        ("The bloke at number 12 has been claiming disability and plays five a side", "claiming"),
        ("The parish clerk has been paying herself overtime the parish never approved", "paying"),
        ("The Co-op manager followed my daughter round making comments about her body", "body"),
        ("Linda grabbed his arm hard enough to bruise it", "grabbed"),
        ("the woman at number 4 smacks her kids in the front garden", "smacks"),
    ],
)
def test_what_residents_allege_in_everyday_words(text: str, word: str) -> None:
    score, message = libel(text)
    assert score >= 0.75, message
    assert word in message, message


def test_name_calling_for_what_someone_did_to_people_is_still_an_allegation() -> None:
    score, message = libel("He's a criminal for what he did to those kids")
    assert score >= 0.85, message


def test_sarcastic_denial_is_no_denial() -> None:
    score, message = libel(
        "Sarah Reid's husband got the planning officer job and now every one of her "
        "applications gets approved. Not corrupt at all then"
    )
    assert score >= 0.75, message
    assert libel("Cllr Reid is not corrupt, he is just useless.")[0] < 0.5


def test_a_hashtag_names_a_configured_councillor_and_another_charges_them() -> None:
    [signal] = LibelScorer(names=("Tom Hughes",)).score(["#HughesOut #ExpensesFiddler"])
    assert signal.scores.get("libel", 0.0) >= 0.75, signal.reasons
    # Not configured, a surname in a tag is no one in particular.
    [signal] = LibelScorer().score(["#HughesOut #ExpensesFiddler"])
    assert signal.scores.get("libel", 0.0) < 0.75
