"""What the libel rules alone make of one comment, for the libel tests."""

from __future__ import annotations

from monitor.scoring.base import CommentContext
from monitor.scoring.libel import LibelScorer


def libel(text: str, context: CommentContext | None = None) -> tuple[float, str]:
    """The libel scorer's score for ``text`` and the message of its first reason."""
    [signal] = LibelScorer().score([text], [context])
    message = signal.reasons[0].message if signal.reasons else ""
    return signal.scores.get("libel", 0.0), message
