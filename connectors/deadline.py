"""Time limits on platform calls, whatever the SDK makes them with.

Three limits apply to every HTTP request a requests-based SDK sends (tweepy has no
timeout of its own; pyfacebook's read timeout resets with every byte, so a server that
trickles its answer defeats it):

- ``connect``: seconds to open the connection;
- ``read``: seconds to wait for any one read from the socket;
- ``total``: seconds for the whole answer, body included, however it trickles in.

A poll also has a ``budget``: once it is spent no further request starts, and each
request's limits shrink to what is left, so a hung or looping platform costs one poll at
most its budget (plus one connect). :func:`guard_session` mounts the limits on a
``requests.Session``; the pipeline starts the budget before each poll.

The total deadline is kept two ways: the body is read one socket read at a time with the
clock checked between reads, and a watchdog shuts the connection's socket down when the
deadline passes, which also ends a status line or headers sent a byte at a time.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

CHUNK_BYTES = 65536


class DeadlineExceeded(requests.exceptions.ReadTimeout):
    """A request ran past its total deadline or the poll's budget. A ``requests``
    timeout, so every connector already translates it as "did not answer in time"."""


@dataclass
class CallLimits:
    connect: float = 10.0
    read: float = 30.0
    total: float = 60.0
    budget: float | None = None
    _budget_ends: float | None = field(default=None, repr=False)

    def start_budget(self) -> None:
        """Start the poll's clock (no-op when there is no budget)."""
        if self.budget is not None:
            self._budget_ends = time.monotonic() + self.budget

    def budget_left(self) -> float | None:
        if self._budget_ends is None:
            return None
        return self._budget_ends - time.monotonic()

    def budget_spent(self) -> bool:
        left = self.budget_left()
        return left is not None and left <= 0

    def spent_error(self) -> DeadlineExceeded:
        return DeadlineExceeded(f"the poll's time budget of {self.budget:g} s is spent")

    def for_call(self) -> tuple[float, float, float]:
        """(connect, read, total) for the next request; raises when the budget is spent."""
        left = self.budget_left()
        if left is not None and left <= 0:
            raise self.spent_error()
        cap = left if left is not None else float("inf")
        return min(self.connect, cap), min(self.read, cap), min(self.total, cap)


# The connections the current thread's request took from its pool, for the watchdog.
_taken = threading.local()


class _Watched:
    """A connection pool that tells the watchdog which connection a request uses."""

    def _get_conn(self, timeout: float | None = None) -> Any:
        conn = super()._get_conn(timeout)  # type: ignore[misc]
        watched = getattr(_taken, "connections", None)
        if watched is not None:
            watched.append(conn)
        return conn


class _WatchedHTTPPool(_Watched, HTTPConnectionPool):
    pass


class _WatchedHTTPSPool(_Watched, HTTPSConnectionPool):
    pass


class _Watchdog:
    """Shuts down the sockets of ``connections`` once ``seconds`` have passed."""

    def __init__(self, seconds: float, connections: list[Any]) -> None:
        self.fired = False
        self._connections = connections
        self._timer = threading.Timer(max(seconds, 0.0), self._fire)
        self._timer.daemon = True

    def __enter__(self) -> _Watchdog:
        self._timer.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._timer.cancel()

    def _fire(self) -> None:
        self.fired = True
        for conn in list(self._connections):
            sock = getattr(conn, "sock", None)
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


class DeadlineAdapter(HTTPAdapter):
    """An ``HTTPAdapter`` that applies :class:`CallLimits` to every request it sends,
    whatever timeout the caller passed (or did not)."""

    def __init__(self, limits: CallLimits, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.limits = limits

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _WatchedHTTPPool,
            "https": _WatchedHTTPSPool,
        }

    def send(  # type: ignore[override]
        self, request: requests.PreparedRequest, stream: bool = False, **kwargs: Any
    ) -> requests.Response:
        connect, read, total = self.limits.for_call()
        kwargs["timeout"] = (connect, read)
        ends = time.monotonic() + total
        connections: list[Any] = []
        _taken.connections = connections
        try:
            with _Watchdog(total, connections) as watchdog:
                try:
                    response = super().send(request, stream=True, **kwargs)
                    if not stream:
                        _read_body(response, ends, total)
                except requests.exceptions.RequestException as exc:
                    if self.limits.budget_spent():
                        # A limit cut short to fit the poll's budget: say so.
                        raise self.limits.spent_error() from exc
                    if watchdog.fired:
                        raise DeadlineExceeded(
                            f"{_target(request)} took longer than {total:g} s to answer"
                        ) from exc
                    raise
        finally:
            _taken.connections = None
        return response


def _read_body(response: requests.Response, ends: float, total: float) -> None:
    """Read the whole body now, one socket read at a time, giving up at ``ends``
    (``read1`` returns what one read brought, so a trickle cannot stretch a chunk)."""
    chunks: list[bytes] = []
    try:
        while True:
            if time.monotonic() > ends:
                raise DeadlineExceeded(
                    f"{request_target(response)} took longer than {total:g} s to answer"
                )
            chunk = response.raw.read1(CHUNK_BYTES, decode_content=True)
            if not chunk:
                break
            chunks.append(chunk)
    except DeadlineExceeded:
        response.close()
        raise
    except Exception as exc:
        response.close()
        raise requests.exceptions.ConnectionError(exc) from exc
    response._content = b"".join(chunks)
    response._content_consumed = True  # type: ignore[attr-defined]
    response.raw.release_conn()


def request_target(response: requests.Response) -> str:
    url = response.url or ""
    return url.split("?", 1)[0] or "the platform"


def _target(request: requests.PreparedRequest) -> str:
    return (request.url or "").split("?", 1)[0] or "the platform"


def guard_session(session: requests.Session, limits: CallLimits) -> requests.Session:
    """Mount ``limits`` on every http(s) request ``session`` sends."""
    adapter = DeadlineAdapter(limits)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session
