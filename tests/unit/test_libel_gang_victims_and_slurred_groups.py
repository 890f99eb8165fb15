"""Libel 13's forms: a woman "gang raped" is the victim; "you" said to a group named by a
slur accuses no one person; "told no lies" denies; and in "I hope you get raped by a
convict" the convict is no one in particular.

Read from the false alarms of the real comments labelled for the libel head's training
(tests/data/libel_real_comments.jsonl, its "train" rows). The cases are written for the
tests.
"""

from __future__ import annotations

import pytest

from monitor.scoring.libel import LibelScorer

SCORER = LibelScorer()


def libel(text: str) -> float:
    (signal,) = SCORER.score([text])
    return signal.scores.get("libel", 0.0)


@pytest.mark.parametrize(
    "text",
    [
        "what about the young woman who was gang raped and murdered in the park last year",
        "she was gang raped at a party and the police did nothing",
        "plenty of you beaners are pedos, clean your own backyard",
        "you kikes are all thieves and liars",
        "all you spics are drug dealers",
        "he told no lies about the accounts, whatever you say",
        "I hope you get raped by a convict you ignorant piece of work",
    ],
)
def test_a_victim_or_a_slurred_group_is_not_accused(text: str) -> None:
    assert libel(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Dave Smith gang raped a girl at the party and got away with it",
        "Ryan Hall was arrested and charged with gang rape",
        "she was gang raped by Ryan Hall and his mates from the rugby club",
        "Cllr Jones and his cronies are thieves",
        "you are a thief, Cllr Jones, and you know it",
        "he told lies about the accounts to the whole committee",
        "I hope he resigns, he was convicted of fraud in 2019",
    ],
)
def test_the_one_who_did_it_still_is(text: str) -> None:
    assert libel(text) >= 0.5
