"""`wardwatch poll`, `flagged`, `hide` and `unhide` for every platform that can hide, against
one local HTTP server standing in for the platform (see e2e_platforms), reached through each
account's ``api_base_url``. The requests the server received are checked against what each
platform documents for hiding and unhiding a comment."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
from click.testing import CliRunner
from e2e_platforms import (
    BENIGN,
    BSKY_ALLOW,
    BSKY_OTHER_HIDDEN,
    IG_THREAT,
    IG_USER,
    OWNER_X,
    PAGE,
    POST,
    THREAT,
    Backend,
    Seen,
    bluesky,
    bluesky_fake,
    facebook,
    instagram,
    x,
    youtube,
    youtube_fake,
)
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from connectors.youtube import api as youtube_api
from monitor.cli import main
from monitor.models import StoredComment

# Sign-in requests, which every CLI run may repeat: not moderation.
AUTH_PATHS = {"/yt/token", "/bsky/xrpc/com.atproto.server.createSession"}


class Platform(ThreadingHTTPServer):
    backend: Backend
    prefix: str
    received: list[Seen]


class Handler(BaseHTTPRequestHandler):
    server: Platform

    def _answer(self) -> None:
        url = urlparse(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode() if length else ""
        seen = Seen(
            self.command,
            url.path,
            parse_qs(url.query),
            url.query,
            body,
            {k.lower(): v for k, v in self.headers.items()},
        )
        self.server.received.append(seen)
        status, content_type, data = self.server.backend(
            seen, url.path.removeprefix(self.server.prefix)
        )
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def platform() -> Iterator[Platform]:
    server = Platform(("127.0.0.1", 0), Handler)
    server.received = []
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def form(seen: Seen) -> dict[str, list[str]]:
    return parse_qs(seen.body)


def expect_facebook(seen: Seen, hidden: bool, _target: str) -> None:
    assert (seen.method, seen.path) == ("POST", f"/graph/v25.0/{POST}_3")
    assert form(seen)["is_hidden"] == [str(hidden).lower()]
    assert form(seen)["access_token"] == ["e2e-token"]


def expect_instagram(seen: Seen, hidden: bool, _target: str) -> None:
    assert (seen.method, seen.path) == ("POST", f"/graph/v25.0/{IG_THREAT}")
    assert form(seen)["hide"] == [str(hidden).lower()]
    assert form(seen)["access_token"] == ["e2e-token"]


def expect_x(seen: Seen, hidden: bool, _target: str) -> None:
    assert (seen.method, seen.path) == ("PUT", "/x/2/tweets/1903/hidden")
    assert json.loads(seen.body) == {"hidden": hidden}
    assert seen.headers["authorization"] == "Bearer e2e-token"


def expect_youtube(seen: Seen, hidden: bool, target: str) -> None:
    assert (seen.method, seen.path) == ("POST", "/yt/youtube/v3/comments/setModerationStatus")
    assert seen.query["id"] == [target]
    # heldForReview can be undone; "rejected" could not, so it must never be sent.
    assert seen.query["moderationStatus"] == ["heldForReview" if hidden else "published"]
    assert seen.headers["authorization"] == "Bearer ya29.fake"


def expect_bluesky(seen: Seen, hidden: bool, target: str) -> None:
    assert (seen.method, seen.path) == ("POST", "/bsky/xrpc/com.atproto.repo.putRecord")
    data = json.loads(seen.body)
    assert (data["repo"], data["collection"], data["rkey"]) == (
        bluesky_fake.OWNER,
        "app.bsky.feed.threadgate",
        "3root",
    )
    record = data["record"]
    assert record["post"] == bluesky_fake.ROOT
    assert record["allow"] == BSKY_ALLOW  # who may reply is left as it was
    assert record["hiddenReplies"] == [BSKY_OTHER_HIDDEN, *([target] if hidden else [])]
    # Written over the record just read (the fake's CIDs count writes), so no race is lost.
    assert data["swapRecord"] == ("bafygate0" if hidden else "bafygate1")
    assert seen.headers["authorization"].startswith("Bearer ")


@dataclass(frozen=True)
class Case:
    prefix: str
    settings: str  # the account's own keys and its [accounts.credentials] lines
    build: Callable[[], tuple[Backend, str]]
    owner_author: str
    expect: Callable[[Seen, bool, str], None]


CASES = {
    "facebook": Case(
        "/graph",
        f'page_id = "{PAGE}"\n[accounts.credentials]\npage_access_token = ENV',
        facebook,
        PAGE,
        expect_facebook,
    ),
    "instagram": Case(
        "/graph",
        f'ig_user_id = "{IG_USER}"\n[accounts.credentials]\npage_access_token = ENV',
        instagram,
        IG_USER,
        expect_instagram,
    ),
    "x": Case(
        "/x",
        f'user_id = "{OWNER_X}"\n[accounts.credentials]\naccess_token = ENV',
        x,
        OWNER_X,
        expect_x,
    ),
    "youtube": Case(
        "/yt",
        f'channel_id = "{youtube_fake.OWNER}"\n[accounts.credentials]\n'
        "client_id = ENV\nclient_secret = ENV\nrefresh_token = ENV",
        youtube,
        youtube_fake.OWNER,
        expect_youtube,
    ),
    "bluesky": Case(
        "/bsky",
        'handle = "owner.example"\n[accounts.credentials]\napp_password = ENV',
        bluesky,
        bluesky_fake.OWNER,
        expect_bluesky,
    ),
}


def moderation_requests(received: list[Seen]) -> list[Seen]:
    return [r for r in received if r.method != "GET" and r.path not in AUTH_PATHS]


# Facebook: the feed with its comments. X: the owner's recent posts, then one search.
REQUESTS_PER_FIRST_POLL = {"facebook": 1, "x": 2}


@pytest.mark.parametrize("platform_name", sorted(CASES))
def test_poll_hide_and_unhide_send_the_documented_requests(
    platform: Platform, platform_name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = CASES[platform_name]
    base = f"http://127.0.0.1:{platform.server_address[1]}"
    platform.backend, target = case.build()
    platform.prefix = case.prefix
    monkeypatch.setenv("E2E_TOKEN", "e2e-token")
    # Google's token endpoint is not under the API root, so it is pointed here separately.
    monkeypatch.setattr(youtube_api, "TOKEN_URI", f"{base}/yt/token")
    config = tmp_path / "wardwatch.toml"
    settings = case.settings.replace("ENV", '{ env = "E2E_TOKEN" }')
    config.write_text(f"""
