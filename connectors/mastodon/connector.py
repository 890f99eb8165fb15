"""Mastodon: mentions and replies to the owner's posts, through Mastodon.py.

New mentions come from the notifications API, read forward from the last one seen with
``min_id`` (``since_id`` would return only the newest page and leave a gap). A reply deep
in a thread need not mention the owner, so the reply trees of the owner's latest posts
are read too (``status_context``).

Mastodon has no API to hide someone else's reply. The owner can mute the author (their
posts leave the owner's timelines; wardwatch keeps receiving their mentions) or report
the post to the server's moderators.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from typing import Any, ClassVar, TypeVar

import requests
from mastodon import (
    Mastodon,
    MastodonAPIError,
    MastodonError,
    MastodonNetworkError,
    MastodonNotFoundError,
    MastodonRatelimitError,
    MastodonServerError,
    MastodonUnauthorizedError,
)

from connectors.base import (
    BLOCK_AUTHOR,
    DETACH_QUOTE,
    MUTE_AUTHOR,
    PROFILE,
    REPORT,
    Batch,
    Comment,
    Connector,
    ConnectorError,
    CredentialStore,
    OptionSpec,
)
from connectors.deadline import guard_session
from connectors.mastodon.setup import MastodonSetup

T = TypeVar("T")
PAGE_SIZE = 40  # the API's maximum for notifications
PAGES_PER_FETCH = 5
DEFAULT_CONTEXT_POSTS = 5
FIRST_POLL_LOOKBACK = timedelta(days=7)
TIMEOUT = 30


class MastodonConnector(Connector):
    platform = "mastodon"
    display_name = "Mastodon"
    capabilities: ClassVar[frozenset[str]] = frozenset(
        {PROFILE, MUTE_AUTHOR, BLOCK_AUTHOR, REPORT, DETACH_QUOTE}
    )
    native_timers: ClassVar[frozenset[str]] = frozenset({MUTE_AUTHOR})
    options: ClassVar[dict[str, OptionSpec]] = {
        "instance": OptionSpec(
            str, required=True, help="the owner's server, e.g. https://mastodon.social"
        ),
        "context_posts": OptionSpec(
            int, help="latest own posts whose whole reply tree is read each poll (default 5)"
        ),
    }
    credential_keys: ClassVar[dict[str, OptionSpec]] = {
        "access_token": OptionSpec(
            str,
            required=True,
            help="saved by `wardwatch connect mastodon`, or from Preferences > Development",
        ),
    }
    cannot_hide_hint = "can't hide on Mastodon: open it to delete or report"
    setup = MastodonSetup()

    def __init__(self, account: Any, credentials: CredentialStore) -> None:
        super().__init__(account, credentials)
        self.base_url = (account.api_base_url or str(self.option("instance", ""))).rstrip("/")
        self._client: Mastodon | None = None
        self._me: str | None = None
        self._acct: str | None = None

    def client(self) -> Mastodon:
        if self._client is None:
            self._client = Mastodon(
                access_token=self.credentials.require("access_token"),
                api_base_url=self.base_url,
                # "throw", not the default "wait": a poll must never sleep for minutes.
                ratelimit_method="throw",
                request_timeout=TIMEOUT,
                version_check_mode="none",
                session=guard_session(requests.Session(), self.limits),
            )
        return self._client

    # --- reading ---------------------------------------------------------------------

    def fetch(self, cursor: str | None) -> Batch:
        state = _load(cursor)
        me = self._own_id()
        found: dict[str, Comment] = {}
        skipped: list[str] = []
        min_id = state.get("min_id")
        more = False
        for page_number in range(PAGES_PER_FETCH):
            page = self._notifications_after(min_id)
            for notification in page:
                self._keep(notification.get("status"), me, None, found, skipped)
            if page:
                min_id = max((str(n["id"]) for n in page), key=_id_order)
            # A first poll reads only the newest page: history is not the job.
            if len(page) < PAGE_SIZE or state.get("min_id") is None:
                break
            more = page_number == PAGES_PER_FETCH - 1
        context_since = _time(state.get("context_since"))
        newest_context = context_since
        if not more:
            for comment in self._replies_to_own_posts(me, context_since, skipped):
                found.setdefault(comment.comment_id, comment)
                newest_context = max(newest_context, comment.created_at)
        cursor_out = json.dumps({"min_id": min_id, "context_since": newest_context.isoformat()})
        return Batch(comments=list(found.values()), cursor=cursor_out, skipped=skipped, more=more)

    def _notifications_after(self, min_id: str | None) -> list[Any]:
        page = self._call(
            "reading notifications",
            lambda: self.client().notifications(types=["mention"], min_id=min_id, limit=PAGE_SIZE),
        )
        return list(page)

    def _replies_to_own_posts(
        self, me: str, since: datetime, skipped: list[str]
    ) -> Iterator[Comment]:
        count = int(self.option("context_posts", DEFAULT_CONTEXT_POSTS))
        if count <= 0:
            return
        posts = self._call(
            "reading your latest posts",
            lambda: self.client().account_statuses(me, limit=count, exclude_reblogs=True),
        )
        for post in posts:
            try:
                context = self.client().status_context(post["id"])
            except MastodonNotFoundError:
                continue  # deleted since it was listed
            except MastodonError as exc:
                raise self._error(exc, "reading replies to your posts") from None
            found: dict[str, Comment] = {}
            descendants = context.get("descendants") or []
            # Who is who in this tree, for a reply that does not mention whom it answers.
            accounts = _accounts(s.get("account") for s in descendants if isinstance(s, dict))
            for status in descendants:
                self._keep(status, me, str(post["id"]), found, skipped, accounts)
            yield from (c for c in found.values() if c.created_at > since)

    def _keep(
        self,
        status: Any,
        me: str,
        root: str | None,
        found: dict[str, Comment],
        skipped: list[str],
        accounts: dict[str, str] | None = None,
    ) -> None:
        if not status:
            return
        try:
            if str(status["account"]["id"]) == me or status.get("visibility") == "direct":
                return  # the owner's own posts; private messages are not comments
            comment = self._comment(status, root, accounts or {})
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            skipped.append(f"status {_status_id(status)}: unreadable ({exc})")
            return
        found.setdefault(comment.comment_id, comment)

    def _comment(self, status: Any, root: str | None, accounts: dict[str, str]) -> Comment:
        """A Comment. ``accounts`` maps account ids to their acct where the caller knows
        them (a reply tree), to name whom a reply answers when it does not mention them."""
        account = status["account"]
        text = html_to_text(str(status.get("content") or ""))
        if status.get("spoiler_text"):
            text = f"CW: {status['spoiler_text']}\n{text}"
        created = status["created_at"]
        if isinstance(created, str):
            created = datetime.fromisoformat(created.replace("Z", "+00:00"))
        if not isinstance(created, datetime) or created.tzinfo is None:
            raise ValueError(f"created_at {created!r} is not a time with a zone")
        parent = status.get("in_reply_to_id")
        # Who it answers: Mastodon gives the account replied to; a reply normally mentions it.
        replied_to = str(status.get("in_reply_to_account_id") or "")
        parent_is_owner = replied_to == self._me if parent and self._me is not None else None
        if parent_is_owner:
            parent_author = self._acct
        else:
            mentioned = _accounts(status.get("mentions") or [])
            parent_author = mentioned.get(replied_to) or accounts.get(replied_to)
        return Comment(
            platform=self.platform,
            account=self.account_name,
            comment_id=str(status["id"]),
            post_id=root or (str(parent) if parent else None),
            parent_id=str(parent) if parent else None,
            author_id=str(account["id"]),
            author_name=f"@{account['acct']}",
            text=text,
            created_at=created.astimezone(UTC),
            permalink=status.get("url") or status.get("uri"),
            parent_author=f"@{parent_author}" if parent and parent_author else None,
            parent_is_owner=parent_is_owner,
        )

    def profile_text(self) -> str:
        me = self._call("reading your profile", lambda: self.client().account_verify_credentials())
        self._me = str(me["id"])
        self._acct = str(me.get("acct") or "") or None
        return html_to_text(str(me.get("note") or ""))

    def _own_id(self) -> str:
        if self._me is None:
            self.profile_text()
        assert self._me is not None
        return self._me

    # --- moderation ------------------------------------------------------------------

    def mute_author(self, author_id: str, *, duration: timedelta | None = None) -> None:
        """Mute the author for the owner. Their notifications keep coming, so wardwatch
        still sees what they write (``notifications=False`` mutes only timelines).
        Mastodon ends a mute with a ``duration`` itself."""
        seconds = int(duration.total_seconds()) if duration else None
        self._call(
            "muting the author",
            lambda: self.client().account_mute(author_id, notifications=False, duration=seconds),
            item=f"account {author_id}",
        )

    def unmute_author(self, author_id: str) -> None:
        self._call(
            "unmuting the author",
            lambda: self.client().account_unmute(author_id),
            item=f"account {author_id}",
        )

    def block_author(self, author_id: str, *, duration: timedelta | None = None) -> None:
        self._call(
            "blocking the author",
            lambda: self.client().account_block(author_id),
            item=f"account {author_id}",
        )

    def unblock_author(self, author_id: str) -> None:
        self._call(
            "unblocking the author",
            lambda: self.client().account_unblock(author_id),
            item=f"account {author_id}",
        )

    def detach_quote(self, comment_id: str, post_id: str | None) -> None:
        """Revoke the quote ``comment_id`` of one of the owner's posts (Mastodon 4.5+:
        ``POST /api/v1/statuses/:quoted/quotes/:quoting/revoke``)."""
        what = "revoking the quote"
        status = self._call(
            what, lambda: self.client().status(comment_id), item=f"post {comment_id}"
        )
        quote = status.get("quote") or {}
        quoted = quote.get("quoted_status") or {}
        quoted_id = quoted.get("id") or quote.get("quoted_status_id")
        if not quoted_id:
            raise ConnectorError(
                f"post {comment_id} does not quote a post: there is nothing to revoke "
                "(quotes need Mastodon 4.5 or later)",
                permanent=True,
            )
        owner = (quoted.get("account") or {}).get("id")
        if owner is not None and str(owner) != self._own_id():
            raise ConnectorError(
                "this post quotes someone else's post: only its author can revoke the quote",
                permanent=True,
            )
        if quote.get("state") == "revoked":
            return
        self._call(
            what,
            lambda: self.client().status_quote_revoke(quoted_id, comment_id),
            item=f"quote {comment_id}",
        )

    def report(
        self, comment_id: str, author_id: str, comment: str, *, forward: bool = False
    ) -> None:
        """Report the post to the owner's server's moderators (and, with ``forward``,
        to the author's server)."""
        self._call(
            "reporting the post",
            lambda: self.client().report(
                author_id, status_ids=[comment_id], comment=comment, forward=forward
            ),
            item=f"post {comment_id}",
        )

    # --- errors ----------------------------------------------------------------------

    def _call(self, what: str, call: Callable[[], T], *, item: str | None = None) -> T:
        try:
            return call()
        except MastodonError as exc:  # the one place Mastodon errors are translated
            raise self._error(exc, what, item) from None

    def _error(self, exc: MastodonError, what: str, item: str | None = None) -> Exception:
        reconnect = (
            f"run `wardwatch connect mastodon --account {self.account_name}` (or create a "
            "new access token in Preferences > Development and set "
            "accounts.credentials.access_token)"
        )
        where = f"Mastodon ({self.base_url})"
        if isinstance(exc, MastodonRatelimitError):
            reset = getattr(self._client, "ratelimit_reset", None)
            wait = max(float(reset) - datetime.now(UTC).timestamp(), 60.0) if reset else 300.0
            return ConnectorError(f"{where} rate limit reached while {what}", retry_after=wait)
        if isinstance(exc, MastodonNotFoundError) and item is not None:
            return ConnectorError(f"{where} has no {item} any more", permanent=True, not_found=True)
        if isinstance(exc, MastodonUnauthorizedError):
            return ConnectorError(f"{where} rejected the access token: {reconnect}", permanent=True)
        if isinstance(exc, MastodonNetworkError | MastodonServerError):
            return ConnectorError(f"could not reach {where} while {what}: will retry")
        if isinstance(exc, MastodonAPIError):
            status = exc.args[1] if len(exc.args) > 1 else None
            detail = exc.args[3] if len(exc.args) > 3 and exc.args[3] else exc.args[0]
            if status == 403:
                return ConnectorError(
                    f"{where} refused {what} ({detail}): the token lacks a scope "
                    "(read, write:mutes, write:blocks, write:reports; revoking a quote needs "
                    "write:statuses, which wardwatch does not ask for by default because it "
                    f"also lets an app post); {reconnect}",
                    permanent=True,
                )
            return ConnectorError(f"{where} said {status} {detail} while {what}", permanent=True)
        return exc  # not a platform failure (a bad argument): a bug, let it surface


class _TextOfHtml(HTMLParser):
    """Mastodon sends post and profile text as HTML: keep the words and line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag == "p" and self.parts:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts).strip()


def _load(cursor: str | None) -> dict[str, Any]:
    try:
        data = json.loads(cursor) if cursor else {}
    except ValueError:
        data = {}
    return data if isinstance(data, dict) else {}


def _time(value: Any) -> datetime:
    if isinstance(value, str) and value:
        return datetime.fromisoformat(value).astimezone(UTC)
    return datetime.now(UTC) - FIRST_POLL_LOOKBACK


def _id_order(value: str) -> tuple[int, str]:
    # Mastodon ids are numeric strings of varying length; order by length, then text.
    return len(value), value


def _status_id(status: Any) -> str:
    return str(status.get("id", "?")) if isinstance(status, dict) else "?"


def _accounts(people: Iterable[Any]) -> dict[str, str]:
    """Account id -> acct for these Account or Mention entities, skipping any that are
    not well formed."""
    found: dict[str, str] = {}
    for who in people:
        if isinstance(who, dict) and who.get("id") and isinstance(who.get("acct"), str):
            found[str(who["id"])] = who["acct"]
    return found
