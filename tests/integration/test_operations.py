"""Operating the service: /healthz and /metrics from a running `wardwatch run --web`,
configuration reload without a restart, log lines, `status --json`, and one-line errors
for database and port problems. Real SQLite, real HTTP on 127.0.0.1, real processes."""

from __future__ import annotations

import json
import logging
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
import requests
import time_machine
from click.testing import CliRunner
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import func, select

from monitor import health
from monitor.cli import main
from monitor.clock import utcnow
from monitor.context import App
from monitor.models import JobRun, Outbox, StoredComment
from monitor.scheduler import serve
from monitor.scoring.base import CATEGORIES
from monitor.web import create_app
from tests.conftest import feed_line, start_service
from tests.integration.test_service import ABUSE, LIBEL, feed, service_config

WAIT = 120.0
WARDWATCH = [sys.executable, "-c", "from monitor.cli import main; main()"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def web_config(tmp_path: Path, port: int) -> Path:
    config = service_config(tmp_path)
    with config.open("a", encoding="utf-8") as handle:
        handle.write(f'\n[web]\nport = {port}\nbase_url = "http://127.0.0.1:{port}"\n')
    return config


def wait_for(check: object, what: str, timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return
        time.sleep(0.2)
    raise AssertionError(f"gave up after {timeout:.0f} s waiting for {what}")


def job_ran(app: App, job: str) -> bool:
    with app.factory() as session:
        return session.get(JobRun, job) is not None


@contextmanager
def running(config: Path) -> Iterator[tuple[App, str]]:
    """`wardwatch run --web` in a thread, until its first poll is recorded."""
    app = App(str(config))
    stop = threading.Event()
    thread = threading.Thread(target=serve, args=(app,), kwargs={"web": True, "stop": stop})
    thread.start()
    base = app.settings.web.base_url
    try:
        wait_for(lambda: job_ran(app, "poll:hughes-facebook"), "the first poll")
        yield app, base
    finally:
        stop.set()
        thread.join(WAIT)
    assert not thread.is_alive()


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


Metrics = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def scrape(base: str) -> Metrics:
    response = requests.get(f"{base}/metrics", timeout=10)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/plain")
    return samples(response.text)


def test_healthz_reports_database_heartbeat_polls_and_outbox_then_fails_when_the_beat_stops(
    tmp_path: Path,
) -> None:
    feed(tmp_path, "When is the bin collection changing?", ABUSE)
    config = web_config(tmp_path, free_port())
    with running(config) as (app, base):
        response = requests.get(f"{base}/healthz", timeout=10)
        body = response.json()
    assert response.status_code == 200, body
    assert body["status"] in ("ok", "warn")
    checks = body["checks"]
    assert checks["database"] == {"ok": True}
    assert checks["scheduler"]["ok"] is True
    assert checks["scheduler"]["heartbeat_age_s"] <= health.HEARTBEAT_STALE.total_seconds()
    assert checks["polls"]["oldest_account"] == "hughes-facebook"
    assert 0 <= checks["polls"]["oldest_poll_age_s"] < WAIT
    assert checks["polls"]["late"] == []
    assert {"pending", "failed", "oldest_pending_age_s"} <= set(checks["outbox"])

    # The service has stopped: four minutes on, its heartbeat is stale and /healthz says 503.
    with app.factory() as session:
        pending = session.scalar(
            select(func.count()).select_from(Outbox).where(Outbox.status == "pending")
        )
    later = utcnow() + timedelta(minutes=4)
    with time_machine.travel(later, tick=False):
        stale = create_app(app.factory, app.settings).test_client().get("/healthz")
    assert stale.status_code == 503
    assert stale.get_json()["checks"]["scheduler"]["ok"] is False
    assert stale.get_json()["checks"]["outbox"]["pending"] == pending


def test_healthz_is_503_when_the_database_is_gone(tmp_path: Path) -> None:
    config = service_config(tmp_path)
    app = App(str(config))
    client = create_app(app.factory, app.settings).test_client()
    app.engine.dispose()
    (tmp_path / "wardwatch.db").unlink()
    (tmp_path / "wardwatch.db").mkdir()  # a folder where the database was: it cannot open
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["checks"]["database"]["ok"] is False


def outbox_counts(app: App) -> dict[str, int]:
    with app.factory() as session:
        rows = session.execute(select(Outbox.status, func.count()).group_by(Outbox.status))
        return {status: count for status, count in rows}


def scrape_with_settled_outbox(app: App, base: str) -> tuple[Metrics, dict[str, int]]:
    """A scrape, and the outbox table as it stood during it. The running service queues
    and sends mail beside the scrape, so the table is read before and after, until the two
    reads agree (a message only ever moves forward, so nothing changed in between)."""
    for _ in range(100):
        before = outbox_counts(app)
        scraped = scrape(base)
        if outbox_counts(app) == before:
            return scraped, before
        time.sleep(0.05)
    raise AssertionError("the outbox kept changing for 5 seconds")


def test_metrics_count_the_poll_the_flags_by_category_actions_and_the_outbox(
    tmp_path: Path,
) -> None:
    feed(tmp_path, "When is the bin collection changing?", ABUSE, LIBEL)
    config = web_config(tmp_path, free_port())
    polls = ("wardwatch_polls_total", (("account", "hughes-facebook"), ("outcome", "ok")))
    with running(config) as (app, base):
        first, outbox = scrape_with_settled_outbox(app, base)
        with app.factory() as session:
            comments = list(session.scalars(select(StoredComment)))
        flagged = [c for c in comments if c.severity in ("review", "high")]
        result = CliRunner().invoke(main, ["--config", str(config), "dismiss", str(flagged[0].id)])
        assert result.exit_code == 0, result.output
        second = scrape(base)
    assert first[polls] >= 1
    assert first[("wardwatch_comments_read_total", (("account", "hughes-facebook"),))] >= 3
    stored = sum(v for (name, _), v in first.items() if name == "wardwatch_comments_stored")
    assert stored == len(comments) == 3
    for category in CATEGORIES:
        expected = sum(1 for c in flagged if category in c.labels)
        assert first.get(("wardwatch_flags", (("category", category),)), 0) == expected
    assert any(first.get(("wardwatch_flags", (("category", c),)), 0) for c in CATEGORIES)
    scraped = {
        status: first[("wardwatch_outbox_messages", (("status", status),))]
        for status in ("pending", "sent", "failed")
    }
    assert sum(scraped.values()) > 0
    assert scraped == {status: outbox.get(status, 0) for status in scraped}
    dismissed = (
        "wardwatch_actions_total",
        (("action", "dismiss"), ("channel", "cli"), ("result", "ok")),
    )
    assert first.get(dismissed, 0) == 0
    assert second[dismissed] == 1
    assert (
        second[("wardwatch_account_consecutive_failures", (("account", "hughes-facebook"),))] == 0
    )


def add_account(config: Path, tmp_path: Path, name: str, *, enabled: bool = True) -> None:
    (tmp_path / f"{name}.jsonl").write_text(
        feed_line("x1", "Is the library open on Sunday?"), encoding="utf-8"
    )
    with config.open("a", encoding="utf-8") as handle:
        handle.write(
            f'\n[[accounts]]\nname = "{name}"\nowner = "Cllr Sarah Hughes"\n'
            f'platform = "jsonl"\npath = "{name}.jsonl"\nenabled = {str(enabled).lower()}\n'
        )


def test_reload_starts_an_added_account_refuses_a_broken_config_and_stops_a_paused_one(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="monitor.scheduler")
    feed(tmp_path, "When is the bin collection changing?")
    config = web_config(tmp_path, free_port())
    with running(config) as (app, _base):
        good = config.read_text(encoding="utf-8")
        add_account(config, tmp_path, "hughes-instagram")
        result = CliRunner().invoke(main, ["--config", str(config), "reload"])
        assert result.exit_code == 0, result.output
        wait_for(lambda: job_ran(app, "poll:hughes-instagram"), "the added account's poll")

        config.write_text(good + "\n[alerts]\nbogus = 1\n", encoding="utf-8")
        broken = CliRunner().invoke(main, ["--config", str(config), "reload"])
        assert broken.exit_code == 2
        assert "alerts.bogus" in broken.output

        config.write_text(good, encoding="utf-8")
        add_account(config, tmp_path, "hughes-instagram", enabled=False)
        result = CliRunner().invoke(main, ["--config", str(config), "reload"])
        assert result.exit_code == 0, result.output
        wait_for(
            lambda: "stopped: hughes-instagram" in caplog.text, "the paused account to stop", 30
        )
    assert "added: hughes-instagram" in caplog.text


def test_sighup_reloads_the_config_of_a_running_service(tmp_path: Path) -> None:
    feed(tmp_path, "When is the bin collection changing?")
    config = service_config(tmp_path)
    app = App(str(config))
    app.factory  # noqa: B018 - the schema exists before the service starts
    process = start_service(config)
    try:
        assert process.poll() is None
        add_account(config, tmp_path, "hughes-x-archive")
        process.send_signal(signal.SIGHUP)
        wait_for(lambda: job_ran(app, "poll:hughes-x-archive"), "the poll after SIGHUP")
        assert process.poll() is None
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=WAIT)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0
    text = output.decode()
    assert "configuration reloaded" in text
    # INFO by default for the service, one line per poll.
    assert sum("poll:hughes-facebook:" in line for line in text.splitlines()) == 1


def test_json_logs_have_one_object_per_line_with_a_line_per_poll(tmp_path: Path) -> None:
    feed(tmp_path, "When is the bin collection changing?", ABUSE)
    config = service_config(tmp_path)
    result = subprocess.run(
        [*WARDWATCH, "--config", str(config), "--log-format", "json", "run", "--once"],
        capture_output=True,
        text=True,
        timeout=WAIT,
    )
    assert result.returncode == 0, result.stderr
    entries = [json.loads(line) for line in result.stderr.splitlines() if line.strip()]
    polls = [e for e in entries if e["message"].startswith("poll:hughes-facebook:")]
    assert len(polls) == 1
    assert polls[0]["level"] == "INFO"
    assert "2 fetched, 2 new" in polls[0]["message"]
    assert {"time", "level", "logger", "message"} <= set(polls[0])


def test_status_json_has_every_account_and_the_outbox(tmp_path: Path) -> None:
    feed(tmp_path, ABUSE)
    config = service_config(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["--config", str(config), "poll"]).exit_code == 0
    result = runner.invoke(main, ["--config", str(config), "status", "--json"])
    assert result.exit_code == 0, result.output
    status = json.loads(result.stdout)
    [account] = status["accounts"]
    assert account["account"] == "hughes-facebook"
    assert account["last_success_at"] is not None
    assert account["open_high"] + account["open_review"] == 1
    assert set(status["outbox"]) >= {"pending", "sent", "failed", "oldest_pending_age_s"}


def test_a_port_in_use_is_one_line_naming_the_address(tmp_path: Path) -> None:
    config = service_config(tmp_path)
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        result = subprocess.run(
            [*WARDWATCH, "--config", str(config), "web", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=WAIT,
        )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: cannot serve the web app on 127.0.0.1:{port}: the port is already in use "
        "(another wardwatch web, or another program); change [web] host/port in the config "
        "or stop what holds it"
    ]


@pytest.mark.postgres
def test_an_unreachable_database_is_one_line_without_the_password(tmp_path: Path) -> None:
    port = free_port()  # nothing listens there
    config = tmp_path / "wardwatch.toml"
    config.write_text(
        f'[storage]\nurl = "postgresql+psycopg://ww:hunter2@127.0.0.1:{port}/ww"\n'
        '[[owners]]\nname = "A"\nemail = "a@example.org"\n',
        encoding="utf-8",
    )
    for command in (["status"], ["db", "upgrade"]):
        result = subprocess.run(
            [*WARDWATCH, "--config", str(config), *command],
            capture_output=True,
            text=True,
            timeout=WAIT,
        )
        assert result.returncode == 1
        [line] = result.stderr.strip().splitlines()
        assert line.startswith(
            f"Error: cannot use the database at postgresql+psycopg://ww:***@127.0.0.1:{port}/ww: "
        )
        assert "hunter2" not in result.stderr
