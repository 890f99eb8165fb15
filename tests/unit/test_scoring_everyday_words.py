"""Rude-sounding words in their everyday senses: place names, food, birds, planning language,
idioms and slur homonyms stay clean; the same words aimed at a person are still caught.
Real rule scorers, nothing stubbed (issue 10)."""

from __future__ import annotations

import pytest

from monitor.scoring.base import Assessment
from monitor.scoring.engine import build_engine

RULES = build_engine({"toxicity": "none"})  # the rule scorers alone


def assess(text: str) -> Assessment:
    [assessment] = RULES.assess([text])
    return assessment


@pytest.mark.parametrize(
    "text",
    [
        "Offa's Dyke path is flooded again past the stile",
        "Dyke Road roundabout is a nightmare at school time",
        "Walked up Devil's Dyke on Sunday, the car park bins were overflowing",
        "Scunthorpe United lost again, the town deserves better than this",
        "Penistone Road is closed for resurfacing until Friday",
        "Clitheroe market is back on Saturday, well done to the volunteers",
        "Cockermouth floods again, where is the flood defence money?",
        "Anyone know when the Cockfosters bus lane cameras go live?",
    ],
)
def test_place_names_with_rude_looking_words_are_clean(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "Faggots and peas at the Legion on Friday, £6 a plate",
        "Brains and faggots from the butcher on the high street, best in the borough",
        "Spotted dick and custard at the lunch club on Wednesdays",
        "Add a knob of butter to the pan, the WI recipe book is on sale at the library",
        "Coconut ice and tombola at the school fair",
    ],
)
def test_food_is_clean(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "Give your head a shake, the bins go on Tuesday not Monday",
        "Give your head a wobble mate, the consultation closed in May",
        "That was a bloody good job the crew did on the verge",
        "The whole parking scheme is a right cock-up",
        "Sod's law it rained on the fun day",
        "The council will be in queer street if the budget fails",
        "The whole project has gone tits up since the contractor left",
        "Stop fannying about and fix the street lights",
        "Stop slagging off the volunteers, they do it for nothing",
        "That's a cock and bull story from the cabinet",
        "Screw your number plate back on properly before the MOT",
        "Tit for tat parking on Elm Grove has to stop",
    ],
)
def test_idioms_and_ordinary_speech_are_clean(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "Blue tits nesting in the box by the library",
        "Planning application for the erection of a two-storey extension at number 4",
        "The old slag heap behind the estate needs fencing before a kid falls",
        "Kitchen-cum-diner extension approved without a site visit?",
        "Turn the stop cock off before the plumber comes",
        "Thanks for sorting the bins so quickly xxx",
        "Dick Whittington panto at the civic hall on Saturday",
    ],
)
def test_birds_tools_and_planning_language_are_clean(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "The sea dyke at the marsh needs repairs before winter",
        "My dad went on a bender after the match and still found a pothole",
        "Kids smoking fags behind the library every night",
        "A packet of fags costs a fortune now",
        "It's a steep slope up to the surgery, put a handrail in",
        "The cuts will cripple our youth services",
        "Stop tinkering with the bus timetable",
    ],
)
def test_slur_homonyms_in_their_ordinary_sense_are_clean(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "You dyke",
        "Cllr Smith is a faggot",
        "shut up you fucking fag",
        "he's nothing but a dirty coon",
        "they're all benders on that committee",
    ],
)
def test_slur_homonyms_aimed_at_people_are_caught(text: str) -> None:
    assert "discrimination" in assess(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Give him head",
        "Suck my dick",
        "You dick",
        "He's a right prick",
        "Screw you Cllr Hughes",
        "Send nudes xxx",
    ],
)
def test_the_same_words_aimed_at_a_person_are_still_caught(text: str) -> None:
    assert assess(text).flagged


