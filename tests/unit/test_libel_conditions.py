"""Libel 8: conditions, "or what" questions and lies told about someone.

A sentence that opens with a condition holds its main clause only on that condition; "if
you ask me" and "if you didn't know" assert it all the same, and a negative counterfactual
("he wouldn't have grabbed her") takes the act as given. Lies told about Mrs Patel
accuse whoever tells them, not her, and "stop lying!" is a retort in an argument. The
sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from libel_check import libel


@pytest.mark.parametrize(
    "text",
    [
        "If they give the contract to his brother, then it's corrupt.",
        "If that's true, Cllr Smith lied to the committee",
        "Suppose the mayor knew all along, then he covered it up",
    ],
)
def test_the_main_clause_of_a_condition_is_not_told_as_fact(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    ("text", "at_least"),
    [
        ("If you ask me, Cllr Smith is a crook who took a bribe", 0.85),
        ("If you didn't know, Cllr Smith was convicted of fraud", 0.85),
        ("If Jane had been sober, that guy wouldn't have groped her?", 0.6),
        ("Cllr Smith took a bribe. If you vote for him, you deserve what you get", 0.85),
    ],
)
def test_a_condition_that_asserts_or_presupposes_keeps_the_allegation(
    text: str, at_least: float
) -> None:
    score, message = libel(text)
    assert score >= at_least, message


def test_or_what_asks_rather_than_tells() -> None:
    score, message = libel("Cllr Smith robbed the post office or what 😂")
    assert score == pytest.approx(0.6), message
    assert "as a question" in message


@pytest.mark.parametrize(
    "text",
    ["Stop lying about Cllr Smith!", "Quit spreading lies about Mrs Patel"],
)
def test_stop_lying_is_a_retort_and_accuses_no_one_it_names(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


def test_a_lie_told_about_someone_does_not_make_them_the_liar() -> None:
    score, message = libel("Lying about Mrs Patel again, I see")
    assert score < 0.5, message


def test_the_person_a_lie_is_told_about_is_not_its_teller() -> None:
    score, message = libel("Dave Jones told lies about Mrs Patel to the police")
    assert score >= 0.6, message
    assert "'Dave Jones'" in message and "Mrs Patel" not in message


def test_the_teller_of_a_lie_about_someone_is_still_named() -> None:
    score, message = libel("Dave Jones lied about Cllr Smith to the police")
    assert score >= 0.6, message
    assert "'Dave Jones'" in message


@pytest.mark.parametrize(
    ("text", "at_least"),
    [
        ("Has anyone asked Cllr Reid about the missing £20k?", 0.5),
        ("We all know what Cllr Reid gets up to with the young lads", 0.5),
        ("Cllr Reid will be taking his usual cut no doubt", 0.85),
    ],
)
def test_hints_and_habits_keep_their_risk(text: str, at_least: float) -> None:
    score, message = libel(text)
    assert score >= at_least, message


@pytest.mark.parametrize(
    "text",
    [
        "Has anyone asked Cllr Reid about the bus timetable?",
        "We all know what the weather gets up to in March",
        "Cllr Reid will be taking his usual seat at the back",
    ],
)
def test_the_same_shapes_without_a_hint_accuse_no_one(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Cllr Reid is a liar and a fraudster", "fraud"),
        ("Cllr Reid is a liar. He stole from the hospice.", "theft"),
        ("Cllr Reid is a drunk and he beats his wife", "violence"),
    ],
)
def test_the_gravest_allegation_counts_not_the_first(text: str, kind: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"allegation of {kind}" in message


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Reid, how's the court case going?",
        "Cllr Reid, how's your wife's black eye?",
        "How does Cllr Reid sleep at night after what he did to those kids?",
        "Why won't Cllr Reid answer questions about his time at the care home?",
    ],
)
def test_a_pointed_question_hints_at_a_named_person(text: str) -> None:
    score, message = libel(text)
    assert score == pytest.approx(0.5), message
    assert "'Cllr Reid'" in message


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Reid, how's the new bus lane going?",
        "How does Cllr Reid sleep at night after what he did to the library?",
        "Why won't Cllr Reid answer questions about the budget?",
    ],
)
def test_a_pointed_question_about_a_decision_hints_at_nothing(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "I don't think Cllr Reid is corrupt, just incompetent",
        "I do not believe Cllr Reid took a bribe",
    ],
)
def test_the_writers_doubt_is_no_allegation(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


def test_doubt_in_one_clause_does_not_clear_a_charge_in_the_next() -> None:
    score, message = libel("I don't think Cllr Reid is honest, he is corrupt")
    assert score >= 0.85, message


@pytest.mark.parametrize(
    "text",
    [
        # What has not happened yet.
        "Cllr Reid needs stopping before he kills someone",
        "Lock up your sheds in case they steal your bikes",
        "trying to rescue her before the thug damages or murders her",
        # Someone proposed, no one accused.
        "Ffs can we just crowdfund a hitman at this point lmaooo £5 from me for Cllr Moss",
        # An offence as a risk.
        "Harper also played with the idea of voter ID because of possible fraud.",
    ],
)
def test_what_may_happen_is_not_told_as_fact(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "Before he was elected Cllr Reid stole from the charity",
        "before he kills again, remember he murdered his wife",
        "Cllr Reid hired a hitman to kill his wife",
        "Cllr Reid committed possible benefit fraud",
        "Cllr Reid is guilty of possible fraud",
    ],
)
def test_what_happened_before_or_was_hired_is_still_told_as_fact(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message


@pytest.mark.parametrize(
    "text",
    [
        "Rubbish that Councillor Khan took money from developers. He declared everything",
        "Please stop saying the mayor was drunk at the remembrance service.",
        "I don't always agree with Cllr Patel but accusing him of corruption is out of order.",
        # Called false sentences later.
        "People saying Cllr Dunmore 'lied' about the bins need to calm down. He told us what "
        "officers told him. The dates were wrong. That's not lying, that's a cock up.",
        # Asked for proof: the writer doubts it.
        "Cllr Reid took a bribe? Where's your proof?",
        "he nicked the hall money?? wheres ur evidence",
        "So the mayor was drunk at the parade, any proof?",
        # A question the writer answers with a no, and a call to stop a label.
        "Was Cllr Reid really arrested? No, that was a different Reid, from Bolton.",
        "Cllr Reid is a crook? Come off it, he's the most honest man on the council.",
        "Can we stop calling Cllr Reid a liar? He made a mistake about the dates.",
    ],
)
def test_a_claim_the_comment_calls_false_is_not_alleged(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Reid took money from developers, rubbish that he didn't",
        "Accusing Cllr Reid of fraud is fair, he stole the hall money",
        "stop stealing from the charity Cllr Reid",
        "Cllr Reid took a bribe. I have the proof.",
        # "Stop saying" far from the charge: the charge is the writer's own.
        "stop saying hillary lost because she is a woman the corrupt witch does not help women",
    ],
)
def test_a_claim_not_called_false_is_still_alleged(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message


def test_a_question_answered_with_no_doubt_still_insinuates() -> None:
    score, message = libel("Did Cllr Reid take a bribe? No doubt about it, he took the lot.")
    assert score >= 0.5, message


def test_an_allegation_told_beside_a_question_is_not_called_a_question() -> None:
    score, message = libel("Cllr Reid took a bribe. Why is nobody talking about it?")
    assert score == 0.6 and "in a comment that argues by asking" in message
    score, message = libel("Is Cllr Reid a crook?")
    assert score >= 0.5 and "as a question that insinuates it" in message


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("my mate says the old clerk stole the parish funds", "the old clerk"),
        ("The last council leader was a crook, or so my nan says", "The last council leader"),
    ],
)
def test_what_family_and_friends_say_is_a_rumour_about_whoever_it_names(
    text: str, target: str
) -> None:
    score, message = libel(text)
    assert 0.5 <= score < 0.85 and f"about '{target}'" in message, message


@pytest.mark.parametrize("text", ["Says the man who stole the parish funds", "lol says the thief"])
def test_says_the_opening_a_reply_is_still_a_retort(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.85 and "replies to" in message, message


def test_the_police_called_by_the_writer_hint_at_no_one() -> None:
    score, message = libel(
        "I reported the drug dealing on Oak Road to the police and they raided the house last "
        "week, thanks Cllr Reid."
    )
    assert score < 0.5, message
