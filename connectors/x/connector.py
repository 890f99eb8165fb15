"""X (Twitter) replies through the API v2 with tweepy 4.x and an OAuth 2.0 user token.

Listing: one recent search (``GET /2/tweets/search/recent``, last 7 days, ``since_id``)
whose query ``to:<owner id> OR conversation_id:<post> OR ...`` matches every reply to
the owner and every post in the owner's recent threads, so deep replies whose @-chain
dropped the owner are caught too; a query over 512 characters is split. The owner's
recent posts (``GET /2/users/:id/tweets``) are listed every 30 minutes, not every poll.
Hiding: ``PUT /2/tweets/:id/hidden``.
Muting an author: ``POST /2/users/:id/muting`` (``DELETE .../muting/:target`` to lift;
the token needs the ``mute.write`` scope); X mutes have no timer.
Profile text: ``GET /2/users/me?user.fields=description``.

tweepy neither refreshes OAuth 2.0 tokens nor knows HTTP 402 (credits exhausted); both
are handled in :mod:`connectors.x.auth` and :func:`translate` here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar, TypeVar

import requests
import tweepy

from connectors.base import (
    HIDE,
    MUTE_AUTHOR,
    PROFILE,
    UNHIDE,
    Batch,
    Comment,
    Connector,
    ConnectorError,
    OptionSpec,
    Rejected,
    utcnow,
)
from connectors.deadline import DeadlineExceeded
from connectors.payload import clamp_time, raw_item
from connectors.x.auth import TokenKeeper, rebase_session
from connectors.x.setup import XSetup

TWEET_FIELDS = [
    "author_id",
    "created_at",
    "conversation_id",
    "in_reply_to_user_id",
    "referenced_tweets",
]
EXPANSIONS = ["author_id"]
USER_FIELDS = ["username", "name"]
MAX_PAGES = 8  # pages of search results per query and poll
# Recent search takes queries of up to 512 characters on the Basic and pay-per-use tiers.
MAX_QUERY_CHARS = 512
# The owner's recent posts are listed again this often, not on every poll.
ROOTS_EVERY_SECONDS = 30 * 60

T = TypeVar("T")


class XConnector(Connector):
    platform = "x"
    display_name = "X"
    capabilities: ClassVar[frozenset[str]] = frozenset({HIDE, UNHIDE, PROFILE, MUTE_AUTHOR})
    options: ClassVar[dict[str, OptionSpec]] = {
        "user_id": OptionSpec(str, help="the account's numeric X user id (else looked up)"),
        "recent_posts": OptionSpec(
            int, help="how many of the owner's newest posts to search for replies (10)"
        ),
    }
    credential_keys: ClassVar[dict[str, OptionSpec]] = {
        "access_token": OptionSpec(str, required=True, help="OAuth 2.0 user access token"),
        "refresh_token": OptionSpec(str, help="OAuth 2.0 refresh token (offline.access)"),
        "client_id": OptionSpec(str, help="the X app's OAuth 2.0 client id"),
        "client_secret": OptionSpec(str, help="client secret, for confidential clients only"),
    }
    cannot_hide_hint = "open it on X to report it or block its author"
    setup = XSetup()
    counts_requests = True

    def __init__(self, account: Any, credentials: Any) -> None:
        super().__init__(account, credentials)
        self._user_id: str | None = self.option("user_id")
        self._reconnect = f"wardwatch connect x --account {self.account_name}"
        self._kept: tweepy.Client | None = None
        self._kept_limits: object = None
        self._tokens = TokenKeeper(
            credentials, api_base_url=account.api_base_url, reconnect=self._reconnect
        )

    # --- plumbing ------------------------------------------------------------------------

    def _run(self, operation: Callable[[tweepy.Client], T]) -> T:
        """Run ``operation`` with a fresh client; on 401 refresh the token once and retry."""
        for attempt in (1, 2):
            client = self._client()
            try:
                return operation(client)
            except tweepy.Unauthorized as exc:
                if attempt == 1 and self._tokens.can_refresh():
                    self._tokens.refresh()
                    continue
                raise self.translate(exc) from None
            except (tweepy.TweepyException, requests.RequestException) as exc:
                raise self.translate(exc) from None
        raise AssertionError("unreachable")

    def _client(self) -> tweepy.Client:
        """The account's client, kept while the token and the call limits are unchanged:
        one HTTP session, and its open connections, for every call the account makes."""
        token = self._tokens.access_token()
        client = self._kept
        if client is None or client.bearer_token != token or self._kept_limits is not self.limits:
            client = tweepy.Client(bearer_token=token, return_type=dict)
            rebase_session(client.session, self.account.api_base_url, self.limits)
            self.count_requests(client.session)
            self._kept, self._kept_limits = client, self.limits
        return client

    def translate(self, exc: Exception) -> ConnectorError:
        if isinstance(exc, DeadlineExceeded):
            return ConnectorError(f"X: {exc}; will retry")
        if isinstance(exc, requests.Timeout):
            return ConnectorError("X did not answer in time; will retry")
        if isinstance(exc, requests.RequestException):
            return ConnectorError(f"could not reach X ({type(exc).__name__}); will retry")
        if not isinstance(exc, tweepy.HTTPException):
            return ConnectorError(f"X request failed ({exc}); will retry")
        status = exc.response.status_code
        said = "; ".join(str(m) for m in exc.api_messages) or f"HTTP {status}"
        if isinstance(exc, tweepy.TooManyRequests):
            return ConnectorError(
                f"X rate limit reached ({said}); paused until it resets",
                retry_after=_seconds_until(exc.response.headers.get("x-rate-limit-reset")),
            )
        if status == 402:
            return ConnectorError(
                "X says this app's API credits are used up (HTTP 402): buy credits in the "
                "X developer console; polling this account is paused until then",
                permanent=True,
            )
        if status == 401:
            return ConnectorError(
                f"X rejected the access token ({said}): reconnect the account with "
                f"`{self._reconnect}`",
                permanent=True,
            )
        if status == 403:
            return ConnectorError(
                f"X refused ({said}): the token may lack a scope (tweet.moderate.write to "
                "hide, mute.write to mute), or the reply is not in a conversation this "
                f"account started; reconnect with "
                f"`{self._reconnect}` if the scope is missing",
                permanent=True,
            )
        if status == 404 or _is_not_found(exc):
            return ConnectorError(
                f"X says the post no longer exists ({said})", permanent=True, not_found=True
            )
        if status >= 500:
            return ConnectorError(
                f"X had a temporary problem ({said}); will retry",
                retry_after=_seconds_until(exc.response.headers.get("x-rate-limit-reset")),
            )
        return ConnectorError(f"X rejected the request ({said})", permanent=True)

    def _owner_id(self, client: tweepy.Client) -> str:
        if self._user_id is None:
            me = _answer(client.get_me(user_auth=False), "the account lookup")
            user = me.get("data")
            if not isinstance(user, dict) or not user.get("id"):
                raise ConnectorError("X answered the account lookup without an id; will retry")
            self._user_id = str(user["id"])
        return self._user_id

    # --- the contract --------------------------------------------------------------------

    def fetch(self, cursor: str | None) -> Batch:
        return self._run(lambda client: self._fetch(client, _Cursor.load(cursor)))

    def _fetch(self, client: tweepy.Client, cursor: _Cursor) -> Batch:
        me = self._owner_id(client)
        now = int(utcnow().timestamp())
        roots, roots_at = cursor.roots, cursor.roots_at
        if roots is None or now - roots_at >= ROOTS_EVERY_SECONDS:
            roots, roots_at = self._recent_roots(client, me), now
        reader = _Reader(self, me, set(roots))
        newest = cursor.since
        # Conversations first seen now are read from their start: the shared since_id
        # may already be past replies posted before we knew the conversation.
        new_roots = [r for r in roots if cursor.roots is not None and r not in cursor.roots]
        for query, since in [
            *((q, None) for q in _queries([], new_roots)),
            *((q, cursor.since) for q in _queries([me], [r for r in roots if r not in new_roots])),
        ]:
            for page in self._search(client, query, since):
                newest = _max_id(newest, reader.read(page, since))
        next_cursor = json.dumps({"replies": newest, "roots": roots, "roots_at": roots_at})
        comments = sorted(reader.found.values(), key=lambda c: c.created_at)
        return Batch(
            comments=comments, cursor=next_cursor, skipped=reader.skipped, rejected=reader.rejected
        )

    def _recent_roots(self, client: tweepy.Client, me: str) -> list[str]:
        count = min(max(int(self.option("recent_posts", 10)), 5), 100)
        page = _answer(
            client.get_users_tweets(
                me,
                user_auth=False,
                max_results=count,
                exclude=["retweets", "replies"],
                tweet_fields=["created_at", "conversation_id"],
            ),
            "the list of the account's posts",
        )
        return [str(t["id"]) for t in page.get("data") or [] if isinstance(t, dict) and "id" in t]

    def _search(
        self, client: tweepy.Client, query: str, since_id: str | None
    ) -> Iterator[dict[str, Any]]:
        def page(token: str | None, since: str | None) -> dict[str, Any]:
            result: dict[str, Any] = client.search_recent_tweets(
                query,
                user_auth=False,
                since_id=since,
                next_token=token,
                max_results=100,
                tweet_fields=TWEET_FIELDS,
                expansions=EXPANSIONS,
                user_fields=USER_FIELDS,
            )
            return result

        try:
            first = page(None, since_id)
        except tweepy.BadRequest as exc:
            # Recent search refuses a since_id older than its 7-day window.
            if since_id is None or "since_id" not in str(exc):
                raise
            since_id = None
            first = page(None, None)
        yield from _pages(
            lambda token: first if token is None else page(token, since_id), "next_token"
        )

    def hide(self, comment_id: str) -> None:
        # Hiding an already hidden reply answers {"hidden": true}: success.
        self._run(lambda client: client.hide_reply(comment_id, user_auth=False))

    def unhide(self, comment_id: str) -> None:
        self._run(lambda client: client.unhide_reply(comment_id, user_auth=False))

    def mute_author(self, author_id: str, *, duration: timedelta | None = None) -> None:
        # POST /2/users/:id/muting; muting someone already muted answers muting=true.
        self._run(lambda client: client.mute(author_id, user_auth=False))

    def unmute_author(self, author_id: str) -> None:
        self._run(lambda client: client.unmute(author_id, user_auth=False))

    def profile_text(self) -> str:
        me = self._run(
            lambda client: _answer(
                client.get_me(user_auth=False, user_fields=["description"]), "the profile lookup"
            )
        )
        return str((me.get("data") or {}).get("description") or "")


class _Reader:
    """Turns response pages into Comments: third-party replies in the owner's threads."""

    def __init__(self, connector: XConnector, me: str, roots: set[str]) -> None:
        self.connector = connector
        self.me = me
        self.roots = roots
        self.found: dict[str, Comment] = {}
        self.skipped: list[str] = []
        self.rejected: list[Rejected] = []
        self.now = utcnow()

    def read(self, page: dict[str, Any], since_id: str | None) -> str | None:
        """Collect a page's new replies; return the newest id on the page."""
        users = {
            str(u.get("id")): u
            for u in (page.get("includes") or {}).get("users") or []
            if isinstance(u, dict)
        }
        newest: str | None = None
        for tweet in page.get("data") or []:
            tweet_id = tweet.get("id") if isinstance(tweet, dict) else None
            # Even an unreadable post moves the cursor on: it would never become readable.
            newest = _max_id(newest, str(tweet_id) if tweet_id else None)
            try:
                comment = self._comment(tweet, users)
            except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
                note = f"X post {tweet_id or '(no id)'}: {type(exc).__name__} {exc}"
                if all(r.error != note for r in self.rejected):
                    self.rejected.append(Rejected(_str_or_none(tweet_id), raw_item(tweet), note))
                continue
            if comment is None or not _is_newer(comment.comment_id, since_id):
                continue
            self.found.setdefault(comment.comment_id, comment)
        return newest

    def _comment(self, tweet: Any, users: dict[str, Any]) -> Comment | None:
        tweet_id, author = str(tweet["id"]), str(tweet["author_id"])
        created = datetime.fromisoformat(str(tweet["created_at"]))
        if created.tzinfo is None:
            raise ValueError("created_at has no time zone")
        # X's read position is the post id, not the time: the time only needs to be sane.
        created = clamp_time(created.astimezone(UTC), self.now)
        text = tweet["text"]
        if not isinstance(text, str):
            raise TypeError("text is not a string")
        conversation = tweet.get("conversation_id")
        to_owner = tweet.get("in_reply_to_user_id") == self.me or conversation in self.roots
        if author == self.me or not to_owner:
            return None  # the owner's own post, or a mention outside the owner's threads
        parent = next(
            (
                str(r["id"])
                for r in tweet.get("referenced_tweets") or []
                if r.get("type") == "replied_to"
            ),
            None,
        )
        username = (users.get(author) or {}).get("username")
        # Who it answers: X names the account replied to.
        replied_to = tweet.get("in_reply_to_user_id")
        parent_is_owner = str(replied_to) == self.me if replied_to else None
        parent_author = (
            (users.get(str(replied_to)) or {}).get("username")
            if replied_to and not parent_is_owner
            else None
        )
        return Comment(
            platform="x",
            account=self.connector.account_name,
            comment_id=tweet_id,
            post_id=str(conversation) if conversation else parent,
            parent_id=None if parent == conversation else parent,
            parent_author=str(parent_author) if parent_author else None,
            parent_is_owner=parent_is_owner,
            author_id=author,
            author_name=str(username or author),
            text=text,
            created_at=created.astimezone(UTC),
            permalink=f"https://x.com/{username or 'i/web'}/status/{tweet_id}",
        )


