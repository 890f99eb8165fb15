"""Council wrongdoing told in residents' plain words, read by the rules (libels 21 and 22),
and the everyday sentences with the same words that stay out of the libel category. Each
test runs the real rules."""

from __future__ import annotations

import pytest
from libel_check import libel


@pytest.mark.parametrize(
    ("text", "kind", "who"),
    [
        # Read since libel 21.
        ("you fixed the postal votes in Brookside, Cllr Reid", "vote rigging", "Cllr Reid"),
        ("Cllr Barlow registered six people at his own address", "vote rigging", "Cllr Barlow"),
        (
            "Cllr Whitcombe voted on her own husband's planning application",
            "undeclared interest",
            "Cllr Whitcombe",
        ),
        (
            "Darren Whitlock from planning was handed cash in the car park",
            "bribery",
            "Darren Whitlock",
        ),
        ("Cllr Ossett votes how the golf club pays him to", "bribery", "Cllr Ossett"),
        ("the chair of licensing is a coke user", "drunkenness or drugs", "chair of licensing"),
        (
            "the cabinet member for housing sold council flats to his mates on the cheap",
            "abuse",
            "cabinet member for housing",
        ),
        # Read since libel 22.
        ("Planning officer Helen Marsh was bribed to write the report", "bribery", "Helen Marsh"),
        ("That lying bastard Hammond pocketed thirty grand off the developers", "theft", "Hammond"),
        ("you sold council land to your mate at half price", "undeclared interest", "addressed"),
        ("Cllr Gibbons sent pictures of himself to a 16-year-old", "children", "Cllr Gibbons"),
        (
            "Cllr Chauhan is the one tipping off the landlords before raids",
            "abuse of office",
            "Chauhan",
        ),
        (
            "Cllr Nowak was let go from the trust for doctoring patient records",
            "fraud",
            "Cllr Nowak",
        ),
        ("Cllr Chauhan is using his mum's address to stand in Eastfield", "fraud", "Cllr Chauhan"),
        ("He fiddled the housing list to get his mates flats", "fraud", "'He'"),
        (
            "Cllr Haslam got his council house through his aunt and jumped the whole list",
            "abuse of office",
            "Cllr Haslam",
        ),
        (
            "Cllr Dunmore knocked a cyclist off and got his wife to say she was driving",
            "crime",
            "Cllr Dunmore",
        ),
        ("Janet Lister fakes gas safety certificates for her tenants", "fraud", "Janet Lister"),
        ("The lights charity chaired by Cllr Rigby is a front", "fraud", "Cllr Rigby"),
        ("Cllr Sadiq's charity is a front for laundering money", "fraud", "front for laundering"),
        ("Richard Lomax paid off the conservation officer", "bribery", "about 'Richard Lomax'"),
        ("The treasurer keeps our money in her own account", "fraud", "The treasurer"),
        (
            "Cllr Wright is doing cash jobs while he's off sick from the council",
            "fraud",
            "Cllr Wright",
        ),
        (
            "Cllr Stannard has been using council vans to do up his own houses",
            "abuse of office",
            "Cllr Stannard",
        ),
        (
            "The chief executive ordered them deleted because 80% said no",
            "abuse of office",
            "chief executive",
        ),
        (
            "Sandra Pell signed off a £250k payout to a close friend",
            "abuse of office",
            "Sandra Pell",
        ),
        ("The chairman's son has been flytipping builder's waste in the lay-by", "crime", "son"),
        ("The clerk changed the minutes to hide how Cllr Fettes voted", "fraud", "The clerk"),
        (
            "@CllrBrierley deleted 400 emails before the deadline. Destroying evidence.",
            "dishonesty",
            "@CllrBrierley",
        ),
        ("Cllr Vaughan is a silent partner in the hotel", "undeclared interest", "Cllr Vaughan"),
        (
            "Kenny Blythe pays his girlfriend as a consultant out of the regen budget",
            "abuse of office",
            "Kenny Blythe",
        ),
        ("Mayor Quinn drink drove home from the civic dinner", "crime", "Mayor Quinn"),
        ("cllr reid touched kids when he was a scout leader", "children", "cllr reid"),
        (
            "The office manager has been selling constituents' data to debt collectors",
            "crime",
            "office manager",
        ),
        ("Cllr Keane gambled away the pension fund at the bookies", "fraud", "Cllr Keane"),
        (
            "The food bank Cllr Tiernan chairs sells the donations out the back",
            "theft",
            "Cllr Tiernan",
        ),
        (
            "That parking warden Phil Grundy makes up tickets to hit his bonus",
            "fraud",
            "parking warden",
        ),
        ("Cllr Dunmore is a slum landlord with 40 illegal HMOs", "crime", "Cllr Dunmore"),
        ("The mayor took the chain of office home and pawned it", "theft", "The mayor"),
        (
            "Cllr Varley's brother-in-law owns the firm. Not once has he declared it.",
            "undeclared interest",
            "Cllr Varley",
        ),
        ("The Labour candidate's son deals weed out of the back", "crime", "candidate's son"),
        ("The youth worker at the Oakley centre grooms teenage girls", "children", "youth worker"),
        ("you fiddled the library closure survey, deleted the objections", "fraud", "addressed"),
        ("Mayor Pritchard is in Bellway's pocket", "bribery", "Mayor Pritchard"),
        ("PC Walsh is in the dealers' pockets", "bribery", "PC Walsh"),
        (
            "the 20mph only went on his road cos cllr hale paid off the highways team",
            "bribery",
            "hale",
        ),
        ("That reporter from the Herald gets a brown envelope every month", "bribery", "reporter"),
        (
            "cllr mcgarry claimed for a hotel in london the week he was in benidorm",
            "fraud",
            "mcgarry",
        ),
        ("The mayor charged the council for her daughter's wedding cars", "fraud", "The mayor"),
        ("Cllr Siddiqui charged his family's Christmas meal to the council", "fraud", "Siddiqui"),
        (
            "you claimed £900 for a laptop on expenses and then sold it on eBay",
            "fraud",
            "addressed",
        ),
        (
            "The allocations officer puts Polish families at the bottom of the list",
            "office",
            "officer",
        ),
        ("Diane Frost bins any application with an Asian surname", "office", "Diane Frost"),
        (
            "Cllr Fairhurst turns up to hearings with powder round his nostrils",
            "drugs",
            "Fairhurst",
        ),
        ("The head of housing shreds disrepair complaints", "cover-up", "head of housing"),
        (
            "Cllr Dunmore had the flood report and sat on it so the homes would get permission",
            "cover-up",
            "Cllr Dunmore",
        ),
        ("She only got the cabinet job by sleeping with the Leader", "sexual", "'She'"),
        ("the mayor was caught getting a blowjob in the car park", "sexual", "the mayor"),
        ("the councillor who pushed it is on the bus company's payroll", "bribery", "councillor"),
    ],
)
def test_council_wrongdoing_in_plain_words_is_read(text: str, kind: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert kind in message and who in message, message


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Reid touched children's lives across the ward with the holiday club.",
        "Cllr Reid, there has been fly tipping of builders' waste on Moss Lane, please act.",
        "Cllr Reid campaigns against illegal HMOs in the ward, good on her.",
        "Cllr Reid's vanity roundabout is a misuse of public money.",
        "The clerk changed the minutes after the meeting to correct a typo in my name.",
        "The election result was not declared until 4am, Cllr Reid held her seat.",
        "The charity shop sells the donations to raise money for the hospice.",
        "Labour are harvesting votes in Eastfield with promises they can't keep.",
        "Cllr Reid sent pictures of the fete to the Gazette.",
        "The new bakery is a front-runner for the high street award.",
        "Cllr Reid handed the grant to the family hub on Mill Lane.",
        "The mayor took the chain of office home to polish for the parade, bless him.",
        "My dad got caught lifting weights at 80, what a legend.",
        "Cllr Reid was harassed by protesters outside the town hall.",
        "The council should put money back in residents' pockets, Cllr Reid agrees.",
        "Cllr Reid sat on the report for a week so she could check the figures properly.",
        "Cllr Reid's new policy puts homeless families at the bottom of the list, shameful.",
        "Cllr Reid paid off the team's debts from the tournament out of her own pocket, legend.",
        "My son has been on the council's payroll for ten years as a bin man.",
        "He claimed for a hotel in London when he was there for the LGA conference, as allowed.",
        "Cllr Reid grooms dogs at the weekend, lovely woman.",
        "The Labour candidate's leaflet came through the door today.",
        "Our neighbour's extension is finally finished, Cllr Reid helped with planning.",
    ],
)
def test_the_same_words_in_everyday_sentences_are_not_read_as_allegations(text: str) -> None:
    score, message = libel(text)
    assert score < 0.75 and "stated as fact" not in message, message


