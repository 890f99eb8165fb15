"""The fault suite: the real `wardwatch` command, run as a separate process, against a
loopback platform that hangs, trickles, pages for ever, answers errors with HTTP 200 and
serves poison items. Each case checks what a councillor relies on: the command ends
within its budget, the other accounts are still polled, no valid comment is lost, and
`wardwatch status` says what went wrong.

The limits are set small in [polling] so that each case takes seconds; the budgets
asserted are correctness bounds (a hang would take minutes), not speed targets.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hostile_platform import (
    OWNER_X,
    POST,
    FacebookPage,
    HostilePlatform,
    Reply,
    Request,
    fb_comment,
    serving,
    tweet,
    x_listing,
    x_routes,
)
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from monitor import db as store
from monitor.models import PollState, QuarantinedItem, StoredComment

POLL_BUDGET = 6.0
# Starting Python and importing the scoring model takes a few seconds on a slow machine.
STARTUP_ALLOWANCE = 45.0
COMMAND = [sys.executable, "-c", "from monitor.cli import main; main()"]
HEALTHY_TEXT = "When will the bins be collected on Elm Road?"


@pytest.fixture
def platform() -> Iterator[HostilePlatform]:
    with serving() as server:
        yield server


def write_config(tmp_path: Path, database_url: str, platform: HostilePlatform, kind: str) -> Path:
    if kind == "x":
        hostile = f'user_id = "{OWNER_X}"\n[accounts.credentials]\naccess_token = "unused"'
        root = "/x"
    else:
        hostile = '[accounts.credentials]\npage_access_token = "unused"'
        root = "/graph"
    (tmp_path / "feed.jsonl").write_text(
        json.dumps(
            {
                "comment_id": "h1",
                "post_id": "p1",
                "parent_id": None,
                "author_id": "r1",
                "author_name": "A Resident",
                "text": HEALTHY_TEXT,
                "created_at": "2026-11-20T10:00:00Z",
                "permalink": "https://www.facebook.com/118/posts/p1?comment_id=h1",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    config = tmp_path / "wardwatch.toml"
    page = '\npage_id = "104857600"' if kind == "facebook" else ""
    # Inline secrets are refused by the config check, so the token comes from a file.
    (tmp_path / "token").write_text("fault-suite-token", encoding="utf-8")
    hostile = hostile.replace('"unused"', '{ file = "token" }')
    config.write_text(
        f"""
[storage]
url = "{database_url}"

[polling]
connect_timeout = 2
read_timeout = 2
call_deadline = 3
poll_budget = {POLL_BUDGET}

[[owners]]
name = "Cllr Sarah Hughes"
email = "sarah.hughes@example.gov.uk"

[[accounts]]
name = "hostile"
owner = "Cllr Sarah Hughes"
platform = "{kind}"
api_base_url = "{platform.base}{root}"{page}
{hostile}

