"""Building the digest: a pure function of items and a clock (time frozen with time-machine),
including the days the UK clocks change."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import time_machine

from monitor.clock import utcnow
from monitor.config import OwnerConfig
from monitor.notify.daily_digest import due_at
from monitor.notify.digest import (
    Item,
    Links,
    ProfileNotice,
    Recipient,
    ago,
    build_alert,
    build_digest,
)
from monitor.notify.mask import mask

RECIPIENT = Recipient("Cllr Sarah Hughes", "sarah.hughes@example.gov.uk")


def item(
    pk: int,
    severity: str,
    account: str,
    text: str,
    *,
    labels: tuple[str, ...] = ("abuse",),
    posted: datetime,
    deadline: datetime | None = None,
) -> Item:
    return Item(
        comment_pk=pk,
        account=account,
        platform="facebook",
        author=f"Author {pk}",
        text=text,
        severity=severity,
        labels=labels,
        reasons=[f"{labels[0]}: because {pk}"],
        created_at=posted,
        deadline_at=deadline,
        links=Links(
            hide=f"https://ww.example/a/hide{pk}",
            dismiss=f"https://ww.example/a/ok{pk}",
            view=f"https://ww.example/a/view{pk}",
            platform=f"https://fb.example/{pk}",
        ),
    )


@time_machine.travel(datetime(2026, 3, 29, 7, 30, tzinfo=UTC), tick=False)
def test_items_are_grouped_by_what_to_do_with_deadlines_first_in_bst_after_the_spring_change() -> (
    None
):
    now = utcnow()
    items = [
        item(1, "review", "b-page", "Sarah you are a disgrace", posted=now - timedelta(hours=2)),
        item(2, "high", "b-page", "you useless c*nt", posted=now - timedelta(days=1)),
        item(
            3,
            "high",
            "a-page",
            "Dr Khan took bribes",
            labels=("libel",),
            posted=now - timedelta(minutes=5),
            deadline=datetime(2026, 3, 31, 7, 30, tzinfo=UTC),
        ),
    ]
    earlier = [item(4, "review", "a-page", "Sarah you clown", posted=now - timedelta(days=3))]
    digest = build_digest(RECIPIENT, items, now, still_open=earlier)
    text = digest.text
    assert digest.subject == ("wardwatch: 3 new comments to review, 2 to act on today (Sun 29 Mar)")
    assert "3 new comments. 2 to act on today. 1 from earlier is still open." in text
    parts = [
        text.index("== Act today (2) =="),
        text.index("Author 3"),  # the running knowledge clock comes first
        text.index("Author 2"),
        text.index("== Please review (1) =="),
        text.index("Author 1"),
        text.index("== For your information: still open from earlier (1) =="),
        text.index("Author 4"),
    ]
    assert parts == sorted(parts)
    assert "5 minutes ago (Sun 29 Mar 2026, 08:25 BST)" in text
    # 07:30 UTC on the first day of BST is 08:30 local; yesterday was still GMT.
    assert "1 day ago (Sat 28 Mar 2026, 07:30 GMT)" in text
    # Sunday does not count: all of Monday and 8.5 hours of Tuesday are left.
    assert "Act by 8:30 am Tuesday 31 March: 32 of 48 working hours left." in text
    assert "48 working hours from when you were first told (weekends and bank holidays" in text
    assert "useless c***" in text and "c*nt" not in text
    assert "Details:       https://ww.example/a/view3" in text
    assert "Act by 8:30 am Tuesday 31 March" in digest.html


def test_the_digest_lists_what_is_still_open_with_deadlines_on_a_day_with_nothing_new() -> None:
    now = datetime(2026, 12, 7, 7, 30, tzinfo=UTC)  # a Monday
    earlier = [
        item(
            7,
            "review",
            "page",
            "Cllr Hughes fiddled her expenses",
            labels=("libel",),
            posted=now - timedelta(days=3),
            deadline=datetime(2026, 12, 8, 16, 0, tzinfo=UTC),
        ),
        item(8, "review", "page", "what a clown", posted=now - timedelta(days=2)),
    ]
    digest = build_digest(RECIPIENT, [], now, still_open=earlier)
    assert digest.subject == (
        "wardwatch: nothing new, 2 comments still open, 1 to act on today (Mon 7 Dec)"
    )
    assert "Nothing new today. 1 to act on today. 2 from earlier are still open." in digest.text
    assert "Act by 4 pm Tuesday 8 December: 32 of 48 working hours left" in digest.text
    assert "Author 8 on Facebook, 2 days ago: abuse or bullying." in digest.text
    assert digest.html.count('href="https://ww.example/a/hide7"') == 1


@time_machine.travel(datetime(2026, 10, 25, 0, 30, tzinfo=UTC), tick=False)
def test_times_on_the_autumn_change_day_are_shown_in_the_right_zone() -> None:
    now = utcnow()
    early = item(1, "high", "page", "you prat", posted=datetime(2026, 10, 25, 0, 10, tzinfo=UTC))
    late = item(2, "high", "page", "you prat", posted=datetime(2026, 10, 25, 1, 10, tzinfo=UTC))
    text = build_digest(RECIPIENT, [early, late], now + timedelta(hours=2)).text
    # 01:10 local happens twice: first in BST (00:10 UTC), then in GMT (01:10 UTC).
    assert "Sun 25 Oct 2026, 01:10 BST" in text and "Sun 25 Oct 2026, 01:10 GMT" in text


def test_the_digest_falls_due_once_at_local_digest_time_across_clock_changes() -> None:
    owner = OwnerConfig(name="o", email="o@example.gov.uk", digest_time=time(7, 30))
    spring_day, spring_due = due_at(owner, datetime(2026, 3, 29, 12, 0, tzinfo=UTC))
    autumn_day, autumn_due = due_at(owner, datetime(2026, 10, 25, 12, 0, tzinfo=UTC))
    assert (spring_day, spring_due) == ("2026-03-29", datetime(2026, 3, 29, 6, 30, tzinfo=UTC))
    assert (autumn_day, autumn_due) == ("2026-10-25", datetime(2026, 10, 25, 7, 30, tzinfo=UTC))
    skipped = OwnerConfig(name="o", email="o@example.gov.uk", digest_time=time(1, 30))
    # 01:30 does not exist on 29 March: it falls due at 02:30 BST, which is 01:30 UTC.
    assert due_at(skipped, datetime(2026, 3, 29, 12, 0, tzinfo=UTC))[1] == datetime(
        2026, 3, 29, 1, 30, tzinfo=UTC
    )


def test_comment_text_is_escaped_in_the_html_and_links_are_not_made_live() -> None:
    now = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    hostile = item(
        1, "high", "page", '<script>alert(1)</script> <a href="https://evil">x</a>', posted=now
    )
    html = build_digest(RECIPIENT, [hostile], now).html
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert 'href="https://evil"' not in html
    assert 'href="https://ww.example/a/hide1"' in html


def test_an_alert_names_the_out_of_hours_reason_and_masks_the_excerpt() -> None:
    now = datetime(2026, 3, 7, 22, 0, tzinfo=UTC)
    alert = build_alert(
        Recipient("Cllr Sarah Hughes's office", "ms@example.gov.uk"),
        [item(1, "high", "page", "you useless c*nt", posted=now)],
        now,
        out_of_hours=True,
    )
    assert alert.subject == "wardwatch URGENT: abuse or bullying comment on page"
    assert "outside the account's staffed hours" in alert.text
    assert "c*nt" not in alert.text and "Details:       https://ww.example/a/view1" in alert.text
    assert "Some words are masked" in alert.text


def test_an_alert_for_several_comments_lists_each_with_its_own_links() -> None:
    now = datetime(2026, 3, 7, 22, 0, tzinfo=UTC)
    burst = [
        item(pk, "high", page, f"you useless c*nt {pk}", posted=now - timedelta(minutes=pk))
        for pk, page in ((1, "b-page"), (2, "a-page"), (3, "b-page"))
    ]
    alert = build_alert(RECIPIENT, burst, now)
    assert alert.subject == "wardwatch URGENT: 3 comments on your pages need attention"
    assert alert.items == 3
    assert "3 comments on your pages look serious enough to act on now." in alert.text
    assert alert.text.index("-- a-page --") < alert.text.index("-- b-page --")
    for pk in (1, 2, 3):
        assert f"Hide:          https://ww.example/a/hide{pk}" in alert.text
        assert f"Not a problem: https://ww.example/a/ok{pk}" in alert.text
        assert f'href="https://ww.example/a/hide{pk}"' in alert.html
        assert f'href="https://ww.example/a/ok{pk}"' in alert.html
        assert f'href="https://fb.example/{pk}"' in alert.html
    assert "c*nt" not in alert.text and "c*nt" not in alert.html
    one_page = build_alert(RECIPIENT, [burst[0], burst[2]], now)
    assert one_page.subject == "wardwatch URGENT: 2 comments on b-page need attention"


def test_profile_notices_show_each_problem_and_the_wording_to_paste_escaped() -> None:
    now = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
    checked = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
    notices = [
        ProfileNotice("hughes-x", "x", "mismatch", "not_needed", "Monitored <9-5>", checked),
        ProfileNotice("hughes-fb", "facebook", "present", "missing", "Views my own.", checked),
        ProfileNotice("hughes-yt", "youtube", "present", "not_needed", None, checked),
    ]
    digest = build_digest(RECIPIENT, [], now, profiles=notices)
    text = digest.text
    assert "== Profile notices ==" in text and "Nothing new needs your attention" in text
    assert "hughes-x (X), checked Mon 2 Mar 2026, 06:00 GMT:" in text
    assert "do not match your staffed hours" in text and "Monitored <9-5>" in text
    assert "hughes-fb (Facebook)" in text and '"Views expressed are solely my own"' in text
    assert "hughes-yt" not in text  # nothing to fix there
    assert "Monitored &lt;9-5&gt;" in digest.html and "<9-5>" not in digest.html
    assert "Profile notices" not in build_digest(RECIPIENT, [], now, profiles=notices[2:]).text


def test_masking_keeps_first_letters_and_spares_innocent_words() -> None:
    assert mask("Scunthorpe cocktail, you fucking wanker") == (
        "Scunthorpe cocktail, you f****** w*****"
    )
    assert ago(datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, 0, 0, 30, tzinfo=UTC)) == (
        "just now"
    )
