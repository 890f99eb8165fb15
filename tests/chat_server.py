"""A loopback HTTP server that speaks the OpenAI chat-completions API, for the second-opinion
tests: it answers with a JSON verdict, or is slow, broken or talks nonsense on request.

It listens on 127.0.0.1 only, on a free port, and stops when the test ends.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

VERDICT = {
    "imputation": "paedophilia",
    "who": "the person replied to",
    "fact_or_opinion": "fact",
    "confidence": 0.9,
    "reason": "It calls the person replied to a paedophile as a plain statement.",
}


@dataclass
class ChatServer:
    """What the server does next (``mode``) and what it was sent (``requests``)."""

    url: str
    mode: str = "verdict"  # verdict | fenced | slow | error | nonsense | not-json
    delay: float = 1.0
    requests: list[dict[str, Any]] = field(default_factory=list)


def _reply(server: ChatServer) -> tuple[int, bytes]:
    if server.mode == "error":
        return 500, b'{"error": {"message": "model not loaded"}}'
    if server.mode == "not-json":
        return 200, b"<html>gateway error</html>"
    if server.mode == "slow":
        time.sleep(server.delay)
    content = {
        "verdict": json.dumps(VERDICT),
        "slow": json.dumps(VERDICT),
        "fenced": "Here you are:\n```json\n" + json.dumps(VERDICT) + "\n```",
        "nonsense": "I think this comment is probably fine, honestly.",
    }[server.mode]
    body = {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "model": "test-model",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
    }
    return 200, json.dumps(body).encode()


@contextmanager
def chat_server() -> Iterator[ChatServer]:
    state = ChatServer(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            state.requests.append(
                {"path": self.path, "body": json.loads(self.rfile.read(length) or b"{}")}
            )
            status, payload = _reply(state)
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting (the timeout tests)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