[[accounts]]
name = "healthy"
owner = "Cllr Sarah Hughes"
platform = "jsonl"
path = "feed.jsonl"
source_platform = "facebook"
""",
        encoding="utf-8",
    )
    store.upgrade(database_url)
    return config


def wardwatch(config: Path, *args: str, timeout: float = 120) -> tuple[int, str, float]:
    """Run the command as cron or a person would; returns (status, output, seconds)."""
    started = time.monotonic()
    result = subprocess.run(
        [*COMMAND, "--config", str(config), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=config.parent,
    )
    return result.returncode, result.stdout + result.stderr, time.monotonic() - started


def stored(database_url: str) -> dict[str, StoredComment]:
    engine = create_engine(database_url)
    try:
        with Session(engine) as session:
            return {c.comment_id: c for c in session.scalars(select(StoredComment))}
    finally:
        engine.dispose()


def quarantined(database_url: str) -> list[QuarantinedItem]:
    engine = create_engine(database_url)
    try:
        with Session(engine) as session:
            return list(session.scalars(select(QuarantinedItem).order_by(QuarantinedItem.id)))
    finally:
        engine.dispose()


def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'wardwatch.db'}"


def graph_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


# --- hangs and budgets -----------------------------------------------------------------


def test_an_x_api_that_never_answers_costs_one_read_timeout_and_the_next_account_is_polled(
    platform: HostilePlatform, tmp_path: Path
) -> None:
    platform.routes = x_routes(mentions=Reply(how="hang"))
    url = sqlite_url(tmp_path)
    config = write_config(tmp_path, url, platform, "x")

    status, output, seconds = wardwatch(config, "poll")

    assert status == 1, output
    assert "hostile: FAILED: X did not answer in time" in output
    assert "healthy: 1 comment fetched, 1 new" in output
    assert seconds < POLL_BUDGET + STARTUP_ALLOWANCE
    assert [c.text for c in stored(url).values()] == [HEALTHY_TEXT]
    _, report, _ = wardwatch(config, "status")
    assert "hostile (X, owner Cllr Sarah Hughes): last poll failed: X did not answer" in report


def test_a_facebook_answer_trickled_a_byte_at_a_time_is_cut_at_the_call_deadline(
    platform: HostilePlatform, tmp_path: Path
) -> None:
    page = FacebookPage(
        [fb_comment(f"{POST}_1", "Fine", ("2001", "Pat"), graph_time(datetime.now(UTC)))]
    )
    # The read timeout (2 s) is never reached: a byte arrives every 0.2 s, for minutes.
    page_routes = page.routes(comments=Reply(payload={"data": page.comments}, how="trickle"))
    platform.routes = page_routes
    url = sqlite_url(tmp_path)
    config = write_config(tmp_path, url, platform, "facebook")

    status, output, seconds = wardwatch(config, "poll")

    assert status == 1, output
    assert "took longer than 3 s to answer" in output
    assert "healthy: 1 comment fetched, 1 new" in output
    assert seconds < POLL_BUDGET + STARTUP_ALLOWANCE


def test_an_x_status_line_trickled_a_byte_at_a_time_is_cut_at_the_call_deadline(
    platform: HostilePlatform, tmp_path: Path
) -> None:
    # Each byte of the status line and headers comes well within the read timeout.
    platform.routes = x_routes(
        mentions=Reply(payload=x_listing([], []), how="trickle_headers", interval=0.3)
    )
    url = sqlite_url(tmp_path)
    config = write_config(tmp_path, url, platform, "x")

    status, output, seconds = wardwatch(config, "poll")

    assert status == 1, output
    assert "search/recent took longer than 3 s to answer" in output
    assert "healthy: 1 comment fetched, 1 new" in output
    assert seconds < POLL_BUDGET + STARTUP_ALLOWANCE


def test_a_facebook_listing_whose_next_page_never_ends_stops_at_the_page_cap(
    platform: HostilePlatform, tmp_path: Path
) -> None:
    now = datetime.now(UTC)

    def endless(request: Request) -> Reply:
        n = int((request.query.get("after") or ["0"])[0])
        comment = fb_comment(
            f"{POST}_{n}", f"Comment {n}", ("2001", "Pat"), graph_time(now - timedelta(seconds=n))
        )
        following = f"{platform.base}/graph/v25.0/{POST}/comments?limit=100&after={n + 1}"
        return Reply(payload={"data": [comment], "paging": {"next": following}})

    platform.routes = FacebookPage().routes(comments=endless)
    url = sqlite_url(tmp_path)
    config = write_config(tmp_path, url, platform, "facebook")

    status, output, seconds = wardwatch(config, "poll")

    assert status == 0, output
    assert platform.count(f"/graph/v25.0/{POST}/comments") == 20
    # The first page comes embedded in the feed; the edge is then followed for 20 pages.
    assert "hostile: 21 comments fetched, 21 new" in output
    assert "healthy: 1 comment fetched, 1 new" in output
    assert seconds < POLL_BUDGET + STARTUP_ALLOWANCE


def test_an_x_api_slow_on_every_page_is_stopped_by_the_poll_budget(
    platform: HostilePlatform, tmp_path: Path
) -> None:
    def slow_page(request: Request) -> Reply:
        # Recent search pages with next_token (timelines with pagination_token).
        token = request.query.get("next_token") or request.query.get("pagination_token")
        n = int((token or ["0"])[0])
        page = x_listing([], [])
        page["meta"]["next_token"] = str(n + 1)
        # Each answer comes within the read timeout and the call deadline.
        return Reply(payload=page, how="slow", interval=1.5)

    platform.routes = x_routes(mentions=slow_page)
    url = sqlite_url(tmp_path)
    config = write_config(tmp_path, url, platform, "x")

    status, output, seconds = wardwatch(config, "poll")

    assert status == 1, output
    assert f"the poll's time budget of {POLL_BUDGET:g} s is spent" in output
    assert platform.count("/x/2/tweets/search/recent") <= POLL_BUDGET / 1.5 + 1
    assert "healthy: 1 comment fetched, 1 new" in output
    assert seconds < POLL_BUDGET + STARTUP_ALLOWANCE


def test_run_once_takes_the_scheduler_lock_so_cron_runs_never_pile_up(
    platform: HostilePlatform, tmp_path: Path
) -> None:
    platform.routes = x_routes(mentions=Reply(payload=x_listing([], []), how="slow", interval=4))
    url = sqlite_url(tmp_path)
    config = write_config(tmp_path, url, platform, "x")
    first = subprocess.Popen(
        [*COMMAND, "--config", str(config), "run", "--once"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        cwd=tmp_path,
    )
    try:
        deadline = time.monotonic() + STARTUP_ALLOWANCE
        while not platform.count("/x/2/tweets/search/recent") and first.poll() is None:
            assert time.monotonic() < deadline, "the first run never reached the platform"
            time.sleep(0.1)
        status, output, _ = wardwatch(config, "run", "--once")
        assert status == 1, output
        assert "already running against this database" in output
    finally:
        first_output = first.communicate(timeout=STARTUP_ALLOWANCE + POLL_BUDGET)[0].decode()
    assert first.returncode == 0, first_output
    assert "poll:healthy: 1 fetched, 1 new" in first_output
    assert platform.count("/x/2/tweets/search/recent") == 1


# --- blind accounts ------------------------------------------------------------------------


def test_an_x_error_body_sent_with_http_200_is_a_failed_poll_not_nothing_new(
    platform: HostilePlatform, tmp_path: Path
) -> None:
    error = {
        "errors": [
            {
                "title": "Service Unavailable",
                "detail": "Service is temporarily unavailable.",
                "type": "about:blank",
            }
        ]
    }
    platform.routes = x_routes(mentions=Reply(200, error))
    url = sqlite_url(tmp_path)
    config = write_config(tmp_path, url, platform, "x")

    status, output, _ = wardwatch(config, "poll")

    assert status == 1, output
    assert "X answered a listing with an error (Service is temporarily unavailable.)" in output
    _, report, _ = wardwatch(config, "status")
    assert "hostile (X, owner Cllr Sarah Hughes): last poll failed: X answered" in report
    engine = create_engine(url)
    with Session(engine) as session:
        states = list(session.scalars(select(PollState)))
    engine.dispose()
    assert sorted(s.consecutive_failures for s in states) == [0, 1]


def test_poison_facebook_items_cost_one_quarantined_row_each_and_the_page_is_still_read(
    platform: HostilePlatform, tmp_path: Path, database_url: str
) -> None:
    now = datetime.now(UTC)
    sam = ("2002", "Sam")
    page = FacebookPage(
        [
            fb_comment(
                f"{POST}_1", "Valid one", ("2001", "Pat"), graph_time(now - timedelta(minutes=30))
            ),
            fb_comment(f"{POST}_2", "Broken \ud83d half", ("2003", "Lee \udc00"), graph_time(now)),
            fb_comment(f"{POST}_3", "NUL \x00 inside", sam, graph_time(now - timedelta(hours=1))),
            fb_comment(f"{POST}_4", "From the future", sam, "2099-01-01T00:00:00+0000"),
            fb_comment(f"{POST}_5", "Year one", sam, "0001-01-01T00:00:00+0100"),
            {"id": f"{POST}_6", "message": "No time at all", "from": {"id": "2004"}},
        ]
    )
    platform.routes = page.routes()
    config = write_config(tmp_path, database_url, platform, "facebook")

    status, output, _ = wardwatch(config, "poll")

    assert status == 0, output
    assert (
        "hostile: 4 comments fetched, 4 new" in output
        and "2 unreadable items quarantined" in output
    )
    rows = stored(database_url)
    assert rows[f"{POST}_2"].author_name == "Lee \ufffd"
    assert rows[f"{POST}_2"].text == "Broken \ufffd half"
    assert rows[f"{POST}_3"].text == "NUL  inside"
    # The comment dated 2099 is kept, clamped to the time it was read.
    assert rows[f"{POST}_4"].created_at <= datetime.now(UTC)
    bad = quarantined(database_url)
    assert sorted(q.item_id or "" for q in bad) == [f"{POST}_5", f"{POST}_6"]
    assert all(json.loads(q.raw)["id"] == q.item_id for q in bad)

    # After the time warp, a new comment and one listed two hours late are still read.
    page.comments.append(
        fb_comment(f"{POST}_7", "New after", ("2005", "Kim"), graph_time(datetime.now(UTC)))
    )
    late = graph_time(now - timedelta(hours=2))
    page.comments.append(fb_comment(f"{POST}_8", "Listed late", ("2006", "Ash"), late))
    status, output, _ = wardwatch(config, "poll")
    assert status == 0, output
    assert "hostile: 2 comments fetched, 2 new" in output
    assert {f"{POST}_7", f"{POST}_8"} <= set(stored(database_url))
    assert len(quarantined(database_url)) == 2  # re-reading a poison item adds no row

    _, report, _ = wardwatch(config, "status")
    assert "QUARANTINED: 2 unreadable items kept aside" in report
    assert "ok, last polled" in report


def test_poison_x_posts_are_quarantined_and_the_rest_stored(
    platform: HostilePlatform, tmp_path: Path
) -> None:
    users = [{"id": "1001", "name": "Pat", "username": "pat\udc80"}]
    posts = [
        tweet("1901", "Valid", "1001", "2026-03-02T09:05:00.000Z"),
        tweet("1902", "Year one", "1001", "0001-01-01T00:00:00.000Z"),
        tweet("1903", "From 2099", "1001", "2099-03-02T09:05:00.000Z"),
        {**tweet("1904", "x", "1001", "2026-03-02T09:06:00.000Z"), "text": None},
    ]
    platform.routes = x_routes(mentions=Reply(payload=x_listing(posts, users)))
    url = sqlite_url(tmp_path)
    config = write_config(tmp_path, url, platform, "x")

    status, output, _ = wardwatch(config, "poll")

    assert status == 0, output
    rows = stored(url)
    assert sorted(rows) == ["1901", "1902", "1903", "h1"], output
    assert rows["1901"].author_name == "pat\ufffd"
    assert rows["1902"].created_at.year == 2004
    assert rows["1903"].created_at <= datetime.now(UTC)
    [bad] = quarantined(url)
    assert bad.item_id == "1904" and "text is not a string" in bad.error
    assert json.loads(bad.raw)["id"] == "1904"
