"""Reading a profile bio: does it say when the account is monitored, does it carry a
personal-views disclaimer, does it warn that abuse is hidden? Pure functions of text.

Councillors write these notices in many ways ("Monitored Mon-Fri 9am-5pm", "Account
staffed 9-5 weekdays", "not monitored evenings or weekends", "I check this page during
office hours"), so the reader works sentence by sentence: a sentence is an hours notice
when it pairs a monitoring word with a time cue, and whatever days and times it states
are compared with the owner's configured staffed hours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from monitor.clock import DAYS, StaffedHours

WEEKDAYS = frozenset(range(5))
TOLERANCE_MINUTES = 30  # "9-5" and "09:00-17:00" differ in nothing a reader cares about

_MONITOR_WORDS = re.compile(
    r"\b(monitor\w*|staff\w*|check\w*|read\w*|respond\w*|repl(?:y|ies|ied)|answer\w*|"
    r"manag\w*|looked after|online|available)\b"
)
_DAY_WORD = (
    r"\b(mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|fri|friday|"
    r"sat|saturday|sun|sunday)\b\.?"
)
_TIME_CUES = re.compile(
    r"\b(office|working|business|work) hours\b|\bweekdays?\b|\bweekends?\b|\bevenings?\b|"
    rf"\bnights?\b|\bout of hours\b|{_DAY_WORD}|24/7|"
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b|\b\d{1,2}(?:[:.]\d{2})?\s*(?:-|to)\s*\d{1,2}\b"
)
_DAY_RANGE = re.compile(rf"{_DAY_WORD}\s*(?:-|to|until|through|thru)\s*{_DAY_WORD}|{_DAY_WORD}")
_TIME_RANGE = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?\s*(?:-|to|until|till|and)\s*"
    r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?(?![\d/])"
)
_OFFICE_HOURS = re.compile(r"\b(office|working|business|work) hours\b")
_NEGATION = re.compile(r"\b(not|isn't|isnt|aren't|no|never|outside)\b")
_DISCLAIMER = re.compile(
    r"\b(?:all\s+)?(?:views|opinions|thoughts|tweets|posts)"
    r"(?:\s*(?:&|and|/)\s*(?:views|opinions|thoughts))?\s+(?:expressed\s+)?(?:here\s+)?"
    r"(?:are\s+)?(?:solely\s+|entirely\s+|strictly\s+|all\s+)?(?:my\s+own|mine|personal)\b"
    r"|\bpersonal\s+(?:views|opinions)\b|\bin\s+a\s+personal\s+capacity\b"
    r"|\bmy\s+(?:own\s+)?views,?\s+not\s+(?:those\s+of\s+)?(?:the\s+)?\w+",
    re.IGNORECASE,
)
_ABUSE = re.compile(
    r"\b(abus\w*|offensive|defamatory|discriminatory|hateful|threatening|obscene|trolling)\b"
    r"[^.!?\n]{0,60}\b(hidden|removed|deleted|reported|blocked|moderated)\b"
    r"|\b(hide|remove|delete|report|block)\b[^.!?\n]{0,40}\b(abus\w*|offensive|defamatory)\b",
    re.IGNORECASE,
)

# The LGA's guidance on handling abuse on social media suggests the profile says that
# abuse will be reported; the suggested wording is short enough for an X bio.
ABUSE_NOTICE_WORDING = "Abuse will be hidden and may be reported."
ABUSE_NOTICE_PROBLEM = (
    "It does not say that abuse will be reported. The LGA's guidance on handling abuse "
    "on social media suggests the profile says so, for example: "
    f'"{ABUSE_NOTICE_WORDING}"'
)


@dataclass(frozen=True, slots=True)
class StatedHours:
    """What an hours notice says: the days (None when it names none) and the daily
    window (None when it gives no times)."""

    days: frozenset[int] | None
    start: time | None
    end: time | None


@dataclass(frozen=True, slots=True)
class ProfileFindings:
    hours_notice: str  # present | missing | mismatch | not_needed
    disclaimer: str  # present | missing | not_needed
    abuse_notice: str  # present | missing
    found: tuple[str, ...]
    mismatch: str | None = None  # why the stated hours differ from staffed hours


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+|[\n|•·●▪️]+|\s+[-–—]\s+(?=[A-Z])", text)
    return [p.strip(" .,;") for p in parts if p and p.strip(" .,;")]


def _normalise(text: str) -> str:
    text = text.lower().replace("–", "-").replace("—", "-").replace("’", "'")
    return re.sub(r"\s+", " ", text)


def hours_sentences(text: str) -> list[str]:
    found = []
    for sentence in sentences(text):
        plain = _normalise(sentence)
        if _MONITOR_WORDS.search(plain) and _TIME_CUES.search(plain):
            found.append(sentence)
    return found


def stated_hours(sentence: str) -> list[StatedHours]:
    """The day/time segments of one notice: "Mon-Fri 9am-5pm; Sat 10am-12pm" gives two.
    A chunk giving only days and the next giving only times ("Monday to Friday, 10:00 to
    16:00") are one segment."""
    segments: list[StatedHours] = []
    for chunk in re.split(r"[;,]|\band\b(?!\s*\d)|\s&\s", _normalise(sentence)):
        part = _segment(chunk)
        if part.days is None and part.start is None:
            continue
        if segments:
            last = segments[-1]
            if (last.start is None and part.days is None) or (
                last.days is None and part.start is None
            ):
                segments[-1] = StatedHours(
                    last.days or part.days, last.start or part.start, last.end or part.end
                )
                continue
        segments.append(part)
    return segments


def _segment(plain: str) -> StatedHours:
    days: set[int] = set()
    for match in _DAY_RANGE.finditer(plain):
        first = DAYS.index((match.group(1) or match.group(3))[:3].capitalize())
        last = DAYS.index(match.group(2)[:3].capitalize()) if match.group(2) else first
        span = range(first, last + 1) if first <= last else [*range(first, 7), *range(last + 1)]
        days.update(span)
    if re.search(r"\bweekdays?\b", plain) or _OFFICE_HOURS.search(plain):
        days.update(WEEKDAYS)
    if re.search(r"\bweekends?\b", plain) and _NEGATION.search(plain):
        days.update(WEEKDAYS)  # "not monitored at weekends": weekdays only
    start = end = None
    for match in _TIME_RANGE.finditer(plain):
        window = _window(match)
        if window is not None:
            start, end = window
            break
    return StatedHours(frozenset(days) if days else None, start, end)


def _window(match: re.Match[str]) -> tuple[time, time] | None:
    h1, m1, s1, h2, m2, s2 = match.groups()
    start_hour, end_hour = int(h1), int(h2)
    if (
        start_hour > 24
        or end_hour > 24
        or not (s1 or s2 or ":" in match.group(0) or re.search(r"\d\s*-\s*\d", match.group(0)))
    ):
        return None
    end_hour = _hour24(end_hour, s2)
    if s1:
        start_hour = _hour24(start_hour, s1)
    elif s2 == "pm" and start_hour + 12 < end_hour:
        start_hour += 12  # "1-5pm"
    if not s1 and not s2 and end_hour <= start_hour and end_hour + 12 <= 24:
        end_hour += 12  # "9-5"
    if end_hour <= start_hour or end_hour > 24:
        return None
    end = time(23, 59) if end_hour == 24 else time(end_hour, int(m2 or 0))
    return time(start_hour, int(m1 or 0)), end


def _hour24(hour: int, suffix: str | None) -> int:
    if suffix == "pm" and hour < 12:
        return hour + 12
    if suffix == "am" and hour == 12:
        return 0
    return hour


def compare(sentence: str, staffed: StaffedHours) -> str | None:
    """Why the hours one notice states differ from the staffed hours, or None if they
    agree as far as the notice says."""
    plain = _normalise(sentence)
    if "24/7" in plain and not _NEGATION.search(plain):
        return f"the profile says 24/7 but the staffed hours are {staffed.describe()}"
    stated = stated_hours(sentence)
    named = [segment.days for segment in stated if segment.days is not None]
    if named and frozenset().union(*named) != staffed.days:
        return (
            f"the profile says {_days(frozenset().union(*named))} but the staffed hours "
            f"are {staffed.describe()}"
        )
    for segment in stated:
        if segment.start is None or segment.end is None:
            continue
        for day in segment.days or staffed.days:
            windows = [w for w in staffed.windows if w.weekday == day]
            if not any(
                _minutes_apart(w.start, segment.start) <= TOLERANCE_MINUTES
                and _minutes_apart(w.end, segment.end) <= TOLERANCE_MINUTES
                for w in windows
            ):
                return (
                    f"the profile says {DAYS[day]} {segment.start:%H:%M}-"
                    f"{segment.end:%H:%M} but the staffed hours are {staffed.describe()}"
                )
    return None


def _minutes_apart(a: time, b: time) -> int:
    return abs((a.hour * 60 + a.minute) - (b.hour * 60 + b.minute))


def _days(days: frozenset[int]) -> str:
    return ", ".join(DAYS[d] for d in sorted(days))


def read_profile(text: str, *, staffed_hours: str, kind: str) -> ProfileFindings:
    staffed = StaffedHours.parse(staffed_hours)
    notices = hours_sentences(text)
    found: list[str] = list(notices)
    mismatch = None
    if staffed.always:
        hours = "not_needed"
    elif not notices:
        hours = "missing"
    else:
        mismatch = next((why for why in (compare(n, staffed) for n in notices) if why), None)
        hours = "mismatch" if mismatch else "present"
    disclaimer_match = _DISCLAIMER.search(text)
    if disclaimer_match:
        found.append(disclaimer_match.group(0))
    disclaimer = (
        ("present" if disclaimer_match else "missing") if kind == "personal" else ("not_needed")
    )
    abuse_match = _ABUSE.search(text)
    if abuse_match:
        found.append(abuse_match.group(0))
    return ProfileFindings(
        hours, disclaimer, "present" if abuse_match else "missing", tuple(found), mismatch
    )
