"""Facts about a comment's text that several scorers and the policy depend on.

- ``"target"``: the comment addresses or names a person ("you", "Cllr Patel", "Keating
  is", an @-handle). Scores a statistical model cannot tie to words (Signal.gated) count
  only with it, and sexual language with it is harassment.
- ``"profane"``: the commenter swears (words quoted to condemn them do not count). With an
  abusive comment, swearing makes it obscene as well.

They are worked out once per comment, on :attr:`monitor.scoring.text.Prepared.cues`, from
the English lists in :mod:`monitor.scoring.lang.en`, whichever scorers are configured.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from monitor.scoring.lang import words
from monitor.scoring.lang.en.insults import PROFANE_WORDS
from monitor.scoring.lang.en.people import NAME_SUBJECT, TARGET
from monitor.scoring.reported import is_reported

if TYPE_CHECKING:
    from monitor.scoring.text import Prepared

PROFANE = re.compile(words(*PROFANE_WORDS))


def text_cues(item: Prepared) -> frozenset[str]:
    """The ``"target"`` and ``"profane"`` cues of one comment (place names masked, so
    "Cockermouth" is not a swear word)."""
    view = item.masked
    cues = set()
    if TARGET.search(view.text) or "@" in item.original or NAME_SUBJECT.search(item.original):
        cues.add("target")
    # Swearing quoted to condemn it ('he shouted "fucking idiot" at my mum') is not the
    # commenter swearing.
    if any(
        not is_reported(item.reported, view.original_end(match.end()))
        for match in PROFANE.finditer(view.text)
    ):
        cues.add("profane")
    return frozenset(cues)