[storage]
url = "sqlite:///w.db"
[[owners]]
name = "cllr"
email = "cllr@example.gov.uk"
[[accounts]]
name = "cllr-{platform_name}"
owner = "cllr"
platform = "{platform_name}"
api_base_url = "{base}{case.prefix}"
{settings}
""")

    def run(*args: str) -> str:
        result = CliRunner().invoke(main, ["--config", str(config), *args])
        assert result.exit_code == 0, result.output
        return result.output

    polled = run("poll")
    assert "2 new" in polled
    if platform_name in REQUESTS_PER_FIRST_POLL:  # the connectors that count requests
        count = REQUESTS_PER_FIRST_POLL[platform_name]
        assert f", {count} API request" in polled
        assert f"({count} API request" in run("status")
    with Session(create_engine(f"sqlite:///{tmp_path / 'w.db'}")) as session:
        stored = list(session.scalars(select(StoredComment)))
    assert sorted(c.text for c in stored) == sorted([BENIGN, THREAT])
    assert case.owner_author not in {c.author_id for c in stored}  # the owner's own reply
    assert moderation_requests(platform.received) == []

    rows = [json.loads(line) for line in run("flagged", "--json").splitlines() if line.strip()]
    assert [row["text"] for row in rows] == [THREAT]
    comment = str(rows[0]["id"])

    assert f"Comment {comment} hidden." in run("hide", comment, "--actor", "test")
    [hide] = moderation_requests(platform.received)
    case.expect(hide, True, target)

    assert f"Comment {comment} was already hidden." in run("hide", comment)
    assert moderation_requests(platform.received) == [hide]  # nothing sent the second time

    assert f"Comment {comment} unhidden." in run("unhide", comment, "--actor", "test")
    [_, unhide] = moderation_requests(platform.received)
    case.expect(unhide, False, target)
