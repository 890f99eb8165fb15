"""Libel 34: council-page comments read after the libel 33 rules. Someone described by where
they work ("the PCSO on the Kittiwake beat", "the sergeant at the station") is who "is bent"
is said of, where a thing so placed ("the railings at the station") is not; a stranger
arrested ("police have arrested a 19-year-old ... he's on bail") is nobody the reader can
pick out, even when the pronoun comes after the arrest; a charge reported in quotes of "a
23-year-old man from Penhallow Bay" names no one, and a bay is a place. Beside them, the
everyday words of wrongs residents allege: hands all over a friend, a drive home "absolutely
battered", lead off a chapel roof, a fire that "was an insurance job", full sick pay while at
every fete, a racial slur at a boy in a shop, a family told they'd feel more at home where
they came from, a statement made "knowing it was false", minutes rewritten to hide a vote,
patients' records gossiped about, a drive tarmacked for nothing, "fake" perfume sold knowing
it, half the sponsorship pocketed, a blue badge got by lying, the inspector slipped a drink;
and from the next batch, money washed through a chippy, a council flat let on Airbnb, cattle
left to starve, vapes sold to year 8s, a grand gone into her account, a daughter "tried it
on with"; and from the one after, housing benefit for tenants long gone, catalytic
converters fenced, a "consultancy fee" before a licence vote, asbestos tipped, a car hit and
driven off from, knees touched in driving lessons, badgers shot, £50 offered for a vote,
raffle money asked after, drink after hours "so they leave him alone", a car wash that is a
front for weed. A source named after the words (", says the Echo") is no retort. Each test
runs the real rules."""

from __future__ import annotations

import pytest

from monitor.scoring.lang.en.libel import SPELLINGS
from monitor.scoring.text import canonical
from tests.libel_rules import assert_no_libel_label, assert_pinned, reason, score


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The PCSO on the Hillside estate is bent, everyone up there knows.",
            "The PCSO on the Hillside estate",
        ),
        ("The sergeant at the station is bent.", "The sergeant at the station"),
        ("The postie on our road is bent, half my parcels never come.", "The postie on our road"),
    ],
)
def test_someone_described_by_where_they_work_is_who_is_bent(text: str, target: str) -> None:
    assert_pinned(text, target)


