"""Allegations reported as allegations, doers nobody can name, and the jokes, pets and
defences that borrow a charge's words. Each test runs the real rules."""

from __future__ import annotations

import pytest
from libel_check import libel


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Reid was accused of fraud last year.",
        "There are allegations that Cllr Reid took bribes.",
        "Cllr Reid faces a fraud investigation.",
        "Cllr Reid is facing a fraud inquiry over the hall accounts.",
        "Cllr Reid faces sexual assault allegations.",
    ],
)
def test_an_allegation_reported_as_one_is_still_published_and_says_so(text: str) -> None:
    score, message = libel(text)
    assert 0.5 <= score < 0.75, message
    assert "as an allegation reported against them" in message, message
    assert "about 'Cllr Reid'" in message, message


def test_a_bet_is_still_called_a_hint() -> None:
    score, message = libel("I bet Cllr Reid takes bribes.")
    assert 0.5 <= score < 0.75, message
    assert "as a hint or a bet" in message, message


@pytest.mark.parametrize(
    ("text", "word", "who"),
    [
        # The people after a present-tense wrong are who it is done to.
        ("He murders people for fun.", "murders", "He"),
        ("She murders people and nobody does anything.", "murders", "She"),
        # A member of a body, named before it, is who does the act.
        (
            "Mark Jennings from the parish council hits his wife.",
            "hits his wife",
            "Mark Jennings",
        ),
        ("Cllr Reid took a cash payment from the developer.", "took a cash payment", "Cllr Reid"),
        (
            "Cllr Reid accepted a large cash payment from the builders.",
            "accepted a large cash payment",
            "Cllr Reid",
        ),
    ],
)
def test_the_doer_is_found(text: str, word: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"('{word}') about '{who}'" in message, message


@pytest.mark.parametrize(
    "text",
    [
        # The doer is unknown, whoever else is thanked.
        "Cllr Hughes thank you for sorting the CCTV at the rec, hopefully it catches whoever "
        "keeps setting fire to the bins",
        "Cllr Reid thanks, I hope they catch whoever stole the charity box",
        # A sale, not a bribe.
        "The shop took a cash payment for the cake.",
        "The shop took a cash payment from me for the cake.",
        # A pet.
        "My cat is the only drug dealer in this house, she deals catnip to the neighbour's tabby",
        "Cllr Reid's dog is a right thief.",
        # A joke about taste.
        "Breaking news: local man arrested for crimes against fashion at the summer fete",
        "Cllr Reid should be arrested for crimes against fashion in that jumper.",
        # The name-calling judged, not the person.
        "I don't agree with Reid on much but calling her a liar is out of order, she's always "
        "been upfront",
        "calling Cllr Reid a thief is unfair",
        # A count, of no one in particular.
        "There were 3 murders per 100,000 people in the county last year.",
    ],
)
def test_no_one_is_accused(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # "Saying ... is wrong" judges a saying, not the name-calling that follows.
        ("Saying the council is wrong is fine but Cllr Reid is a crook.", "Cllr Reid"),
        # A councillor described by her party is who lied, not the party.
        ("Cllr Reid of the Labour party has lied to residents about the bins.", "Cllr Reid"),
    ],
)
def test_the_person_beside_the_new_exceptions_is_still_accused(text: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.5, message
    assert f"about '{who}'" in message, message


@pytest.mark.parametrize(
    "text",
    [
        "Your party has lied to this town for a decade.",
        "Cllr Reid, your party has lied to this town.",
    ],
)
def test_a_body_is_still_criticised_as_a_body(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        # Something stolen, told with no one who stole it.
        "Bike stolen outside Tesco. Cllr Reid please sort the CCTV",
        "Dog stolen from the garden on Hollins Road!! Cllr Hughes has shared it everywhere.",
        "We had a parcel stolen off our step. Cllr Reid says there's been loads on our road",
        "Police found a stolen car outside Cllr Reid's house",
        # Someone unknown did it, whoever else is named.
        "someone's nicked the flowers by the war memorial. Cllr Reid says she'll replace them",
        "Gary at Kwik Fit warned me there's people going round car parks pinching catalytic "
        "converters",
        "Anyone know who's been setting fire to the bins on Mill Road? Cllr Reid's asked the "
        "fire service to step up visits",
        # The label is who was caught or did it to the person named.
        "The lass at the Co-op who caught the shoplifter got an award from Cllr Reid",
        "Cllr Reid helped catch the burglar",
        "Cllr Reid reported the burglar to the police",
        "Cllr Reid campaigned for speed cameras after her nephew was killed by a drink driver",
        "my grandmother was a WPC in the 60s and used to tell us about catching pickpockets at "
        "the market",
        # A scam warned of or stopped.
        "The clerk has asked everyone to be aware of a fake invoice scam targeting parish "
        "councils.",
        "The allotment committee treasurer was the one who spotted the fraudulent direct debit "
        "and stopped it.",
        # A rumour put right.
        "Please stop tagging Tom in the posts about the drink driver on Hill Street. It wasn't "
        "him, it wasn't his car",
        "Can confirm the post about Cllr Reid being banned from driving is fake. I know her",
        # A body's name opening the sentence is no person.
        "Trading standards caught three shops selling vapes to kids in a test purchase",
        # Everyday words beside the new euphemisms.
        "I always drive home after a few pints of lemonade at the quiz, designated driver life",
        "We're taking the food bank donations to the church hall on Saturday, thanks everyone",
        "My donation never made it to the charity because the bank blocked it, sorted now",
        "We paid for a new boiler that was never fitted, the firm has gone bust",
        "I claimed single person discount when my husband died, it's easy to do online",
        "Please stop relabelling the dates on the allotment rota, it's confusing everyone",
    ],
)
def test_no_one_named_did_it(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Cllr Reid has stolen from the church", "Cllr Reid"),
        ("Cllr Reid had stolen the cash", "Cllr Reid"),
        ("My bike was stolen by Cllr Reid's son", "Cllr Reid's son"),
        (
            "The councillor who owns the garage on Station Road has been running stolen cars "
            "through it for years",
            "The councillor who owns the garage on Station Road",
        ),
        ("Police caught the fraudster Cllr Reid at the airport", "Cllr Reid"),
        ("Someone's pockets are being lined here, Cllr Reid", "Cllr Reid"),
        (
            "Cllr Hughes drives home from the Red Lion after a skinful every Friday.",
            "Cllr Hughes",
        ),
        (
            "Cllr Reid gets straight behind the wheel after a few glasses at every civic do.",
            "Cllr Reid",
        ),
        (
            "The Moor Lane Co-op manager is selling booze to 14 year olds out the back",
            "The Moor Lane Co-op manager",
        ),
        ("Linda Marsh knowingly serves out of date food and relabels the dates", "Linda Marsh"),
        (
            "Cllr Reid, the Age UK donations she collected never made it anywhere near Age UK",
            "she",
        ),
        (
            "The bowls club treasurer has been claiming for green maintenance that's never been "
            "done",
            "The bowls club treasurer",
        ),
        ("Cllr Reid took a cash payment from the developer.", "Cllr Reid"),
    ],
)
def test_the_person_named_did_it(text: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"about '{who}'" in message, message


def test_a_character_in_a_programme_is_no_one_real() -> None:
    score, message = libel("Watched Line of Duty last night, Ted Hastings is definitely bent.")
    assert score < 0.5, message
    assert "in a comment about a TV programme, a film or a book" in message, message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # A councillor compared with a story is still accused.
        ("Cllr Reid is as bent as anyone in Line of Duty", "Cllr Reid"),
        # Television is where the news was seen, not a story.
        ("John Smith is bent, saw it on the telly last night", "John Smith"),
        ("Another episode of corruption from John Smith", "John Smith"),
    ],
)
def test_a_real_person_beside_the_word_of_a_programme_is_accused(text: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"about '{who}'" in message, message


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Mr Dawson the chair still hasn't explained how the PTA money ended up paying for "
            "his conservatory.",
            "PTA money ended up paying for his conservatory",
        ),
        (
            "The pair who run the nursery on Church Street leave the babies strapped in chairs "
            "all day.",
            "leave the babies strapped in chairs all day",
        ),
        (
            "I watched the clerk backdate the planning notice so the objection window had "
            "already closed",
            "backdate the planning notice so",
        ),
    ],
)
def test_more_everyday_wrongs_are_read(text: str, word: str) -> None:
    score, message = libel(text)
    assert score >= 0.6, message
    assert f"('{word}')" in message, message


