# ruff: noqa: E501  (long regular expressions read better unbroken)
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

Counter-speech does the same without quotation marks: "saying all immigrants are criminals is
racist nonsense", "nobody thinks Travellers are thieves", "it's not true that refugees are a
drain", "I don't think women are inferior". The clause after such a frame is relayed or denied,
not asserted. :func:`protected_zones` gives every such stretch and :func:`is_counter_speech`
says whether a comment argues against the harm it mentions; both are for any scorer, not only
the rules, so that a model's finding inside a zone can be discounted the same way.
"""

from __future__ import annotations

import re

from monitor.scoring.lang.en.groups import DEHUMANISING, SLURS

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
    r"|isn't going to help|isn’t going to help|not going to help|won't stop me|won’t stop me"
    r"|bigot\w*|nonsense|rubbish|ashamed|ignorant|hateful|hate speech|prejudiced?|stereotyp\w*"
    r"|offensive|dog ?whistle|not true|lies|a lie|a myth|scapegoat\w*|leads? to violence"
    r"|(?:that|this|the) (?:kind of |sort of )?language|divisive|inflammatory|dehumanis\w*|incit\w*"
    r"|calm down|beyond the pale|uncalled for|too far|no excuse|never (?:ok|okay|acceptable)"
    r"|no place (?:on|in)|wind (?:your|their|his|her) necks? in|grow up)\b",
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


_CLAUSE_END = re.compile(r"[.!?;,\n]|\bthen\b|\bbut\b", re.IGNORECASE)
_APOSTROPHE = r"['’]"
# Frames that deny what follows: true whatever else the comment says.
DENYING = re.compile(
    rf"\b(?:nobody|no one|noone|no-one) (?:really )?(?:thinks|believes|is saying|said|says|claims)(?: that)?"
    rf"|\bit(?: is|{_APOSTROPHE}s) (?:not|simply not|just not) true(?: that)?|\b(?:isn|wasn){_APOSTROPHE}?t true(?: that)?"
    rf"|\bit(?: is|{_APOSTROPHE}s) (?:a )?(?:lie|myth|nonsense|rubbish)(?: that| to say)?"
    rf"|\b(?:the |a |that )?(?:lie|myth|idea|notion|claim|stereotype|trope|nonsense|rubbish|assumption|prejudice)s? that"
    rf"|\b(?:sick|tired) (?:and tired )?of (?:hearing|people saying|being told|reading)(?: that)?"
    rf"|\bstop (?:saying|claiming|pretending|telling people)(?: that)?"
    rf"|\bhow (?:dare|can) (?:you|they|anyone|people|he|she) (?:say|claim|suggest|pretend)(?: that)?"
    rf"|\bi (?:don{_APOSTROPHE}?t|do not|never|didn{_APOSTROPHE}?t) (?:think|believe|say|said|agree|accept)(?: for a (?:minute|second))?(?: that)?"
    rf"|\b(?:i{_APOSTROPHE}?m|i am|we{_APOSTROPHE}?re|we are) not (?:saying|suggesting|claiming)(?: that)?",
    re.IGNORECASE,
)
# Frames that attribute what follows to someone else: relayed only when the comment condemns it.
ATTRIBUTING = re.compile(
    r"\b(?:saying|to say|claiming|to claim|suggesting|implying|calling|to call"
    r"|(?:people|those|anyone|someone|somebody|whoever|the ones?) (?:who|that) (?:say|says|said|think|thinks|believe|believes|claim|claims|write|wrote|post|posted|call|called)"
    r"|if (?:you|u|people|anyone) (?:say|says|think|thinks|believe|believes|claim|claims|call|calls)"
    r"|when (?:people|you|they|he|she) (?:say|says|said|claim|claims|call|calls))(?: that)?",
    re.IGNORECASE,
)
# "People who say Travellers are thieves are right": attributed, then endorsed.
_ENDORSED = re.compile(
    r"\b(?:are|is|were|was) (?:dead |absolutely |completely |so )?(?:right|correct|spot on)\b"
    r"|\b(?:have|has|got) a point\b|\btelling the truth\b|\bsaying what we all think\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"(?:i|we)\b", re.IGNORECASE)
_HEDGE = re.compile(r",?[ \t]*but\b", re.IGNORECASE)
# "I don't think X should be allowed": a negated demand is still a demand.
_DEMAND = re.compile(
    r"\b(?:should|shouldn|must|ought|need to|needs to|allowed|belong|deserve|deserves|let)\b",
    re.IGNORECASE,
)


def counter_zones(text: str) -> tuple[tuple[int, int], ...]:
    """Clauses after a denying or (in a condemning comment) attributing frame."""
    if not _FRAME_CUE.search(text):
        return ()
    frames = [(m, True) for m in DENYING.finditer(text)]
    if CONDEMNING.search(text):
        frames += [(m, False) for m in ATTRIBUTING.finditer(text)]
    zones = []
    for frame, denying in frames:
        start = frame.end()
        end_match = _CLAUSE_END.search(text, start)
        end = end_match.start() if end_match else len(text)
        if not text[start:end].strip():
            continue  # "I have to say, ...": a turn of phrase with nothing relayed
        if denying and _FIRST_PERSON.match(frame.group(0)) and _DEMAND.search(text, start, end):
            continue
        if not denying and _ENDORSED.search(text, start, end):
            continue
        if denying and _HEDGE.match(text, end):
            continue  # "I'm not saying they're all thieves, but ...": a hedge, not a denial
        if end > start:
            zones.append((start, end))
    return tuple(zones)


# Words every frame contains: a comment without any of them has no counter-speech zone.
_FRAME_CUE = re.compile(
    r"nobody|no.?one|true|lie|myth|nonsense|rubbish|idea|notion|claim|stereotype|trope|assum"
    r"|prejudice|sick|tired|stop|dare|how can|think|believ|say|said|agree|accept|sugges|impl"
    r"|call|wrote|write|post",
    re.IGNORECASE,
)


def protected_zones(text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of ``text`` whose words the commenter relays, denies or condemns.

    Offsets index ``text`` exactly as given. The ranges are sorted and may overlap; an empty
    tuple (most comments) means everything is the commenter's own. A finding of any scorer
    (a slur, a threat, a hostile generalisation, a model's flag on a sentence) that ends
    inside a range is someone else's words or a denied claim, and should not count against
    the comment; words outside the ranges ("then you are a bigot") still do. Two exceptions:
    repeating an allegation publishes it again (libel), and a quoted address is still
    published (personal data). This signature is stable: the engine and policy call it.
    """
    return tuple(sorted(reported_zones(text) + counter_zones(text)))


