"""Reported speech: harmful words a commenter quotes in order to condemn or report them.

"My daughter got called a p*ki at the bus stop, who do I report it to?" and "the 'hope you
die' messages Cllr Holt has been getting are vile" carry a slur and a death wish, but the
commenter is reporting abuse, not giving it. A stretch of a comment is *reported* when

- it sits inside quotation marks and the comment has reporting or condemning language
  ("called her", "messages like", "wrote ... on his car", "vile", "reported it to the
  police"); or
- it follows "called/calling someone a ..." in a comment that condemns or reports it.

Scare quotes in an attack ("our 'independent' councillor is a crook") have no such language
and stay in play, as does everything outside the reported stretch.
"""

from __future__ import annotations

import re

# Someone else's words being relayed.
REPORTING = re.compile(
    r"\b(?:call(?:ed|ing|s)|(?:messages?|comments?|things|emails?|texts?|posts?|letters?|notes?"
    r"|abuse|slurs?|graffiti|insults?) (?:like|saying|that said|calling)|wrote|written|writing"
    r"|scrawled|sprayed|painted|said|shouted|yelled|screamed|received|been getting|got sent"
    r"|sent (?:her|him|me|us|them)|saying|telling (?:her|him|me|them)|repl(?:y|ying|ied|ies)"
    r"|post(?:ed|ing))\b",
    re.IGNORECASE,
)
# The commenter condemns what they relay, or is reporting it.
CONDEMNING = re.compile(
    r"\b(?:report(?:ed|ing|s)?|police|vile|disgusting|disgraceful|appalling|horrible|horrific"
    r"|sickening|shameful|shocking|cowards?|cowardly|hate crimes?|racis[mt]|homophob\w*"
    r"|transphob\w*|sexis[mt]|misogyn\w*|abusive|unacceptable|not acceptable|out of order"
    r"|nobody should|no one should|nobody deserves|no one deserves|shouldn't have to"
    r"|shouldn’t have to|screenshot\w*|who do i|thoughts are with|no place for"
    r"|(?:can we|please|let's|let’s) stop|mods|moderators?|admins?|threaten\w*|get a grip"
    r"|isn't going to help|isn’t going to help|not going to help|won't stop me|won’t stop me)\b",
    re.IGNORECASE,
)
# An opening quote follows a space or bracket and a closing one precedes a space or
# punctuation, so apostrophes inside words ("don't", "members' office") are not quotes.
QUOTED = re.compile(
    r"(?:^|(?<=[\s(\[:,]))(['\"‘“])(?=\S)(.{1,120}?)(?<=\S)['\"’”](?=[\s.,;:!?)\]]|$)",
    re.DOTALL,
)
_QUOTE_MARKS = "'\"‘“"
CALLED = re.compile(
    r"\bcall(?:ed|ing) (?:[\w'’*]+ ){0,3}?(?:an?|the) ((?:[\w'’*-]+ ?){1,4})", re.IGNORECASE
)


def reported_zones(text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of ``text`` that relay someone else's words to condemn or report them."""
    lowered = text.lower()
    if not any(mark in text for mark in _QUOTE_MARKS) and "call" not in lowered:
        return ()  # nothing quoted and nobody called anything: most comments
    if not CONDEMNING.search(text) and not REPORTING.search(text):
        return ()
    condemned = CONDEMNING.search(text) is not None
    zones = [(m.start(2), m.end(2)) for m in QUOTED.finditer(text)]
    if condemned:
        zones += [(m.start(1), m.end(1)) for m in CALLED.finditer(text)]
    return tuple(sorted(zones))


def is_reported(zones: tuple[tuple[int, int], ...], end: int) -> bool:
    """Whether the harmful words ending at original offset ``end`` were relayed, not said."""
    return any(start < end <= stop for start, stop in zones)
