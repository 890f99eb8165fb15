"""Words for people: local deadlines with working-hours context, plurals, category and
platform names, and masking that sees through spaced-out spellings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from monitor.knowledge import deadline, knowledge_deadline, working_hours_between
from monitor.notify.mask import mask
from monitor.wording import categories, platform_name, plural, when

LONDON = "Europe/London"


def test_a_deadline_reads_as_a_local_time_a_weekday_and_a_date() -> None:
    # Told at 4 pm on Friday 4 December 2026: the weekend does not count.
    told = datetime(2026, 12, 4, 16, 0, tzinfo=UTC)
    due = knowledge_deadline(told, tz=LONDON)
    assert when(due, LONDON, now=told) == "4 pm Tuesday 8 December"
    monday_morning = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)
    shown = deadline(due, monday_morning, tz=LONDON)
    assert shown.by == "by 4 pm Tuesday 8 December"
    # Friday 16:00-24:00 (8 h) and Monday 00:00-09:30 (9.5 h) are used: 30.5 are left.
    assert shown.context == "30 of 48 working hours left" and not shown.overdue
    assert str(shown).endswith("(weekends and bank holidays don't count)")


def test_a_deadline_at_midnight_is_the_end_of_the_day_before() -> None:
    # Told on Saturday 5 December: the clock starts at Monday 00:00 and runs out 48 hours
    # later, at Wednesday 00:00, which people must read as Tuesday night.
    told = datetime(2026, 12, 5, 0, 4, tzinfo=UTC)
    due = knowledge_deadline(told, tz=LONDON)
    assert when(due, LONDON, now=told) == "the end of Tuesday 8 December"
    assert deadline(due, told, tz=LONDON).by == "by the end of Tuesday 8 December"
    new_year = datetime(2027, 1, 1, 0, 0, tzinfo=UTC)
    assert when(new_year, LONDON, now=told) == "the end of Thursday 31 December"
    assert when(new_year, LONDON) == "the end of Thursday 31 December 2026"


def test_a_passed_deadline_says_to_act_now_and_summer_time_is_local() -> None:
    due = datetime(2026, 6, 2, 8, 30, tzinfo=UTC)  # 9:30 am BST
    late = deadline(due, due + timedelta(hours=1), tz=LONDON)
    assert late.overdue and late.by == "by 9:30 am Tuesday 2 June"
    assert "have passed: act now" in late.context


def test_working_hours_between_is_the_inverse_of_the_deadline_across_a_bank_holiday() -> None:
    told = datetime(2026, 12, 24, 11, 15, tzinfo=UTC)  # Christmas Eve; 25 and 28 Dec don't count
    due = knowledge_deadline(told, tz=LONDON)
    assert working_hours_between(told, due, tz=LONDON) == 48
    assert working_hours_between(due, told, tz=LONDON) == -48


def test_counts_names_and_times_have_no_machine_words() -> None:
    assert plural(1, "owner") == "1 owner" and plural(2, "owner") == "2 owners"
    assert plural(3, "reply", "replies") == "3 replies"
    assert categories(["personal_data", "libel"]) == "personal data, possible libel"
    assert platform_name("youtube") == "YouTube" and platform_name("x") == "X"
    assert when(datetime(2026, 12, 8, 12, 0, tzinfo=UTC), LONDON) == (
        "midday Tuesday 8 December 2026"
    )


def test_spaced_out_swear_words_are_masked_and_spaced_letters_that_spell_nothing_are_not() -> None:
    assert mask("you c u n t") == "you c * * *"
    assert mask("f.u.c.k off") == "f.*.*.* off"
    assert mask("you s-h-i-t-e") == "you s-*-*-*-*"
    assert mask("reply a s a p please") == "reply a s a p please"
    assert mask("Plan B is a b c thing") == "Plan B is a b c thing"