@pytest.mark.parametrize(
    "text",
    [
        "Faggots at the Legion on Friday? Count me out, bunch of faggots",
        "all the fags on the council should resign",
        "coons like him shouldn't be councillors",
        "dykes running the housing committee now",
    ],
)
def test_homonyms_without_their_ordinary_setting_count_as_slurs(text: str) -> None:
    assert "discrimination" in assess(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Lovely faggots, mushy peas and gravy at the Legion on Friday",
        "Half the town nips out for a fag break behind the bus station",
        "Our dog treed a coon on holiday in Virginia, the hunting guide loved it",
        "The dyke along the marsh path has breached again",
    ],
)
def test_homonyms_in_their_ordinary_setting_are_clean(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


@pytest.mark.parametrize("text", ["Go and f*** yourself", "what a c***", "you f***ing idiot"])
def test_a_masked_swear_word_keeps_its_length_when_resolved(text: str) -> None:
    assert {"obscene", "abuse"} & set(assess(text).labels)
    assert "discrimination" not in assess(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Parking's a bitch on a Saturday round the station",
        "Life's a bitch and then the bin lorry skips your street",
        "People bitching about the bins should try the new app",
        "Dick Smith from the allotment society will open the fete",
        "Councillor Alex Cumming opened the new play area",
        "Protesters in pussy hats outside the town hall",
        "Cock-a-doodle-doo at 5am, the cockerel on Farm Lane again",
    ],
)
def test_idioms_and_names_with_swear_words_are_clean(text: str) -> None:
    assert not assess(text).flagged, assess(text).reasons


@pytest.mark.parametrize("text", ["She's a bitch", "Cllr Moss, you dick"])
def test_the_words_aimed_at_a_person_are_abuse(text: str) -> None:
    assert "abuse" in assess(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "The leader's budget speech had a chink in the armour on adult social care",
        "There's a chink of light under the library fire door, it won't close",
        "The new cladding has to retard the spread of fire for an hour",
        "My mum has a spastic colon and the surgery won't give her a home visit",
    ],
)
def test_slur_homonyms_in_idioms_building_control_and_medicine_are_clean(text: str) -> None:
    assert "discrimination" not in assess(text).labels, assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "the chinks running the takeaway on Mill St",
        "only a retard would vote for this",
        "bunch of spastics on the planning committee",
    ],
)
def test_the_same_words_used_of_people_are_slurs(text: str) -> None:
    assert "discrimination" in assess(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "He's a lovely dog, he just needs a bigger park",
        "You lucky dog, getting the only parking space",
        "What a muppet I am, I put the recycling out on the wrong day",
        "I'm such an idiot, I missed the consultation deadline",
        "There are rats in the bins behind the flats on Lea Road",
    ],
)
def test_pets_self_mockery_and_real_rats_are_not_insults(text: str) -> None:
    assert "abuse" not in assess(text).labels, assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "You great pillock",
        "He's a good for nothing waste of space",
        "What a prat",
        "The council leader is a snake",
        "Councillors are rats, the lot of them",
    ],
)
def test_insults_at_people_are_still_abuse(text: str) -> None:
    assert "abuse" in assess(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "He's an animal lover, he runs the hedgehog rescue",
        "He's a real pig farmer, out at Moss End",
        "Cllr Jones is a creature of habit, always at the Tuesday surgery",
        "She's a witch in the panto this year",
        "Our new mayor is a rat catcher by trade",
        "He is a dog walker on the rec every morning",
    ],
)
def test_an_insulting_noun_that_starts_an_ordinary_one_is_not_an_insult(text: str) -> None:
    assert "abuse" not in assess(text).labels, assess(text).reasons


@pytest.mark.parametrize(
    "text",
    ["He's an animal", "She's a grass, she reported my car", "Cllr Jones is a rat"],
)
def test_the_noun_alone_said_of_a_person_is_still_an_insult(text: str) -> None:
    assert "abuse" in assess(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "As a proud dyke I'm delighted the Pride flag is going up on the town hall",
        "Us queers have been asking for a youth group for years",
        "I'm a bender and I've lived on this estate for 30 years, the lifts are a disgrace",
    ],
)
def test_a_word_reclaimed_by_the_commenter_for_themselves_is_not_a_slur(text: str) -> None:
    assert "discrimination" not in assess(text).labels, assess(text).reasons


def test_reclaiming_a_word_for_yourself_does_not_excuse_a_slur_at_someone_else() -> None:
    assert "discrimination" in assess("I'm a proud dyke and you're a fucking faggot").labels