@pytest.mark.parametrize(
    "text",
    [
        "The nursery staff leave the babies to nap for hours, it's lovely",
        "Never leave the kids alone all day with a new dog",
        "Don't leave the kids alone for long in hot cars",
    ],
)
def test_a_nap_or_a_warning_is_no_neglect(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        # Comment on how a party or a council works.
        "jobs for the boys as usual, the Lib Dems hand out committee chairs like party favours",
        # A one-word verdict on what was just told, with no one named.
        "the chief exec on £190k while they close the day centre. criminal.",
        # The word itself talked about.
        "corrupt is a strong word but what else do you call a system where the developer writes "
        "the viability report",
        # Someone unnamed caught at it.
        "Gary from Kwik Fit got some bloke on camera fly tipping tyres behind his unit and the "
        "council fined him. Well done Gary",
        "Cllr Reid saw some lads nicking bikes",
        # Everyday words beside the new wrongs.
        "Councillors voted themselves a pay rise again while the libraries close",
        "The boundary review changed the vote count needed to win the ward",
        "Please delete the old emails so they can't be read by anyone after you leave, GDPR",
    ],
)
def test_comment_and_verdicts_on_things_stay_out_of_alerts(text: str) -> None:
    score, message = libel(text)
    assert score < 0.75, message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Cllr Reid? Corrupt.", "Cllr Reid"),
        ("Corrupt. That's what Cllr Reid is.", "Cllr Reid"),
        ("Cllr Reid took the hall money. Criminal.", "Cllr Reid"),
        ("Cllr Reid saw Tom Hughes taking a bribe", "Tom Hughes"),
    ],
)
def test_a_verdict_on_a_named_person_still_accuses(text: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.6, message
    assert f"about '{who}'" in message, message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The chief executive leaned on a junior officer to withdraw her statement to the "
            "standards panel.",
            "The chief executive",
        ),
        (
            "Cllr Dawson billed the council for a London hotel for a conference he never went to.",
            "Cllr Dawson",
        ),
        (
            "The council leader agreed to destroy the legal advice on the car park sale so it "
            "could never be disclosed",
            "The council leader",
        ),
        (
            "the clerk wrote herself a pay rise into the budget and then told the councillors it "
            "was the national pay award",
            "the clerk",
        ),
        ("Reid changed the vote count in the planning committee minutes.", "Reid"),
        (
            "Cllr Dawson got his own company to print the council's election material at triple "
            "the going rate.",
            "Cllr Dawson",
        ),
    ],
)
def test_council_wrongs_in_plain_words_are_read(text: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"about '{who}'" in message, message
