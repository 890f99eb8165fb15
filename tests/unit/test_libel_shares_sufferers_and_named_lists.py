"""Libel 31: wrongs the rules read into public tweets that the OLID and Davidson datasets label
not offensive, and into council-page comments of the same kind. "Takes 46%" is a share of the
vote, not a bribe; "her sexual assault" is one she suffered; a clause under "even if" supposes
what it says; "protections against fraud" and "the deportation of convicted terrorists" talk
of offences, not of anyone who did them; "all the burglars and thieves" are every one of a
kind; politicians "steal an issue" from each other; "helped me report the scam caller" is a
scam done to the writer; "didnt", "wont", "without" and "nothing to do with" deny it as
"didn't" does, unless "anymore" says it was done; "I guarantee you the election was rigged"
tells the reader, and accuses no reader; a joke to a partner about stealing is a joke; a
legislature lies as a party does; Nazi Germany and the second world war are history. Beside
them, people named one after another and then called "all crooks" are each accused, money
taken is still a bribe, and not knowing that someone bugged a phone still says that he did.
From comments written to probe a council page: food relabelled past its date (by a shop
named by one word, too), goods passed off as homemade, corners cut on asbestos, county
lines, waste dumped in the woods, an assessor paid off, dodgy expenses and a councillor
posting under a fake name are charges; a scam email "from" a body in quotes poses as it, a
referee "robs" a team of a result, and Robin Hood is legend. More of them: watered beer,
short measures, a clocked car, a second-hand part sold as new, smoke alarms taken down,
food spat in, deposits taken before vanishing, benefits claimed while working, dealing from
a front door, buying weed, keyed cars, strings pulled, being "inappropriate with" pupils and
"keep your kids away" are charges; a speech that "was a killer", an award "stolen" by the
next village, "corrupt isn't one of them" and "police are investigating" a con by strangers
are not. And: "Absolute crooks." after a firm that "they" stands for, VAT dodged, skip loads
dumped, illegal workers, anonymous letters, goods held hostage, a pub by its two-word name,
a car sold with dodgy brakes and "shouldn't be allowed near the altar boys" are charges;
thanks after a stranger's con, "Older folks" and "Massive thanks" (no names), a loan shark
"issue" raised at council and people told to check the facts before calling someone corrupt
are not. A wrong told beside thanks to the person it names ("Thanks to Cllr Pritchard for
helping my gran after a man ... stole her purse") is for review, not an urgent alert, unless
the thanks are "for nothing" or the wrong is pinned on someone else; a comment that puts an
allegation down ("Nobody seriously thinks ... took a penny", "the rumour ... is complete
rubbish") clears it for the whole-comment model. Last: a deposit kept, rooms let with no fire
doors, no minimum wage, dealing from a front room, catalytic converters and spiked drinks are
charges; what rogue traders do, a leaflet on them and a squirrel taken for a burglar are not.
Each test runs the real rules."""

from __future__ import annotations

import pytest

from tests.libel_rules import assert_no_libel_label, assert_pinned, reason, score, signal


