"""Staffed hours, bank holidays and the 48-working-hour knowledge clock."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine

from monitor.clock import (
    StaffedHours,
    is_out_of_hours,
    last_local,
    next_local,
    utcnow,
)
from monitor.knowledge import is_regulation_day, knowledge_deadline
from monitor.schedule import DailyAt, Every, is_due, outside_dst_window

LONDON = ZoneInfo("Europe/London")


def london(*args: int) -> datetime:
    return datetime(*args, tzinfo=LONDON)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("notified", "deadline"),
    [
        # Friday 16:00 -> Tuesday 16:00 (the weekend does not count)
        (london(2026, 11, 20, 16, 0), london(2026, 11, 24, 16, 0)),
        # Thursday before Easter: Good Friday and Easter Monday are skipped
        (london(2026, 4, 2, 10, 0), london(2026, 4, 8, 10, 0)),
        # Christmas Eve 2026 (Thu): Christmas Day, the weekend and Boxing Day (observed) skipped
        (london(2026, 12, 24, 10, 0), london(2026, 12, 30, 10, 0)),
        # Clocks go forward on Sunday 2026-03-29, a day that does not count anyway
        (london(2026, 3, 27, 16, 0), london(2026, 3, 31, 16, 0)),
        # Clocks go back on Sunday 2026-10-25
        (london(2026, 10, 23, 16, 0), london(2026, 10, 27, 16, 0)),
        # Monday 09:00 -> Wednesday 09:00
        (london(2026, 11, 16, 9, 0), london(2026, 11, 18, 9, 0)),
        # Told on a Saturday: the clock starts at Monday's midnight
        (london(2026, 11, 21, 11, 0), london(2026, 11, 25, 0, 0)),
    ],
)
def test_knowledge_deadline_counts_48_working_hours(notified: datetime, deadline: datetime) -> None:
    assert knowledge_deadline(notified.astimezone(UTC)) == deadline.astimezone(UTC)


def test_knowledge_deadline_returns_utc_and_never_comes_before_48_real_hours() -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for hours in range(0, 24 * 400, 7):
        notified = start + timedelta(hours=hours)
        deadline = knowledge_deadline(notified)
        assert deadline.tzinfo == UTC
        assert deadline - notified >= timedelta(hours=48)


def test_good_friday_and_christmas_never_count_even_without_bank_holidays() -> None:
    assert not is_regulation_day(london(2026, 4, 3).date(), bank_holidays="none")
    assert not is_regulation_day(london(2026, 12, 25).date(), bank_holidays="none")
    assert is_regulation_day(london(2026, 4, 6).date(), bank_holidays="none")  # Easter Monday
    assert not is_regulation_day(london(2026, 4, 6).date(), bank_holidays="ENG")


def test_knowledge_deadline_refuses_a_naive_time() -> None:
    with pytest.raises(ValueError, match="aware"):
        knowledge_deadline(datetime(2026, 11, 20, 16, 0))


def test_staffed_hours_with_a_saturday_morning() -> None:
    hours = StaffedHours.parse("Mon-Fri 09:00-17:00; Sat 10:00-12:00")
    assert hours.is_staffed(london(2026, 11, 21, 11, 0), "Europe/London")  # Saturday 11:00
    assert not hours.is_staffed(london(2026, 11, 21, 12, 30), "Europe/London")
    assert not hours.is_staffed(london(2026, 11, 22, 11, 0), "Europe/London")  # Sunday
    assert hours.describe() == "Mon-Fri 9am-5pm; Sat 10am-12pm"


def test_bank_holidays_are_out_of_hours_for_the_chosen_nation() -> None:
    hours = "Mon-Fri 09:00-17:00"
    st_andrews_day = london(2026, 11, 30, 11, 0)  # a Monday; a bank holiday in Scotland only
    assert is_out_of_hours(st_andrews_day, hours, "Europe/London", bank_holidays="SCT")
    assert not is_out_of_hours(st_andrews_day, hours, "Europe/London", bank_holidays="ENG")
    boyne = london(2027, 7, 12, 11, 0)  # Battle of the Boyne, Northern Ireland
    assert is_out_of_hours(boyne, hours, "Europe/London", bank_holidays="NIR")
    assert not is_out_of_hours(boyne, hours, "Europe/London", bank_holidays="WLS")
    easter_monday = london(2026, 4, 6, 11, 0)
    assert is_out_of_hours(easter_monday, hours, "Europe/London")
    assert not is_out_of_hours(easter_monday, hours, "Europe/London", bank_holidays="none")


def test_round_the_clock_hours_are_always_staffed() -> None:
    assert not is_out_of_hours(london(2026, 12, 25, 3, 0), "24/7", "Europe/London")


def test_staffed_hours_across_both_2026_clock_changes() -> None:
    hours = StaffedHours.parse("Mon-Sun 09:00-17:00")
    # 08:30 UTC is 09:30 BST after the spring change, 08:30 GMT before it.
    assert hours.is_staffed(datetime(2026, 3, 29, 8, 30, tzinfo=UTC), "Europe/London")
    assert not hours.is_staffed(datetime(2026, 3, 28, 8, 30, tzinfo=UTC), "Europe/London")
    assert hours.is_staffed(datetime(2026, 10, 24, 8, 30, tzinfo=UTC), "Europe/London")
    assert not hours.is_staffed(datetime(2026, 10, 25, 8, 30, tzinfo=UTC), "Europe/London")


@pytest.mark.parametrize("day", [29, 30])
def test_local_times_inside_the_spring_gap_move_to_after_it(day: int) -> None:
    now = datetime(2026, 3, day, 0, 0, tzinfo=UTC)
    moment = next_local(time(1, 30), "Europe/London", now)
    assert moment > now
    assert last_local(time(1, 30), "Europe/London", moment) == moment


def test_a_daily_job_falls_due_once_a_day_through_both_clock_changes() -> None:
    schedule = DailyAt(time(7, 30), "Europe/London")
    for first in (datetime(2026, 3, 27, 12, tzinfo=UTC), datetime(2026, 10, 23, 12, tzinfo=UTC)):
        last = first
        runs = []
        now = first
        while now < first + timedelta(days=4):
            if is_due(schedule, last, now):
                runs.append(now.astimezone(LONDON))
                last = now
            now += timedelta(minutes=10)
        assert len(runs) == 4
        assert len({r.date() for r in runs}) == 4
        assert all(time(7, 30) <= r.time() < time(7, 40) for r in runs)


def test_daily_jobs_are_kept_out_of_the_clock_change_window() -> None:
    assert outside_dst_window(time(1, 0)) == time(2, 30)
    assert outside_dst_window(time(0, 30)) == time(2, 30)
    assert outside_dst_window(time(3, 30)) == time(3, 30)


def test_an_interval_job_is_due_after_its_interval() -> None:
    now = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    schedule = Every(timedelta(minutes=15))
    assert is_due(schedule, None, now)
    assert not is_due(schedule, now - timedelta(minutes=14), now)
    assert is_due(schedule, now - timedelta(minutes=15), now)


def test_the_clock_follows_frozen_time_on_the_autumn_change() -> None:
    with time_machine.travel(datetime(2026, 10, 25, 0, 59, tzinfo=UTC), tick=False):
        assert utcnow() == datetime(2026, 10, 25, 0, 59, tzinfo=UTC)
        assert utcnow().astimezone(LONDON).utcoffset() == timedelta(hours=1)
    with time_machine.travel(datetime(2026, 10, 25, 1, 1, tzinfo=UTC), tick=False):
        assert utcnow().astimezone(LONDON).utcoffset() == timedelta(0)
