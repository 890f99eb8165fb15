"""`wardwatch status` tells whether email is getting out: what waits in the outbox, for
how long and why, and what failed for good."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import time_machine
from click.testing import CliRunner
from notify_support import TEXTS, FakePlatform, Mailbox, free_port, poll, setup, smtp_server

from connectors import registry
from monitor.cli import main
from monitor.notify.email import deliver_outbox

SATURDAY = datetime(2026, 3, 7, 22, 0, tzinfo=UTC)


@pytest.fixture
def platform() -> Iterator[FakePlatform]:
    fake = FakePlatform()
    fake.thread.start()
    yield fake
    fake.server.shutdown()
    registry.unregister("fakebook")


def status(config: Path, now: datetime) -> str:
    with time_machine.travel(now, tick=False):
        result = CliRunner().invoke(main, ["--config", str(config), "status"])
    assert result.exit_code == 0, result.output
    return result.output


def test_status_shows_pending_and_failed_email_with_the_reasons(
    tmp_path: Path, platform: FakePlatform
) -> None:
    port = free_port()
    app = setup(tmp_path, platform, smtp_port=port, base_url="http://ww.test", comments=("c1",))
    config = tmp_path / "wardwatch.toml"
    assert "Email outbox: 0 pending, 0 failed" in status(config, SATURDAY)

    poll(app, SATURDAY)  # an alert to the owner and one to the delegate
    refusing = Mailbox(refuse="550 mailbox unavailable")
    with smtp_server(refusing, port=port):
        assert deliver_outbox(app.factory, app.settings, SATURDAY).failed == 2

    later = SATURDAY + timedelta(hours=1)
    platform.add("c5", TEXTS["c1"][0], "Dean Morley", "2026-03-07T22:50:00+00:00")
    poll(app, later)
    report = deliver_outbox(app.factory, app.settings, later)  # nothing listens on the port
    assert report.deferred == 1 and report.sent == 0

    output = status(config, later + timedelta(hours=2, minutes=5))
    assert "Email outbox: 2 pending, 2 failed" in output
    assert "oldest pending: queued Sat 7 Mar 2026, 23:00 UTC, 2 hours ago" in output
    assert "last try: cannot reach the mail server 127.0.0.1" in output
    assert 'last failure: "wardwatch URGENT: ' in output
    assert "replied 550 mailbox unavailable" in output
