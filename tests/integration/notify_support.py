"""Shared parts for the email and web tests: a fake platform (a real HTTP server on
127.0.0.1 that records hide/unhide calls), a connector that talks to it over HTTP, a real
SMTP server (aiosmtpd), and a config that ties them together."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import requests
from aiosmtpd.controller import Controller

from connectors import registry
from connectors.base import Batch, Comment, Connector, ConnectorError, OptionSpec
from monitor.context import App
from monitor.service import after_scoring


class FakePlatform:
    """Serves comments at GET /comments, the bio at GET /profile, and records
    POST /comments/<id>/(hide|unhide)."""

    def __init__(self) -> None:
        self.comments: list[dict[str, Any]] = []
        self.bio = "Ward councillor for Riverside."
        self.calls: list[tuple[str, str]] = []
        self.lock = threading.Lock()
        # Fault cases: run something when a hide arrives (after it took effect), or
        # drop the connection without answering.
        self.on_hide: Callable[[], None] | None = None
        self.drop_connection = False
        platform = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _reply(self, status: int, body: Any) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                with platform.lock:
                    if self.path == "/profile":
                        self._reply(200, {"bio": platform.bio})
                    else:
                        self._reply(200, {"data": list(platform.comments)})

            def do_POST(self) -> None:
                parts = self.path.strip("/").split("/")
                if len(parts) == 3 and parts[0] == "comments" and parts[2] in {"hide", "unhide"}:
                    if platform.drop_connection:
                        self.close_connection = True
                        return
                    with platform.lock:
                        platform.calls.append((parts[2], parts[1]))
                    if parts[2] == "hide" and platform.on_hide is not None:
                        platform.on_hide()
                    self._reply(200, {"success": True})
                else:
                    self._reply(404, {"error": "no such endpoint"})

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def calls_of(self, kind: str) -> list[str]:
        with self.lock:
            return [comment for action, comment in self.calls if action == kind]

    def add(self, comment_id: str, text: str, author: str, created_at: str) -> None:
        self.comments.append(
            {
                "id": comment_id,
                "text": text,
                "author": author,
                "created_at": created_at,
                "post": "p1",
            }
        )


class FakebookConnector(Connector):
    """A connector for the fake platform, over real HTTP."""

    platform = "fakebook"
    display_name = "Fakebook"
    capabilities: ClassVar[frozenset[str]] = frozenset({"hide", "unhide", "profile"})
    options: ClassVar[dict[str, OptionSpec]] = {}

    def fetch(self, cursor: str | None) -> Batch:
        data = requests.get(f"{self.account.api_base_url}/comments", timeout=10).json()["data"]
        seen = int(cursor or 0)
        comments = [
            Comment(
                platform="fakebook",
                account=self.account.name,
                comment_id=item["id"],
                post_id=item["post"],
                parent_id=None,
                author_id=item["author"].lower(),
                author_name=item["author"],
                text=item["text"],
                created_at=datetime.fromisoformat(item["created_at"]),
                permalink=f"https://fakebook.example/c/{item['id']}",
            )
            for item in data[seen:]
        ]
        return Batch(comments=comments, cursor=str(len(data)))

    def _post(self, comment_id: str, what: str) -> None:
        response = requests.post(
            f"{self.account.api_base_url}/comments/{comment_id}/{what}", timeout=10
        )
        if response.status_code != 200:
            raise ConnectorError(f"Fakebook refused to {what}: {response.status_code}")

    def hide(self, comment_id: str) -> None:
        self._post(comment_id, "hide")

    def unhide(self, comment_id: str) -> None:
        self._post(comment_id, "unhide")

    def profile_text(self) -> str:
        response = requests.get(f"{self.account.api_base_url}/profile", timeout=10)
        return str(response.json()["bio"])


@dataclass
class Mailbox:
    """Messages an aiosmtpd server accepted; ``refuse`` makes it reply with that code."""

    messages: list[EmailMessage] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
    refuse: str | None = None

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.refuse:
            return self.refuse
        message = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        self.messages.append(message)
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 OK"


@contextmanager
def smtp_server(mailbox: Mailbox, port: int = 0) -> Iterator[Controller]:
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield controller
    finally:
        controller.stop()


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


CONFIG = """\
[storage]
url = "sqlite:///wardwatch.db"

