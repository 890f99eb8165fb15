"""`wardwatch poll`, `flagged` and `hide` against a local HTTP server standing in for the
Facebook Graph API and the X API, reached through each account's ``api_base_url``."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
from click.testing import CliRunner

from monitor.cli import main

THREAT = "You're a disgrace. I know where you live and I will kill you."
BENIGN = "When will the bins be collected on Elm Road?"
PAGE, POST = "104857600", "104857600_5551"
OWNER_X = "2244994945"


def graph_routes() -> dict[tuple[str, str], Any]:
    def comment(cid: str, text: str, author: tuple[str, str], minute: int) -> dict[str, Any]:
        return {
            "id": cid,
            "message": text,
            "created_time": f"2026-03-02T09:{minute:02d}:00+0000",
            "from": {"id": author[0], "name": author[1]},
            "is_hidden": False,
            "permalink_url": f"https://www.facebook.com/{cid}",
        }

    comments = [
        comment(f"{POST}_3", THREAT, ("2002", "Sam"), 7),
        comment(f"{POST}_2", "Thanks for asking!", (PAGE, "Cllr Hughes"), 6),
        comment(f"{POST}_1", BENIGN, ("2001", "Pat"), 5),
    ]
    return {
        ("GET", f"/graph/v25.0/{PAGE}/feed"): {
            "data": [{"id": POST, "created_time": "2026-03-02T09:00:00+0000"}],
            "paging": {},
        },
        ("GET", f"/graph/v25.0/{POST}/comments"): {"data": comments, "paging": {}},
        ("POST", f"/graph/v25.0/{POST}_3"): {"success": True},
    }


def x_routes() -> dict[tuple[str, str], Any]:
    def tweet(tid: str, text: str, author: str, minute: int) -> dict[str, Any]:
        return {
            "id": tid,
            "text": text,
            "author_id": author,
            "conversation_id": "1900",
            "in_reply_to_user_id": OWNER_X,
            "edit_history_tweet_ids": [tid],
            "created_at": f"2026-03-02T09:{minute:02d}:00.000Z",
            "referenced_tweets": [{"type": "replied_to", "id": "1900"}],
        }

    replies = {
        "data": [tweet("1903", THREAT, "1002", 7), tweet("1901", BENIGN, "1001", 5)],
        "includes": {
            "users": [
                {"id": "1002", "name": "Sam", "username": "sam_k"},
                {"id": "1001", "name": "Pat", "username": "pat_r"},
            ]
        },
        "meta": {"result_count": 2, "newest_id": "1903", "oldest_id": "1901"},
    }
    return {
        ("GET", f"/x/2/users/{OWNER_X}/mentions"): replies,
        ("GET", f"/x/2/users/{OWNER_X}/tweets"): {
            "data": [{"id": "1900", "text": "Budget", "edit_history_tweet_ids": ["1900"]}],
            "meta": {"result_count": 1},
        },
        ("GET", "/x/2/tweets/search/recent"): replies,
        ("PUT", "/x/2/tweets/1903/hidden"): {"data": {"hidden": True}},
    }


class Platform(ThreadingHTTPServer):
    routes: dict[tuple[str, str], Any]
    received: list[tuple[str, str, dict[str, list[str]], str, dict[str, str]]]


class Handler(BaseHTTPRequestHandler):
    server: Platform

    def _answer(self) -> None:
        url = urlparse(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode() if length else ""
        self.server.received.append(
            (self.command, url.path, parse_qs(url.query), body, dict(self.headers))
        )
        payload = self.server.routes.get((self.command, url.path))
        status = 200 if payload is not None else 404
        data = json.dumps(
            payload
            if payload is not None
            else {
                "error": {
                    "message": "Unknown path",
                    "type": "GraphMethodException",
                    "code": 100,
                    "error_subcode": 33,
                }
            }
        ).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
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


ACCOUNTS = {
    "facebook": ('page_id = "{page}"', "page_access_token", "/graph", graph_routes),
    "x": ('user_id = "{owner}"', "access_token", "/x", x_routes),
}


@pytest.mark.parametrize("platform_name", sorted(ACCOUNTS))
def test_poll_then_hide_sends_the_documented_hide_request(
    platform: Platform, platform_name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    option, token_key, prefix, routes = ACCOUNTS[platform_name]
    platform.routes = routes()
    monkeypatch.setenv("E2E_TOKEN", "e2e-token")
    config = tmp_path / "wardwatch.toml"
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
api_base_url = "http://127.0.0.1:{platform.server_address[1]}{prefix}"
{option.format(page=PAGE, owner=OWNER_X)}
[accounts.credentials]
{token_key} = {{ env = "E2E_TOKEN" }}
""")
    runner = CliRunner()
    polled = runner.invoke(main, ["--config", str(config), "poll"])
    assert polled.exit_code == 0, polled.output
    assert "2 new" in polled.output
    listed = runner.invoke(main, ["--config", str(config), "flagged", "--json"])
    rows = [json.loads(line) for line in listed.output.splitlines() if line.strip()]
    assert [row["text"] for row in rows] == [THREAT]
    hidden = runner.invoke(
        main, ["--config", str(config), "hide", str(rows[0]["id"]), "--actor", "test"]
    )
    assert hidden.exit_code == 0, hidden.output
    method, path, _query, body, headers = platform.received[-1]
    if platform_name == "facebook":
        assert (method, path) == ("POST", f"/graph/v25.0/{POST}_3")
        form = parse_qs(body)
        assert form["is_hidden"] == ["true"] and form["access_token"] == ["e2e-token"]
    else:
        assert (method, path, json.loads(body)) == (
            "PUT",
            "/x/2/tweets/1903/hidden",
            {"hidden": True},
        )
        assert headers["Authorization"] == "Bearer e2e-token"
    again = runner.invoke(main, ["--config", str(config), "hide", str(rows[0]["id"])])
    assert again.exit_code == 0 and "already" in again.output