@pytest.mark.parametrize(
    "text",
    [
        # A share of the vote.
        "Cllr Asante takes 46% of the vote, Cllr Pritchard takes 41%. A close count.",
        "Rick Scott takes 49% of vote, Charlie Crist takes 46%. Scott wins second term",
        # What was done to her, by no one named.
        "Don't make jokes about her sexual assault, Cllr Asante was right to call it out.",
        "Criticise Amanda for what she said, sure, but don't make jokes about her rape.",
        # Supposed, not said.
        "Orrin Hatch: even if Kavanaugh committed rape it would be hard for senators to say no",
        # Offences as a subject of law.
        "The government is dismantling protections against fraud by rogue landlords.",
        "He makes his case for the swift deportation of convicted terrorists.",
        # Every one of a kind.
        "Tougher sentences for all the burglars and thieves in this town, please.",
        "May God's wrath fall upon all tyrants, human traffickers and those who betray us.",
        # Politics, not theft.
        "Labour might not want to let Cllr Pritchard steal this issue before May.",
        # Done to the writer.
        "Cllr Asante helped me report the scam caller to the police.",
        # Denied, typed without the apostrophe, or with "without" or "nothing to do with".
        "Cllr Pritchard didnt steal anything from the hall, read the accounts.",
        "Too bad you wont hit a girl",
        "I dont think Cllr Asante is corrupt, just out of his depth.",
        "He ran the club for ten years without stealing a penny.",
        "Islam is a religion of love and respect. It has nothing to do with child abuse.",
        "Cllr Asante had nothing to do with the fraud at the bowls club.",
        # The reader told, not accused.
        "I guarantee you the election was rigged.",
        "I'm telling you, the count was rigged.",
        # A joke about doing it.
        "made a joke to my partner about stealing the mayor's chain and she was not amused",
        # A legislature, as a party is.
        "The Senate has lied to the American people.",
        # History: the dead cannot be libelled.
        "In Nazi Germany Hitler used his speeches to incite violence and the victims were arrested",
        "During the second world war the camp commandant murdered thousands.",
    ],
)
def test_a_share_a_sufferer_a_supposition_or_a_kind_gets_no_libel_label(text: str) -> None:
    assert_no_libel_label(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Cllr Asante and Cllr Pritchard are all crooks.", "Cllr Pritchard"),
        ("Cllr Reid, Cllr Smith and Cllr Jones are all crooks.", "Cllr Jones"),
        ("Cllr Pritchard takes £500 from developers every year.", "Cllr Pritchard"),
        ("Even if you don't believe me, Cllr Pritchard stole from the charity.", "Cllr Pritchard"),
        ("Cllr Pritchard stole that money from the hall fund.", "Cllr Pritchard"),
        ("I'm telling you, the count was rigged by Cllr Asante.", "Cllr Asante"),
        ("Without a doubt Cllr Pritchard is a crook.", "Cllr Pritchard"),
        ("Dont forget Cllr Pritchard lied to the whole ward.", "Cllr Pritchard"),
        ("I blocked her so she wont be stalking me anymore", "she"),
        ("Cllr Pritchard didnt just steal the money, she lied about it.", "Cllr Pritchard"),
        ("She does not know that Gary Hill bugged her phone.", "Gary Hill"),
        ("Cllr Reid lied about the budget, it's like Nazi Germany in this council.", "Cllr Reid"),
    ],
)
def test_named_people_called_all_crooks_and_money_taken_are_still_pinned(
    text: str, target: str
) -> None:
    assert_pinned(text, target)


@pytest.mark.parametrize(
    "text",
    [
        "I bet you stole the raffle money.",
        "I told you that you are a thief.",
        "You're the one sending those vile anonymous letters, Brenda.",
    ],
)
def test_the_reader_told_and_accused_is_still_the_one_accused(text: str) -> None:
    assert score(text) >= 0.5, text
    assert "about the person addressed" in reason(text), reason(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # Trading: food past its date, goods passed off, corners cut where it can kill.
        ("Harris Butchers relabels out-of-date chicken. I worked there.", "Harris Butchers"),
        ("Sugar & Spice passes off shop-bought cakes as homemade.", "Sugar & Spice"),
        ("FreshWay on Park Road relabels out-of-date meat with new dates.", "FreshWay"),
        ("Greggs passes off frozen pasties as fresh.", "Greggs"),
        ("Marsh & Sons cut corners on asbestos removal, avoid.", "Marsh & Sons"),
        # Drug running and fly-tipping.
        (
            "Raj at the Kwality Kebab House is in with the county lines lot.",
            "Raj at the Kwality Kebab House",
        ),
        ("Gary Hill dumps his builders waste in the woods off Moor Lane.", "Gary Hill"),
        # A bribe to an assessor, expenses called dodgy, a sock puppet.
        (
            "Dunmore Homes paid off the flood risk assessor to say the site was fine.",
            "Dunmore Homes",
        ),
        ("Cllr Pritchard's expenses are dodgy, everyone in the office knows.", "Cllr Pritchard"),
        ("That 'local mum' account is Cllr Asante himself using a fake name.", "Cllr Asante"),
        # A scam from a firm named without quotes is the firm's.
        ("Got a fraudulent invoice from Gary Hill's company last week.", "Gary Hill"),
    ],
)
def test_trading_drug_running_tipping_and_sock_puppets_are_pinned(text: str, target: str) -> None:
    assert_pinned(text, target)