[email]
mode = "smtp"
from = "wardwatch <alerts@wardwatch.example>"

[email.smtp]
host = "127.0.0.1"
port = {smtp_port}
security = "none"
timeout = 5

[web]
base_url = "{base_url}"
link_expiry_hours = 168

[[owners]]
name = "Cllr Sarah Hughes"
email = "sarah.hughes@example.gov.uk"
delegate_email = "member.services@example.gov.uk"
staffed_hours = "Mon-Fri 09:00-17:00"
digest_time = "07:30"

[[accounts]]
name = "hughes-fakebook"
owner = "Cllr Sarah Hughes"
platform = "fakebook"
kind = "{kind}"
api_base_url = "{platform_url}"
"""

TEXTS = {
    "c1": (
        "Absolute f*cking joke this, and you're a useless c*nt for voting for it Sarah. "
        "I know where you live and you'll get what's coming.",
        "Dean Morley",
    ),
    "c2": (
        "Useless, spineless, gutless. Sarah you're a disgrace of a human being and "
        "everyone on this estate hates you.",
        "Paul Kershaw",
    ),
    "c3": (
        "Hughes only voted for this because her brother-in-law runs Greenway Waste and they "
        "got the contract. Never declared it, look it up.",
        "Gary Pickles",
    ),
    "c4": (
        "Does the new schedule mean the green bin is every other Wednesday now?",
        "Margaret Dyson",
    ),
}


def setup(
    tmp_path: Path,
    platform: FakePlatform,
    *,
    smtp_port: int,
    base_url: str,
    comments: tuple[str, ...] = ("c1", "c2", "c3", "c4"),
    created_at: str = "2026-03-02T08:00:00+00:00",
    kind: str = "official",
) -> App:
    registry.register(FakebookConnector)
    for key in comments:
        text, author = TEXTS[key]
        platform.add(key, text, author, created_at)
    path = tmp_path / "wardwatch.toml"
    path.write_text(
        CONFIG.format(smtp_port=smtp_port, base_url=base_url, platform_url=platform.url, kind=kind),
        encoding="utf-8",
    )
    return App(str(path))


def poll(app: App, now: datetime) -> None:
    from monitor.pipeline import poll_account

    outcome = poll_account(
        app.factory,
        app.settings,
        "hughes-fakebook",
        engine=app.scoring,
        after=after_scoring(),
        now=now,
    )
    assert outcome.error is None, outcome.error


class LateApp:
    """A WSGI app filled in after the server has its port (links need the base URL)."""

    def __init__(self) -> None:
        self.app: Any = None

    def __call__(self, environ: Any, start_response: Any) -> Any:
        return self.app(environ, start_response)


@contextmanager
def web_server() -> Iterator[tuple[str, LateApp]]:
    """A real HTTP server (werkzeug, threaded) on 127.0.0.1, port chosen by the OS."""
    from werkzeug.serving import make_server

    late = LateApp()
    server = make_server("127.0.0.1", 0, late, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", late
    finally:
        server.shutdown()


def form_fields(html: str) -> dict[str, str]:
    import re

    return dict(re.findall(r'name="([a-z]+)" value="([^"]*)"', html))


def mail_app(tmp_path: Path, port: int, smtp: str = 'security = "none"\n') -> App:
    """An app for email-only tests: the usual owner, a feed account that is never polled,
    and ``smtp`` in place of the [email.smtp] security line."""
    text = CONFIG.format(
        smtp_port=port,
        base_url="http://ww.test",
        platform_url="http://127.0.0.1:9",
        kind="official",
    )
    text = text.replace('security = "none"\n', smtp)
    text = text.replace('platform = "fakebook"', 'platform = "jsonl"\npath = "feed.jsonl"')
    path = tmp_path / "wardwatch.toml"
    path.write_text(text, encoding="utf-8")
    return App(str(path))


def queue_test_email(app: App, subject: str, now: datetime) -> int:
    """Queue one plain message through the same outbox the digest and alerts use."""
    from monitor.db import transaction
    from monitor.notify.service_mail import queue_email

    with transaction(app.factory) as session:
        row = queue_email(
            session,
            app.settings,
            kind="profile",
            owner_id=None,
            recipients=["sarah.hughes@example.gov.uk"],
            subject=subject,
            body=f"{subject}: this message must arrive.",
            now=now,
        )
        session.flush()
        return row.id
