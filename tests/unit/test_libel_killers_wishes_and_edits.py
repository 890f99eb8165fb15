"""Libel 12's and 13's forms: named as a killer or an enemy agent is an allegation; a wish, a
condition put by inversion, "vandalism" of a page, the victim of a gang rape, a group named
by a slur and "told no lies" are not.

Read from statements courts held defamatory (Hanekom v Zuma, 2019: a minister called "a
known enemy agent") and from the false alarms of the real comments labelled for the libel
head's training (tests/data/libel_real_comments.jsonl, its "train" rows): a wish that
someone "gets" hurt is a wish or a threat, not a report; "had he done it" is a condition;
on a wiki or a page, "vandalism" is a bad edit; "you" said to a group by name ("you
muslims", "you lot") accuses no one person; the words of crime for what was done to a thing
("raped the plot", "crooked laws") accuse no one; and "I stole ..." is the writer's own act.
Libel 13, from the same rows: a woman "gang raped" is the victim; "you" said to a group
named by a slur in the plural accuses no one person; "told no lies" denies; and in "I hope
you get raped by a convict" the convict is no one in particular.
Checked against the clean tweets and real comments for the everyday senses ("a killer app",
"meetings with foreign agents").
The cases are written for the tests.
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
        "@DerekHanekom is a known enemy agent.",
        "Councillor Briggs is a foreign agent and always has been",
        "John Smith is a killer and the whole estate knows it",
        "Dave Price was the killer, everyone on Moor Lane knows",
        "Gary Lyons is a cold blooded killer",
    ],
)
def test_a_killer_or_an_agent_named_as_fact_is_an_allegation(text: str) -> None:
    assert libel(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Our new bin app is a killer app, well done Cllr Shah",
        "She's a killer on the pitch, best striker the club has had",
        "This heat is a killer for the allotment holders",
        "He met foreign agents at the trade fair, as the minister's diary shows",
        "The killer whale exhibit at the aquarium is closing",
    ],
)
def test_the_everyday_senses_are_not(text: str) -> None:
    assert libel(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "I hope she gets beaten up on the way home",
        "Praying that Cllr Doyle gets arrested before the election",
        "He would still be in the team had he stolen the kit money",
        "Your edits to the article on Moor Lane are vandalism, please stop",
        "Reverting vandalism by that user again, this is the third time today",
        "Your vandalism at the page on Hill Rise has earned you a 24-hour block",
        "You vandalised the photo of the bandstand again, grow up",
        "you tories stole the pensions of a whole generation",
        "you people rob the rest of us blind with your parking fines",
        "You totally raped the whole plot of the film, well done",
        "This country has crooked laws and everyone knows it",
        "I stole your chips at the fun day, sorry Sam",
    ],
)
def test_a_wish_a_condition_a_bad_edit_or_a_group_is_not_an_allegation(text: str) -> None:
    assert libel(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "I hope he gets what he deserves, he stole from the village hall fund",
        "Dave Smith vandalised the war memorial on Church Street last night",
        "Dave Price stole the hall fund, and had he any shame he would resign",
        "Cllr Doyle was arrested for drink driving, and I hope he resigns",
        "You stole my bike from outside the library, Dave, I saw you",
        "I know he stole the minibus money, Cllr Ward",
        "Tracey Holt left her kids in the road outside the school again",
    ],
)
def test_a_charge_told_beside_them_still_is(text: str) -> None:
    assert libel(text) >= 0.5


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
def test_libel_13_a_victim_a_slurred_group_a_denial_or_a_wish_accuses_no_one(text: str) -> None:
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
def test_libel_13_the_one_who_did_it_still_is_accused(text: str) -> None:
    assert libel(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "So it turns out the guy is a rapist and the club knew all along",
        "the old man is a child molester, keep your kids away from him",
        "turns out the preacher was a pervert and a kiddie fiddler",
        "The whole thing is a scam by Cllr Jones to line his pockets",
        "Cllr Price lined his pockets with the regeneration grant",
        "He only stood for the council to line his own pockets",
    ],
)
def test_libel_14_the_person_pointed_at_or_named_as_doer_is_accused(text: str) -> None:
    assert libel(text) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "every time a man raped me nobody believed me",
        "an away fan stole his scarf right off his shoulders at the match",
        "when a bloke nicked her phone outside the station she chased him",
        "You found a scam. Report it and move on",
        "My nan fell for a scam phone call last week",
        "ima steal his bike and ride it round the estate",
    ],
)
def test_libel_14_someone_unknown_or_some_scheme_accuses_no_one(text: str) -> None:
    assert libel(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Wouldn't surprise me if he's been skimming off the top",
        "It wouldn't shock me if Cllr Dunn has been fiddling his expenses",
        "I wouldn't be shocked if she was on the take",
    ],
)
def test_libel_14_wouldnt_surprise_me_if_insinuates_rather_than_supposes(text: str) -> None:
    assert 0.5 <= libel(text) < 0.85


@pytest.mark.parametrize(
    "text",
    [
        "she was beaten, robbed and left in the road, and nobody stopped",
        "kids round here are mugged, robbed and threatened every week",
        "he said she was gettin harassed by other parents at the gate",
        "half the girls in that school have been statutory raped and nobody cares",
    ],
)
def test_libel_14_a_list_of_wrongs_suffered_accuses_no_one(text: str) -> None:
    assert libel(text) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "she was beaten, robbed by Darren Cole and left in the road",
        "my brother was mugged and robbed by the Hills' lad from number 9",
    ],
)
def test_libel_14_the_one_named_as_doing_them_still_is_accused(text: str) -> None:
    assert libel(text) >= 0.5


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("DAVE JONES STOLE THE MONEY FROM THE FOOD BANK", "'DAVE JONES'"),
        ("GARY WOOD IS A PAEDO EVERYONE KNOWS IT", "'GARY WOOD'"),
        ("THE MAYOR TOOK A BRIBE FROM THE DEVELOPERS!!!", "'THE MAYOR'"),
    ],
)
def test_libel_14_a_name_shouted_in_capitals_is_still_a_name(text: str, accused: str) -> None:
    (signal,) = SCORER.score([text])
    assert signal.scores.get("libel", 0.0) >= 0.5
    assert f"about {accused}" in signal.reasons[0].message
