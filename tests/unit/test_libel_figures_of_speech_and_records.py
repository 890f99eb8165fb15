"""Libel 26: what 1,953 more public comments, labelled for allegations, showed the rules
getting wrong. Figures of speech that borrow a crime's words are no allegation, nor is the
writer's own record or a parent's story of their own child; a bare noun opening a sentence
("Bloke got done for ...", "Bike nicked ...") is no one's name; "has no previous
convictions" denies one. And the charges people make that the rules did not read: wanted
by the police, an illegal immigrant named, a phone bugged, evidence destroyed, a dead
relative's blue badge, goods under the counter, shares held in secret, pregnant staff let
go, beaten up by someone named. Each test runs the real rules."""

from __future__ import annotations

import pytest
from libel_check import libel

from monitor.scoring.libel import LibelScorer


def score(text: str) -> float:
    [signal] = LibelScorer(names=("Priya Shah", "Gareth Lloyd")).score([text])
    return signal.scores.get("libel", 0.0)


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Shah hit me up when you're back from holiday, want to talk about the allotments",
        "Lloyd exposed himself for who he is at that hustings, all talk",
        "Cllr Shah kicked his ass in the debate last night",
        "Asking me when did you stop beating your wife type questions isn't debate",
        "Gareth sold his soul to the party whips years ago",
        "Nearly got hit on the zebra crossing, my life flashing before my eyes",
        "The cuts robbed the families on the estate of their dignity",
        "Cllr Lloyd stole my dad's haircut 😂",
        "Tell Cllr Shah the bins are late and she'll act like you just kicked her dog",
        "I asked Gareth how to steal a march on the other wards for the grant",
        "My twitter account has been suspended for calling Cllr Lloyd what he is, a waste of space",
        "Spent the weekend on GTA, stole about 40 cars, don't tell Cllr Lloyd",
        "got done for 34 in a 30 on the bypass myself, fair cop",
        "My own kid got caught shoplifting sweets when he was 9, I marched him back in",
        "Bloke got done for drink driving on our street, it was in the magistrates' listings",
        "Bike nicked from outside the Co-op on Mill Lane today, blue with a basket",
        "He has no previous convictions and is of good character, the judge said so",
        "Gareth bought you a pint at the quiz, stop moaning",
        "Cllr Shah bought her son some trainers at the market stall, lovely lad",
        "Absolutely robbed in the cup though, that linesman needs his eyes tested",
        "Cllr Lloyd got the cannabis farm in the old garage shut down last year, to be fair",
        "The rumour going round that Cllr Lloyd was arrested is absolute rubbish, he was at "
        "my daughter's wedding all weekend",
        "Lol imagine thinking the by-election was fair 😂 anyway who's coming to the litter pick",
        # Read from a fifth batch of councillor-page sentences.
        "The security guard at Boots deserves a medal, calm as you like with that shoplifter",
        "Court round-up: a 23 year old Corby Heath man fined £600 for drink driving on the bypass",
        "Anyone watching that new police drama? The bent copper storyline is mental",
        "The fella on the karaoke at the Swan absolutely murdered Bohemian Rhapsody 😂",
        "The ref was shocking, how was that not a pen?! Corby Heath Town robbed AGAIN",
        "United fans in here wailing, your defending was criminal mate",
        "Daft rumours on TikTok again. Nobody's been arrested at the town hall, it was a drill",
    ],
)
def test_figures_of_speech_and_the_writers_own_are_no_allegation(text: str) -> None:
    assert score(text) < 0.5, text


@pytest.mark.parametrize(
    "text",
    [
        "Gareth Lloyd is wanted by the police for the break in at the depot",
        "Cllr Shah's lodger is an illegal immigrant, everyone on the road knows",
        "Cllr Lloyd bugged her office phone before the group meeting",
        "Priya Shah destroyed the email evidence before the audit",
        "Gareth Lloyd has at least three convictions for fraud",
        "Cllr Shah uses her dead mum's blue badge to park in town",
        "The pharmacist at the Bridge St chemist is selling codeine under the counter",
        "Has Cllr Shah declared the shares she's secretly holding in the incinerator firm?",
        "The manager at the Bridge St Tesco gets rid of women as soon as they're pregnant",
        "My son was beaten up by Gareth Lloyd outside the chippy",
        "My son got beaten up by Gareth Lloyd outside the chippy",
        "Gareth Lloyd bought him off with a seat on the committee",
        # Read from a fourth batch of councillor-page sentences.
        "The reporter who covers the council has been paid off by Cllr Shah to bury the story",
        "Lol imagine thinking Ace Lettings are legit 😂 Darren's been laundering money through "
        "that place since day one",
        "Nah Ken you're talking rubbish, you're the one who got caught shoplifting in Tesco",
        "The head of highways never fixes Hill Top Road, his mate's tyre place makes a fortune "
        "and he gets his cut",
        "Big Steve from Hill Top Road is the one fly tipping down Pit Lane",
        "That bloke at 3 Juniper Way has been done twice for battering his missus",
        "Gary at the garden centre sold my dad a mower that was nicked from the allotments",
        "The vicar has been claiming council grant for 40 people a day when 6 turn up",
        "The woman at number 9 lets her boyfriend deal out of her kitchen",
        "Mr Ashworth has been claiming a rank he never held for twenty years",
        "Gareth Lloyd put the wrong date on the notice on purpose so nobody could turn up",
        "Gary Smith from Corby Heath was fined for drink driving",
        "Cllr Shah lent money to that thief Hammond",
    ],
)
def test_charges_read_from_real_comments_are_allegations(text: str) -> None:
    assert score(text) >= 0.5, text


def test_a_parents_story_does_not_excuse_what_was_done_to_the_child() -> None:
    assert libel("My son was beaten up by Gareth Lloyd")[0] >= 0.75
    assert libel("My daughter was kicked by the lad next door, Dean Walsh")[0] >= 0.5
