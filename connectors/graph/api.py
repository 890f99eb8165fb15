"""What the Facebook Page and Instagram connectors share: one pinned Graph API version, a
pyfacebook client that can be pointed at another root, the translation of Graph errors
into :class:`ConnectorError`, the usage headers that park an account, and the cursor.

Meta documents its error codes at developers.facebook.com/docs/graph-api/guides/error-handling
and its usage headers at .../docs/graph-api/overview/rate-limiting.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar
from urllib.parse import parse_qsl, urlparse

import requests
from pyfacebook import FacebookError, GraphAPI, LibraryError
from pyfacebook.ratelimit import RateLimit

from connectors.base import Connector, ConnectorError
from connectors.deadline import CallLimits, DeadlineExceeded, guard_session

# The one place the Graph API version is chosen; bump it when Meta retires it.
GRAPH_API_VERSION = "v25.0"
GRAPH_ROOT = "https://graph.facebook.com/"
TIMEOUT_SECONDS = 30
# Meta throttles at 100%; stopping at 90% leaves room for hides the councillor asks for.
PARK_AT_PERCENT = 90
# App usage is a rolling one-hour window; BUC headers say when access returns.
DEFAULT_PARK_SECONDS = 3600
# Comments can appear in listings long after their created_time (held for review, a
# slow replica): every poll re-reads this far back and skips the ids already seen.
OVERLAP_SECONDS = 3 * 3600
# Every listing stops here, whatever paging.next says: a listing whose next page never
# ends must cost a bounded number of calls.
MAX_PAGES = 20
PAGE_SIZE = 100
MAX_ITEMS = MAX_PAGES * PAGE_SIZE

TOKEN_CODES = {102, 190, 463, 467}
PERMISSION_CODES = {3, 10, *range(200, 300)}
THROTTLE_CODES = {4, 17, 32, 613, *range(80000, 80015)}
TRANSIENT_CODES = {1, 2, 368}

log = logging.getLogger(__name__)


class _TolerantRateLimit(RateLimit):  # type: ignore[misc]
    """pyfacebook's parser raises TypeError on a usage key it does not know; a header
    must never break a request, so we read the headers ourselves (``usage_percent``)."""

    def set_limit(self, headers: Any) -> None:
        with contextlib.suppress(TypeError, ValueError, AttributeError, KeyError):
            super().set_limit(headers)


@dataclass
class GraphClient:
    """A pyfacebook ``GraphAPI`` for one token, with errors phrased for ``platform``."""

    access_token: str
    platform: str  # "Facebook" or "Instagram", used in messages
    reconnect: str  # the command that fixes a token problem
    api_base_url: str = ""
    limits: CallLimits = field(default_factory=CallLimits)
    api: GraphAPI = field(init=False)
    last_response: requests.Response | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        root = (self.api_base_url or GRAPH_ROOT).rstrip("/") + "/"
        self.api = GraphAPI(
            access_token=self.access_token,
            version=GRAPH_API_VERSION,
            # pyfacebook would sleep in-process; we park the account instead.
            sleep_on_rate_limit=False,
            base_url=root,
            timeout=TIMEOUT_SECONDS,
        )
        self.api.rate_limit = _TolerantRateLimit()
        guard_session(self.api.session, self.limits)
        self.api.session.hooks["response"].append(self._remember)

    def _remember(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        self.last_response = response

    # --- calls ---------------------------------------------------------------------------

    def get_object(self, object_id: str, fields: str) -> dict[str, Any]:
        return self._call(lambda: self.api.get_object(object_id=object_id, fields=fields))

    def get_all(
        self, object_id: str, edge: str, *, max_items: int | None = None, **params: Any
    ) -> list[Any]:
        """The items of an edge, following ``paging.next`` for at most ``MAX_PAGES`` pages
        and ``max_items`` items (pyfacebook's own ``get_full_connections`` follows
        ``paging.next`` for ever when a listing never ends, so it is not used)."""
        cap = min(max_items or MAX_ITEMS, MAX_ITEMS)
        args: dict[str, Any] = {**params, "limit": PAGE_SIZE}
        items: list[Any] = []
        seen_pages: set[str] = set()
        for _ in range(MAX_PAGES):
            page = self._call(
                functools.partial(
                    self.api.get_connection, object_id=object_id, connection=edge, **args
                )
            )
            data = page.get("data")
            if not isinstance(data, list):
                raise ConnectorError(
                    f"{self.platform} returned an unexpected listing for {object_id}/{edge} "
                    "(no data list); will retry"
                )
            items.extend(data)
            if len(items) >= cap:
                return items[:cap]
            paging = page.get("paging")
            following = paging.get("next") if isinstance(paging, dict) else None
            if not isinstance(following, str) or not following or following in seen_pages:
                return items
            seen_pages.add(following)
            args = dict(parse_qsl(urlparse(following).query))
            args.pop("access_token", None)
        log.warning(
            "%s listing %s/%s cut at %d pages (%d items)",
            self.platform,
            object_id,
            edge,
            MAX_PAGES,
            len(items),
        )
        return items

    def post(
        self, object_id: str, data: Mapping[str, str], *, edge: str | None = None
    ) -> dict[str, Any]:
        return self._call(
            lambda: self.api.post_object(object_id=object_id, connection=edge, data=dict(data))
        )

    def delete(
        self, object_id: str, *, edge: str | None = None, params: Mapping[str, str] | None = None
    ) -> dict[str, Any]:
        return self._call(
            lambda: self.api.delete_object(
                object_id=object_id, connection=edge, args=dict(params or {})
            )
        )

    def _call(self, call: Any) -> dict[str, Any]:
        self.last_response = None
        try:
            result = call()
        except DeadlineExceeded as exc:
            raise ConnectorError(f"{self.platform}: {exc}; will retry") from None
        except requests.Timeout:
            raise ConnectorError(f"{self.platform} did not answer in time; will retry") from None
        except requests.RequestException as exc:
            raise ConnectorError(
                f"could not reach {self.platform} ({type(exc).__name__}); will retry"
            ) from None
        except FacebookError as exc:
            raise self.translate(exc) from None
        except (LibraryError, ValueError, KeyError) as exc:
            raise self._unreadable(exc) from None
        if not isinstance(result, dict):
            raise self._unreadable(TypeError(type(result).__name__))
        return result

    # --- translation ---------------------------------------------------------------------

    def translate(self, exc: FacebookError) -> ConnectorError:
        code = _int(getattr(exc, "code", None))
        subcode = _int(getattr(exc, "error_subcode", None))
        status = self.last_response.status_code if self.last_response is not None else 0
        said = str(getattr(exc, "message", "") or "no message")
        if code in TOKEN_CODES or status == 401:
            return ConnectorError(
                f"{self.platform} rejected the access token ({said}): reconnect the account "
                f"with `{self.reconnect}`",
                permanent=True,
            )
        if code in PERMISSION_CODES or status == 403:
            return ConnectorError(
                f"{self.platform} refused for lack of permission ({said}): reconnect with "
                f"`{self.reconnect}` and grant every permission it asks for",
                permanent=True,
            )
        if (code == 100 and subcode == 33) or status == 404:
            return ConnectorError(
                f"{self.platform} says it no longer exists ({said})",
                permanent=True,
                not_found=True,
            )
        if code in THROTTLE_CODES or status == 429:
            return ConnectorError(
                f"{self.platform} is rate-limiting this app ({said}); polling paused until "
                "the limit resets",
                retry_after=self.park_seconds(),
            )
        if code in TRANSIENT_CODES or status >= 500:
            return ConnectorError(f"{self.platform} had a temporary problem ({said}); will retry")
        return ConnectorError(
            f"{self.platform} refused the request (code {code}: {said})", permanent=True
        )

    def _unreadable(self, exc: Exception) -> ConnectorError:
        status = self.last_response.status_code if self.last_response is not None else 0
        if status == 429:
            return ConnectorError(
                f"{self.platform} is rate-limiting this app; polling paused",
                retry_after=self.park_seconds(),
            )
        if status >= 500 or status == 0:
            return ConnectorError(
                f"{self.platform} sent an unreadable answer (HTTP {status}); will retry"
            )
        return ConnectorError(
            f"{self.platform} sent an unreadable answer (HTTP {status}, {type(exc).__name__})",
            permanent=status >= 400,
        )

    # --- usage ---------------------------------------------------------------------------

    def usage_percent(self) -> tuple[float, float | None]:
        """The highest usage percentage in the last response's X-App-Usage and
        X-Business-Use-Case-Usage headers, and Meta's estimate (seconds) of when access
        returns, if it gave one."""
        if self.last_response is None:
            return 0.0, None
        return usage_from_headers(self.last_response.headers)

    def park_seconds(self) -> float:
        _, regain = self.usage_percent()
        return regain if regain else float(DEFAULT_PARK_SECONDS)

    def check_usage(self) -> None:
        """Raise (so the poller parks the account) when usage is at or over 90%."""
        percent, regain = self.usage_percent()
        if percent >= PARK_AT_PERCENT:
            raise ConnectorError(
                f"{self.platform} reports this app has used {percent:.0f}% of its API "
                "allowance; polling paused until it resets",
                retry_after=regain or float(DEFAULT_PARK_SECONDS),
            )


def usage_from_headers(headers: Mapping[str, str]) -> tuple[float, float | None]:
    percent, regain = 0.0, None
    app = _json(headers.get("x-app-usage"))
    if isinstance(app, dict):
        percent = max([percent, *_percents(app)])
    business = _json(headers.get("x-business-use-case-usage"))
    if isinstance(business, dict):
        for entries in business.values():
            for entry in entries if isinstance(entries, list) else []:
                if not isinstance(entry, dict):
                    continue
                percent = max([percent, *_percents(entry)])
                minutes = _number(entry.get("estimated_time_to_regain_access"))
                if minutes:
                    regain = max(regain or 0.0, minutes * 60)
    return percent, regain


def _percents(entry: Mapping[str, Any]) -> list[float]:
    keys = ("call_count", "total_cputime", "total_time")
    return [n for n in (_number(entry.get(k)) for k in keys) if n is not None]


def _json(value: str | None) -> Any:
    if not value:
        return None
    try:
        return json.loads(value)
    except ValueError:
        log.warning("ignoring an unreadable Graph API usage header")
        return None


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    return None


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def parse_time(value: Any) -> datetime:
    """Graph timestamps look like ``2017-08-31T18:10:30+0000``; raises ValueError."""
    if not isinstance(value, str):
        raise ValueError("missing timestamp")
    parsed = datetime.strptime(value.replace("Z", "+0000"), "%Y-%m-%dT%H:%M:%S%z")
    try:
        return parsed.astimezone(UTC)
    except OverflowError:  # year 1 with a positive offset, year 9999 with a negative one
        raise ValueError(f"timestamp {value!r} is out of range") from None


# --- the cursor ------------------------------------------------------------------------


@dataclass(frozen=True)
class Watermark:
    """How far a Graph connector has read: the newest created time seen (unix seconds),
    when the last read began (``polled``), and the ids seen in the overlap window, so
    re-reading that window returns nothing twice while a late-listed comment is still
    caught.

    The window is anchored at the time of the last read, not at the newest comment: a
    comment listed up to ``OVERLAP_SECONDS`` late is caught, and an account with no new
    comments costs no re-downloaded comments (anchored at the newest comment, every
    idle poll re-read the whole window before it, however old)."""

    newest: int = 0
    recent: Mapping[str, int] = field(default_factory=dict)
    polled: int = 0

    @classmethod
    def load(cls, cursor: str | None) -> Watermark:
        if not cursor:
            return cls()
        try:
            raw = json.loads(cursor)
            recent = {str(k): int(v) for k, v in raw["recent"].items()}
            return cls(int(raw["newest"]), recent, int(raw.get("polled") or 0))
        except (ValueError, KeyError, TypeError, AttributeError):
            log.warning("unreadable cursor, reading from the beginning")
            return cls()

    @property
    def since(self) -> int | None:
        anchor = self.polled or self.newest
        return max(anchor - OVERLAP_SECONDS, 0) if anchor else None

    def is_new(self, comment_id: str, created: datetime) -> bool:
        since = self.since
        if since is None:
            return True
        return int(created.timestamp()) >= since and comment_id not in self.recent

    def advance(
        self, seen: Iterable[tuple[str, datetime]], *, polled: datetime | None = None
    ) -> Watermark:
        """The watermark after a read that began at ``polled`` and found ``seen``."""
        stamps = dict(self.recent)
        stamps.update((cid, int(created.timestamp())) for cid, created in seen)
        newest = max([self.newest, *stamps.values()])
        began = int(polled.timestamp()) if polled else 0
        # Only comments the next read can return again need remembering.
        floor = (began or newest) - OVERLAP_SECONDS
        keep = {cid: ts for cid, ts in stamps.items() if ts >= floor}
        return Watermark(newest, keep, began)

    def dump(self) -> str | None:
        if not self.newest and not self.polled:
            return None
        raw: dict[str, object] = {
            "newest": self.newest,
            "recent": dict(sorted(self.recent.items())),
        }
        if self.polled:
            raw["polled"] = self.polled
        return json.dumps(raw)


class GraphConnector(Connector):
    """What the Facebook and Instagram connectors share: a Graph client made from the
    page token, and hiding by POSTing one field to the comment."""

    # The comment field that hides it: "is_hidden" on Facebook, "hide" on Instagram.
    hide_field: ClassVar[str]
    # What to say when the Graph API answers success=false to a hide.
    hide_refused: ClassVar[str]
    counts_requests = True

    def _graph(self) -> GraphClient:
        """The account's client, kept while the token and the call limits are unchanged:
        one HTTP session, and its open connections, for every call the account makes."""
        token = self.credentials.require("page_access_token")
        client: GraphClient | None = getattr(self, "_client", None)
        if client is None or client.access_token != token or client.limits is not self.limits:
            client = GraphClient(
                access_token=token,
                platform=self.display_name,
                reconnect=f"wardwatch connect {self.platform} --account {self.account_name}",
                api_base_url=self.account.api_base_url,
                limits=self.limits,
            )
            self.count_requests(client.api.session)
            self._client = client
        return client

    def hide(self, comment_id: str) -> None:
        self._set_hidden(comment_id, hidden=True)

    def unhide(self, comment_id: str) -> None:
        self._set_hidden(comment_id, hidden=False)

    def _set_hidden(self, comment_id: str, *, hidden: bool) -> None:
        # Asking for the state a comment already has succeeds: "already hidden" is fine.
        result = self._graph().post(comment_id, {self.hide_field: "true" if hidden else "false"})
        if result.get("success") is False:
            raise ConnectorError(
                f"{self.display_name} did not {'hide' if hidden else 'unhide'} comment "
                f"{comment_id}: {self.hide_refused}",
                permanent=True,
            )

    def delete(self, comment_id: str) -> None:
        self._graph().delete(comment_id)
