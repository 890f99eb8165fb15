"""Several pollers, scorers and senders working on one store at once, on SQLite and
PostgreSQL: every comment is scored and alerted about once, every email sent once, and a
fresh database's owner and account rows are created once however many polls start."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from notify_support import TEXTS, Mailbox, free_port, mail_app, queue_test_email, smtp_server
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from monitor import config as config_module
from monitor import db
from monitor.accounts import account_row
from monitor.db import transaction
from monitor.models import Account, AssessmentRow, Notification, Outbox, Owner, StoredComment
from monitor.notify.email import deliver_outbox
from monitor.pipeline import score_pending
from monitor.scoring.engine import ScoringEngine, build_engine
from monitor.service import after_scoring
from tests.conftest import write_config

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
THREADS = 8
T = TypeVar("T")


@pytest.fixture(scope="module")
def engine() -> ScoringEngine:
    return build_engine()


def at_once(work: Callable[[int], T], count: int = THREADS) -> list[T]:
    """Run ``work(n)`` in ``count`` threads released together; re-raise any failure."""
    start = threading.Barrier(count, timeout=60)
    results: list[T | None] = [None] * count
    errors: list[BaseException] = []

    def run(n: int) -> None:
        start.wait()
        try:
            results[n] = work(n)
        except BaseException as exc:  # collected and re-raised in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not any(thread.is_alive() for thread in threads), "a worker never finished"
    if errors:
        raise errors[0]
    return [result for result in results if result is not None]


def test_many_first_polls_at_once_create_each_owner_and_account_once(
    tmp_path: Path, database_url: str
) -> None:
    accounts = "".join(
        f'\n[[accounts]]\nname = "feed-{n}"\nowner = "Cllr Sarah Hughes"\nplatform = "jsonl"\n'
        'path = "feed.jsonl"\n'
        for n in range(THREADS * 2)
    )
    settings = config_module.load(write_config(tmp_path, database_url, extra=accounts))
    db.upgrade(settings.database_url)
    factory = db.session_factory(db.make_engine(settings.database_url))

    def first_poll(n: int) -> int:
        with transaction(factory) as session:
            return account_row(session, settings, f"feed-{n}").id

    ids = at_once(first_poll)
    with factory() as session:
        assert session.scalar(select(func.count()).select_from(Owner)) == 1
        assert session.scalar(select(func.count()).select_from(Account)) == THREADS * 2 + 1
        assert set(ids) <= set(session.scalars(select(Account.id)))


def store_comments(factory: sessionmaker[Session], account_id: int, texts: list[str]) -> None:
    with transaction(factory) as session:
        for n, text in enumerate(texts):
            session.add(
                StoredComment(
                    platform="facebook",
                    account_id=account_id,
                    comment_id=f"c{n}",
                    post_id="p1",
                    parent_id=None,
                    author_id=f"r{n}",
                    author_name=f"Resident {n}",
                    text=text,
                    created_at=NOW - timedelta(minutes=5),
                    permalink=None,
                )
            )


def test_scorers_running_at_once_score_and_alert_each_comment_once(
    tmp_path: Path, database_url: str, engine: ScoringEngine
) -> None:
    settings = config_module.load(
        write_config(tmp_path, database_url, extra="[scoring]\nbatch_size = 16\n")
    )
    db.upgrade(settings.database_url)
    factory = db.session_factory(db.make_engine(settings.database_url))
    with transaction(factory) as session:
        account_id = account_row(session, settings, "hughes-facebook").id
    abusive = [text for text, _ in TEXTS.values()]
    texts = [f"{abusive[n % len(abusive)]} ({n})" for n in range(300)]
    store_comments(factory, account_id, texts)

    counts = at_once(
        lambda _: score_pending(factory, settings, engine=engine, after=after_scoring(), now=NOW), 4
    )

    assert sum(scored for scored, _ in counts) == len(texts)
    with factory() as session:
        per_comment = session.execute(
            select(AssessmentRow.comment_pk, func.count()).group_by(AssessmentRow.comment_pk)
        ).all()
        assert len(per_comment) == len(texts)
        assert {count for _, count in per_comment} == {1}
        high = session.scalar(
            select(func.count()).where(StoredComment.severity == "high").select_from(StoredComment)
        )
        alerted = session.scalar(
            select(func.count()).where(Notification.kind == "alert").select_from(Notification)
        )
        assert high and alerted == high


def test_senders_running_at_once_send_each_message_once(tmp_path: Path) -> None:
    port = free_port()
    app = mail_app(tmp_path, port)
    ids = [queue_test_email(app, f"Message {n}", NOW) for n in range(40)]
    mailbox = Mailbox()
    with smtp_server(mailbox, port=port):
        reports = at_once(lambda _: deliver_outbox(app.factory, app.settings, NOW), 4)
    received = [str(message["Message-ID"]) for message in mailbox.messages]
    assert len(received) == len(ids) == len(set(received))
    assert sum(report.sent for report in reports) == len(ids)
    with app.factory() as session:
        assert {session.get_one(Outbox, i).status for i in ids} == {"sent"}
