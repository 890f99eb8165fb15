"""What real comments taught the libel rules (libel 6).

Read against 1,110 labelled public comments (the development half of
``tests/data/libel_real_comments.jsonl``), the rules made two kinds of mistake that comments
written for the project never showed. They pinned an imputation on whoever "you", "he" or
a capitalised word happened to be in the comment ("climate change is a scam, you sheep";
"I'd beat the shit out of her"; "Morality in the Middle East?"), and they missed crime told
the way people tell it under a news story ("he murdered one person", "did time in prison",
"a DUI"). The sentences here are written for these tests; none is copied from that set.
"""

from __future__ import annotations

import pytest
from libel_check import libel

from monitor.scoring.base import CommentContext
from monitor.scoring.engine import build_engine
from monitor.scoring.libel import LibelScorer
from monitor.scoring.libel_targets import first_name


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("You stole the raffle money and everyone knows it", "the person addressed"),
        ("you are nothing but a lying thief", "the person addressed"),
        ("Thieves like you should be locked up", "the person addressed"),
        ("Everyone knows about your thieving from the hall fund", "the person addressed"),
        ("He murdered his business partner in 2009", "'He'"),
        ("Stole the charity tin from the Co-op, that's what he did", "'he'"),
        ("Trump is a narcissist, a liar and a fraud", "'Trump'"),
        ("They convicted her of fraud last spring", "'her'"),
    ],
)
def test_you_and_pronouns_are_accused_as_the_subject_or_owner(text: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.5, message
    assert who in message


@pytest.mark.parametrize(
    "text",
    [
        # "You" or "he" is in the comment, but the imputation is said of something else.
        "The whole recycling levy is a scam. Honestly, you fell for it?",
        "Climate change is being used as a scam for tax rises, and you are a sheep",
        "I see from your comment you were never burgled yourself",
        "The thugs who robbed him outside the Spar were never caught",
        "That's why you keep your car locked: people steal anything round here",
        "People who steal from pensioners should rot, you're right about that",
    ],
)
def test_a_you_or_he_elsewhere_in_the_comment_is_not_the_accused(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "If the driver was on his phone, he should be charged with dangerous driving",
        "If you keep dumping rubbish on the verge you will be prosecuted",
        "If anyone laid a finger on my daughter I'd batter him",
        "Unless he pays it back, he'll be charged with theft",
        "He should be arrested if that's true",
    ],
)
def test_a_hypothesis_or_a_wish_is_not_an_allegation(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "So what if Cllr Dale is a liar, the others are worse",
        "If you ask me, Cllr Dale fiddled his expenses",
        "Cllr Dale might have taken a bribe",
    ],
)
def test_granted_asides_and_hedges_are_not_hypotheses(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.5, message


@pytest.mark.parametrize(
    ("text", "amounts_to"),
    [
        ("Kevin Marsh killed two people driving home from the pub", "violence"),
        ("He murdered one person and got out after eight years", "violence"),
        ("Gary Pike took two young lives and was driving again within a year", "violence"),
        ("Gary Pike did time in prison for handling stolen cars", "crime"),
        ("Gary Pike is a convicted felon", "crime"),
        ("Gary Pike has two DUIs and still drives the school minibus", "drunkenness"),
        ("Gary Pike hits his kids, the whole street hears it", "violence"),
        ("Gary Pike, the groper from the bowls club", "sexual misconduct"),
        ("Gary Pike threatened to kill his neighbour over the hedge", "threatening"),
        ("Gary Pike concocted the whole story to get the grant", "dishonesty"),
    ],
)
def test_crime_told_the_way_people_tell_it_is_an_allegation(text: str, amounts_to: str) -> None:
    score, message = libel(text)
    assert score >= 0.75, message
    assert amounts_to in message


@pytest.mark.parametrize(
    "text",
    [
        "Sue murdered that song at karaoke last night",
        "The frost killed my tomatoes again",
        "Dave stole my joke about the bins",
        "Stop nicking my seat at the quiz, Jan!",
        "Linda stole my heart forty years ago today",
        "Murderous traffic on the ring road this morning",
    ],
)
def test_the_same_words_in_ordinary_use_stay_out(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


def test_a_retweeted_handle_is_the_author_quoted_not_the_accused() -> None:
    score, message = libel("RT @EastfieldNews: Man, 34, charged with burglary in Eastfield")
    assert "@EastfieldNews" not in message
    assert score < 0.75, message


def test_a_capitalised_run_is_a_person_when_it_opens_with_a_first_name() -> None:
    assert first_name("Siobhan") and first_name("Mark") and first_name("priya")
    assert not first_name("Happy") and not first_name("Middle")
    # A person named anywhere in the comment can be the accused; a place or an event only
    # as the subject of the allegation.
    score, message = libel("Ask anyone at the Legion. Mark Evans, he stole from the poppy fund")
    assert score >= 0.75 and "Mark Evans" in message
    score, message = libel("Happy Hour at the Legion, then someone nicked my coat")
    assert score < 0.5, message


def test_a_named_trader_is_still_accused_as_the_subject_or_after_a_comma() -> None:
    score, message = libel("Avoid Perfect Paving, took my dad's deposit and vanished")
    assert score >= 0.75 and "Perfect Paving" in message


def test_the_engine_leaves_a_hypothetical_out_of_the_libel_category() -> None:
    [assessment] = build_engine().assess(
        ["If the driver was on his phone, he should be charged with dangerous driving"]
    )
    assert "libel" not in assessment.labels


@pytest.mark.parametrize(
    "text",
    [
        "@DaveR you drunk bitch",
        "Take your drunk arse home, Kev",
        "The Chinese are thieves, everyone knows that",
        "Republicans were lying about the war for years",
    ],
)
def test_drunk_as_an_insult_and_a_group_as_the_subject_are_not_libel(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    ("text", "high"),
    [
        ("Cllr Dale was drunk at the planning committee again", False),
        ("Councillor Ince was legless at the civic reception", False),
        ("Cllr Dale drove home from the Legion over the limit", True),
        ("The youth leader got three boys drunk on the camping trip", True),
        ("Cllr Dale snorted coke in the members' room", True),
    ],
)
def test_drunk_as_a_charge_is_for_review_and_drink_driving_or_drugs_for_an_alert(
    text: str, high: bool
) -> None:
    score, message = libel(text)
    assert score >= 0.5, message
    assert (score >= 0.75) is high, message
    if not high:
        assert "being drunk is not a crime" in message


@pytest.mark.parametrize(
    ("text", "high"),
    [
        ("Cllr Dale is a liar and a hypocrite", False),
        ("Cllr Dale is a pathological liar", False),
        ("Cllr Dale lied to the police about the crash", True),
        ("Cllr Dale lied under oath at the tribunal", True),
    ],
)
def test_liar_with_no_lie_named_is_for_review(text: str, high: bool) -> None:
    score, message = libel(text)
    assert score >= 0.5, message
    assert (score >= 0.75) is high, message


@pytest.mark.parametrize(
    ("text", "amounts_to"),
    [
        ("The head at St Mary's expelled my son because he is black", "discrimination"),
        (
            "The landlord at the Crown refused to serve my brother because he's in a wheelchair",
            "discrimination",
        ),
        ("Cllr Moss made racist remarks to a taxi driver on Friday night", "discrimination"),
        ("Cllr Moss racially abused the woman who runs the corner shop", "discrimination"),
        ("Cllr Moss shouted at and intimidated a disabled resident at his surgery", "threat"),
    ],
)
def test_discrimination_and_intimidation_told_as_acts_are_allegations(
    text: str, amounts_to: str
) -> None:
    score, message = libel(text)
    assert score >= 0.75, message
    assert amounts_to in message


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Moss is a racist",  # a label for views: comment, not a charge
        "The pub banned smoking in the garden because it is a fire risk",
        "The school excluded him because he kept setting off the fire alarm",
        "Don't let the new rules intimidate you, the form is easy",
    ],
)
def test_views_and_ordinary_exclusions_are_not_discrimination_allegations(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


ALLEGATION = "Cllr Dale took £5,000 from the developer before the vote"


@pytest.mark.parametrize(
    "reply", ["So true", "Can confirm 💯", "👆 this", "He did, I saw it", "Exactly."]
)
def test_agreeing_with_an_allegation_repeats_it(reply: str) -> None:
    score, message = libel(reply, CommentContext("Ann Lee", False, ALLEGATION))
    assert score == pytest.approx(0.6), message
    assert "agrees with the comment it replies to" in message
    assert "'Cllr Dale'" in message and "Why this may not be libel" in message


@pytest.mark.parametrize(
    ("reply", "parent"),
    [
        ("Is that true?", ALLEGATION),
        ("Not true, he never did", ALLEGATION),
        ("So true", "Lovely day for the fete, well done all"),
        ("Exactly what I said about the bins being late again this week, twice", ALLEGATION),
    ],
)
def test_asking_disputing_or_agreeing_with_no_allegation_is_not_an_endorsement(
    reply: str, parent: str
) -> None:
    score, message = libel(reply, CommentContext("Ann Lee", False, parent))
    assert score == 0.0, message


@pytest.mark.parametrize(
    "text",
    [
        "@CllrHughes corrupt cops everywhere and nobody does a thing",
        "The corrupt politicians in Westminster never pay for it",
        "Another thread full of our corrupt admins deleting things",
    ],
)
def test_corrupt_said_of_a_plural_is_said_of_a_group(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


def test_corrupt_said_of_a_person_stays_an_allegation() -> None:
    score, message = libel("Cllr Hughes is corrupt and everyone at the council knows it")
    assert score >= 0.75, message


@pytest.mark.parametrize(
    "text",
    [
        "No sympathy for this lowlife, he murdered his business partner",
        "I know the family. Sad, but she stole from the church for years",
    ],
)
def test_he_or_she_in_the_allegations_sentence_is_the_accused(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.75, message


@pytest.mark.parametrize(
    "reply",
    [
        "This is rubbish",
        "He did nothing wrong",
        "I know it's not true",
        "This is disgusting, delete it",
        "Exactly the kind of slander this page attracts",
    ],
)
def test_a_reply_that_disputes_or_condemns_the_allegation_does_not_endorse_it(reply: str) -> None:
    score, message = libel(reply, CommentContext("Ann Lee", False, ALLEGATION))
    assert score == 0.0, message


@pytest.mark.parametrize(
    ("text", "amounts_to"),
    [
        ("Gary Pike is a kidnapper and everyone on the estate knows it", "crime"),
        ("Ask anyone: Dave Rowe is a loan shark", "crime"),
        ("Cllr Dale, the child molester", "children"),
        ("Sue Platt is a scammer, she took my deposit", "fraud"),
        ("Gary Pike is an ex con who did eight years", "crime"),
    ],
)
def test_criminal_labels_from_wordnet_are_allegations(text: str, amounts_to: str) -> None:
    score, message = libel(text)
    assert score >= 0.75, message
    assert amounts_to in message


@pytest.mark.parametrize(
    "text",
    [
        "Tax dodgers should pay their share like the rest of us",
        "Scammers deserve jail, report every call",
        "I have imposter syndrome every time I speak at full council",
        "The loan shark scene in the film was brilliant, Dave",
    ],
)
def test_a_generic_plural_or_an_everyday_sense_is_not_an_allegation(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


def test_a_reply_the_rules_cleared_keeps_its_cue_when_it_endorses_nothing() -> None:
    # The cue stops the comment model from putting the libel category back.
    [signal] = LibelScorer().score(
        ["Closing Moor Lane library is criminal"], [CommentContext("Ann Lee", False, ALLEGATION)]
    )
    assert not signal.scores and "libel_cleared" in signal.cues
