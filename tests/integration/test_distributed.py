"""The distributed engine with a real Redis broker and a real PostgreSQL store on
127.0.0.1, and workers as separate processes: a worker killed in the middle of a poll
loses nothing, and nothing is stored, alerted or sent twice."""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from graph_pages import GraphPages
from sqlalchemy import func, select

from monitor import db
from monitor.context import App
from monitor.models import Notification, Outbox, StoredComment
from tests.conftest import IN_CI

PAGES = ["2001", "2002", "2003", "2004"]
STALLED = "2003"  # the Graph API holds this page's feed until the first worker is dead
COMMENTS_PER_PAGE = 3
VISIBILITY_TIMEOUT = 5  # seconds before a dead worker's task goes to another
WARDWATCH = [sys.executable, "-c", "from monitor.cli import main; main()"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    server = shutil.which("redis-server")
    if server is None:
        if IN_CI:
            pytest.fail("redis-server is missing: CI must run the distributed tests")
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    port = free_port()
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=30)


def worker(config: Path, log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [*WARDWATCH, "--config", str(config), "worker", "--concurrency", "4"],
        cwd=config.parent,
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
    )


@pytest.mark.postgres
def test_a_worker_killed_mid_poll_loses_nothing_and_nothing_is_sent_twice(
    tmp_path: Path, postgres_url: str, redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WARDWATCH_TEST_PAGE_TOKEN", "page-token")
    graph = GraphPages(comments=COMMENTS_PER_PAGE)
    graph.held = STALLED
    released = threading.Event()
    graph.release = released.is_set
    graph.start()
    accounts = "".join(
        f'[[accounts]]\nname = "page-{page}"\nowner = "Cllr Sarah Hughes"\n'
        f'platform = "facebook"\napi_base_url = "{graph.base}"\npage_id = "{page}"\n'
        '[accounts.credentials]\npage_access_token = { env = "WARDWATCH_TEST_PAGE_TOKEN" }\n'
        for page in PAGES
    )
    config = tmp_path / "wardwatch.toml"
    config.write_text(
        f'[storage]\nurl = "{postgres_url}"\n'
        '[email]\nmode = "outbox-dir"\noutbox_dir = "outbox"\n'
        f'[distributed]\nbroker_url = "{redis_url}"\nvisibility_timeout = {VISIBILITY_TIMEOUT}\n'
        '[[owners]]\nname = "Cllr Sarah Hughes"\nemail = "sarah.hughes@example.gov.uk"\n'
        'staffed_hours = "24/7"\n' + accounts,
        encoding="utf-8",
    )
    db.upgrade(postgres_url)
    log = tmp_path / "workers.log"
    first = worker(config, log)
    second = None
    try:
        from monitor.distributed import make_celery

        app = App(str(config))
        celery = make_celery(app)
        for page in PAGES:
            celery.send_task("wardwatch.poll", args=(f"page-{page}",))
        assert graph.stalled.wait(timeout=180), log.read_text()[-3000:]
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=60)
        released.set()
        # The dead worker's tasks become visible again once their lease has run out;
        # a worker that starts after that takes them at once.
        time.sleep(VISIBILITY_TIMEOUT + 1)
        second = worker(config, log)

        expected = len(PAGES) * COMMENTS_PER_PAGE
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            with app.factory() as session:
                stored = session.scalar(select(func.count()).select_from(StoredComment))
                pending = session.scalar(
                    select(func.count()).select_from(Outbox).where(Outbox.status != "sent")
                )
                scored = session.scalar(
                    select(func.count())
                    .select_from(StoredComment)
                    .where(StoredComment.severity.is_not(None))
                )
            if stored == expected and scored == expected and pending == 0:
                break
            time.sleep(0.5)
        else:
            pytest.fail(f"not finished: {stored} stored, {scored} scored, {pending} unsent")

        with app.factory() as session:
            ids = list(session.scalars(select(StoredComment.comment_id)))
            alerts = list(session.scalars(select(Notification.comment_pk)))
            rows = list(session.scalars(select(Outbox)))
        assert sorted(ids) == sorted(
            f"{page}_1_{n}" for page in PAGES for n in range(COMMENTS_PER_PAGE)
        )
        assert len(alerts) == len(set(alerts)) == expected, alerts  # each alerted once
        sent = sorted(path.name for path in (tmp_path / "outbox").glob("*.eml"))
        # Each email written out exactly once (a second write would have a second name).
        assert rows and len(sent) == len(rows), (sent, [row.id for row in rows])
    finally:
        released.set()
        for process in (first, second):
            if process is not None and process.poll() is None:
                process.terminate()
                process.wait(timeout=60)
        graph.shutdown()


def test_the_distributed_extra_is_not_needed_by_the_single_process_service() -> None:
    code = (
        "import sys; sys.modules['celery'] = None; sys.modules['redis'] = None\n"
        "import monitor.cli, monitor.scheduler, monitor.polling\n"
        "print('ok')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tempfile.gettempdir()
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
