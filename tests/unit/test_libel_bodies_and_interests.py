"""A councillor's party or cabinet, an interest she is said to serve, and a few everyday
idioms of taking money: who is accused, and when the words are no charge at all. Each test
runs the real rules."""

from __future__ import annotations

import pytest
from libel_check import libel


@pytest.mark.parametrize(
    "text",
    [
        # The body she belongs to is accused, not her: criticism of a party or a cabinet.
        "Cllr Reid's party has lied to this town for a decade.",
        "Cllr Reid's government has been lying to us about the cost of living.",
        "Cllr Reid's party is corrupt to the core on housing policy.",
        "Cllr Reid's council covered up the state of the schools for years.",
        "Cllr Reid's administration robbed the high street of its car parks.",
        "Cllr Reid's cabinet misled the public about the cost of the bypass.",
        "Your party has been lying to this town.",
        # Beholden to an interest at large, judged from votes.
        "Cllr Reid is in the pocket of the car lobby, judging by every vote she's cast.",
        "Reid is in the pocket of the unions and everyone knows it.",
        "Cllr Reid is in the pocket of the residents, she does whatever we ask, ha.",
    ],
)
def test_a_party_or_an_interest_at_large_is_criticism(text: str) -> None:
    score, message = libel(text)
    assert score < 0.75, message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Cllr Reid's husband has been stealing from the church.", "Cllr Reid's husband"),
        (
            "Cllr Reid's party treasurer has been stealing the funds.",
            "Cllr Reid's party treasurer",
        ),
        ("Cllr Reid is in the pocket of the developers.", "Cllr Reid"),
        ("Cllr Reid is in the pocket of Brightwell Construction", "Cllr Reid"),
        # Her people, who may be few, are not a party.
        ("Cllr Hussain's lot were filling in postal votes for the whole street.", "Cllr Hussain"),
    ],
)
def test_her_family_her_officers_and_her_paymasters_still_accuse(text: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"about '{who}'," in message, message


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I'd put my house on Cllr Dunmore having taken money from the developer.", "taken money"),
        (
            "Would anyone be surprised if it turned out Cllr Patel had been paid off?",
            "been paid off",
        ),
        (
            "The lady who does the accounts for the bowls club has been helping herself for years.",
            "been helping herself",
        ),
        (
            "Everyone knows Tony at number 14 deals from his front door.",
            "deals from his front door",
        ),
        (
            "Has anyone asked Mr Okafor where the charity money went?",
            "Has anyone asked Mr Okafor where the charity money went",
        ),
        ("Watch your kids around the new scout leader, that's all I'm saying.", "Watch your kids"),
    ],
)
def test_everyday_idioms_of_taking_and_hinting_are_read(text: str, word: str) -> None:
    score, message = libel(text)
    assert score >= 0.5, message
    assert word in message, message


def test_a_retort_from_a_man_who_did_it_is_about_the_person_replied_to() -> None:
    score, message = libel(
        "Lecturing us on honesty, from a man who fiddled his expenses for years."
    )
    assert score >= 0.85, message
    assert message.startswith("states as fact that the person this comment replies to"), message


@pytest.mark.parametrize(
    "text",
    [
        # The same words, for money given, kept safe or cleared, for food, and for warnings.
        "Cllr Reid has taken money out of her own pocket to fund the Christmas lights.",
        "The mayor has taken cash donations for the hospice all week at the market.",
        "The tenants' treasurer keeps the money in the association's account as she should.",
        "Our mortgage was finally paid off last year thanks to the council's help scheme.",
        "The loan for the community centre has been paid off in full.",
        "She's been helping herself to the leftover sandwiches all afternoon, ha.",
        "The lad has been helping himself get back on his feet since the accident.",
        "The ice cream van deals from his van outside the park every summer, lovely cones.",
        "Has anyone asked the council why the grant money went to the bowls club?",
        "Lessons from a woman who ran the food bank for ten years: just listen.",
        "Watch your kids around the new pond at the park, the fence is broken.",
        "Keep your kids away from the building site on Moss Lane, it's not fenced.",
    ],
)
def test_the_same_words_given_kept_safe_or_warned_are_no_charge(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Reid has lied to this town about the library.",
        "Cllr Reid is lying about the state of the roads, drive down Moss Lane and see.",
        "Reid lied about the cost of the new leisure centre.",
    ],
)
def test_lying_about_what_the_council_runs_is_argued_as_comment(text: str) -> None:
    score, message = libel(text)
    assert 0.5 <= score < 0.75, message
    assert "Why this may not be libel: calling a politician a liar" in message, message


