"""Human clocks: staffed hours and out-of-hours, in the owner's time zone.

Everything is stored in UTC; these functions convert to the owner's local time only to
answer questions a person would ask ("is the office staffed right now?").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_HINT = 'write staffed hours like "Mon-Fri 09:00-17:00; Sat 10:00-12:00" or "24/7"'


@dataclass(frozen=True, slots=True)
class Window:
    weekday: int  # Monday = 0
    start: time
    end: time


@dataclass(frozen=True, slots=True)
class StaffedHours:
    """When someone reads the account. ``always`` is "24/7"."""

    windows: tuple[Window, ...]
    always: bool = False
    text: str = ""

    @classmethod
    def parse(cls, text: str) -> StaffedHours:
        spec = text.strip()
        if spec.lower() in {"24/7", "always"}:
            return cls(windows=(), always=True, text=spec)
        windows: list[Window] = []
        for part in filter(None, (p.strip() for p in spec.split(";"))):
            match = re.fullmatch(
                r"([A-Za-z]{3})(?:\s*-\s*([A-Za-z]{3}))?\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})",
                part,
            )
            if not match:
                raise ValueError(f"cannot read {part!r}: {_HINT}")
            first, last = (_day(match.group(1)), _day(match.group(2) or match.group(1)))
            start = _time(match.group(3), match.group(4))
            end = _time(match.group(5), match.group(6))
            if end <= start:
                raise ValueError(f"{part!r} ends before it starts: {_HINT}")
            days = range(first, last + 1) if first <= last else [*range(first, 7), *range(last + 1)]
            windows.extend(Window(day, start, end) for day in days)
        if not windows:
            raise ValueError(f"no hours given: {_HINT}")
        return cls(windows=tuple(windows), text=spec)

    def is_staffed(self, moment: datetime, tz: str, *, bank_holidays: str = "ENG") -> bool:
        """Whether ``moment`` (aware) falls inside staffed hours, local time. Bank
        holidays of the chosen UK nation count as out of hours."""
        if self.always:
            return True
        local = moment.astimezone(ZoneInfo(tz))
        if bank_holidays != "none" and local.date() in uk_holidays(bank_holidays, local.year):
            return False
        return any(
            w.weekday == local.weekday() and w.start <= local.time() < w.end for w in self.windows
        )

    def describe(self) -> str:
        """The hours as a reader would write them: "Mon-Fri 9am-5pm; Sat 10am-12pm"."""
        if self.always:
            return "24/7"
        groups: dict[tuple[time, time], list[int]] = {}
        for window in self.windows:
            groups.setdefault((window.start, window.end), []).append(window.weekday)
        parts = []
        for (start, end), days in groups.items():
            parts.append(f"{_day_ranges(sorted(set(days)))} {_ampm(start)}-{_ampm(end)}")
        return "; ".join(parts)

    @property
    def days(self) -> frozenset[int]:
        return frozenset(range(7)) if self.always else frozenset(w.weekday for w in self.windows)


def uk_holidays(subdivision: str, *years: int) -> set[date]:
    """The bank holidays of one UK nation ("ENG", "WLS", "SCT", "NIR"), substitute days
    included. "none" gives an empty set."""
    if subdivision == "none":
        return set()
    return set(_holidays(subdivision, tuple(sorted(years))))


@lru_cache(maxsize=64)
def _holidays(subdivision: str, years: tuple[int, ...]) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv=subdivision, years=years))


def is_out_of_hours(
    moment: datetime, staffed_hours: str, tz: str, *, bank_holidays: str = "ENG"
) -> bool:
    """The other side of :meth:`StaffedHours.is_staffed`, from the config's text."""
    return not StaffedHours.parse(staffed_hours).is_staffed(moment, tz, bank_holidays=bank_holidays)


def next_local(at: time, tz: str, now: datetime) -> datetime:
    """The next moment (UTC) the local clock in ``tz`` reads ``at``, after ``now``.
    A time that does not exist that day (the spring-forward hour) is taken as the
    instant after the gap; the repeated autumn hour is taken once (fold=0)."""
    return _local_occurrence(at, tz, now, step=1)


def last_local(at: time, tz: str, now: datetime) -> datetime:
    """The most recent moment (UTC) at or before ``now`` when ``tz`` read ``at``."""
    return _local_occurrence(at, tz, now, step=-1)


def _local_occurrence(at: time, tz: str, now: datetime, *, step: int) -> datetime:
    zone = ZoneInfo(tz)
    day = now.astimezone(zone).date()
    for _ in range(3):
        candidate = datetime.combine(day, at, zone).astimezone(UTC)
        # Round-trip through UTC normalises a non-existent local time to a real instant.
        if (step > 0 and candidate > now) or (step < 0 and candidate <= now):
            return candidate
        day += timedelta(days=step)
    raise AssertionError("unreachable: a local time occurs at least once in three days")


def utcnow() -> datetime:
    return datetime.now(UTC)


def _day(name: str) -> int:
    try:
        return DAYS.index(name.capitalize())
    except ValueError:
        raise ValueError(f"{name!r} is not a day: use Mon, Tue, Wed, Thu, Fri, Sat, Sun") from None


def _day_ranges(days: list[int]) -> str:
    runs: list[list[int]] = []
    for day in days:
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return ", ".join(DAYS[r[0]] if len(r) == 1 else f"{DAYS[r[0]]}-{DAYS[r[-1]]}" for r in runs)


def _ampm(moment: time) -> str:
    if moment >= time(23, 59):
        return "midnight"
    hour = moment.hour % 12 or 12
    suffix = "am" if moment.hour < 12 else "pm"
    return f"{hour}{suffix}" if moment.minute == 0 else f"{hour}:{moment.minute:02d}{suffix}"


def _time(hours: str, minutes: str) -> time:
    h, m = int(hours), int(minutes)
    if h == 24 and m == 0:
        return time(23, 59, 59)
    if not (0 <= h < 24 and 0 <= m < 60):
        raise ValueError(f"{hours}:{minutes} is not a time of day: {_HINT}")
    return time(h, m)
