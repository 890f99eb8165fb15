"""Libel 27: what a sixth batch of councillor-page sentences showed the rules getting
wrong, fixed where a mechanism was at fault rather than a word. A verdict may name the kind
of offence first ("Classic catchment fraud."); a court's outcome printed in the paper is a
report; a first name placed before its verb ("Sandra on the tills at the Co-op is ...") is
the subject, and so is a councillor's first name alone; a party someone belongs to is not
them; praise for what someone did keeps the comment model from reading the crime they
stood up to as theirs. Each test runs the real rules."""

from __future__ import annotations

import pytest

from monitor.scoring.libel import LibelScorer


def signal(text: str, names: tuple[str, ...] = ("Joanne Pritchard", "Kwame Asante")):
    [found] = LibelScorer(names=names).score([text])
    return found


def score(text: str, names: tuple[str, ...] = ("Joanne Pritchard", "Kwame Asante")) -> float:
    return signal(text, names).scores.get("libel", 0.0)


@pytest.mark.parametrize(
    "text",
    [
        "Asante used his mum's address to get his kids into St Mary's. Classic catchment fraud.",
        "The chair of governors knew what that teacher was doing and moved him on. Safeguarding "
        "cover up.",
        "Sandra on the tills at the Co-op on Pool Road is light fingered",
        "Sandra on the tills at the Co-op has been short changing the old dears for years",
        "Cllr Pritchard screams at her staff until they cry",
        "Three officers have gone off with stress because of Cllr Pritchard and her bullying",
        "Asante was screaming racist abuse at the Polish lads outside the kebab shop",
        "Kwame's a bit handsy, ask any of the young women who've worked on his campaign",
        "Kwame stole the raffle money",
        "Dean Walsh was off his face at the wheel again on Friday",
        "Pritchard's known for liking them young",
        "Dean Walsh is selling the weed he grows to kids at the park",
        "Him on Rowan Close is running a puppy farm out of his garage",
        "The PE teacher at Woodlands messages the year 11 girls on Snapchat",
        "The owner of the takeaway on Albert Terrace reheats yesterday's chicken and sells it as "
        "fresh",
        "The parking boss told the wardens to make up offences when they're short of targets",
        "Hollins Homes skipped the foundation inspections on the Elm Farm houses",
        "Joanne Pritchard fiddled her expenses, it'll be in the court listings soon enough",
    ],
)
def test_allegations_the_sixth_batch_showed(text: str) -> None:
    assert score(text) >= 0.5, text


@pytest.mark.parametrize(
    "text",
    [
        "what are you talking about??? what vandalism, where???",
        "What were you talking about? Climate change? Wall Street fraud? Gun control?",
        "Good news in the Echo, the couple who ran the puppy farm out near Ribble Bridge were "
        "convicted yesterday. Those poor dogs",
        "Bloke got done for drink driving on our street, it was in the magistrates' listings in "
        "the paper",
        "Tesco on the high street is a rip off",
        "Sorry but the party you represent has been lying to this country for 14 years",
        "Kwame stood up to the government and their bullying of small councils",
        "Kwame stood up to Boris and his bullying of northern towns",
    ],
)
def test_reports_parties_and_topics_are_no_allegation(text: str) -> None:
    assert score(text) < 0.5, text


def test_a_cheat_at_a_game_is_no_thief() -> None:
    assert score("Our Sarah is a proper thief at Monopoly 😂", ("Sarah Reid",)) < 0.5
    assert score("Sarah is a thief, she took the float", ("Sarah Reid",)) >= 0.5


def test_a_first_name_that_is_a_word_is_not_read_as_the_councillor() -> None:
    # "Mark" is a word first: a configured Mark Jones is not named by "mark my words".
    assert score("mark my words, someone stole the lead off the church", ("Mark Jones",)) < 0.5


def test_praise_clears_the_comment_for_the_comment_model() -> None:
    praised = signal(
        "Mr Okafor paid for CCTV at the bus shelter out of his own pocket after the old lady "
        "was mugged there. Good man"
    )
    assert "libel_cleared" in praised.cues
    # "a good guy" describes; it does not cheer.
    described = signal(
        "Which of his days on earth was Devin Kelley ever considered a good guy? Ask his ex-wife"
    )
    assert "libel_cleared" not in described.cues
