"""A `wardwatch deliver` killed while the server holds a message loses nothing: the next
run sends every message it had not claimed, the one in flight follows once its claim runs
out, and at most that one is received twice."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from notify_support import Mailbox, free_port, mail_app, queue_test_email, smtp_server
from sqlalchemy import select

from monitor.models import Outbox
from monitor.notify.email import CLAIM_FOR

QUEUED = 5
STALL_ON = 3  # the server takes the third message and never answers while the sender lives
WARDWATCH = [sys.executable, "-c", "from monitor.cli import main; main()"]


@dataclass
class StallingMailbox(Mailbox):
    """Keeps each message it is given, but holds the reply to the STALL_ON-th one until
    ``release`` is set: the sender is killed between our DATA and the server's 250."""

    stalled: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        reply = await super().handle_DATA(server, session, envelope)
        if len(self.messages) == STALL_ON and not self.release.is_set():
            self.stalled.set()
            while not self.release.is_set():
                await asyncio.sleep(0.05)
        return reply


def deliver(config: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*WARDWATCH, "--config", str(config), "deliver"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=config.parent,
    )


def test_a_deliver_killed_mid_send_is_finished_by_the_next_with_at_most_one_duplicate(
    tmp_path: Path,
) -> None:
    port = free_port()
    app = mail_app(tmp_path, port)
    # Queued in the past, so they are due for the subprocess, whatever its clock says.
    queued_at = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    ids = [queue_test_email(app, f"Message {n}", queued_at) for n in range(1, QUEUED + 1)]
    with app.factory() as session:
        expected = {row.message_id for row in session.scalars(select(Outbox))}
    config = tmp_path / "wardwatch.toml"
    mailbox = StallingMailbox()
    with smtp_server(mailbox, port=port):
        first = deliver(config)
        try:
            assert mailbox.stalled.wait(timeout=120), "the sender never reached the stall"
            first.send_signal(signal.SIGKILL)
        finally:
            first.communicate(timeout=60)
            mailbox.release.set()
        assert first.returncode == -signal.SIGKILL
        with app.factory() as session:
            statuses = [session.get_one(Outbox, i).status for i in ids]
        # Two were confirmed; the one in flight was never marked sent.
        assert statuses == ["sent", "sent", "pending", "pending", "pending"]

        second = deliver(config)
        output, _ = second.communicate(timeout=120)
        assert second.returncode == 0, output
        # The message in flight is still claimed by the dead sender: another sender
        # cannot tell a dead one from a slow one until the claim runs out.
        assert "2 sent, 0 to retry, 0 failed" in output
        with app.factory() as session:
            in_flight = session.get_one(Outbox, ids[STALL_ON - 1])
            assert in_flight.status == "pending"
            # The claim running out, without waiting CLAIM_FOR of real time.
            in_flight.next_attempt_at -= CLAIM_FOR
            session.commit()

        third = deliver(config)
        output, _ = third.communicate(timeout=120)
        assert third.returncode == 0, output
        assert "1 sent, 0 to retry, 0 failed" in output
    received = [str(m["Message-ID"]) for m in mailbox.messages]
    assert set(received) == expected  # nothing lost
    assert len(received) - len(set(received)) <= 1  # at most the one in flight, twice
    with app.factory() as session:
        assert {session.get_one(Outbox, i).status for i in ids} == {"sent"}
