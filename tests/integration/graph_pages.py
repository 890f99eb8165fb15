"""A Graph API on 127.0.0.1 serving Facebook Pages as Meta documents them: each page's
``GET /{version}/{page}/feed`` with one post whose comments are field-expanded. A page can
be held (its requests wait) until a condition holds, and every request's client port is
recorded, so tests can see connections being reused."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlparse

# Urgent: an allegation of a crime about a named person (insults wait for the digest).
ABUSE = "Cllr Hughes took a bribe from the developer to swing the vote, fact"


class GraphPages(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, *, comments: int = 3, text: str = ABUSE) -> None:
        super().__init__(("127.0.0.1", 0), _GraphHandler)
        self.comments = comments
        self.text = text
        self.held: str | None = None  # this page's requests wait until release() is true
        self.release: Callable[[], bool] = lambda: True
        self.stalled = threading.Event()  # set when a held request arrives
        self.served: list[tuple[str, int]] = []  # (page, client port) per request
        self.lock = threading.Lock()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"

    def pages_served(self) -> set[str]:
        with self.lock:
            return {page for page, _ in self.served}

    def start(self) -> None:
        threading.Thread(target=self.serve_forever, daemon=True).start()


class _GraphHandler(BaseHTTPRequestHandler):
    server: GraphPages
    protocol_version = "HTTP/1.1"  # keep-alive, as Meta's servers do

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        page = urlparse(self.path).path.split("/")[2]
        if page == self.server.held:
            self.server.stalled.set()
            for _ in range(1200):  # at most two minutes
                if self.server.release():
                    break
                threading.Event().wait(0.1)
        post = f"{page}_1"
        comments = [
            {
                "id": f"{post}_{n}",
                "message": f"{self.server.text} ({page}/{n})",
                "created_time": f"2026-03-02T09:0{n}:00+0000",
                "from": {"id": f"9{n}", "name": f"Resident {n}"},
                "permalink_url": f"https://www.facebook.com/{post}?comment_id={post}_{n}",
            }
            for n in range(self.server.comments)
        ]
        body = json.dumps(
            {
                "data": [
                    {
                        "id": post,
                        "created_time": "2026-03-02T08:00:00+0000",
                        "comments": {"data": comments, "paging": {}},
                    }
                ],
                "paging": {},
            }
        ).encode()
        with self.server.lock:
            self.server.served.append((page, self.client_address[1]))
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=UTF-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
