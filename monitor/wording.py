"""Words for people: counts with the right plural, category names, and times as a
councillor says them ("4 pm Tuesday 8 December"). Human output uses these; JSON output
keeps the machine names and ISO 8601 times."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from monitor.actions import CommentStatus
from monitor.scoring.categories import TABLE

CATEGORY_NAMES = {category.name: category.title for category in TABLE}
PLATFORM_NAMES = {
    "x": "X",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "youtube": "YouTube",
    "bluesky": "Bluesky",
    "mastodon": "Mastodon",
    "demo": "the demo platform",
    "jsonl": "an imported file",
}
STATUS_NAMES: dict[str, str] = {
    CommentStatus.OPEN: "waiting for a decision",
    CommentStatus.HIDDEN: "hidden",
    CommentStatus.DISMISSED: "marked not a problem",
    CommentStatus.DELETED: "deleted",
}
CHECK_NAMES = {
    "present": "present",
    "missing": "missing",
    "mismatch": "does not match your staffed hours",
    "not_needed": "not needed",
    "error": "could not be checked",
}


def check_name(value: str) -> str:
    """A profile-check verdict in words: "not_needed" is "not needed"."""
    return CHECK_NAMES.get(value, value.replace("_", " "))


def plural(count: int, noun: str, plural_form: str | None = None) -> str:
    """``plural(1, "comment")`` is "1 comment"; ``plural(2, "comment")`` "2 comments"."""
    return f"{count} {noun if count == 1 else plural_form or noun + 's'}"


def categories(labels: Iterable[str]) -> str:
    return ", ".join(CATEGORY_NAMES.get(label, label.replace("_", " ")) for label in labels)


def platform_name(platform: str) -> str:
    return PLATFORM_NAMES.get(platform, platform.replace("_", " ").capitalize())


def clock_time(moment: datetime) -> str:
    """ "4 pm", "9:30 am", "midday", "midnight" for an aware local time."""
    if (moment.hour, moment.minute) == (12, 0):
        return "midday"
    if (moment.hour, moment.minute) == (0, 0):
        return "midnight"
    hour = moment.hour % 12 or 12
    suffix = "am" if moment.hour < 12 else "pm"
    return f"{hour} {suffix}" if moment.minute == 0 else f"{hour}:{moment.minute:02d} {suffix}"


def when(moment: datetime, tz: str, *, now: datetime | None = None) -> str:
    """ "4 pm Tuesday 8 December" in ``tz``; the year is added when it is not this year's.
    Midnight is "the end of" the day before: "midnight Wednesday" is read a day late."""
    local = moment.astimezone(ZoneInfo(tz))
    if (local.hour, local.minute, local.second) == (0, 0, 0):
        day = local - timedelta(days=1)
        text = f"the end of {day:%A} {day.day} {day:%B}"
        if now is None or now.astimezone(ZoneInfo(tz)).year != day.year:
            text += f" {day.year}"
        return text
    text = f"{clock_time(local)} {local:%A} {local.day} {local:%B}"
    if now is None or now.astimezone(ZoneInfo(tz)).year != local.year:
        text += f" {local.year}"
    return text


WORKING_HOURS_NOTE = "weekends and bank holidays don't count"
KNOWLEDGE_CLOCK_NOTE = (
    "Once you know of a possible libel on your page, take it down promptly: wardwatch "
    "counts 48 working hours from when you were first told (weekends and bank holidays "
    "don't count)."
)
