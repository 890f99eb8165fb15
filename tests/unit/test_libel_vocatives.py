"""Libel 18: a councillor addressed by name.

Residents write to their councillor by name: "Cllr Reid, the drug dealers are back on Mill
Lane", "There has been a theft from the church, Cllr Reid". The name said to the reader is
no more accused than "you" would be: it is accused as "you" is, when the words say the
reader did it ("Cllr Reid, you stole ..."), or when a label is said to them ("Cllr Reid,
liar!", "Bent as a nine bob note, Cllr Okafor."). Before, every such comment was an urgent
libel alert against the councillor it was written to.
"""

from __future__ import annotations

import pytest
from libel_check import libel


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Reid, the drug dealers are back on Mill Lane",
        "Cllr Reid, please help, the drug dealers are back on Mill Lane",
        "Cllr Reid, the scammers are targeting pensioners with fake council calls",
        "Cllr Reid, my neighbour is harassing me, what can I do?",
        "Dear Cllr Reid, the sex offender who moved in on our street worries us",
        "There are drug dealers operating near the school gates, Cllr Reid",
        "The police are investigating a theft from the church, Cllr Reid.",
        "Someone stole the flowers from the memorial garden, Cllr Reid",
        "Councillor, the drug dealers are back on Mill Lane",
    ],
)
def test_a_wrong_told_to_a_councillor_by_name_does_not_accuse_them(text: str) -> None:
    score, message = libel(text)
    assert score < 0.5, message
    assert "'Cllr Reid'" not in message


@pytest.mark.parametrize(
    "text",
    [
        # The reader is said to have done it, and the reader is named.
        "Cllr Reid, you stole from the charity and everyone knows it",
        "Dear Cllr Reid, you are a crook",
        "You stole from the charity, Cllr Reid.",
        # A label said to the person named, before or after the name.
        "Cllr Reid, thief.",
        "Cllr Reid, liar, thief and fraudster!",
        "Thief, Cllr Reid.",
        "Bent as a nine bob note, Cllr Reid. Took the developer's money.",
        # A name in apposition, or in a list, is the subject of what follows.
        "Cllr Reid, the leader, took bribes",
        "Cllr Reid, our former council leader, took bribes",
        "Cllr Reid, who took bribes, should resign",
        # A stray comma between a name and what they did.
        "Cllr Reid, took bribes from the developer and is still in office",
        "Cllr Reid, is a thief and a liar",
        "Cllr Reid, the child molester",
        # A coy "someone", said to the person named.
        "Someone's pockets are being lined here, Cllr Reid",
    ],
)
def test_a_charge_said_to_the_person_named_accuses_them(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert "'Cllr Reid'" in message


@pytest.mark.parametrize("text", ["Councillor, you are a crook", "Councillor, thief!"])
def test_a_charge_said_to_a_councillor_by_title_accuses_them(text: str) -> None:
    score, message = libel(text)
    assert score >= 0.85, message
    assert "'Councillor'" in message


def test_a_name_in_a_list_is_still_a_subject() -> None:
    score, message = libel("Cllr Reid, Cllr Brown and Cllr Smith took bribes")
    assert score >= 0.85, message


def test_whoever_is_named_in_apposition_at_the_end_is_not_addressed() -> None:
    score, message = libel("The money was stolen by his deputy, Cllr Reid.")
    assert score >= 0.85, message
    assert "his deputy" in message or "Cllr Reid" in message