@pytest.mark.parametrize(
    "text",
    [
        'Got a fraudulent email from "Harbridge Borough Council" about a refund. Phishing!',
        "The ref absolutely robbed us on Saturday. Town deserved at least a draw.",
        "Robin Hood robbed from the rich to give to the poor. This budget does the opposite.",
        "How do you report suspected benefit fraud? Asking in general.",
        "They relabel out-of-date meat in some shops, always check the dates.",
    ],
)
def test_a_scam_posing_as_someone_a_referee_and_an_outlaw_of_legend_get_no_libel_label(
    text: str,
) -> None:
    assert_no_libel_label(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Jason at the Fox and Hounds waters the beer and short measures every spirit.",
            "Jason at the Fox",
        ),
        (
            "Kev at Northgate Motors clocked the Astra he sold me, 140k on the old MOT.",
            "Kev at Northgate Motors",
        ),
        ("Paul Smith charged me for a new boiler part and fitted a second hand one.", "Paul Smith"),
        ("The landlord, Mr Oduya, takes the smoke alarms down between inspections.", "Mr Oduya"),
        (
            "The chef at the Carlton Arms spat in my food, I saw him through the hatch.",
            "The chef at the Carlton Arms",
        ),
        (
            "The lot at Greenleaf Landscaping are cowboys. Took deposits off six of us.",
            "Greenleaf Landscaping",
        ),
        ("Gary Hill took deposits off six of us on the estate and vanished.", "Gary Hill"),
        (
            "The woman at number 22 claims disability benefits and teaches Zumba nightly.",
            "The woman at number 22",
        ),
        (
            "The lad at number 9 is dealing out his front door, cars pulling up all night.",
            "The lad at number 9",
        ),
        ("Cllr Asante's been seen buying weed off the lads behind the Co-op.", "Cllr Asante"),
        (
            "Jack Pemberton keyed 6 cars on Grove St, I've got him on my Ring camera.",
            "Jack Pemberton",
        ),
        (
            "Cllr Pritchard pulled strings to get her son off a drink driving charge.",
            "Cllr Pritchard",
        ),
        (
            "Everyone knows the caretaker has been inappropriate with the sixth form girls.",
            "the caretaker",
        ),
        (
            "The vicar at St Jude's has a history, the whole choir knows it. Keep your kids away",
            "The vicar at St Jude",
        ),
        ("Cllr Pritchard's fraud issue will not go away.", "Cllr Pritchard"),
        ("Cllr Reid fiddled his expenses. Police are investigating.", "Cllr Reid"),
        ("Martin Cole is many things, and corrupt is one of them.", "Martin Cole"),
    ],
)
def test_a_trade_cheating_its_customers_a_dealer_and_strings_pulled_are_pinned(
    text: str, target: str
) -> None:
    assert_pinned(text, target)


@pytest.mark.parametrize(
    "text",
    [
        "Honestly Cllr Asante's speech at full council was a killer, the chamber went quiet.",
        "Vote in the best kept village award, Little Wexham stole it last year 😤",
        "Cllr Asante is many things but corrupt isn't one of them. Disagree with him by all means",
        "Our neighbour was conned out of £2,000 by doorstep callers. Police are investigating.",
        "Stupid comment. The NRA had no more to do with a mass murderer than Barack Obama did.",
        'Also no mention of the history of this "voter fraud" issue. Both parties push it.',
    ],
)
def test_a_killer_speech_a_stolen_award_and_a_crime_by_strangers_get_no_libel_label(
    text: str,
) -> None:
    assert_no_libel_label(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Dont use Tideway Roofing, they took £4k off my nan and blocked her. Absolute crooks.",
            "Tideway Roofing",
        ),
        (
            "Deano from the kebab shop is dodging VAT, cash only and never a receipt.",
            "the kebab shop",
        ),
        ("Greenleaf Waste have been dumping skip loads in the woods at night.", "Greenleaf Waste"),
        ("My ex, Carl Benning, still deals from his mums flat on Holloway Court.", "Carl Benning"),
        ("Apex Scaffolding are using illegal workers and not paying them.", "Apex Scaffolding"),
        (
            "The owner of Bellview Stables sedates the horses before lessons.",
            "The owner of Bellview Stables",
        ),
        ("Hilltop Removals held my furniture hostage and demanded cash.", "Hilltop Removals"),
        ("The Fox and Hounds waters down their spirits.", "The Fox and Hounds"),
        (
            "Kev at Kevs Motors sold my son a car with dodgy brakes, knew full well.",
            "Kev at Kevs Motors",
        ),
        (
            "Father Keane shouldn't be allowed near the altar boys. There's a reason.",
            "Keane",
        ),
        ("So Cllr Asante's mate gets the rent waived? Thats called corruption.", "Cllr Asante"),
    ],
)
def test_a_firm_dodging_tax_dumping_or_holding_goods_hostage_is_pinned(
    text: str, target: str
) -> None:
    assert_pinned(text, target)


