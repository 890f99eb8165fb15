"""Libel 9: first-hand accounts, labels beside an address, whoever is named as the doer,
hashtags and headlines.

Read from court-tested statements (a label beside an address, years of domestic violence
from a named former partner, a lawyer who "pays for false reviews", pockets "being lined",
a rival "removed by the Police from a polling station", a name and a charge in separate
hashtags) and the ordinary sentences that share their words. The sentences are written for
these tests; none is quoted from a judgment.
"""

from __future__ import annotations

import pytest
from libel_check import libel

from monitor.scoring.base import CommentContext


@pytest.mark.parametrize(
    ("text", "kind", "who"),
    [
        ("Paedophile 12 Holbourne Street.", "children", "'the person at 12 Holbourne Street'"),
        ("Nonce 14 Park Road", "children", "'the person at 14 Park Road'"),
        ("I left Gary Smith after years of suffering domestic violence", "violence", "Gary Smith"),
        ("I suffered years of domestic abuse at the hands of Gary Hill", "violence", "Gary Hill"),
        ("Cllr Reid suffered abuse at the hands of Gary Smith", "violence", "Gary Smith"),
        ("I was punched by Gary Hill outside the Red Lion", "violence", "Gary Hill"),
        ("Sarah Green stole from the till", "theft", "Sarah Green"),
        ("Someone's pockets are being lined here, Cllr Reid", "bribery", "Cllr Reid"),
        ("Tim Bussey pays for false reviews", "fraud", "Bussey"),
        ("Inside trading again, a Tolga Kumova special", "fraud", "Tolga Kumova"),
        ("He touched my daughter at the swimming pool", "children", "'He'"),
        ("He tried getting our 6 year old to go with him", "children", "'He'"),
        ("Dean Cole tried to lure my daughter into his car", "children", "Dean Cole"),
        ("Eddie Talbot had to be removed by the police from the count", "crime", "Eddie Talbot"),
        ("Police had to remove Cllr Reid from the chamber", "crime", "Cllr Reid"),
        ("Cllr Reid has a secret slush fund", "corruption", "Cllr Reid"),
        ("Cllr Reid is married to a convicted terrorist", "crime", "Cllr Reid"),
        ("Cllr Reid in fresh sleaze row", "crime", "Cllr Reid"),
        ("Cllr Reid in new Bingate row", "crime", "Cllr Reid"),
        ("Great night out x #BrandonRook #thief", "theft", "Brandon Rook"),
        ("#brandonrook #loserlife #drunk #stdspreader", "sexual", "#brandonrook"),
        ("You were charged with assaulting Jane Smith", "crime", "the person addressed"),
        ("john smith is a thief", "theft", "'john smith'"),
        ("he tried it on with my 15 year old daughter", "children", "'he'"),
        ("he was hitting on 15 year olds at the bus stop", "children", "'he'"),
        ("The vicar at St Mary's has been interfering with the altar boys", "children", "vicar"),
        ("Cllr Reid's got a record as long as your arm", "crime", "Cllr Reid"),
        ("He has been harassing me for months", "crime", "'He'"),
        ("She keeps sending me threatening messages", "crime", "'She'"),
        ("This man has been giving sexual harassment to my sister", "sexual", "This man"),
        ("She was beaten by her husband for years", "violence", "'her husband'"),
        ("Cllr Reid was harassed by Gary Smith", "crime", "Gary Smith"),
        ("Cllr Reid's company dumps waste illegally", "crime", "Cllr Reid"),
        ("Cllr Reid's care home neglects the residents", "crime", "Cllr Reid"),
        ("PC Dawson is a corrupt cop who plants evidence", "corruption", "PC Dawson"),
        ("Sgt Miller took a bribe", "corruption", "Sgt Miller"),
        ("The mayor was caught with coke at the Labour do", "crime", "The mayor"),
    ],
)
def test_a_first_hand_account_or_a_label_at_an_address_is_an_allegation(
    text: str, kind: str, who: str
) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert kind in message and who in message


