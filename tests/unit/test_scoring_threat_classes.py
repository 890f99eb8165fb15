"""Threat classes from real-world comments (issue 10): adverbs inside a threat, calls for
someone to be killed said in the passive or as a need, threats at many people at once, and
the clean look-alikes a council page is full of: electoral consequences, hyperbole about
decisions and figures of speech. Real threat scorer, nothing stubbed."""

from __future__ import annotations

import pytest

from monitor.scoring.threat import ThreatScorer

SCORER = ThreatScorer()


def threat(text: str) -> float:
    [signal] = SCORER.score([text])
    return signal.scores.get("threat", 0.0)


@pytest.mark.parametrize(
    "text",
    [
        "I really am just going to murder her",
        "We are seriously going to hurt you, Cllr Doyle",
        "I'm honestly going to absolutely batter him next time",
        "I'll genuinely kill you if that hostel opens",
        "I am literally going to stab him",
    ],
)
def test_adverbs_inside_a_threat_do_not_hide_it(text: str) -> None:
    assert threat(text) >= 0.8


def test_the_quote_keeps_the_adverbs_the_commenter_wrote() -> None:
    [signal] = SCORER.score(["Honestly I really am just going to murder her"])
    assert "really am just going to murder" in signal.reasons[0].message


@pytest.mark.parametrize(
    "text",
    [
        "He ought to be executed",
        "She should be shot",
        "Cllr Marsh deserves to be hanged",
        "That councillor needs putting down",
        "The whole cabinet should be strung up",
        "Traitors like him should be shot",
        "Councillors like her want stringing up",
        "Okafor needs a bullet",
        "Thompson wants a proper beating",
        "They should be sent home or shot",
        "He honestly deserves to be shot",
        "They should just be shot",
        "He needs to be put down",
        "Cllr Green should be hung",
        "That woman wants hanging",
        "Frankly he should be publicly flogged",
        "I hope someone shoots him",
    ],
)
def test_calls_for_someone_to_be_killed_in_the_passive_or_as_a_need_are_threats(
    text: str,
) -> None:
    assert threat(text) >= 0.8


@pytest.mark.parametrize(
    "text",
    [
        "All of them should be wiped out",
        "They should all be exterminated",
        "Every last one of them needs exterminating",
        "Someone should execute the lot of them",
        "Lynch the lot of them",
        "Hang them all",
        "Line them all up and shoot them",
        "String them all up from the lampposts",
        "Wipe them off the face of the earth",
        "The whole lot of them should be lined up against a wall",
        "Every single one of them should be executed",
        "Gas them all",
    ],
)
def test_threats_at_many_people_at_once_are_threats(text: str) -> None:
    assert threat(text) >= 0.8


@pytest.mark.parametrize(
    "text",
    [
        "Whoever designed this junction should be shot",
        "The planners should be shot for this design",
    ],
)
def test_the_should_be_shot_complaint_about_a_decision_is_for_review_not_urgent(
    text: str,
) -> None:
    assert 0.5 <= threat(text) < 0.75


@pytest.mark.parametrize(
    "text",
    [
        "You won't be getting my vote again",
        "You'll lose my vote",
        "See you at the ballot box",
        "We'll vote you out in May",
        "We will end you at the ballot box",
        "We'll kick you out in May",
        "We'll boot the lot of you out at the next election",
        "We'll finish you off at the polls",
        "You'll get what's coming to you at the election",
        "Your days are numbered, Cllr Hayes, the voters will see to that",
    ],
)
def test_electoral_consequences_are_not_threats(text: str) -> None:
    assert threat(text) == 0.0


def test_disowning_the_polls_keeps_the_threat() -> None:
    assert threat("You'll get what's coming to you at the count, and I don't mean the votes") > 0


@pytest.mark.parametrize(
    "text",
    [
        "This will kill the high street",
        "You're killing our town centre with these parking charges",
        "These parking charges are murdering small businesses",
        "Daylight robbery at the car park",
        "The scheme should be killed off",
        "This policy should be executed properly",
        "The plan needs putting down like a lame horse",
        "The presentation needs a bullet point on costs",
        "The council should be shot of this contract",
        "The council needs to exterminate the rats on the estate",
        "The wasps nest should be exterminated",
        "Hang the bunting on Friday",
        "String up the lights on the high street",
        "The motion should be put down for debate next month",
        "He should be put down as a candidate for the by-election",
        "The picture should be hung in the foyer",
        "The hanging baskets need hanging before the judges come",
    ],
)
def test_hyperbole_about_decisions_and_things_is_not_a_threat(text: str) -> None:
    assert threat(text) == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "I could murder a curry",
        "The traffic is killing me",
        "I could kill for a bus that turns up on time",
        "My feet are killing me after that consultation walk",
        "Don't shoot the messenger but the bins are late again",
        "I'm just going to kill time in the library until the bus comes",
    ],
)
def test_figures_of_speech_are_not_threats(text: str) -> None:
    assert threat(text) == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "Prayers for your wife, I know what she is going through with the care assessments",
        "I know who he is, he runs the allotment society",
        "We keep kicking the housing problem down the road",
        "Alive and kicking, the Friday market is back",
        "The crossing on Mill Lane is not safe for kids",
        "We are not safe walking home with these street lights off",
        "Let's wait and see what happens with the budget",
        "The press will run her down whatever she does",
        "Thanks for the follow, I followed you back",
        "There's a shortage of hospital beds at the General",
    ],
)
def test_ordinary_speech_that_shares_words_with_intimidation_is_clean(text: str) -> None:
    assert threat(text) == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "I know which gym you go to, councillor",
        "You're not safe in this town any more",
        "He needs a good kicking",
        "Carry on with the hostel plan and see what happens",
        "We followed him home after the meeting",
    ],
)
def test_the_intimidating_versions_are_still_caught(text: str) -> None:
    assert threat(text) >= 0.75


@pytest.mark.parametrize(
    "text",
    [
        "This council is a shambles and you lot should hang your heads in shame",
        "You've killed the high street stone dead with these parking charges",
        "You've butchered the bus network, well done",
        "The cabinet have stabbed the residents of Eastfield in the back",
        "Cllr Moss, you've thrown the allotment holders under the bus",
        "We're going to hammer you at the next election",
        "The residents will crucify you over this at the count",
        "That decision was a kick in the teeth for Eastfield",
        "They should all be sacked and the lot of them shown the door",
        "This is the final nail in the coffin for the market",
        "They want shooting down on this one, the figures don't add up",
        "The idea should be shot down at full council",
        "Kill the incinerator plan now",
    ],
)
def test_harsh_but_legitimate_criticism_is_not_a_threat(text: str) -> None:
    assert threat(text) == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "I'll visit you at your surgery on Saturday to discuss the planning application",
        "We will visit her at the ward surgery next week about the bins",
        "I'll be waiting for your reply, Cllr Jones",
        "We'll be waiting for the council's answer",
        "I will sort the paperwork for her tomorrow",
        "I'll deal with her complaint on Monday, thanks for flagging",
    ],
)
def test_visits_replies_and_casework_are_not_threats(text: str) -> None:
    assert threat(text) == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "I'll visit you at home one night, Cllr Jones",
        "We'll find you, Cllr Evans",
        "I'll be waiting for you outside",
        "I'll sort him out properly",
        "I'll break her jaw",
    ],
)
def test_the_same_verbs_aimed_at_a_person_are_threats(text: str) -> None:
    assert threat(text) >= 0.8
