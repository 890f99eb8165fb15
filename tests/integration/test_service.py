"""`wardwatch run` and its jobs against a real SQLite store and a JSON Lines account:
digests once a day across restarts, catch-up after downtime, parks, the knowledge clock,
retention, subject access and evidence packs."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import time_machine
from sqlalchemy import func, select

from monitor.context import App
from monitor.models import (
    Account,
    Action,
    Digest,
    JobRun,
    Notification,
    Outbox,
    PollState,
    StoredComment,
)
from monitor.notify.reminders import run_knowledge_clock
from monitor.scheduler import prepare, run_once, serve
from tests.conftest import feed_line

LIBEL = "Councillor Hughes took a bribe from the developer, everyone knows it."
ABUSE = "You are a useless c*nt and a disgrace"


def service_config(
    tmp_path: Path,
    *,
    digest_time: str = "07:30",
    profile: str = "",
    kind: str = "official",
    poll_every: str = "15m",
) -> Path:
    config = tmp_path / "wardwatch.toml"
    config.write_text(
        f"""
[storage]
url = "sqlite:///{tmp_path / "wardwatch.db"}"

[email]
mode = "outbox-dir"
outbox_dir = "outbox"

[[owners]]
name = "Cllr Sarah Hughes"
email = "sarah.hughes@example.gov.uk"
delegate_email = "member.services@example.gov.uk"
digest_time = "{digest_time}"

