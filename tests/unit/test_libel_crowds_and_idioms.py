"""Libel 10: words of crime that accuse no one in particular, and the same words that do.

Read from the development half of the real comments, OLID and Davidson. Their false
alarms: a crowd the label is one of, whoever would do it, a duty someone is "charged
with", a story or a festival "stolen", a realisation that "hit me", words quoted as
someone else's, a fan of a team, an adverb opening a sentence, a share of the vote. Their
misses: someone "in prison" now, who "continues to drink and drive", who "discharged a
firearm", who left a child alone. The sentences are written for these tests; none is
quoted from a dataset.
"""

from __future__ import annotations

import pytest
from libel_check import libel


@pytest.mark.parametrize(
    "text",
    [
        # A crowd the label is one of.
        "When it's your own pack of trolls, thieves and cranks you go quiet",
        "The whole gang of crooks and chancers on the committee",
        # Whoever would do it.
        "How low do you have to be to steal from a food bank",
        "What kind of person would steal from a food bank",
        "Anyone caught stealing from the allotments should be banned",
        # A duty, not a prosecution.
        "The officer charged with delivering the scheme has left the council",
        "Cllr Reid was charged with reviewing the parking policy",
        "Your reply was charged with partisanship",
        # Taking stories, festivals and articles.
        "The old church stole other cultures' festivals and myths",
        "Stop stealing the credit for the new crossing, Cllr Reid",
        # A realisation, candour.
        "It just hit me that Cllr Reid is always at the sailing club",
        "Cllr Reid is keeping it real about the budget",
        "I found a tenner on the bus and would have kept it if nobody was looking",
        # A fan of a team, and an adverb that opens a sentence.
        "A drunk Rovers fan stole the corner flag after the match",
        "Practically got arrested at the count for laughing too loud",
        # A share of the vote, a number of drinks.
        "Cllr Reid takes 49% of the vote, Cllr Moss takes 46%",
        "I took 3 shots before the council meeting",
        # Where someone should be, or will end up, and prison as a service.
        "Cllr Reid should be in prison",
        "Can't wait to see Cllr Reid rot in jail",
        "Cllr Reid campaigns on prison reform and prison staff pay",
        "Two years in prison for a parking fine? Really?",
        # Advice, and a starting gun.
        "Don't drink and drive this Christmas",
        "The mayor fired the starting gun at the fun run",
        "The council abandoned the children's centre plan",
        "Never leave the kids alone in the car on a hot day",
        "The mayor approved the culling of the geese",
        "The council pushed the plan through despite objections",
        "Cllr Reid pushed the budget over the limit",
        "Cllr Reid supports the new cycle lanes",
        "The kids love to watch little girls dancing at the fair",
    ],
)
def test_the_words_of_crime_that_accuse_no_one_are_not_libel(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    ("text", "kind", "who"),
    [
        # The same words, said of someone.
        ("Cllr Reid is a thief and a liar", "theft", "Cllr Reid"),
        ("Gary Hill was charged with assaulting a neighbour", "crime", "Gary Hill"),
        ("Cllr Reid stole the raffle money", "theft", "Cllr Reid"),
        ("Cllr Reid found the purse and kept it for himself", "theft", "Cllr Reid"),
        ("Cllr Reid kept the money from the raffle", "theft", "Cllr Reid"),
        ("Cllr Reid took £3,000 from the developer", "bribery", "Cllr Reid"),
        ("Cllr Reid took 500 quid off the builder", "bribery", "Cllr Reid"),
        ("Gary Hill hit me in the face outside the pub", "violence", "Gary Hill"),
        ("The man that hit me is Gary Hill", "violence", "Gary Hill"),
        ("Cllr Reid is a Rovers fan who stole the corner flag", "theft", "Cllr Reid"),
        # In prison now, drinking and driving, a gun fired.
        ("Cllr Reid is in prison again", "crime", "Cllr Reid"),
        ("Gary Hill is now behind bars", "crime", "Gary Hill"),
        ("Cllr Reid continues to drink and drive", "drunkenness", "Cllr Reid"),
        ("You discharged a firearm in the park, you idiot", "crime", "the person addressed"),
        ("Gary Hill fired a shotgun at the neighbours' cat", "crime", "Gary Hill"),
        # A child left alone or abandoned.
        ("Cllr Reid leaves her kids home alone while she's at the pub", "crime", "Cllr Reid"),
        ("She abandoned her kids to go on holiday", "crime", "'She'"),
        # Read from the court lines collected with libel 10, in words written for the tests.
        ("Cllr Reid sanctioned the killing of the informer", "violence", "Cllr Reid"),
        ("Cllr Reid ordered the beating of the shop owner", "violence", "Cllr Reid"),
        ("Mrs Hale pushed Ms Bell out of the way at the count", "violence", "Mrs Hale"),
        ("He pushed me to the ground outside the pub", "violence", "'He'"),
        ("Gary Hill supports and promotes the IRA", "crime", "Gary Hill"),
        ("Cllr Reid has been pilfering from the ward budget", "fraud", "Cllr Reid"),
        ("Cllr Reid likes to watch young girls at the pool", "children", "Cllr Reid"),
    ],
)
def test_the_same_words_said_of_someone_still_are(text: str, kind: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert kind in message and who in message


def test_words_quoted_as_someone_elses_are_reported_not_asserted() -> None:
    score, message = libel('He goes "that\'s why Cllr Reid stole my bike" and walks off')
    assert 0.5 <= score < 0.85, message
    assert "someone else's words" in message and "'Cllr Reid'" in message


def test_the_you_of_quoted_words_is_whoever_they_were_said_to() -> None:
    # He said it to someone, most likely the writer; the reader is not accused, and nor is he.
    score, message = libel('He goes "that\'s why you stole my bike" and walks off')
    assert score < 0.5, message
    assert "not clear whom" in message


@pytest.mark.parametrize(
    "text",
    [
        # Idioms of praise.
        "Cllr Reid is a thief of hearts, what a singer",
        "Cllr Reid murdered the competition at the bake off",
        "Cllr Reid absolutely murdered that speech at the hustings, brilliant.",
        "Cllr Reid kills me with his dad jokes at every meeting.",
        "Can you even say that on here without getting arrested lol",
        "Cllr Reid laughed when a fan knocked the hat off his head",
        "The mayor robbed Rovers of a win by switching the floodlights off early",
        "Cllr Reid stole my vote fair and square, congratulations on winning.",
        "Thatcher stole our school milk and Cllr Reid wants to steal our libraries.",
        "Cllr Reid's dog walked in wearing a Santa hat and stole everyone's heart",
        "We wuz robbed!! Ref needs glasses, Cllr Reid",
        "Cllr Khan stealing all the biscuits at the coffee morning again 😂",
        # Warnings and talks about scams.
        "Scam warning: fake texts saying your bin collection is suspended. It's not the council",
        "Action Fraud say a parcel delivery text scam is going round again, Cllr Reid",
        "Shoplifting at the Co-op is out of control. Cllr Walsh can you raise it?",
        "absolute steal at the car boot today, Cllr Reid's stall had a Le Creuset set for a tenner",
        "The romance scam talk at the WI was eye opening. Can we have it here Cllr Begum?",
        # Offenders as those a councillor, a magistrate or an officer deals with.
        "Cllr Reid was a magistrate before she was elected and sent plenty of thieves down",
        "Cllr Reid used to be a police officer and arrested drug dealers for 20 years",
        "Cllr Reid has been cracking down on the fly tippers",
        "As a special constable Cllr Reid arrested a shoplifter in Tesco",
        # A stranger described by what they did, and a councillor thanked for it.
        "The burglar who broke into the school was caught, thanks to Cllr Reid's campaign",
        "The thief who stole my bike was caught, thanks Cllr Reid",
        # Someone known only by what they did, caught or dealt with.
        "The bloke who burgled us got 3 years, justice done, thanks to the PCSOs.",
        "The lad who nicked my bike has been caught, cheers everyone for sharing.",
        "Cllr Reid reported the man who was harassing women outside the station.",
        "The woman who ran over a cyclist on Marsh Road has been banned from driving",
        "Cllr Reid welcomed the conviction of the Mill Lane arsonist today.",
        "the lad who set fire to the bins on elm road wants locking up",
        # Thanks for catching an offender; an accusation the comment knocks down.
        "cllr reid helped catch the fly tipper who dumped on our street, legend",
        "my husband was falsely accused of theft at work and cllr reid helped him",
        "cllr reid was accused of bullying but the investigation cleared her completely",
        # One of many, somewhere else.
        "Years ago a councillor in Bolton was jailed for fraud; we need better audits here.",
        # Harm done to a councillor's things.
        "Cllr Reid's car was vandalised again, disgusting",
        # Decisions called criminal, offences as topics.
        "Cllr Reid's policies are criminal",
        "Cllr Reid supported the victims of the grooming scandal",
        "Cllr Reid reminded us that drink driving ruins lives",
        "There has been drink driving on this road for years, we need cameras",
        # A corrupt body, and offenders a councillor campaigns against.
        "Cllr Reid is the only one who stood up to the corrupt old leadership",
        "Cllr Reid is campaigning to stop loan sharks preying on families in Hillside",
        "Cllr Reid is pushing for a crackdown on drink drivers near the school",
    ],
)
def test_praise_enforcement_strangers_and_verdicts_on_decisions_accuse_no_one(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The thief who stole my bike is Gary Smith", "Gary Smith"),
        ("The lad who nicked my bike has been caught, it was Kyle Jones", "Kyle Jones"),
        ("The lad who nicked my bike has been caught. His name is Kyle Jones.", "The lad"),
        ("The man who runs the chippy stole my bike and got arrested", "The man"),
        ("The man who ran the chippy got arrested for fraud", "The man"),
        ("Cllr Reid is the man who stole the money and got caught", "Cllr Reid"),
        ("A Labour councillor in Ashby Ward took bribes", "councillor"),
        ("Cllr Reid robbed the hall of its takings", "Cllr Reid"),
        ("Cllr Reid was caught with a prostitute", "Cllr Reid"),
        ("Cllr Reid is a woman beater", "Cllr Reid"),
        ("Cllr Reid, who's a women abuser, should resign", "Cllr Reid"),
        ("Cllr Reid cheated to get elected", "Cllr Reid"),
        ("the mayor's been drink driving again, seen him leave the Red Lion", "the mayor"),
        ("Cllr Reid has been claiming expenses for a second home that doesn't exist", "Cllr Reid"),
        (
            "The leader threatened to withdraw funding from our group unless we backed him",
            "The leader",
        ),
        ("Cllr Reid has been grooming girls online", "Cllr Reid"),
        ("Cllr Reid vandalised the bus shelter", "Cllr Reid"),
        ("Cllr Reid arrested for fraud", "Cllr Reid"),
        ("Police arrested Cllr Reid last night", "Cllr Reid"),
        ("Cllr Reid's charity is a scam", "Cllr Reid"),
        ("Sarah Lane stood with two suspended child grooming taxi drivers", "Sarah Lane"),
    ],
)
def test_the_same_words_said_of_someone_still_accuse_them(text: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"'{who}" in message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("When my husband hit me Cllr Reid helped me find a refuge", "my husband"),
        ("My neighbour stole my parcels and Cllr Reid did nothing", "My neighbour"),
    ],
)
def test_the_writers_own_relative_or_neighbour_is_who_did_it(text: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"'{who}'" in message


def test_paying_for_sex_said_of_the_person_replied_to_is_alleged() -> None:
    score, message = libel("Says the man who got caught with a rent boy in his car")
    assert score >= 0.85 and "the person this comment replies to" in message, message


@pytest.mark.parametrize(
    "text",
    [
        "The old mill owner was hanged for sheep stealing in 1790, great local history talk.",
        "In the 1830s the squire was a notorious smuggler",
        "A Victorian workhouse master who beat the children is buried here",
    ],
)
def test_history_accuses_no_one_living(text: str) -> None:
    score, message = libel(text)
    assert score == 0.0, message


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Reid stole about 1500 from the fund",
        "Cllr Reid is a thief, 1850 people signed the petition",
        "Cllr Reid has been stealing from us since 2019",
    ],
)
def test_a_number_or_a_recent_year_is_no_history(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.85 and "about 'Cllr Reid'" in message, message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("That lowlife Darren at number 12 is the one breaking into the sheds", "Darren"),
        ("The new vicar at St John's has a record for child offences, parents beware", "vicar"),
        ("he's got a record for violence", "he"),
    ],
)
def test_break_ins_and_a_record_for_offences_are_allegations(text: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85 and who in message, message


@pytest.mark.parametrize(
    "text",
    [
        "She broke into a smile when the result came in",
        "Tesco is breaking into the convenience market",
        "Cllr Reid has a record for getting things done",
        "Someone broke into my shed last night",
    ],
)
def test_other_breaks_and_records_accuse_no_one(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "you're lying to yourself if you think the bypass will be built",
        "cllr reid lied about nothing, the minutes show she said exactly that",
        "Cllr Reid, there are kids dealing on the bench behind the Co-op every night",
        "she was dealing in the antiques trade for years",
    ],
)
def test_self_deception_a_denial_and_dealing_in_a_trade_accuse_no_one(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message


def test_dealing_from_a_flat_is_selling_drugs() -> None:
    score, message = libel("He's dealing from his flat, everyone knows")
    assert score >= 0.85 and "crime" in message, message


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Cllr Reid rigged the tender for the leisure centre", "bribery or corruption"),
        ("Cllr Reid rigged the election", "vote rigging"),
    ],
)
def test_a_rigged_tender_is_corruption_and_a_rigged_election_vote_rigging(
    text: str, kind: str
) -> None:
    score, message = libel(text)
    assert score >= 0.85 and f"allegation of {kind}" in message, message


def test_rigging_up_a_shelf_is_no_allegation() -> None:
    score, message = libel("he rigged up a new shelf in the scout hut")
    assert score < 0.5, message


@pytest.mark.parametrize(
    "text",
    [
        "My allotment neighbour murdered his courgettes with too much feed",
        "Cllr Reid butchered the trees on Elm Road",
        "Just seen on the news that the man who threatened to torch the mosque has been given a "
        "suspended sentence.",
        "Glad to hear the lad who mugged my nan got 2 years",
    ],
)
def test_a_gardens_losses_and_news_of_a_stranger_sentenced_accuse_no_one(text: str) -> None:
    score, message = libel(text)
    assert score == 0.0, message


def test_murder_of_a_person_is_still_violence() -> None:
    score, message = libel("He murdered his wife")
    assert score >= 0.85 and "violence" in message, message