def is_counter_speech(text: str) -> bool:
    """Whether the comment argues against harm it mentions: it quotes, attributes or states a
    harmful claim only to condemn or deny it ('saying "all immigrants are criminals" is racist
    nonsense', 'nobody thinks Travellers are thieves', 'I don't think women are inferior').

    True needs a protected zone, nothing dehumanising or a slur outside the zones, and either
    condemnation outside them or a comment of one sentence (the denial is the whole point).
    "I don't think they're human. Immigrants are vermin" is not counter-speech. A scorer that
    cannot locate its evidence (a whole-comment model score) should discount discrimination,
    abuse and threat findings on such a comment; libel repeated and personal data published
    stay what they are. This signature is stable: the engine and policy call it.
    """
    zones = protected_zones(text)
    if not zones:
        return False
    outside = list(text)
    for start, end in zones:
        outside[start:end] = " " * (end - start)
    said = "".join(outside)
    if _STILL_HOSTILE.search(_APOSTROPHES.sub(" ", said.lower())):
        return False
    if CONDEMNING.search(said):
        return True
    return len([part for part in _SENTENCE.split(said.strip()) if part.strip(" ,;:")]) <= 1


_APOSTROPHES = re.compile(r"['’]")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
# Said outside the zones, these make the comment hostile whatever it also quotes or denies.
_STILL_HOSTILE = re.compile(
    r"\b(?:" + "|".join(sorted({*DEHUMANISING, *SLURS}, key=len, reverse=True)) + r")\b"
)
