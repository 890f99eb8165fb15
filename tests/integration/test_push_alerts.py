"""Extra alert channels through apprise (`alerts.urls`), against a real HTTP endpoint:
the notice arrives, and it carries no comment text."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from notify_support import TEXTS, FakePlatform, Mailbox, free_port, poll, setup, smtp_server
from sqlalchemy import select

from connectors import registry
from monitor.context import App
from monitor.models import Outbox, StoredComment
from monitor.notify.email import deliver_outbox

SATURDAY = datetime(2026, 3, 7, 22, 0, tzinfo=UTC)


class Hook:
    """A JSON webhook receiver on 127.0.0.1 that keeps every POST it gets."""

    def __init__(self) -> None:
        self.posts: list[tuple[str, dict[str, Any]]] = []
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                hook.posts.append((self.path, json.loads(body)))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)


@pytest.fixture
def hook() -> Iterator[Hook]:
    receiver = Hook()
    receiver.thread.start()
    yield receiver
    receiver.server.shutdown()


@pytest.fixture
def platform() -> Iterator[FakePlatform]:
    fake = FakePlatform()
    fake.thread.start()
    yield fake
    fake.server.shutdown()
    registry.unregister("fakebook")


def make_app(tmp_path: Path, platform: FakePlatform, port: int, hook: Hook) -> App:
    app = setup(tmp_path, platform, smtp_port=port, base_url="http://ww.test")
    config = Path(app.config_path)
    config.write_text(
        config.read_text(encoding="utf-8")
        + f'\n[alerts]\nurls = ["json://127.0.0.1:{hook.port}/hook"]\n',
        encoding="utf-8",
    )
    return App(str(config))


def test_an_urgent_alert_is_pushed_to_the_webhook_without_the_comment_text(
    tmp_path: Path, platform: FakePlatform, hook: Hook
) -> None:
    port, mailbox = free_port(), Mailbox()
    app = make_app(tmp_path, platform, port, hook)
    poll(app, SATURDAY)
    with smtp_server(mailbox, port=port):
        report = deliver_outbox(app.factory, app.settings, SATURDAY)
    assert report.failed == 0 and report.deferred == 0
    assert len(hook.posts) == 1  # the burst is one notice, like the email
    path, notice = hook.posts[0]
    assert path == "/hook"
    with app.factory() as session:
        high = len(
            list(session.scalars(select(StoredComment).where(StoredComment.severity == "high")))
        )
    assert high >= 2  # the threat and the libel
    assert notice["title"] == f"wardwatch: {high} urgent comments on hughes-fakebook"
    assert (
        "Cllr Sarah Hughes" in notice["message"]
        and f"{high} urgent comments (" in (notice["message"])
    )
    assert "_" not in notice["message"].split("(", 1)[1].split(")", 1)[0]  # category names
    sent = json.dumps(notice).lower()
    for text, _ in TEXTS.values():
        for phrase in (text[:30], text[-30:]):
            assert phrase.lower() not in sent
    for word in ("c*nt", "brother-in-law", "greenway", "useless", "disgrace"):
        assert word not in sent
    # The emails went too; the push row is marked sent and is not pushed again.
    assert len(mailbox.messages) == 2
    with smtp_server(mailbox, port=port):
        deliver_outbox(app.factory, app.settings, SATURDAY + timedelta(minutes=5))
    assert len(hook.posts) == 1
    with app.factory() as session:
        pushes = list(session.scalars(select(Outbox).where(Outbox.kind == "push")))
    assert [p.status for p in pushes] == ["sent"]


def test_a_webhook_that_is_down_is_retried_and_the_email_still_goes(
    tmp_path: Path, platform: FakePlatform, hook: Hook
) -> None:
    port, mailbox = free_port(), Mailbox()
    app = make_app(tmp_path, platform, port, hook)
    hook.server.shutdown()
    hook.server.server_close()  # nothing listens at the webhook now
    poll(app, SATURDAY)
    with smtp_server(mailbox, port=port):
        report = deliver_outbox(app.factory, app.settings, SATURDAY)
    assert report.sent == 2 and report.deferred == 1 and len(mailbox.messages) == 2
    with app.factory() as session:
        push = session.scalar(select(Outbox).where(Outbox.kind == "push"))
    assert push is not None and push.status == "pending"
    assert "no alert channel in alerts.urls accepted the notice" in str(push.last_error)
