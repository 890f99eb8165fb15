"""The knowledge clock: once the owner has been told about a libel-risk comment, it
should come down within 48 working hours, counted as the Defamation (Operators of
Websites) Regulations 2013 count them. Here are the clock's rules (which days count, the
deadline, the hours left), when it starts, and how a person reads it; the job that sends
its reminders is :mod:`monitor.notify.reminders`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.easter import easter

from monitor.clock import uk_holidays
from monitor.config import OwnerConfig
from monitor.models import StoredComment
from monitor.wording import WORKING_HOURS_NOTE, when

KNOWLEDGE_HOURS = 48


def is_regulation_day(day: date, *, bank_holidays: str = "ENG") -> bool:
    """Whether ``day`` counts towards a deadline under the Defamation (Operators of
    Websites) Regulations 2013, reg 1(3): Saturdays, Sundays, Good Friday, Christmas Day
    and bank holidays are disregarded. Good Friday and Christmas Day are named in the
    regulation itself, so they never count even where ``bank_holidays`` is "none"."""
    if day.weekday() >= 5 or (day.month, day.day) == (12, 25):
        return False
    if day == easter(day.year) - timedelta(days=2):
        return False
    return day not in uk_holidays(bank_holidays, day.year)


def knowledge_deadline(
    notified_at: datetime,
    *,
    tz: str = "Europe/London",
    bank_holidays: str = "ENG",
    hours: float = KNOWLEDGE_HOURS,
) -> datetime:
    """The moment ``hours`` working hours after ``notified_at`` (aware), in UTC.

    Time is counted as the 2013 Regulations count it: whole local days that are
    weekends, Good Friday, Christmas Day or bank holidays are skipped, with day boundaries
    at local midnight. Time on a counted day is real elapsed time, so a counted day on
    which the clocks change holds 23 or 25 hours. A notice at Friday 16:00 is due
    Tuesday 16:00; ``hours`` less than 48 gives the 50% and 90% reminder points.
    """
    if notified_at.tzinfo is None:
        raise ValueError("knowledge_deadline needs an aware datetime")
    zone = ZoneInfo(tz)
    left = timedelta(hours=hours)
    current = notified_at.astimezone(UTC)
    while True:
        local_day = current.astimezone(zone).date()
        next_midnight = datetime.combine(local_day + timedelta(days=1), time(0), zone)
        next_midnight_utc = next_midnight.astimezone(UTC)
        if is_regulation_day(local_day, bank_holidays=bank_holidays):
            available = next_midnight_utc - current
            if left <= available:
                return current + left
            left -= available
        current = next_midnight_utc


def working_hours_between(
    start: datetime, end: datetime, *, tz: str = "Europe/London", bank_holidays: str = "ENG"
) -> float:
    """Hours from ``start`` to ``end`` that count towards the knowledge clock (the inverse
    of :func:`knowledge_deadline`); negative when ``end`` is before ``start``."""
    if end < start:
        return -working_hours_between(end, start, tz=tz, bank_holidays=bank_holidays)
    zone = ZoneInfo(tz)
    total = timedelta(0)
    current = start.astimezone(UTC)
    while current < end:
        local_day = current.astimezone(zone).date()
        next_midnight = datetime.combine(local_day + timedelta(days=1), time(0), zone)
        stop = min(next_midnight.astimezone(UTC), end)
        if is_regulation_day(local_day, bank_holidays=bank_holidays):
            total += stop - current
        current = stop
    return total.total_seconds() / 3600


def start_knowledge_clock(comment: StoredComment, owner: OwnerConfig, now: datetime) -> None:
    """Record when the owner was first told about a possible libel, and the deadline
    for prompt action (48 working hours, as the 2013 Regulations count them)."""
    if "libel" not in comment.labels or comment.notified_at is not None:
        return

    comment.notified_at = now
    comment.deadline_at = knowledge_deadline(
        now, tz=owner.timezone, bank_holidays=owner.bank_holidays
    )


@dataclass(frozen=True, slots=True)
class Deadline:
    """The knowledge clock as a person reads it."""

    by: str  # "by 4 pm Tuesday 8 December"
    context: str  # "31 of 48 working hours left"
    overdue: bool
    hours_left: float

    def __str__(self) -> str:
        return f"{self.by}: {self.context} ({WORKING_HOURS_NOTE})"


def deadline(due: datetime, now: datetime, *, tz: str, bank_holidays: str = "ENG") -> Deadline:
    left = working_hours_between(now, due, tz=tz, bank_holidays=bank_holidays)
    by = f"by {when(due, tz, now=now)}"
    if left <= 0:
        return Deadline(
            by, f"the {KNOWLEDGE_HOURS} working hours to act have passed: act now", True, left
        )
    shown = f"{left:.0f}" if left >= 1 else "less than 1"
    return Deadline(
        by,
        f"{shown} of {KNOWLEDGE_HOURS} working hours left",
        False,
        left,
    )
