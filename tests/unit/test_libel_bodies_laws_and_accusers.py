"""Libel 30: words of wrongdoing said of a body of government, of the law or of the person who
accuses, read from a council page's own comments, from public tweets and from the
counter-speech of a public hate-speech dataset that the rules gave high libel. "The corrupt
EU" and "bent as a nine bob note the whole Westminster system" are said of no one; "Lying to
the FBI is a crime" states the law; a "sexual assault accuser" is the one who accuses, and
the comment reports an allegation, as does "being sued for" assault; "they" takes up the
firm named just before it ("Avoid Hallam Plumbing, they are scammers"), not a person named
earlier, and a sentence of plural labels alone is about the person who opens the sentence
before it, or the firm it names; "homicide and gun violence rates" are figures; "stalker
level crazy" is a degree; a headline said to be about someone else is put right; a "Hatch
Act violation" names a law, not a Mr Act, and "Violence" or "Child" opening "Child molesters
are ..." is no one's name. Each test runs the real rules, and each allegation beside them
must still be found and pinned on the right person."""

from __future__ import annotations

import pytest

from tests.libel_rules import assert_no_libel_label, assert_pinned, reason, score, signal


@pytest.mark.parametrize(
    "text",
    [
        # A body of government, named or likened.
        "Cllr Asante voted to stay in the corrupt EU.",
        "She will offend every voter who voted to leave the CORRUPT #EU. @CllrAsante",
        "bent as a nine bob note the whole Westminster system tbh, doesn't matter who you vote for",
        "Rotten to the core, the entire establishment. Cllr Pritchard at least turns up.",
        "Cllr Pritchard is right about the crooked Whitehall bubble",
        # The law, figures and a degree.
        "Lying to the FBI is a crime @CllrAsante",
        "Your homicide (and gun violence!) rates have gone up since 1990, Cllr Asante",
        "This is stalker level crazy. Cllr Pritchard never said that.",
        "CLEAR Hatch Act violation: FELONY. Read the statute.",
        # "They" that is not the person named before it.
        "Cllr Pritchard met the Smiths. They are con artists.",
        "I complained to Cllr Asante. They are all crooks.",
        "Thanks Cllr Pritchard for catching the burglars. They are thieves.",
        "Cllr Asante got the burglars sentenced. Thieves!",
        "Thanks Cllr Pritchard. Thieves!",
        "Avoid Church Road at night. Thieves and muggers.",
        # An abstract noun or the first word of a plural label opening the sentence.
        "Violence is a crime and anyone found guilty will pay the price.",
        "Nationality has nothing to do with who commits sexual assault, Cllr Asante.",
        "Child molesters are people who have abused children, whatever their religion.",
        "Child rapes are not only committed by one religion, Cllr Pritchard.",
        "National Socialism is a criminal and murderous ideology that killed millions.",
        "Life is never the same after a loss. And women are a small share of arsonists.",
        # What does not follow.
        "The committee voted for the scheme. This does not mean that Cllr Asante is stealing "
        "our jobs.",
        "That doesn't mean Cllr Pritchard is a crook.",
        # Praise for exposing it, a joke about it, and labels for the others just named.
        "Well done Cllr Asante for exposing the fraud at Hallam Homes",
        "Cllr Pritchard joked about stealing the mayor's chain at the quiz night",
        "Cllr Asante voted with the Greens again. Liars, the lot of them.",
        # The claims called nonsense.
        "Cllr Asante, the corruption claims against the mayor are nonsense",
        # A trade as a whole, and a debate on the offence.
        "I voted for Cllr Pritchard because she stands up to thieving landlords",
        "Cllr Asante stands up to corrupt developers",
        "Cllr Pritchard's motion on tax evasion by big firms passed tonight",
        # A crowd of no one in particular, and a word spelt out.
        "Cllr Asante backs a budget in favour of tax dodgers",
        "@CllrAsante She is going to pull it out of her A-crooked-letter-crooked-letter.",
        # "Con" opening a sentence is nobody's name, nor is "whose".
        "Scammers. Con artists. Thieves.",
        "Whose pockets are being lined at the town hall, Cllr Asante?",
        # A headline put right.
        'That "Councillor in fraud probe" headline was about a councillor in a totally '
        "different county, the number of people sharing it like it's about ours is mad",
    ],
)
def test_wrongs_of_a_body_the_law_or_a_headline_put_right_get_no_libel_label(text: str) -> None:
    assert_no_libel_label(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Asante and his sexual assault accuser are willing to testify.",
        "Party rushes to the defence of Cllr Pritchard in the wake of a fraud allegation",
        "What she is accusing Cllr Asante of is a serious crime, a felony.",
        "Cllr Pritchard is being sued for sexual assault.",
    ],
)
def test_an_accuser_or_an_allegation_in_the_news_is_reported_not_asserted(text: str) -> None:
    assert 0.5 <= score(text) < 0.75, reason(text)
    assert "allegation reported against them" in reason(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Cllr Asante stole from the corrupt EU's grant fund", "Cllr Asante"),
        ("Cllr Pritchard is bent as a nine bob note.", "Cllr Pritchard"),
        ("Bent as a nine bob note, Cllr Asante.", "Cllr Asante"),
        ("Stealing from the council is a crime and Cllr Pritchard did it", "Cllr Pritchard"),
        ("Cllr Asante is lying to the police and that is a crime", "Cllr Asante"),
        ("Cllr Pritchard is a stalker", "Cllr Pritchard"),
        ("Cllr Asante raped her. Her accuser was brave to speak up.", "Cllr Asante"),
        ("Hatch took a bribe from the developer", "Hatch"),
        ("Constance lied to the planning committee", "Constance"),
        ("Losing the vote doesn't mean much, Cllr Asante still took a bribe", "Cllr Asante"),
        ("Cllr Pritchard stole the mayor's chain and laughed about stealing it", "Cllr Pritchard"),
        ("Cllr Asante has been exposing himself in the park", "Cllr Asante"),
        ("Cllr Pritchard is a corrupt developer", "Cllr Pritchard"),
        ("Cllr Asante took a bribe and the claims he is honest are rubbish", "Cllr Asante"),
        ("Spence took a bribe from the developer", "Spence"),
        ("Accusing Cllr Asante of fraud is fair, he stole the hall money", "Cllr Asante"),
        # "They" taking up the firm or the people named just before.
        ("Avoid Hallam Plumbing, they are scammers.", "Hallam Plumbing"),
        ("I used Hallam Plumbing last year. They are con artists.", "Hallam Plumbing"),
        ("Cllr Asante and Cllr Pritchard are thieves.", "Cllr Pritchard"),
        ("Thieves, the lot of them at Hallam Homes", "Hallam Homes"),
        ("Cllr Asante and his mates are tax dodgers", "Cllr Asante"),
        ("Never use Hallam Plumbing. Cowboys, gangsters, absolute con men.", "Hallam Plumbing"),
        # Labels alone, after a sentence that opens with the one they are about.
        (
            "Cllr Pritchard left a company off her register of interests. Con men and grifters.",
            "Cllr Pritchard",
        ),
        (
            "Cllr Asante left a company off his register of interests\n\nCon men and grifters.",
            "Cllr Asante",
        ),
    ],
)
def test_the_allegations_beside_them_are_still_found(text: str, target: str) -> None:
    assert_pinned(text, target)


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Asante voted to stay in the corrupt EU.",
        "Lying to the FBI is a crime @CllrAsante",
    ],
)
def test_a_wrong_of_a_body_or_the_law_is_cleared_for_the_comment_model(text: str) -> None:
    assert "libel_cleared" in signal(text).cues


def test_as_opening_a_sentence_is_no_one() -> None:
    text = "Magnus was rude. As opposed to Charlie, who just blatantly lied. Awful service."
    assert "'as'" not in reason(text).lower()
