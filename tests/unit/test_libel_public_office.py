"""Libel 8: a public office abused in everyday words.

A councillor's page hears of records destroyed ahead of a freedom-of-information request,
expenses claimed for meetings never attended, grant money kept, a relative found a job, an
uninsured car and cannabis, in words with no offence named. The sentences are written for
these tests, beside the ordinary sentences that share their words.
"""

from __future__ import annotations

import pytest
from libel_check import libel


@pytest.mark.parametrize(
    ("text", "kind", "who"),
    [
        ("Cllr Ward shreds emails before FOI requests come in", "cover-up", "'Cllr Ward'"),
        ("Cllr Ward deleted the texts so nobody could see them", "cover-up", "'Cllr Ward'"),
        ("Mrs Hart makes up the figures for the survey", "cover-up", "'Mrs Hart'"),
        ("Cllr Wood has been claiming for meetings she never attended", "fraud", "'Cllr Wood'"),
        ("Cllr Grey kept the grant money for his own charity", "theft", "'Cllr Grey'"),
        ("Cllr Hall got her son a job at the council", "undeclared interest", "'Cllr Hall'"),
        ("Cllr Hall failed to declare she owns the site", "undeclared interest", "'Cllr Hall'"),
        ("Cllr Reed drives around without insurance", "a crime", "'Cllr Reed'"),
        ("Cllr Bell smokes weed in the council car park", "drugs", "'Cllr Bell'"),
    ],
)
def test_misconduct_told_without_the_offence_word_is_an_allegation(
    text: str, kind: str, who: str
) -> None:
    score, message = libel(text)
    assert score >= 0.6, message
    assert kind in message and who in message


@pytest.mark.parametrize(
    "text",
    [
        "I deleted the emails before I read them",
        "Remember to shred documents before recycling them",
        "She got her daughter a job at Tesco",
        "My son got a job at the council, so proud",
        "I'm claiming for the hours I never got paid for",
        "The club spent the raffle money on their kids' kits",
        "Kids smoking weed in the park again, where are the police",
        "Cllr Reed wants to fine people who drive without insurance",
        "You can't drive without insurance in this country",
        "He sells weed killer at the market",
        "Cllr Moss makes up his mind too slowly",
        "Cllr Patel spent the grant money on the new playground",
    ],
)
def test_the_same_words_in_ordinary_sentences_accuse_no_one(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


def test_a_headline_putting_a_named_person_in_a_scandal_is_an_allegation() -> None:
    score, message = libel("BREAKING: Cllr Reid in expenses scandal")
    assert score >= 0.85, message
    assert "'Cllr Reid'" in message


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Reid should be ashamed, this is corruption of democracy",
        "Cllr Reid, you are robbing the next generation",
        "Cllr Reid is calling for an inquiry into the expenses scandal at Westminster",
    ],
)
def test_political_rhetoric_with_crime_words_accuses_no_one(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Reid has stolen the election with lies about the bins",
        "Cllr Reid murdered the high street with business rates",
        "Cllr Reid is a vandal, cutting down those trees",
        "Cllr Reid is an environmental vandal",
    ],
)
def test_a_decision_told_in_the_words_of_crime_is_criticism(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Reid murdered a man in 1998",
        "Cllr Reid is a vandal who sprayed graffiti on the war memorial",
    ],
)
def test_the_same_words_about_a_person_stay_allegations(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message


def test_a_published_finding_of_a_standards_body_is_a_report() -> None:
    score, message = libel(
        "The standards committee published its decision: Cllr Hall failed to declare a gift."
    )
    assert score <= 0.3, message


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Reid was convicted by the voters at the last election, and rightly so",
        "Cllr Reid's office is a den of thieves, said nobody ever",
        "Cllr Reid was the victim of a fraud last year",
        "Cllr Reid exposed the fraud at the housing association",
    ],
)
def test_verdicts_of_voters_sarcasm_and_victims_accuse_no_one(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Reid committed a fraud on the pension fund",
        "Cllr Reid was behind the fraud at the housing association",
        "Cllr Reid was exposed for sexual harassment",
    ],
)
def test_a_fraud_done_or_exposed_of_someone_is_an_allegation(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