def _pages(call: Callable[[str | None], Any], token_key: str) -> Iterator[dict[str, Any]]:
    token: str | None = None
    seen: set[str] = set()
    for _ in range(MAX_PAGES):
        page = _answer(call(token), "a listing")
        yield page
        meta = page.get("meta")
        token = meta.get(token_key) if isinstance(meta, dict) else None
        if not isinstance(token, str) or not token or token in seen:
            return
        seen.add(token)


def _answer(page: Any, what: str) -> dict[str, Any]:
    """``page`` if it is an answer; an error body sent with HTTP 200 (``errors`` and no
    ``data``), or anything that is not a listing, is an error, never "nothing new"."""
    if not isinstance(page, dict):
        raise ConnectorError(f"X sent an unreadable answer to {what}; will retry")
    if "data" in page:
        return page
    errors = page.get("errors")
    if errors or "title" in page:
        first = errors[0] if isinstance(errors, list) and errors else page
        said = (
            (first.get("detail") or first.get("message") or first.get("title"))
            if isinstance(first, dict)
            else None
        )
        raise ConnectorError(f"X answered {what} with an error ({said or errors}); will retry")
    if "meta" not in page:
        raise ConnectorError(f"X sent an answer to {what} with neither data nor meta; will retry")
    return page


def _str_or_none(value: Any) -> str | None:
    return str(value) if value else None