[[accounts]]
name = "hughes-facebook"
owner = "Cllr Sarah Hughes"
platform = "jsonl"
path = "feed.jsonl"
source_platform = "facebook"
kind = "{kind}"
poll_every = "{poll_every}"
profile = "{profile}"
""",
        encoding="utf-8",
    )
    return config


def feed(tmp_path: Path, *texts: str, start: int = 1) -> None:
    with (tmp_path / "feed.jsonl").open("a", encoding="utf-8") as handle:
        for n, text in enumerate(texts, start=start):
            handle.write(feed_line(f"c{n}", text, author=f"r{n}"))


def at(*args: int) -> time_machine.travel:
    return time_machine.travel(datetime(*args, tzinfo=UTC), tick=False)  # type: ignore[misc]


def count(app: App, model: type, *where: object) -> int:
    with app.factory() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def test_one_digest_a_day_however_often_the_service_restarts(tmp_path: Path) -> None:
    config = service_config(tmp_path)
    feed(tmp_path, "When is the bin collection changing?", ABUSE)
    with at(2026, 11, 24, 7, 0):  # 07:00 in London: digest not yet due
        results = dict(run_once(App(str(config))))
        assert results["digest:Cllr Sarah Hughes"].startswith("not_due")
        assert results["poll:hughes-facebook"].startswith("2 fetched")
    for minute in (31, 40, 55):  # three restarts after digest time
        with at(2026, 11, 24, 7, minute):
            run_once(App(str(config)))
    app = App(str(config))
    assert count(app, Digest) == 1
    assert count(app, Outbox, Outbox.kind == "digest") == 1
    feed(tmp_path, LIBEL, start=3)
    with at(2026, 11, 25, 7, 45):
        run_once(App(str(config)))
        run_once(App(str(config)))
    assert count(app, Digest) == 2
    digests = sorted((tmp_path / "outbox").glob("*digest*"))
    assert len(digests) == 2, list((tmp_path / "outbox").iterdir())


def test_a_run_killed_before_digest_time_catches_up_once_at_start(tmp_path: Path) -> None:
    config = service_config(tmp_path)
    feed(tmp_path, ABUSE)
    with at(2026, 11, 23, 7, 35):
        run_once(App(str(config)))
    # The service was down from Monday evening until Tuesday 10:00, missing 07:30.
    stop = threading.Event()
    with time_machine.travel(datetime(2026, 11, 24, 10, 0, tzinfo=UTC), tick=True):
        feed(tmp_path, LIBEL, start=2)
        app = App(str(config))
        runner = threading.Thread(target=serve, args=(app,), kwargs={"stop": stop})
        runner.start()
        try:
            for _ in range(600):  # bounded wait for the catch-up run
                if count(app, Digest) == 2 and count(app, JobRun, JobRun.job == "outbox"):
                    break
                threading.Event().wait(0.05)
        finally:
            stop.set()
            runner.join(timeout=60)
        assert not runner.is_alive()
        run_once(App(str(config)))  # a second restart the same morning
    assert count(app, Digest) == 2
    assert count(app, Outbox, Outbox.kind == "digest") == 2


def test_a_parked_account_stays_skipped_across_restarts_until_its_time(tmp_path: Path) -> None:
    config = service_config(tmp_path, poll_every="1m")
    feed(tmp_path, "First comment about potholes")
    with at(2026, 11, 24, 12, 0):
        app = App(str(config))
        run_once(app)
        with app.factory.begin() as session:  # what a rate-limited poll records
            state = session.scalars(select(PollState)).one()
            state.parked_until = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
    feed(tmp_path, "Second comment about potholes", start=2)
    for minute in (5, 30, 59):
        with at(2026, 11, 24, 12, minute):
            results = dict(run_once(App(str(config))))
            assert results["poll:hughes-facebook"].startswith("skipped: parked")
    assert count(app, StoredComment) == 1
    with at(2026, 11, 24, 13, 1):
        results = dict(run_once(App(str(config))))
    assert results["poll:hughes-facebook"].startswith("1 fetched")
    assert count(app, StoredComment) == 2


def _libel_comment(app: App, notified: datetime) -> int:
    with app.factory.begin() as session:
        account = session.scalars(select(Account)).one()
        comment = StoredComment(
            platform="facebook",
            account_id=account.id,
            comment_id="x1",
            post_id="p1",
            parent_id=None,
            author_id="r9",
            author_name="A Resident",
            text=LIBEL,
            created_at=notified - timedelta(hours=1),
            permalink=None,
            fetched_at=notified,
            severity="high",
            labels=["libel"],
            status="open",
            reminders_sent=0,
            on_hold=False,
            notified_at=notified,
        )
        session.add(comment)
        session.flush()
        return comment.id


def test_the_knowledge_clock_reminds_at_half_and_ninety_percent_then_escalates(
    tmp_path: Path,
) -> None:
    config = service_config(tmp_path)
    feed(tmp_path)
    app = App(str(config))
    with at(2026, 11, 20, 16, 0):
        run_once(app)
    comment = _libel_comment(app, datetime(2026, 11, 20, 16, 0, tzinfo=UTC))  # Friday 16:00
    expected = {
        datetime(2026, 11, 23, 12, 0, tzinfo=UTC): set(),  # Monday noon: 20 of 48 hours
        datetime(2026, 11, 23, 16, 1, tzinfo=UTC): {"reminder-50"},
        datetime(2026, 11, 24, 11, 13, tzinfo=UTC): {"reminder-50", "reminder-90"},
        datetime(2026, 11, 24, 15, 59, tzinfo=UTC): {"reminder-50", "reminder-90"},
        datetime(2026, 11, 24, 16, 0, tzinfo=UTC): {"reminder-50", "reminder-90", "escalation"},
        datetime(2026, 11, 25, 9, 0, tzinfo=UTC): {"reminder-50", "reminder-90", "escalation"},
    }
    for now, kinds in expected.items():
        run_knowledge_clock(app.factory, app.settings, now=now)
        run_knowledge_clock(app.factory, app.settings, now=now)  # twice: still once each
        with app.factory() as session:
            sent = session.scalars(
                select(Notification).where(Notification.comment_pk == comment)
            ).all()
            assert {n.kind for n in sent} == kinds, now
            assert len(sent) == len(kinds)
            row = session.get_one(StoredComment, comment)
            assert row.deadline_at == datetime(2026, 11, 24, 16, 0, tzinfo=UTC)
    with app.factory() as session:
        escalation = session.scalars(select(Outbox).where(Outbox.kind == "escalation")).one()
        assert escalation.recipients == [
            "sarah.hughes@example.gov.uk",
            "member.services@example.gov.uk",
        ]


def test_the_knowledge_clock_stops_once_the_comment_is_hidden(tmp_path: Path) -> None:
    config = service_config(tmp_path)
    feed(tmp_path)
    app = App(str(config))
    with at(2026, 11, 20, 16, 0):
        run_once(app)
    comment = _libel_comment(app, datetime(2026, 11, 20, 16, 0, tzinfo=UTC))
    run_knowledge_clock(app.factory, app.settings, now=datetime(2026, 11, 23, 17, 0, tzinfo=UTC))
    with app.factory.begin() as session:
        session.get_one(StoredComment, comment).status = "hidden"
    run_knowledge_clock(app.factory, app.settings, now=datetime(2026, 11, 26, 17, 0, tzinfo=UTC))
    assert count(app, Notification, Notification.comment_pk == comment) == 1


def test_audit_rows_record_every_job_family(tmp_path: Path) -> None:
    config = service_config(tmp_path)
    feed(tmp_path, ABUSE)
    with at(2026, 11, 24, 8, 0):
        ran = dict(run_once(App(str(config))))
    assert set(ran) == {
        "poll:hughes-facebook",
        "digest:Cllr Sarah Hughes",
        "knowledge-clock",
        "profile-check",
        "retention",
        "author-timers",
        "outbox",
    }
    app = App(str(config))
    assert count(app, JobRun) == 7
    assert count(app, Action, Action.action == "purge") == 1


def test_a_restart_storm_sends_nothing_twice(tmp_path: Path) -> None:
    """Twenty restarts in ten minutes across digest time (FAULT-8): one digest, one alert
    per comment, and the same set of jobs every time."""
    config = service_config(tmp_path)
    feed(tmp_path, "When is the bin collection changing?", ABUSE, LIBEL)
    job_sets = []
    for second in range(0, 600, 30):  # 07:25:00 to 07:34:30, digest due at 07:30
        with at(2026, 11, 24, 7, 25 + second // 60, second % 60):
            restarted = App(str(config))
            job_sets.append(frozenset(job.id for job in prepare(restarted)[0]))
            run_once(restarted)
    app = App(str(config))
    assert len(set(job_sets)) == 1
    assert count(app, Digest) == 1
    assert count(app, Outbox, Outbox.kind == "digest") == 1
    alerted = count(app, Notification, Notification.kind == "alert")
    assert alerted == count(app, StoredComment, StoredComment.severity == "high") >= 1
    # One batched alert email to each recipient (07:25 is out of hours: owner and delegate).
    with app.factory() as session:
        recipients = [
            r for (r,) in session.execute(select(Outbox.recipients).where(Outbox.kind == "alert"))
        ]
    assert sorted(map(tuple, recipients)) == [
        ("member.services@example.gov.uk",),
        ("sarah.hughes@example.gov.uk",),
    ]
