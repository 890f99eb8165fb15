"""One scheduler per database (POLL-9)."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor import db
from monitor.cli import main
from monitor.context import App
from monitor.leader import AlreadyRunning, scheduler_lock
from tests.conftest import feed_line, start_service, write_config


def test_a_second_lock_on_the_same_database_is_refused_until_the_first_ends(
    tmp_path: Path, database_url: str
) -> None:
    engine = db.make_engine(database_url)
    other = db.make_engine(database_url)
    with scheduler_lock(engine):
        with pytest.raises(AlreadyRunning) as caught, scheduler_lock(other):
            pass
        assert "already running against this database" in str(caught.value)
    with scheduler_lock(other):  # released: the next one gets it
        pass


def test_a_second_wardwatch_run_exits_with_a_message_while_the_first_runs(
    tmp_path: Path,
) -> None:
    (tmp_path / "feed.jsonl").write_text(feed_line("c1", "Thanks for the new benches"))
    config = write_config(tmp_path, f"sqlite:///{tmp_path / 'wardwatch.db'}")
    app = App(str(config))
    app.factory  # noqa: B018 - create the schema first
    first = start_service(config)
    try:
        assert first.poll() is None
        second = CliRunner().invoke(main, ["--config", str(config), "run"])
        assert second.exit_code == 1
        assert f"pid {first.pid}" in second.output
        assert "already running against this database" in second.output
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=60)
    assert first.returncode == 0
