"""Threat and discrimination families: for each, a harmful variant that must flag and a clean
look-alike that must stay clean. Each runs the real rule scorer; none is stubbed."""

from __future__ import annotations

import pytest

from monitor.scoring.discrimination import DiscriminationScorer
from monitor.scoring.threat import ThreatScorer

THREAT = ThreatScorer()
DISCRIMINATION = DiscriminationScorer()


def flagged(scorer: ThreatScorer | DiscriminationScorer, text: str, category: str) -> bool:
    [signal] = scorer.score([text])
    return signal.scores.get(category, 0.0) >= 0.7


@pytest.mark.parametrize(
    ("harmful", "clean"),
    [
        # an injury outcome promised to the reader
        (
            "Shut the pool and you'll be going home in an ambulance.",
            "Waited four hours for an ambulance outside the pool, the service is broken.",
        ),
        # "you'll regret it", but not at the ballot box
        (
            "Vote for the incinerator and you'll regret it, mark my words.",
            "Vote for the incinerator and you'll regret it at the ballot box in May.",
        ),
        # a promised visit to someone's home
        (
            "We'll be outside your house tonight, all of us.",
            "We'll be at your surgery on Friday with the petition.",
        ),
        # "shame if" about someone's property
        (
            "Nice van you've got, Cllr. Shame if it got keyed.",
            "It would be a shame if the library closed, it's the heart of the village.",
        ),
        # knowledge of someone's routine
        (
            "We know your routine, Councillor. Gym at 6, surgery on Thursdays.",
            "We know your routine by now, Cllr Shah, first one at every litter pick. Legend.",
        ),
        # a detail of someone's family followed by a menacing tail
        (
            "His daughter catches the 8am bus from Carr Lane. Just saying.",
            "Just saying, his daughter was brilliant in the school play.",
        ),
        # wishing harm
        (
            "Hope you fall down the town hall steps and break every bone.",
            "Hope you have a lovely break, Cllr, you've earned it.",
        ),
        # incitement of others
        (
            "Someone needs to put a bullet in this clown.",
            "Someone needs to have a word with the contractor about the bins.",
        ),
        # dialect fighting verbs
        (
            "I'll flatten you butt, next time you're in Treorchy.",
            "The new road surface will flatten out the bumps on Treorchy high street.",
        ),
        # imperative death wishes
        (
            "Die in a fire, you traitor.",
            "Two families lost their homes in a fire on Beck Lane, please donate.",
        ),
    ],
)
def test_threat_families_flag_the_threat_and_not_the_look_alike(harmful: str, clean: str) -> None:
    assert flagged(THREAT, harmful, "threat")
    assert not flagged(THREAT, clean, "threat")


@pytest.mark.parametrize(
    ("harmful", "clean"),
    [
        # dehumanising nouns for a group
        (
            "Immigrants are rats, no wonder the bins are overflowing.",
            "Rats in the bins on Alma Street again, when is pest control coming?",
        ),
        # age as a protected characteristic
        (
            "Pensioners are senile dinosaurs and should lose the vote.",
            "Pensioners are being let down by the bus cuts on the 36 route.",
        ),
        # disability as a burden
        (
            "Deaf people are a waste of money, why pay for sign language?",
            "The deaf club meets at the library on Tuesdays, all welcome.",
        ),
        # blaming a group for crime needs the blame structure
        (
            "Black lads from the estate are behind every stabbing in town.",
            "Our Asian community centre is running a knife crime workshop on Tuesday.",
        ),
        # a "diversity hire" sneer
        (
            "Just a diversity hire, she's only on the cabinet because she's black.",
            "The diversity of the new cabinet reflects the borough, good to see.",
        ),
        # religion-targeted hostility
        (
            "Islam is a cancer and Cllr Hussain is spreading it.",
            "The cancer support group meets at the mosque hall every Friday.",
        ),
        # nationality food words are not hostile
        (
            "Indian doctors and their curry stink at the surgery.",
            "The Indian restaurant on the High Street does a great curry.",
        ),
    ],
)
def test_discrimination_families_flag_the_slur_and_not_the_look_alike(
    harmful: str, clean: str
) -> None:
    assert flagged(DISCRIMINATION, harmful, "discrimination")
    assert not flagged(DISCRIMINATION, clean, "discrimination")
