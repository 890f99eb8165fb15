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
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import requests
from requests.adapters import HTTPAdapter

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


class DeadlineAdapter(HTTPAdapter):
    """An ``HTTPAdapter`` that applies :class:`CallLimits` to every request it sends,
    whatever timeout the caller passed (or did not)."""

    def __init__(self, limits: CallLimits, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.limits = limits

    def send(  # type: ignore[override]
        self, request: requests.PreparedRequest, stream: bool = False, **kwargs: Any
    ) -> requests.Response:
        connect, read, total = self.limits.for_call()
        kwargs["timeout"] = (connect, read)
        ends = time.monotonic() + total
        try:
            response = super().send(request, stream=True, **kwargs)
            if not stream:
                _read_body(response, ends, total)
        except requests.exceptions.Timeout as exc:
            # A limit cut short to fit the poll's budget: say so, not "slow platform".
            if self.limits.budget_spent():
                raise self.limits.spent_error() from exc
            raise
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


def guard_session(session: requests.Session, limits: CallLimits) -> requests.Session:
    """Mount ``limits`` on every http(s) request ``session`` sends."""
    adapter = DeadlineAdapter(limits)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session