@pytest.mark.parametrize(
    "text",
    [
        # A thing placed, not a person.
        "The railings at the station are bent again, someone's reversed into them.",
        "The sign on the lamp post is bent, can the council sort it?",
        # A stranger arrested: the pronoun after the arrest is the stranger.
        "Police have arrested a 19-year-old from out of town and he's on bail. Don't post names.",
        "Officers arrested a man from Leeds last night and he's been charged, says the Echo.",
        # A quoted report of a charge against someone unnamed from a bay.
        '"A 23-year-old man from Whitsand Bay has been charged with possession" - Gazette.',
        # Lead thefts told of strangers; a joke about bribing a referee; sick leave that ends.
        "Thieving gits took the lead off the church roof at St Mary's again.",
        "Someone's had the lead off the chapel roof again, third time this year.",
        "Slip the ref a tenner and we might win for once lol",
        "My mum was signed off sick for 6 months and she's on the mend now.",
    ],
)
def test_placed_things_strangers_lead_thieves_and_a_joke_get_no_libel_label(text: str) -> None:
    assert_no_libel_label(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Kwame you had your hands all over my friend at the Christmas do after she told"
            " you to stop.",
            "Kwame",
        ),
        (
            "Kwame Asante drives home from the Legion every night absolutely battered.",
            "Kwame Asante",
        ),
        (
            "@Shane Trewin you had the lead off the chapel roof and everyone knows it",
            "@Shane Trewin",
        ),
        (
            "Not saying the fire at the Regent was an insurance job but Joanne Pritchard took"
            " the paintings out the week before.",
            "Joanne Pritchard",
        ),
        (
            "Joanne's been signed off from her job for 6 months on full pay and she's at every"
            " fete going.",
            "Joanne",
        ),
        (
            "The manager of the Spar followed my lad round and called him a racial slur.",
            "The manager of the Spar",
        ),
        (
            "Joanne Pritchard told the Somali family at her surgery they'd feel more at home"
            " back where they came from.",
            "Joanne Pritchard",
        ),
        (
            "Kwame Asante put the degree on his leaflet knowing it was false.",
            "Kwame Asante",
        ),
        (
            "The town clerk rewrote the minutes after the meeting to hide the vote.",
            "The town clerk",
        ),
        (
            "The receptionist at the Park Road surgery looks up patients' records and gossips"
            " about them.",
            "The receptionist at the Park Road surgery",
        ),
        (
            "Kwame Asante had his drive tarmacked by the highways contractor for nothing.",
            "Kwame Asante",
        ),
        (
            "The lad on the market selling designer perfume knows full well it's fake.",
            "The lad on the market",
        ),
        (
            "The bloke who does the fireworks pockets half the sponsorship every year.",
            "The bloke",
        ),
        (
            "Joanne Pritchard got a blue badge by saying her husband was disabled.",
            "Joanne Pritchard",
        ),
        (
            "The owner of the Golden Lotus slips the inspector a drink so it gets 5 stars.",
            "The owner of the Golden Lotus",
        ),
        ("Ask Joanne what happened to the £6k raised for the float.", "Joanne"),
    ],
)
def test_hands_a_drunk_drive_lead_a_fire_sick_pay_and_a_slur_are_pinned(
    text: str, target: str
) -> None:
    assert_pinned(text, target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The chippy on Fore Street's been washing money for years.", "The chippy"),
        (
            "Our neighbour Tracy has been Airbnb-ing her council flat all summer.",
            "Our neighbour",
        ),
        (
            "The farmer at Trevenna lets his cattle starve in the top field.",
            "The farmer at Trevenna",
        ),
        (
            "The dog breeder at Hill Farm keeps 30 dogs in a barn in their own muck.",
            "The dog breeder at Hill Farm",
        ),
        ("The lad at the Spar is flogging vapes and cans to year 8s.", "The lad at the Spar"),
        (
            "Joanne did the ticket money last year and a grand went walkabout into her account.",
            "Joanne",
        ),
        (
            "That taxi driver with the yellow Skoda tried it on with my daughter.",
            "That taxi driver",
        ),
        ("Kwame Asante has been messaging a 15 year old girl on Snapchat.", "Kwame Asante"),
        ("Kwame you kicked your dog half to death in the lane, I saw it.", "Kwame"),
        ("Joanne's husband built Kwame's extension for nothing.", "Joanne"),
        ("Kwame Asante sold my dad a cut and shut car.", "Kwame Asante"),
    ],
)
def test_washed_money_a_let_council_flat_starved_cattle_and_vapes_to_children_are_pinned(
    text: str, target: str
) -> None:
    assert_pinned(text, target)


def test_a_weed_farm_in_the_loft_of_the_one_replied_to_is_a_charge_against_them() -> None:
    text = "Says the bloke with a weed farm in his loft, you're one to talk about ASB"
    assert score(text) >= 0.75, reason(text)
    assert "replies to is the bloke with a weed farm in his loft" in reason(text), reason(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # The reason quotes the whole description, place and all.
        ("The PCSO on the Kittiwake beat takes bribes.", "The PCSO on the Kittiwake beat"),
        ("The vicar at St Anne's is fiddling the roof fund.", "The vicar at St Anne's"),
        ("Kev at K&S Motors clocked my car.", "Kev at K&S Motors"),
        (
            "Gary behind the bar at the Red Lion is dealing coke.",
            "Gary behind the bar at the Red Lion",
        ),
    ],
)
def test_the_reason_quotes_a_description_with_its_place_whole(text: str, target: str) -> None:
    assert_pinned(text, target)