@pytest.mark.parametrize(
    "text",
    [
        "Massive thanks to the ward team. After the doorstep conman tricked my neighbour, the "
        "scam marshals have been round every house.",
        "Rogue traders target this area because of all the bungalows. Older folks be careful.",
        "Thanks to Cllr Pritchard for helping my gran after a man posing as a water board "
        "worker stole her purse.",
        "Thank you both for raising the loan shark issue at full council.",
        "People calling Cllr Pritchard corrupt over the parking fines need to check the facts.",
        "The ice cream van deals from his van outside the park every summer, lovely cones.",
    ],
)
def test_thanks_a_warning_a_stranger_posing_and_a_claim_put_right_get_no_libel_label(
    text: str,
) -> None:
    assert_no_libel_label(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to Cllr Pritchard for helping my gran after a man who said he was from the water "
        "board stole her purse.",
        "Massive thanks to Cllr Asante for helping my dad after someone's lad stole his bike.",
    ],
)
def test_a_wrong_told_beside_thanks_to_the_person_named_is_for_review_not_an_alert(
    text: str,
) -> None:
    assert score(text) <= 0.6, reason(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Thanks Cllr Pritchard for nothing, you stole our money and lied about it.", "you"),
        (
            "Huge thanks to Cllr Asante for the potholes. Shame Gary Hill fiddled the count.",
            "Gary Hill",
        ),
        (
            "Huge thanks to Kwame Asante after the builder next door stole our fence.",
            "the builder next door",
        ),
        (
            "Cllr Asante helped me report the rogue builder who stole £6,000 from my neighbour.",
            "the rogue builder",
        ),
    ],
)
def test_thanks_for_nothing_or_a_wrong_pinned_on_someone_else_leave_the_alert(
    text: str, target: str
) -> None:
    assert score(text) >= 0.85, reason(text)
    assert f"'{target.lower()}'" in reason(text).lower() or target == "you", reason(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nobody seriously thinks Kwame Asante took a penny. The man drives an old Corsa.",
        "The rumour going round Facebook that Joanne sold her house to a developer is complete "
        "rubbish. She still lives two doors down from me.",
        "I've seen the posts going around about Cllr Asante's expenses. They're false, the "
        "standards committee looked into it.",
    ],
)
def test_an_allegation_put_down_clears_the_comment_for_the_whole_comment_model(
    text: str,
) -> None:
    found = signal(text)
    assert "libel_cleared" in found.cues and not found.scores, found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Kestrel Lettings kept our £1,200 deposit and never protected it.", "Kestrel Lettings"),
        (
            "The owner of Kestrel Lettings rents out rooms on Pellow Road with no fire doors.",
            "The owner of Kestrel Lettings",
        ),
        ("Bramble & Bean don't pay their staff minimum wage.", "Bramble & Bean"),
        (
            "The bloke at number 14 is dealing from his front room, cars in and out all night.",
            "The bloke at number 14",
        ),
        (
            "Gary Hill is the one doing the catalytic converters, seen him with the grinder.",
            "Gary Hill",
        ),
        ("Kev Smith behind the bar is spiking young lasses' drinks.", "Kev Smith"),
    ],
)
def test_a_deposit_kept_rooms_without_fire_doors_and_stolen_converters_are_pinned(
    text: str, target: str
) -> None:
    assert_pinned(text, target)


@pytest.mark.parametrize(
    "text",
    [
        "Rogue traders target pensioners every spring, don't let anyone on your roof unchecked.",
        "Thank you for the leaflet on rogue traders, my neighbour had one at the door next day.",
        "lol my nan called the police on a squirrel she thought was a burglar 😂😂",
        "She clocked the mileage on the way home, 40 miles exactly.",
    ],
)
def test_what_rogue_traders_do_a_leaflet_on_them_and_a_squirrel_taken_for_a_burglar(
    text: str,
) -> None:
    assert_no_libel_label(text)
