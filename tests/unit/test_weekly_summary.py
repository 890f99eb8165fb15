"""The weekly summary: flags per week and category, per platform, and how quickly they
were dealt with against the 48 working-hour clock; drawn as table bars in the digest."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from monitor.notify.digest import Recipient, build_digest
from monitor.notify.weekly import Flagged, summarise

NOW = datetime(2026, 12, 4, 7, 30, tzinfo=UTC)  # Friday; the week began Monday 30 Nov
RECIPIENT = Recipient("Cllr Sarah Hughes", "sarah.hughes@example.gov.uk")


def flagged(day: int, labels: tuple[str, ...], platform: str = "facebook", **times: int) -> Flagged:
    created = (
        datetime(2026, 11, day, 10, 0, tzinfo=UTC)
        if day > 4
        else datetime(2026, 12, day, 6, 0, tzinfo=UTC)
    )
    told = created + timedelta(hours=times["told"]) if "told" in times else None
    acted = created + timedelta(hours=times["acted"]) if "acted" in times else None
    return Flagged(created, labels, platform, told, acted)


ROWS = [
    flagged(1, ("libel",), told=1, acted=3),  # Tue 1 Dec: 2 working hours
    flagged(2, ("abuse", "obscene"), "x", told=1),  # still waiting
    # Fri 20 Nov 10:00, told 11:00, acted Thu 26 Nov 11:00: 96 working hours, too late.
    flagged(20, ("threat",), told=1, acted=145),
    flagged(25, ("abuse",), "x", told=1, acted=2),
    flagged(3, ("personal_data",), told=1, acted=1),
    Flagged(datetime(2026, 10, 1, tzinfo=UTC), ("libel",), "x", None, None),  # too old
]


def test_weeks_categories_platforms_and_response_times_are_counted() -> None:
    summary = summarise(ROWS, NOW, tz="Europe/London")
    assert summary is not None
    assert [w.label for w in summary.weeks] == [
        "w/c 9 Nov",
        "w/c 16 Nov",
        "w/c 23 Nov",
        "w/c 30 Nov",
    ]
    assert [w.total for w in summary.weeks] == [0, 1, 1, 3]
    assert [w.width for w in summary.weeks] == [0, 33, 33, 100]
    this_week = {s.category: s.count for s in summary.weeks[-1].segments}
    assert this_week == {"libel": 1, "obscene": 1, "abuse": 1, "personal_data": 1}
    assert summary.platforms == [("Facebook", 3, 100), ("X", 2, 67)]
    assert (summary.acted, summary.acted_in_time, summary.waiting, summary.total) == (
        4,
        3,
        1,
        5,
    )
    assert summary.median_hours is not None and 1 < summary.median_hours < 3


def test_the_digest_draws_the_weeks_as_table_bars_and_says_it_in_words() -> None:
    summary = summarise(ROWS, NOW, tz="Europe/London")
    digest = build_digest(RECIPIENT, [], NOW, weekly=summary)
    assert "Your last 4 weeks" in digest.html
    assert 'bgcolor="#b3261e"' in digest.html  # possible libel's colour, as an attribute too
    assert "<img" not in digest.html and "<script" not in digest.html
    assert 'width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;"' in (
        digest.html
    )
    sentence = (
        "5 comments flagged. Of the 4 dealt with, 3 were within 48 working hours of your "
        "being told, typically in about 2 working hours. 1 still waits for a decision."
    )
    assert sentence in digest.text and sentence in digest.html
    assert "w/c 30 Nov   ############################## 3 (possible libel 1," in digest.text


def test_a_quiet_month_has_no_summary() -> None:
    assert summarise(ROWS[-1:], NOW, tz="Europe/London") is None
