"""A loopback platform that misbehaves on purpose: the X API v2 and the Facebook Graph API
answering in documentation-shaped payloads, except where a case makes one route hang,
trickle its answer a byte at a time, page for ever, answer an error with HTTP 200, or
serve poison items (a lone surrogate, a NUL, a comment dated 2099 or year 1).

Each route maps (method, path) to a :class:`Reply`. The server stops every hang and
trickle when the test ends (``stop``), so no thread outlives it.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

OWNER_X = "2244994945"
ROOT_TWEET = "1900"
PAGE = "104857600"
POST = f"{PAGE}_5551"
MOST_SECONDS = 120  # no hang or trickle lasts longer than this, whatever happens


@dataclass
class Reply:
    status: int = 200
    payload: Any = None
    # "answer", "hang" (never answer), "slow" (answer after ``interval`` s),
    # "trickle" (the body one byte every ``interval`` s) or "trickle_headers" (the
    # status line and headers one byte every ``interval`` s).
    how: str = "answer"
    interval: float = 0.2


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]


Route = Reply | Callable[[Request], Reply]


class HostilePlatform(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes: dict[tuple[str, str], Route] = {}
        self.received: list[Request] = []
        self.stop = threading.Event()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def count(self, path: str) -> int:
        return sum(1 for r in self.received if r.path == path)


class _Handler(BaseHTTPRequestHandler):
    server: HostilePlatform
    protocol_version = "HTTP/1.1"

    def _answer(self) -> None:
        # The client may give up first, as a client with a deadline should.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._reply()

    def _reply(self) -> None:
        url = urlparse(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        request = Request(self.command, url.path, parse_qs(url.query))
        self.server.received.append(request)
        route = self.server.routes.get((self.command, url.path))
        if route is None:
            reply = Reply(404, {"error": {"message": "Unknown path", "code": 100}})
        else:
            reply = route(request) if callable(route) else route
        if reply.how == "hang":
            self.server.stop.wait(MOST_SECONDS)
            self.close_connection = True
            return
        if reply.how == "slow" and self.server.stop.wait(reply.interval):
            return
        body = json.dumps(reply.payload).encode()
        if reply.how == "trickle_headers":
            head = (
                f"HTTP/1.1 {reply.status} OK\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\nX-Padding: {'a' * 600}\r\n\r\n"
            ).encode()
            self._trickle(head + body, reply.interval)
            return
        self.send_response(reply.status)
        self.send_header("Content-Type", "application/json; charset=UTF-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if reply.how == "trickle":
            self._trickle(body, reply.interval)
            return
        self.wfile.write(body)

    def _trickle(self, data: bytes, interval: float) -> None:
        ends = time.monotonic() + MOST_SECONDS
        for byte in data:
            if self.server.stop.wait(interval) or time.monotonic() > ends:
                break
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
        self.close_connection = True

    do_GET = do_POST = do_PUT = do_DELETE = _answer

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serving() -> Iterator[HostilePlatform]:
    server = HostilePlatform()
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield server
    finally:
        server.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


# --- X, as documented for API v2 ---------------------------------------------------------


def tweet(tweet_id: str, text: str, author: str, created: str) -> dict[str, Any]:
    return {
        "id": tweet_id,
        "text": text,
        "author_id": author,
        "conversation_id": ROOT_TWEET,
        "in_reply_to_user_id": OWNER_X,
        "edit_history_tweet_ids": [tweet_id],
        "created_at": created,
        "referenced_tweets": [{"type": "replied_to", "id": ROOT_TWEET}],
    }


def x_listing(tweets: list[dict[str, Any]], users: list[dict[str, Any]]) -> dict[str, Any]:
    ids = [t["id"] for t in tweets]
    meta: dict[str, Any] = {"result_count": len(tweets)}
    if ids:
        meta.update(newest_id=max(ids, key=int), oldest_id=min(ids, key=int))
    return {"data": tweets, "includes": {"users": users}, "meta": meta}


def x_routes(mentions: Route, search: Route | None = None) -> dict[tuple[str, str], Route]:
    empty = Reply(payload={"meta": {"result_count": 0}})
    return {
        ("GET", f"/x/2/users/{OWNER_X}/tweets"): Reply(
            payload={
                "data": [{"id": ROOT_TWEET, "text": "Budget", "edit_history_tweet_ids": ["1900"]}],
                "meta": {"result_count": 1},
            }
        ),
        # One recent search finds every reply (to:<owner> OR conversation_id:...).
        ("GET", "/x/2/tweets/search/recent"): search or mentions or empty,
    }


# --- Facebook Graph API, as documented for Page comments ----------------------------------


def fb_comment(comment_id: str, text: str, author: tuple[str, str], created: str) -> dict[str, Any]:
    return {
        "id": comment_id,
        "message": text,
        "created_time": created,
        "from": {"id": author[0], "name": author[1]},
        "is_hidden": False,
        "permalink_url": f"https://www.facebook.com/{comment_id}",
    }


@dataclass
class FacebookPage:
    """The page's one post and its comments, newest first as Graph lists them."""

    comments: list[dict[str, Any]] = field(default_factory=list)

    def routes(self, comments: Route | None = None) -> dict[tuple[str, str], Route]:
        """The feed carries each post's comments (field expansion, as wardwatch asks for
        them); ``comments`` replaces the page's own listing, embedded in the feed and at
        the post's comments edge (where a listing longer than one page continues)."""
        listing = comments or self.listing
        feed: Route
        if isinstance(listing, Reply):
            feed = Reply(listing.status, _feed(listing.payload), listing.how, listing.interval)
        else:
            feed = lambda request: _embedded(listing, request)  # noqa: E731
        return {
            ("GET", f"/graph/v25.0/{PAGE}/feed"): feed,
            ("GET", f"/graph/v25.0/{POST}/comments"): listing,
        }

    def listing(self, request: Request) -> Reply:
        since = int((request.query.get("since") or [_since_in_fields(request)])[0])
        data = [c for c in self.comments if _graph_stamp(c.get("created_time")) >= since]
        data.sort(key=lambda c: str(c.get("created_time")), reverse=True)
        return Reply(payload={"data": data, "paging": {}})


def _since_in_fields(request: Request) -> str:
    """The ``since`` of the comments edge inside the feed's ``fields`` parameter."""
    found = re.search(r"comments\.[^{]*?since\((\d+)\)", (request.query.get("fields") or [""])[0])
    return found.group(1) if found else "-99999999999"


def _feed(comments: Any) -> dict[str, Any]:
    """The page's one post, with ``comments`` (a listing) embedded as Graph does."""
    post: dict[str, Any] = {"id": POST, "created_time": "2026-03-02T09:00:00+0000"}
    if isinstance(comments, dict):
        embedded = dict(comments)
        following = (embedded.get("paging") or {}).get("next")
        if following:
            after = parse_qs(urlparse(following).query).get("after", [""])[0]
            embedded["paging"] = {"next": following, "cursors": {"after": after}}
        post["comments"] = embedded
    return {"data": [post], "paging": {}}


def _embedded(listing: Callable[[Request], Reply], request: Request) -> Reply:
    first = listing(request)
    return Reply(first.status, _feed(first.payload), first.how, first.interval)


def _graph_stamp(created: Any) -> float:
    """The time ``since`` compares; a poison item with no usable time is always listed."""
    try:
        return datetime.strptime(str(created), "%Y-%m-%dT%H:%M:%S%z").timestamp()
    except (ValueError, OverflowError):
        return float("inf")