@pytest.mark.parametrize(
    "text",
    [
        # An event at an address: the victim's door, not a label for who lives there.
        "Burglary 12 Holbourne Street last night, keep your doors locked",
        "Burglary on Holbourne Street last night, keep your doors locked",
        "Drug dealers all over the estate",
        "Drug dealers all over Victoria Park",
        # Suffering named without a doer, or a doer who is no one in particular.
        "She suffered abuse online from trolls after the vote",
        "She suffered abuse at the hands of trolls",
        "Victims of domestic abuse need more refuge places, Cllr Reid",
        "Cllr Reid has done nothing for women suffering domestic abuse",
        # Touched as moved, getting children somewhere as a council does.
        "This story touched my daughter",
        "My kids were touched by the kindness of the bin men",
        "The council tried getting our kids to go to a different school",
        "The funding is lining developers pockets",
        # A verdict on a landlord's standards (held opinion).
        "You sir are nothing more than a Slum Lord!",
        # The police at work on things and crowds; a budget called a slush fund.
        "The police removed the protest camp from the green",
        "Protesters were removed by police from the chamber",
        "The ward budget is just a slush fund for pet projects, Cllr Reid",
        # Whoever is in someone's pocket is accused, not the pocket's owner.
        "... in the pocket of United Soils",
        # "Scam" alone is a word for a scheme.
        "Scam",
        "Cllr Reid in new parking row",
        # Hashtags for groups and topics, and a name tag with praise.
        "Great night with #brandonrook #legend",
        "#DeepStateCorruption #FemFrauds #DemsAreFrauds #MeToo",
        "Council tax up again #robbery #cllrreid",
        "I wouldn't be surprised if it rains",
        "If Cllr Reid took a bribe he should resign",
        "will power is a fraud",
        "grace period has been a scam",
        "he tried it on with my wife",
        "me from the future is a thief",
        "The new rules are interfering with kids education",
        "the roadworks are interfering with the boys football",
        "My list of complaints is as long as your arm",
        "The council was caught with its pants down",
        # A kind of people, not a name: a capitalised word right before a plural label.
        "Damn Alaskan Bush robbers are at it again...",
        "Tory crooks the lot of them",
        "he consumes extraordinary amounts of artificial sweetener",
        # "Your" before the victim: the reader is the parent, not the accused.
        "your son was groped at the youth club",
        # Harassment suffered, by no one identifiable; harassment as a topic.
        "Cllr Reid was harassed by trolls",
        "I was harassed online after the vote",
        "Sexual harassment is rife in Westminster",
        "The harassment of councillors online has to stop",
        "Council sent me a threatening letter about my bins",
        "The council neglects the residents of Moor Lane",
        "People park illegally on Mill Lane every day",
        "Inspector Morse solved it again",
        "I have nothing to hide",
        # Nagging an institution; a political drubbing; someone's helpers.
        "Cllr Reid keeps harassing the council about potholes, good on him",
        "Cllr Reid was attacked by the opposition at the meeting",
        "I was harassed by Cllr Reid's canvassers three times this week",
    ],
)
def test_the_same_words_in_ordinary_sentences_accuse_no_one(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    ["... a paedophile and a racist", "A paedophile and a racist.", "Liar and a fraudster"],
)
def test_labels_side_by_side_answer_the_person_replied_to(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert "the person this comment replies to" in message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("wouldnt be surprised if hes got his fingers in the till", "'he'"),
        ("I would not be surprised if Cllr Reid has his hand in the kitty", "Cllr Reid"),
    ],
)
def test_not_being_surprised_insinuates_rather_than_supposes(text: str, who: str) -> None:
    score, message = libel(text)
    assert 0.5 <= score < 0.85, message
    assert who in message


def test_or_what_asks_even_with_more_after_the_emoji() -> None:
    score, message = libel("he robbed a bank or what 😂 😂 the lads were saying")
    assert 0.5 <= score < 0.85, message
    assert "as a question that insinuates it" in message


REPLY = CommentContext(parent_author="Gary Hill")


@pytest.mark.parametrize(
    ("text", "called"),
    [
        ("Lol this from a convicted shoplifter", "a convicted shoplifter"),
        ("Hark at the expenses fiddler", "an expenses fiddler"),
        ("Pot, kettle, fraudster", "a fraudster"),
        ("Takes one to know one, you crook", "a crook"),
        ("Big words from someone who got sacked for nicking from the till", "someone who got"),
        (
            "This from the man who had a restraining order taken out against him",
            "the man who had a restraining order",
        ),
    ],
)
def test_retorts_call_the_person_replied_to_what_they_say(text: str, called: str) -> None:
    score, message = libel(text, REPLY)
    assert score >= 0.85, message
    assert f"the person this comment replies to, is {called}" in message


@pytest.mark.parametrize(
    "text",
    [
        "What happened to the £10k from the gala, Cllr Reid?",
        "Tell us about the missing money, Cllr Reid",
        "Remind us how you got your council house again, Cllr Reid?",
        "Cllr Reid and the developer are very close if you get my drift",
        "Cllr Reid has a lot to hide",
    ],
)
def test_questions_about_missing_money_hint_at_the_person_named(text: str) -> None:
    score, message = libel(text)
    assert 0.5 <= score < 0.85, message
    assert "hints at something discreditable about 'Cllr Reid'" in message


def test_money_gone_from_a_council_budget_is_no_hint_about_anyone() -> None:
    score, message = libel("What happened to the money for the playground? The council promised it")
    assert score < 0.5, message


def test_a_drunk_hashtag_reads_like_drunk_in_a_sentence() -> None:
    score, message = libel("Great night out x #BrandonRook #drunk")
    assert 0.5 <= score < 0.85, message
    assert "'drunk' is often used as an insult" in message and "Brandon Rook" in message


@pytest.mark.parametrize(
    ("text", "word", "who"),
    [
        (
            "The manager at the Tesco Extra touched me in the stockroom.",
            "touched me in the stockroom",
            "The manager at the Tesco Extra",
        ),
        (
            "Darren from the garage on Mill Lane took my car for a joyride and wrote it off.",
            "took my car for a joyride",
            "Darren from the garage on Mill Lane",
        ),
        (
            "The driver of the 42 bus spat at my son and called him a slur.",
            "spat at my son",
            "The driver of the 42 bus",
        ),
    ],
)
def test_what_a_described_person_did_to_the_writer_is_read(text: str, word: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"('{word}') about '{who}'," in message, message


@pytest.mark.parametrize(
    "text",
    [
        "Your kind words really touched me in the end.",
        "Cllr Reid's speech touched me at the memorial.",
        "My son took my car without asking again, teenagers!",
        "The driver of the 42 bus was lovely to my nan.",
    ],
)
def test_being_moved_borrowing_and_praise_are_no_charge(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "Darren from the garage on Mill Lane found my stolen car in a field, what a star.",
        "The treasurer of the bowls club reported the missing money to the police straight away.",
        "The new chair of governors was sacked from his last job for whistleblowing, a scandal.",
    ],
)
def test_who_found_reported_or_blew_the_whistle_is_no_wrongdoer(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


def test_sacked_for_stealing_is_still_an_allegation() -> None:
    score, message = libel("The new chair of governors was sacked from his last job for stealing.")
    assert score >= 0.85, message