def _queries(users: list[str], roots: list[str]) -> list[str]:
    """Search queries, each within X's query length, that together match every reply
    to ``users`` and every post in the ``roots`` conversations: one request covers the
    replies to the owner and all their recent threads."""
    terms = [f"to:{user}" for user in users] + [f"conversation_id:{root}" for root in roots]
    queries: list[str] = []
    current = ""
    for term in terms:
        joined = f"{current} OR {term}" if current else term
        if current and len(joined) > MAX_QUERY_CHARS:
            queries.append(current)
            joined = term
        current = joined
    return [*queries, current] if current else queries


@dataclass(frozen=True)
class _Cursor:
    """The newest reply id read, and the owner's recent posts (the conversations to
    search) with when they were listed, so they are listed again only now and then."""

    since: str | None = None
    roots: list[str] | None = None
    roots_at: int = 0

    @classmethod
    def load(cls, cursor: str | None) -> _Cursor:
        if not cursor:
            return cls()
        try:
            raw = json.loads(cursor)
            # A cursor from before the single search kept two ids: the older is safe.
            ids = [str(raw[k]) for k in ("replies", "mentions") if raw.get(k)]
            since = min(ids, key=_as_int) if ids else None
            roots = raw.get("roots")
            if isinstance(roots, list):
                return cls(since, [str(r) for r in roots], int(raw.get("roots_at") or 0))
            return cls(since)
        except (ValueError, TypeError, AttributeError):
            return cls()


def _as_int(tweet_id: str | None) -> int:
    try:
        return int(tweet_id or 0)
    except ValueError:
        return 0


def _max_id(a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return a or b
    return a if _as_int(a) >= _as_int(b) else b


def _is_newer(tweet_id: str, since_id: str | None) -> bool:
    return since_id is None or _as_int(tweet_id) > _as_int(since_id)


def _is_not_found(exc: tweepy.HTTPException) -> bool:
    return any(
        "resource-not-found" in str(e.get("type", ""))
        for e in exc.api_errors
        if isinstance(e, dict)
    )


def _seconds_until(reset: str | None) -> float | None:
    """x-rate-limit-reset is a Unix time; X sends no Retry-After."""
    try:
        return max(float(reset or "") - utcnow().timestamp(), 1.0)
    except ValueError:
        return None
