"""A loopback stand-in for the Graph API (Facebook Pages) and the X API v2, serving many
accounts at once, with a fixed added latency per request and a count of requests.

It answers the requests wardwatch's connectors make, in the documented shapes:
``GET /graph/v25.0/{page}/feed`` (with the ``comments`` edge field-expanded, honouring
``.since()`` and ``.limit()``), ``GET /graph/v25.0/{post}/comments`` (``after``, ``since``),
``GET /x/2/users/{id}/tweets`` and ``GET /x/2/tweets/search/recent`` (queries of
``to:<id>`` and ``conversation_id:<id>`` joined by OR, ``since_id``, ``next_token``).
Used by benchmarks/poll_cycle.py and benchmarks/alert_latency.py; not by the tests.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse

PAGE_SIZE = 100


def graph_time(unix: float) -> str:
    return datetime.fromtimestamp(unix, UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


def x_time(unix: float) -> str:
    return datetime.fromtimestamp(unix, UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


@dataclass
class Item:
    id: str
    created: float
    author: str
    text: str


@dataclass
class World:
    """Every account's posts and comments. Graph comments hang off posts; X replies
    carry their conversation (the owner's post) and whom they reply to."""

    posts: dict[str, list[str]] = field(default_factory=dict)  # page -> post ids, newest first
    comments: dict[str, list[Item]] = field(default_factory=dict)  # post -> comments
    roots: dict[str, list[str]] = field(default_factory=dict)  # X user -> post ids
    replies: list[tuple[str, str, Item]] = field(default_factory=list)  # (user, root, reply)
    ids: itertools.count[int] = field(default_factory=lambda: itertools.count(10**15))
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next_id(self) -> str:
        with self.lock:
            return str(next(self.ids))

    def facebook_page(self, page: str, *, posts: int, comments: int, now: float) -> None:
        self.posts[page] = [f"{page}_{n}" for n in range(posts)]
        for n, post in enumerate(self.posts[page]):
            self.comments[post] = [
                Item(f"{post}_{k}", now - 3600 * (n + 1) - 60 * k, f"r{k % 50}", f"comment {k}")
                for k in range(comments)
            ]

    def x_user(self, user: str, *, posts: int, replies: int, now: float) -> None:
        self.roots[user] = [self.next_id() for _ in range(posts)]
        for n, root in enumerate(self.roots[user]):
            for k in range(replies):
                item = Item(self.next_id(), now - 3600 * (n + 1) + k, f"9{k % 50}", f"reply {k}")
                self.replies.append((user, root, item))

    def comment(
        self, page: str, text: str, *, author: str = "r-new", now: float | None = None
    ) -> str:
        post = self.posts[page][0]
        item = Item(f"{post}_new{self.next_id()}", now or time.time(), author, text)
        with self.lock:
            self.comments[post].insert(0, item)
        return item.id

    def reply(self, user: str, text: str, *, now: float | None = None) -> str:
        item = Item(self.next_id(), now or time.time(), "9-new", text)
        with self.lock:
            self.replies.append((user, self.roots[user][0], item))
        return item.id


class Platform(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, world: World, *, latency: float) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.world = world
        self.latency = latency
        self.counts: Counter[str] = Counter()
        self.count_lock = threading.Lock()
        self.request_queue_size = 256

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def total(self) -> int:
        with self.count_lock:
            return sum(self.counts.values())

    def start(self) -> threading.Thread:
        thread = threading.Thread(target=self.serve_forever, daemon=True)
        thread.start()
        return thread


class _Handler(BaseHTTPRequestHandler):
    server: Platform
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        url = urlparse(self.path)
        params = {k: v[0] for k, v in parse_qs(url.query).items()}
        time.sleep(self.server.latency)
        with self.server.count_lock:
            self.server.counts[re.sub(r"\d+", "N", url.path)] += 1
        body = self._answer(url.path, params)
        data = json.dumps(body).encode()
        self.send_response(200 if body is not None else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _answer(self, path: str, params: dict[str, str]) -> Any:
        world = self.server.world
        if match := re.fullmatch(r"/graph/v[\d.]+/([^/]+)/feed", path):
            return self._feed(world, match.group(1), params)
        if match := re.fullmatch(r"/graph/v[\d.]+/([^/]+)/comments", path):
            since = int(params.get("since") or 0)
            start = int(params.get("after") or 0)
            return _graph_page(world, match.group(1), since, start, path, params)
        if match := re.fullmatch(r"/graph/v[\d.]+/(\d+)", path):  # the profile check
            return {
                "id": match.group(1),
                "about": "Ward councillor. This page is monitored Mon-Fri 9am-5pm.",
                "description": "Views expressed are solely my own.",
            }
        if match := re.fullmatch(r"/x/2/users/(\d+)/tweets", path):
            roots = world.roots.get(match.group(1), [])
            return {
                "data": [{"id": r, "text": "post", "edit_history_tweet_ids": [r]} for r in roots],
                "meta": {"result_count": len(roots)},
            }
        if path == "/x/2/tweets/search/recent":
            return _search(world, params)
        return None

    def _feed(self, world: World, page: str, params: dict[str, str]) -> Any:
        fields = params.get("fields", "")
        since = re.search(r"\.since\((\d+)\)", fields)
        data = []
        for post in world.posts.get(page, []):
            entry: dict[str, Any] = {"id": post, "created_time": graph_time(0)}
            nested = _graph_page(
                world,
                post,
                int(since.group(1)) if since else 0,
                0,
                f"/graph/v25.0/{post}/comments",
                {"access_token": params.get("access_token", "")},
            )
            if nested["data"] or "next" in nested["paging"]:
                entry["comments"] = nested
            data.append(entry)
        return {"data": data, "paging": {}}


def _graph_page(
    world: World, post: str, since: int, start: int, path: str, params: dict[str, str]
) -> dict[str, Any]:
    with world.lock:
        items = [c for c in world.comments.get(post, []) if c.created >= since]
    page = items[start : start + PAGE_SIZE]
    body: dict[str, Any] = {
        "data": [
            {
                "id": c.id,
                "message": c.text,
                "created_time": graph_time(c.created),
                "from": {"id": c.author, "name": f"Resident {c.author}"},
                "permalink_url": f"https://www.facebook.com/{c.id}",
                "is_hidden": False,
            }
            for c in page
        ],
        "paging": {"cursors": {"after": str(start + len(page))}},
    }
    if start + PAGE_SIZE < len(items):
        query = {**params, "after": str(start + PAGE_SIZE)}
        body["paging"]["next"] = f"http://127.0.0.1{path}?{urlencode(query)}"
    return body


def _search(world: World, params: dict[str, str]) -> dict[str, Any]:
    terms = [term.split(":", 1) for term in params["query"].split(" OR ")]
    users = {value for op, value in terms if op == "to"}
    roots = {value for op, value in terms if op == "conversation_id"}
    since = int(params.get("since_id") or 0)
    with world.lock:
        found = [
            (user, root, item)
            for user, root, item in world.replies
            if (user in users or root in roots) and int(item.id) > since
        ]
    found.sort(key=lambda entry: int(entry[2].id), reverse=True)
    start = int(params.get("next_token") or 0)
    page = found[start : start + PAGE_SIZE]
    meta: dict[str, Any] = {"result_count": len(page)}
    if start + PAGE_SIZE < len(found):
        meta["next_token"] = str(start + PAGE_SIZE)
    if not page:
        return {"meta": meta}
    return {
        "data": [
            {
                "id": item.id,
                "text": item.text,
                "author_id": item.author,
                "conversation_id": root,
                "in_reply_to_user_id": user,
                "created_at": x_time(item.created),
                "edit_history_tweet_ids": [item.id],
                "referenced_tweets": [{"type": "replied_to", "id": root}],
            }
            for user, root, item in page
        ],
        "includes": {
            "users": [
                {"id": a, "name": f"Resident {a}", "username": f"resident{a}"}
                for a in sorted({item.author for _, _, item in page})
            ]
        },
        "meta": meta,
    }
