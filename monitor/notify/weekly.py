"""The weekly summary at the foot of the digest: flags per category and per platform over
the last few weeks, and how quickly flagged comments were dealt with against the 48
working-hour knowledge clock. Drawn as HTML table bars (no images, no scripts), which
render in the mail clients people use, with a plain-text twin.

:func:`summarise` is pure (rows and a clock in, numbers out); :func:`gather` reads them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from statistics import median
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.actions import FLAGGED, CommentStatus
from monitor.knowledge import KNOWLEDGE_HOURS, working_hours_between
from monitor.models import Account, StoredComment
from monitor.scoring.base import CATEGORIES
from monitor.scoring.categories import COLOURS
from monitor.wording import CATEGORY_NAMES, platform_name

WEEKS = 4


@dataclass(frozen=True, slots=True)
class Flagged:
    """What the summary needs of one flagged comment."""

    created_at: datetime
    labels: Sequence[str]
    platform: str
    told_at: datetime | None  # when the owner was first told (alert or digest)
    acted_at: datetime | None  # when it was hidden, deleted or dismissed


@dataclass(frozen=True, slots=True)
class Segment:
    category: str
    name: str
    count: int
    percent: int
    colour: str


@dataclass(frozen=True, slots=True)
class Week:
    label: str  # "w/c 23 Nov"
    total: int
    segments: list[Segment]
    width: int  # the bar's share of the busiest week's, in percent


@dataclass(frozen=True, slots=True)
class WeeklySummary:
    weeks: list[Week]
    platforms: list[tuple[str, int, int]]  # (name, count, width percent)
    legend: list[tuple[str, str]]  # (category name, colour)
    acted: int
    acted_in_time: int
    median_hours: float | None
    waiting: int
    total: int = field(default=0)


def _monday(moment: datetime, zone: ZoneInfo) -> date:
    day = moment.astimezone(zone).date()
    return day - timedelta(days=day.weekday())


def summarise(
    rows: Sequence[Flagged],
    now: datetime,
    *,
    tz: str,
    bank_holidays: str = "ENG",
    weeks: int = WEEKS,
) -> WeeklySummary | None:
    """The last ``weeks`` weeks (Monday to Sunday, local time), this one included. None
    when nothing was flagged in them: the digest then leaves the summary out."""
    zone = ZoneInfo(tz)
    this_week = _monday(now, zone)
    starts = [this_week - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]
    chosen = [r for r in rows if _monday(r.created_at, zone) >= starts[0]]
    if not chosen:
        return None
    by_week: dict[date, Counter[str]] = {start: Counter() for start in starts}
    totals: Counter[date] = Counter()
    for row in chosen:
        start = _monday(row.created_at, zone)
        totals[start] += 1
        by_week[start].update(row.labels)
    busiest = max(totals.values())
    result_weeks = []
    for start in starts:
        counts = by_week[start]
        labelled = sum(counts.values())
        segments = [
            Segment(
                category,
                CATEGORY_NAMES[category],
                counts[category],
                max(1, round(100 * counts[category] / labelled)),
                COLOURS[category],
            )
            for category in CATEGORIES
            if counts[category]
        ]
        result_weeks.append(
            Week(
                label=f"w/c {start.day} {start:%b}",
                total=totals[start],
                segments=segments,
                width=round(100 * totals[start] / busiest),
            )
        )
    platforms = Counter(platform_name(r.platform) for r in chosen)
    top = max(platforms.values())
    hours = [
        working_hours_between(r.told_at, r.acted_at, tz=tz, bank_holidays=bank_holidays)
        for r in chosen
        if r.told_at and r.acted_at and r.acted_at >= r.told_at
    ]
    return WeeklySummary(
        weeks=result_weeks,
        platforms=[(name, n, round(100 * n / top)) for name, n in platforms.most_common()],
        legend=[
            (CATEGORY_NAMES[c], COLOURS[c])
            for c in CATEGORIES
            if any(c in r.labels for r in chosen)
        ],
        acted=len(hours),
        acted_in_time=sum(1 for h in hours if h <= KNOWLEDGE_HOURS),
        median_hours=median(hours) if hours else None,
        waiting=sum(1 for r in chosen if r.acted_at is None),
        total=len(chosen),
    )


def gather(
    session: Session,
    owner_id: int,
    now: datetime,
    *,
    tz: str,
    bank_holidays: str = "ENG",
    weeks: int = WEEKS,
) -> WeeklySummary | None:
    """The owner's weekly summary from the store."""
    since = now - timedelta(weeks=weeks + 1)
    comments = session.scalars(
        select(StoredComment)
        .join(Account)
        .where(
            Account.owner_id == owner_id,
            StoredComment.severity.in_(FLAGGED),
            StoredComment.created_at >= since,
        )
    )
    rows = [
        Flagged(
            created_at=c.created_at,
            labels=list(c.labels or []),
            platform=c.platform,
            told_at=min((t for t in (c.alerted_at, c.reported_at) if t), default=None),
            acted_at=c.status_changed_at if c.status != CommentStatus.OPEN else None,
        )
        for c in comments
    ]
    return summarise(rows, now, tz=tz, bank_holidays=bank_holidays, weeks=weeks)
