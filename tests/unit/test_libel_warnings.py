"""Libel 16: a warning to call the police if someone is seen.

"If you see this fella by a primary school call 999" says, without a word of what he did,
that the man is a danger to children: a court held a post like it defamatory. Residents
post such warnings with a photo or a name on community pages. It is for review, as a hint,
with the person it is about named. The form was read from the court development set; the
cases are written for the tests.
"""

from __future__ import annotations

import pytest
from libel_check import libel


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("If you see this fella by a primary school call 999.", "this fella"),
        ("If you see Dave Smith hanging around the park ring the police", "Dave Smith"),
        ("if you spot this man near the play area phone the police", "this man"),
    ],
)
def test_a_warning_to_call_the_police_hints_at_a_crime(text: str, who: str) -> None:
    score, message = libel(text)
    assert score == pytest.approx(0.6)
    assert f"about '{who}'" in message
    assert "as a hint" in message


@pytest.mark.parametrize(
    "text",
    [
        "If you see smoke call 999",
        "if you see anyone acting suspiciously around the garages call 101",
        "if you see my cat please call me on the number below",
        "If you see a pothole, report it to the council",
    ],
)
def test_a_warning_about_no_one_in_particular_accuses_no_one(text: str) -> None:
    assert libel(text)[0] == 0.0