def test_lying_to_the_police_stays_an_allegation() -> None:
    score, message = libel("Cllr Reid lied to the police about the crash on the bypass.")
    assert score >= 0.85, message


@pytest.mark.parametrize(
    "text",
    [
        # A count of crimes, of no one in particular.
        "England averages 26 gun murders per year, the US thousands.",
        "There were 40 burglaries a year on the estate before the cameras went up.",
        # A trade offered in argument, with nothing named to be paid.
        "Open with proposals to expand parking in exchange for whatever the residents want.",
        # A label denied.
        "Mr Ramos did his job. He did not deserve to be called a thief.",
        "The referee was wrongly branded a cheat by the home fans.",
    ],
)
def test_counts_offers_and_labels_denied_accuse_no_one(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He murdered people.", "murdered"),
        ("Gary Smith scammed people out of their savings.", "scammed"),
        ("Cllr Reid voted for the plan in exchange for a free holiday.", "in exchange for"),
        ("He murders a man every year.", "murders a man"),
    ],
)
def test_people_an_act_was_done_to_are_not_a_label(text: str, word: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"('{word}')" in message, message


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Reid faces sexual assault allegations.",
        "There are fraud allegations against Cllr Reid.",
        "Cllr Reid is facing a sexual assault allegation from a former aide.",
        "Cllr Reid faces allegations of fraud.",
    ],
)
def test_an_allegation_reported_as_one_is_kept_for_review(text: str) -> None:
    score, message = libel(text)
    assert 0.5 <= score < 0.75, message
    assert "about 'Cllr Reid'" in message, message


def test_allegations_said_to_be_true_are_stated_as_fact() -> None:
    score, message = libel("The allegations against him are true, he raped her.")
    assert score >= 0.85, message


def test_an_offence_discussed_as_a_kind_of_claim_is_no_ones() -> None:
    score, message = libel("Sexual assault claims should always be investigated.")
    assert score < 0.5, message


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Crooked", "is crooked:"),
        ("Corrupt!", "is corrupt:"),
        ("Says the crook.", "is a crook:"),
        ("You criminal!", "is a criminal:"),
    ],
)
def test_a_bare_word_at_the_person_replied_to_reads_as_english(text: str, said: str) -> None:
    _, message = libel(text)
    assert f"the person this comment replies to {said}" in message, message


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Reid's dog stole my sandwich at the fun day, best day ever.",
        "The seagulls nicked my chips on the prom again.",
    ],
)
def test_what_an_animal_did_accuses_no_person(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Cllr Reid's dog walker stole my purse.", "Cllr Reid's dog walker"),
        ("Cllr Reid's cleaner has been nicking from the church.", "Cllr Reid's cleaner"),
    ],
)
def test_who_works_for_a_councillor_is_who_is_accused(text: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"about '{who}'," in message, message


def test_a_finding_bought_is_corruption() -> None:
    score, message = libel("Cllr Reid got the verdict she paid for from the standards panel.")
    assert score >= 0.85, message
    assert "('got the verdict she paid for') about 'Cllr Reid'" in message, message
    score, message = libel("We got the result we paid for: a new roof that doesn't leak.")
    assert score < 0.5, message


def test_an_auditor_as_evidence_is_not_a_lie_to_an_auditor() -> None:
    score, message = libel(
        "The council leader lied about the budget gap, the auditor's figures prove it."
    )
    assert 0.5 <= score < 0.75, message
    score, message = libel("Cllr Reid lied to the auditors about the budget.")
    assert score >= 0.85, message