def test_a_source_after_the_words_is_no_retort_but_a_label_there_is() -> None:
    # ", says the Echo": who reported it; the arrested man is a stranger.
    assert_no_libel_label(
        "Officers arrested a man from Leeds last night and he's been charged, says the Echo."
    )
    text = "Pretty rich, says the thief."
    assert score(text) >= 0.75, reason(text)
    assert "replies to is a thief" in reason(text), reason(text)
    text = "Says the man who smashed his ex's windows in, sit down Trevor"
    assert score(text) >= 0.75, reason(text)
    assert "replies to is the man who smashed his ex's windows in" in reason(text), reason(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The cubs leader at St Anne's sent my 13 year old messages no grown man should send"
            " a kid.",
            "The cubs leader at St Anne's",
        ),
        (
            "The landlord of the flats on Pit Lane claims housing benefit for tenants who moved"
            " out years ago.",
            "The landlord of the flats on Pit Lane",
        ),
        (
            "The lad who runs the Golden Cod is selling a lot more than chips out the back.",
            "The lad who runs the Golden Cod",
        ),
        (
            "The fella who runs the tyre place is fencing knocked off catalytic converters.",
            "The fella who runs the tyre place",
        ),
        (
            "Kwame Asante took a £2k consultancy fee from the pub chain before the licence vote.",
            "Kwame Asante",
        ),
        (
            "Hargreaves Homes have been tipping asbestos in the old pit shaft at night.",
            "Hargreaves Homes",
        ),
        (
            "Joanne Pritchard hit my car in the Co-op car park and drove off.",
            "Joanne Pritchard",
        ),
        (
            "The driving instructor with the pink Corsa touches the girls' knees in lessons.",
            "The driving instructor",
        ),
        (
            "The farmer at Lound Farm shoots the badgers and buries them.",
            "The farmer at Lound Farm",
        ),
        (
            "Kwame you offered me £50 at the polling station to vote your way.",
            "Kwame",
        ),
        ("Ask Joanne where the gala raffle money went.", "Joanne"),
        (
            "The landlord of the Black Diamond serves after hours to the coppers so they leave"
            " him alone.",
            "The landlord of the Black Diamond",
        ),
        ("That car wash on Station Road is a front for weed.", "That car wash"),
        (
            "Mr Taylor at the bakery uses out of date flour and changes the labels.",
            "Mr Taylor",
        ),
    ],
)
def test_benefit_for_empty_rooms_fenced_parts_a_fee_before_a_vote_and_a_front_are_pinned(
    text: str, target: str
) -> None:
    assert_pinned(text, target)


@pytest.mark.parametrize(
    "text",
    [
        # The same words harmlessly: a stall that sells more than one thing, a joke about a
        # van's music, asbestos taken away properly, a car hit by someone who stopped.
        "Told my kids the ice cream van only plays music when it's run out. Criminal parenting 😂",
        "The council removed the asbestos from the old school properly, fair play.",
        "Someone hit my car in the Co-op car park and left a note with their number, faith"
        " restored",
        "The market stall on Fore Street sells more than fruit now, great cheese too.",
    ],
)
def test_a_van_joke_asbestos_removed_and_a_note_left_get_no_libel_label(text: str) -> None:
    assert_no_libel_label(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # Scots read as standard English, quoted as written.
        (
            "The lad who runs the chippy on Harbour Brae is selling a lot mair than fish"
            " suppers oot the back door.",
            "The lad who runs the chippy on Harbour Brae",
        ),
        (
            "Kwame Asante served my 15 year old son four pints and flung him oot.",
            "Kwame Asante",
        ),
        ("The butcher on Main St sells horse n calls it beef.", "The butcher on Main St"),
        ("Dean is the one ringing stolen cars in the lock-up.", "Dean"),
        (
            "Lomond Skips dump their loads in the old quarry to dodge the landfill tax.",
            "Lomond Skips",
        ),
        (
            "Pay Joanne in building control a wee drink and your extension sails through.",
            "Joanne",
        ),
        ("Big Shug has had his hands where they shouldnae be.", "Shug"),
        ("Aye Linda on the gala committee 'lost' the raffle money again.", "Linda"),
        ("Sandra kicks that wee dug every single day.", "Sandra"),
    ],
)
def test_scots_spellings_and_the_wrongs_of_a_fife_batch_are_pinned(text: str, target: str) -> None:
    assert_pinned(text, target)


@pytest.mark.parametrize(
    "text",
    [
        # Someone else did it: a denial in Scots and in English.
        "@Shona Reid it wisnae him that got caught wi the stolen quad, the Courier named the"
        " guy. Different Jamie Paterson entirely",
        "It wasn't Kwame who got done for drink driving, it was his brother.",
        # A match, told after the crime word.
        "Robbed! Thistle were robbed! Rovers had 3 offside goals and a man sent off",
    ],
)
def test_someone_else_did_it_and_a_robbed_team_get_no_libel_label(text: str) -> None:
    assert_no_libel_label(text)


def test_the_reason_quotes_the_scots_words_as_written() -> None:
    text = "Kwame Asante is selling mair than chips oot the back door."
    assert score(text) >= 0.5, reason(text)
    assert "'selling mair than chips'" in reason(text), reason(text)


def test_a_respelled_view_keeps_the_commenters_words_for_the_quote() -> None:
    view = canonical("He wisnae there, he was oot wi the lads.")
    respelled = view.respelled(SPELLINGS)
    assert respelled.text == "he wasn t there he was out with the lads"
    start = respelled.text.index("wasn t")
    assert respelled.quote(start, start + len("wasn t there")) == "wisnae there"
    # Nothing to respell: the same view back.
    plain = canonical("He was not there.")
    assert plain.respelled(SPELLINGS) is plain
