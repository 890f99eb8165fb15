"""The libel rules alone, as the tests of each libel version read them: a configured
councillor or two, and the score and reason the rules give one comment."""

from __future__ import annotations

from monitor.scoring.base import Signal
from monitor.scoring.libel import LibelScorer

NAMES = ("Joanne Pritchard", "Kwame Asante")


def signal(text: str) -> Signal:
    [found] = LibelScorer(names=NAMES).score([text])
    return found


def score(text: str) -> float:
    return signal(text).scores.get("libel", 0.0)


def reason(text: str) -> str:
    return next((r.message for r in signal(text).reasons if r.category == "libel"), "")


def assert_pinned(text: str, target: str) -> None:
    """The rules give ``text`` the libel label and say it is about ``target``."""
    assert score(text) >= 0.5, text
    assert f"'{target.lower()}'" in reason(text).lower(), reason(text)


def assert_no_libel_label(text: str) -> None:
    """The rules leave ``text`` out of the libel category; the message is their reason."""
    assert score(text) < 0.5, reason(text)
