"""Libel 28: who a label, an act or a punishment belongs to, read from real comments the
rules pinned on the wrong person. A label with its article after a verb names whom someone
acted on, not them ("she's going to torture the murderer"); a plural label is a crowd, never
"he" alone; an act the writer does after "I'm" is the writer's; a bare noun just before a
passive punishment ("driver was convicted") is who was punished, and whoever a run of
passive wrongs is done to suffers them ("was pushed dragged and robbed"); a rumour told and then
called false in the next sentence is knocked down, not repeated. Each test runs the real
rules, and each allegation beside them must still be found."""

from __future__ import annotations

import pytest

from tests.libel_rules import assert_no_libel_label, assert_pinned, reason, score


@pytest.mark.parametrize(
    "text",
    [
        # A label that is whom someone acted on.
        "Her cat died on the road and now she's going to torture the murderer lol",
        "Cllr Pritchard sat next to the fraudster from the telly at the awards do",
        "He was the one who caught the burglar on his doorbell camera, fair play",
        # A crowd, where the one person told of is no part of it.
        "He loves films about gangsters and thieves, his whole shelf is The Godfather",
        "Cllr Asante's got a thing for true crime, he reads about serial killers all day",
        "Comparing drunk drivers or rapists to a woman asking for a bus shelter is ridiculous",
        # The writer does it.
        "She said the last slice was hers and I said no chance, I'm stealing it lol",
        "Cllr Pritchard asked who'd eaten the biscuits and I said I'm blaming the burglar",
        # The one punished is a stranger, told of by a bare noun.
        "The lollipop lady got knocked over in May. Driver was convicted last week thank god",
        "Cllr Asante pushed for the speed camera on Mill Lane. Lad was arrested for doing 70",
        # Whoever suffers it, with more words between than one adverb.
        "My nan was walking home past the precinct when she was pushed dragged and robbed by "
        "two lads",
        "He almost got bloody mugged outside the Co-op, Cllr Pritchard please sort the lights",
    ],
)
def test_a_label_or_an_act_that_belongs_to_someone_else_accuses_no_one_named(text: str) -> None:
    assert score(text) < 0.75, reason(text)


@pytest.mark.parametrize(
    "text",
    [
        "People on the Brackley Facebook group are saying Cllr Pritchard was done for drink "
        "driving. That's completely false, it was a different woman.",
        "There's a rumour going round that Cllr Asante took a bribe over the car park. "
        "Total rubbish.",
        "Someone posted that Cllr Asante stole from the scout hut. That is a lie, and they "
        "should take it down.",
    ],
)
def test_a_rumour_called_false_in_the_next_sentence_is_knocked_down(text: str) -> None:
    assert_no_libel_label(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("He is a thief", "he"),
        ("Cllr Asante is just plainly a liar about the budget", "Cllr Asante"),
        ("Cllr Pritchard is a buffoon and a liar", "Cllr Pritchard"),
        ("Cllr Asante defended a known paedo at the hearing", "Cllr Asante"),
        ("Cllr Asante is a member of a paedophile ring", "Cllr Asante"),
        ("He and his mates are thieves, they've had the lead off the church", "he"),
        ("Cllr Asante took a backhander from Hallam Homes", "Cllr Asante"),
        ("He murders people for fun", "He"),
        ("I think Cllr Pritchard stole the raffle money", "Cllr Pritchard"),
        ("I'm telling you Cllr Asante took a bribe from the developer", "Cllr Asante"),
        ("Cllr Pritchard was arrested for shoplifting last year", "Cllr Pritchard"),
        ("Cllr Asante and a man from the village got arrested for theft", "Cllr Asante"),
        ("Cllr Pritchard stole from the charity. That's a fact.", "Cllr Pritchard"),
    ],
)
def test_a_label_said_of_the_person_is_still_theirs(text: str, target: str) -> None:
    assert_pinned(text, target)