@pytest.mark.parametrize(
    ("text", "word", "who"),
    [
        (
            "Interesting that Cllr Moss declared nothing and voted for her husband's firm.",
            "voted for her husband's firm",
            "Cllr Moss",
        ),
        (
            "Cllr Okafor grew his majority by paying people £20 a vote on the Beechwood.",
            "paying people £20 a vote",
            "Cllr Okafor",
        ),
        (
            "The school business manager at Hillside Academy has been putting her own invoices "
            "through.",
            "putting her own invoices through",
            "The school business manager at Hillside Academy",
        ),
        (
            "The clerk to the parish council faked the minutes of the March meeting.",
            "faked the minutes",
            "The clerk to the parish council",
        ),
        (
            "Cllr Webb treats the ward fund as his private piggy bank.",
            "private piggy bank",
            "Cllr Webb",
        ),
        (
            "Cllr Dunmore claimed £4k for taxis he never took.",
            "claimed £4k for taxis he never took",
            "Cllr Dunmore",
        ),
    ],
)
def test_favours_bought_votes_and_own_invoices_are_read(text: str, word: str, who: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"('{word}') about '{who}'," in message, message


@pytest.mark.parametrize(
    "text",
    [
        "The council is paying residents £10 to vote in the budget consultation.",
        "The kids each got their own piggy bank at the credit union savings club.",
        "The finance officer is putting her own invoices through the new system from Monday.",
        "The clerk to the parish council published the minutes of the March meeting.",
        "The whole council lied to us about the bins.",
    ],
)
def test_the_same_words_for_incentives_savings_and_systems_are_no_charge(text: str) -> None:
    score, message = libel(text)
    assert score < 0.75, message


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Greaves was pissed at the wheel again last night, drove into the bollard.",
            "pissed at the wheel",
        ),
        (
            "Bell's wife runs the charity and she's been emptying the charity's funds.",
            "emptying the charity's funds",
        ),
    ],
)
def test_drink_at_the_wheel_and_funds_emptied_are_read(text: str, word: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert f"('{word}')" in message, message


def test_bins_emptied_are_no_charge() -> None:
    score, message = libel(
        "Cllr Reid is emptying the bins herself now, the contractor has gone bust."
    )
    assert score < 0.5, message
