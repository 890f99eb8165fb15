"""The poll pool against a Graph API on 127.0.0.1: accounts are polled side by side, a
slow one holds only its own thread, each account keeps its HTTP connection from poll to
poll, and an urgent alert wakes the outbox sender as soon as it is committed."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from graph_pages import GraphPages
from sqlalchemy import func, select

from monitor import config as config_module
from monitor import db
from monitor.models import JobRun, Outbox, PollState, StoredComment
from monitor.pipeline import score_pending
from monitor.polling import PollPool
from monitor.schedule import build_jobs
from monitor.scheduler import OUTBOX_JOB, _start_sender
from monitor.scoring.engine import ScoringEngine, build_engine
from monitor.service import after_scoring

PAGES = [str(3000 + n) for n in range(6)]
NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def engine() -> ScoringEngine:
    return build_engine()


@pytest.fixture
def graph() -> Iterator[GraphPages]:
    server = GraphPages(comments=2)
    server.start()
    yield server
    server.shutdown()


def settings_for(
    tmp_path: Path, graph: GraphPages, monkeypatch: pytest.MonkeyPatch, *, workers: int
) -> config_module.Settings:
    monkeypatch.setenv("WARDWATCH_TEST_PAGE_TOKEN", "page-token")
    accounts = "".join(
        f'[[accounts]]\nname = "page-{page}"\nowner = "Cllr Sarah Hughes"\n'
        f'platform = "facebook"\napi_base_url = "{graph.base}"\npage_id = "{page}"\n'
        '[accounts.credentials]\npage_access_token = { env = "WARDWATCH_TEST_PAGE_TOKEN" }\n'
        for page in PAGES
    )
    config = tmp_path / "wardwatch.toml"
    config.write_text(
        f'[storage]\nurl = "sqlite:///{tmp_path / "w.db"}"\n'
        '[email]\nmode = "outbox-dir"\noutbox_dir = "outbox"\n'
        f"[polling]\nworkers = {workers}\n"
        '[[owners]]\nname = "Cllr Sarah Hughes"\nemail = "sarah.hughes@example.gov.uk"\n'
        'staffed_hours = "24/7"\n' + accounts,
        encoding="utf-8",
    )
    settings = config_module.load(config)
    db.upgrade(settings.database_url)
    return settings


def test_a_slow_account_holds_one_thread_while_the_others_are_polled(
    tmp_path: Path, graph: GraphPages, monkeypatch: pytest.MonkeyPatch, engine: ScoringEngine
) -> None:
    # The first account's platform answers only once every other account has been
    # served: polled one after another, or all waiting behind it, it would time out.
    graph.held = PAGES[0]
    graph.release = lambda: graph.pages_served() >= set(PAGES[1:])
    settings = settings_for(tmp_path, graph, monkeypatch, workers=3)
    factory = db.session_factory(db.make_engine(settings.database_url))
    outcomes = PollPool(factory, settings, lambda: engine, after=after_scoring()).poll_all(now=NOW)
    assert [o.account for o in outcomes] == [f"page-{page}" for page in PAGES]
    assert all(o.error is None and o.stored == 2 for o in outcomes), outcomes
    assert graph.served[-1][0] == PAGES[0]  # the slow one finished last


def test_each_account_keeps_its_connection_from_poll_to_poll(
    tmp_path: Path, graph: GraphPages, monkeypatch: pytest.MonkeyPatch, engine: ScoringEngine
) -> None:
    settings = settings_for(tmp_path, graph, monkeypatch, workers=4)
    factory = db.session_factory(db.make_engine(settings.database_url))
    pool = PollPool(factory, settings, lambda: engine, after=after_scoring())
    pool.poll_all(now=NOW)
    pool.poll_all(now=NOW, force=True)
    ports: dict[str, set[int]] = {}
    for page, port in graph.served:
        ports.setdefault(page, set()).add(port)
    assert set(ports) == set(PAGES)
    assert all(len(used) == 1 for used in ports.values()), ports
    with factory() as session:
        assert {s.last_requests for s in session.scalars(select(PollState))} == {1}


def test_an_urgent_alert_wakes_the_sender_once_its_transaction_commits(
    tmp_path: Path, graph: GraphPages, monkeypatch: pytest.MonkeyPatch, engine: ScoringEngine
) -> None:
    settings = settings_for(tmp_path, graph, monkeypatch, workers=4)
    factory = db.session_factory(db.make_engine(settings.database_url))
    wake, woken = threading.Event(), threading.Event()

    def wake_sender() -> None:
        woken.set()
        wake.set()

    after = after_scoring(wake_sender=wake_sender)
    pool = PollPool(factory, settings, lambda: engine, after=after)
    jobs = build_jobs(factory, settings, polls=pool)
    stop = threading.Event()
    halt = _start_sender(factory, jobs, stop, wake)
    assert halt is not None
    try:
        outcome = pool.poll(f"page-{PAGES[0]}")
        assert outcome.flagged == 2
        assert woken.is_set()  # told as soon as the scoring transaction committed
        # The sender thread was woken too; it runs well inside its one-minute round.
        for _ in range(300):
            with factory() as session:
                if session.get(JobRun, OUTBOX_JOB) is not None:
                    break
            threading.Event().wait(0.1)
        with factory() as session:
            assert session.get(JobRun, OUTBOX_JOB) is not None
            assert {row.status for row in session.scalars(select(Outbox))} == {"sent"}
        woken.clear()
        assert score_pending(factory, settings, engine=engine, after=after) == (0, 0)
        assert not woken.is_set()  # nothing queued, nobody woken
    finally:
        stop.set()
        halt()
    with factory() as session:
        assert session.scalar(select(func.count()).select_from(StoredComment)) == 2
