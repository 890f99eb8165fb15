"""Bluesky: replies, mentions and quotes of the owner, through the atproto SDK.

Listing reads ``app.bsky.notification.listNotifications`` (reasons reply, mention,
quote) newest first and stops at the last notification seen: there is no "since".

Hiding writes the thread's threadgate record (``app.bsky.feed.threadgate``, record key
= the root post's key) with the reply's at-uri added to ``hiddenReplies``; unhiding
writes it without. Only the author of a thread's root post may gate it, so only replies
in threads the owner started can be hidden, at most 300 per thread. The record's
``allow`` rules (who may reply) are kept exactly as they were.

Against an author: muting is ``app.bsky.graph.muteActor`` / ``unmuteActor`` (private to
the owner); blocking writes an ``app.bsky.graph.block`` record and unblocking deletes the
record the author's profile names in ``viewer.blocking``. A quote of one of the owner's
posts is detached by listing its at-uri in the quoted post's postgate record
(``app.bsky.feed.postgate``, record key = the post's key, ``detachedEmbeddingUris``,
at most 50), keeping its ``embeddingRules``. None of these has a timer.

Login is by app password; the session is saved with the credentials so that wardwatch
does not log in on every poll (Bluesky allows 30 logins per 5 minutes, 300 a day).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from typing import Any, ClassVar, TypeVar

import httpx
from atproto import Client, SessionEvent
from atproto_client import models
from atproto_client.exceptions import (
    BadRequestError,
    NetworkError,
    RateLimitExceededError,
    RequestErrorBase,
    RequestException,
    UnauthorizedError,
)
from atproto_client.models.common import XrpcError
from atproto_client.request import Request
from atproto_core.exceptions import AtProtocolError
from atproto_core.uri import AtUri

from connectors.base import (
    BLOCK_AUTHOR,
    DETACH_QUOTE,
    HIDE,
    MUTE_AUTHOR,
    PROFILE,
    UNHIDE,
    Batch,
    Comment,
    Connector,
    ConnectorError,
    CredentialStore,
    OptionSpec,
    utcnow,
)
from connectors.bluesky import DEFAULT_PDS
from connectors.bluesky.setup import BlueskySetup
from connectors.watermark import Watermark, format_time, parse_time

T = TypeVar("T")
log = logging.getLogger(__name__)

REASONS = ["reply", "mention", "quote"]
PAGE_SIZE = 100
PAGES_PER_FETCH = 5
FIRST_POLL_LOOKBACK = timedelta(days=7)
MAX_HIDDEN = 300  # app.bsky.feed.threadgate#hiddenReplies maxLength
THREADGATE = "app.bsky.feed.threadgate"
POSTGATE = "app.bsky.feed.postgate"
BLOCK = "app.bsky.graph.block"
MAX_DETACHED = 50  # app.bsky.feed.postgate#detachedEmbeddingUris maxLength
# Errors that mean the saved session is dead and a fresh login may fix it.
SESSION_ERRORS = {"ExpiredToken", "InvalidToken", "AuthenticationRequired"}


class BlueskyConnector(Connector):
    platform = "bluesky"
    display_name = "Bluesky"
    capabilities: ClassVar[frozenset[str]] = frozenset(
        {HIDE, UNHIDE, PROFILE, MUTE_AUTHOR, BLOCK_AUTHOR, DETACH_QUOTE}
    )
    options: ClassVar[dict[str, OptionSpec]] = {
        "handle": OptionSpec(
            str, required=True, help="the account's handle, e.g. cllr.bsky.social"
        ),
    }
    credential_keys: ClassVar[dict[str, OptionSpec]] = {
        "app_password": OptionSpec(
            str, required=True, help="Settings > Privacy and security > App passwords"
        ),
    }
    cannot_hide_hint = "open it on Bluesky to report it, or block the author"
    setup = BlueskySetup()

    def __init__(self, account: Any, credentials: CredentialStore) -> None:
        super().__init__(account, credentials)
        self.handle = str(self.option("handle", "")).lstrip("@")
        self._client: Client | None = None
        self._did: str | None = None

    # --- session -----------------------------------------------------------------------

    def client(self) -> Client:
        if self._client is None:
            timeout = httpx.Timeout(self.limits.read, connect=self.limits.connect)
            client = Client(
                base_url=self.account.api_base_url or DEFAULT_PDS, request=Request(timeout=timeout)
            )
            client.on_session_change(self._save_session)
            saved = self.credentials.get("session")
            if saved:
                session = client._import_session_string(saved)
                self._did = session.did
            else:
                self._login(client)
            self._client = client
        return self._client

    def _login(self, client: Client) -> None:
        password = self.credentials.require("app_password")
        try:
            client.login(self.handle, password, fetch_bsky_profile=False)
        except UnauthorizedError:
            raise ConnectorError(
                f"Bluesky rejected the app password for {self.handle}: create a new one "
                "(Settings > Privacy and security > App passwords) and run "
                f"`wardwatch connect bluesky --account {self.account_name}`",
                permanent=True,
            ) from None
        except AtProtocolError as exc:
            raise self._error(exc, "logging in") from None
        self._did = client.me.did if client.me else client._session.did  # type: ignore[union-attr]

    def _save_session(self, event: SessionEvent, session: Any) -> None:
        if event in (SessionEvent.CREATE, SessionEvent.REFRESH):
            self._store_session(session.export())

    def _store_session(self, value: str) -> None:
        try:
            self.credentials.update({"session": value})
        except ConnectorError as exc:
            # Saving needs the secret key; without it wardwatch still works, logging in
            # on every poll (within Bluesky's 300 logins a day at 15-minute polls).
            log.warning("%s: the Bluesky session is not kept (%s)", self.account_name, exc)

    @property
    def did(self) -> str:
        self.client()
        assert self._did is not None
        return self._did

    def _call(self, what: str, call: Callable[[Client], T], *, item: str | None = None) -> T:
        """Run one request; a dead saved session is replaced by a fresh login once."""
        client = self.client()
        try:
            return call(client)
        except (UnauthorizedError, BadRequestError) as exc:
            if _error_name(exc) not in SESSION_ERRORS or not self.credentials.get("session"):
                raise self._error(exc, what, item) from None
        except AtProtocolError as exc:
            raise self._error(exc, what, item) from None
        self._store_session("")
        self._login(client)
        try:
            return call(client)
        except AtProtocolError as exc:
            raise self._error(exc, what, item) from None

    # --- reading -------------------------------------------------------------------------

    def fetch(self, cursor: str | None) -> Batch:
        state = Watermark.load(cursor, now=utcnow(), lookback=FIRST_POLL_LOOKBACK)
        comments: list[Comment] = []
        skipped: list[str] = []
        page = state.page
        for _ in range(PAGES_PER_FETCH):
            params = models.AppBskyNotificationListNotifications.Params(
                reasons=REASONS, limit=PAGE_SIZE, cursor=page
            )
            response = self._call(
                "reading notifications",
                lambda c, p=params: (
                    c.invoke_query(  # type: ignore[misc]
                        "app.bsky.notification.listNotifications", params=p
                    ).content
                ),
            )
            body = response if isinstance(response, dict) else {}
            reached = False
            handles = _handles(body.get("notifications") or [])
            for item in body.get("notifications") or []:
                try:
                    at = parse_time(item["indexedAt"])
                    if at < state.since:
                        reached = True
                        break
                    comment = self._comment(item, handles)
                except (KeyError, TypeError, ValueError) as exc:
                    skipped.append(f"notification {_uri(item)}: unreadable ({exc})")
                    continue
                if comment is None or not state.is_new(at, comment.comment_id):
                    continue
                state.saw(at, comment.comment_id)
                if comment.author_id != self.did:
                    comments.append(comment)
            page = body.get("cursor")
            if reached or not page or not body.get("notifications"):
                return Batch(comments=comments, cursor=state.finish(), skipped=skipped)
        return Batch(comments=comments, cursor=state.pause(page), skipped=skipped, more=True)

    def _comment(self, item: dict[str, Any], handles: dict[str, str]) -> Comment | None:
        """A Comment, None for a record that is not a post. ``handles`` maps the post
        URIs of the same page to their authors' handles."""
        record, author, uri = item["record"], item["author"], str(item["uri"])
        if record.get("$type") != "app.bsky.feed.post":
            return None
        reply = record.get("reply") or {}
        embed = record.get("embed") or {}
        quoted = (embed.get("record") or {}).get("uri") or (
            (embed.get("record") or {}).get("record") or {}
        ).get("uri")
        try:
            created = parse_time(record["createdAt"])
        except (KeyError, ValueError):
            created = parse_time(item["indexedAt"])  # createdAt is client-set, may be junk
        post = AtUri.from_str(uri)
        # Who it answers: a reply's parent, whose at-uri names its author's DID; a quote of
        # the owner's post answers the owner. The handle is known for the owner and for a
        # parent on the same page; otherwise the pipeline looks up the stored parent.
        parent_uri = str((reply.get("parent") or {}).get("uri") or "")
        parent_is_owner: bool | None = None
        if parent_uri:
            parent_is_owner = _repo_of(parent_uri) in (self.did, self.handle)
        elif not reply and quoted and _repo_of(str(quoted)) == self.did:
            parent_is_owner = True
        parent_author = f"@{self.handle}" if parent_is_owner else handles.get(parent_uri)
        return Comment(
            platform=self.platform,
            account=self.account_name,
            comment_id=uri,
            post_id=(reply.get("root") or {}).get("uri") or quoted or None,
            parent_id=(reply.get("parent") or {}).get("uri"),
            author_id=str(author["did"]),
            author_name=f"@{author['handle']}",
            text=str(record.get("text") or ""),
            created_at=created,
            permalink=f"https://bsky.app/profile/{post.host}/post/{post.rkey}",
            parent_author=parent_author,
            parent_is_owner=parent_is_owner,
        )

    def profile_text(self) -> str:
        profile = self._call("reading your profile", lambda c: c.get_profile(self.did))
        return str(profile.description or "")

    # --- moderation ------------------------------------------------------------------

    def hide(self, comment_id: str) -> None:
        self._rewrite_gate(comment_id, hide=True)

    def unhide(self, comment_id: str) -> None:
        self._rewrite_gate(comment_id, hide=False)

    def _rewrite_gate(self, reply_uri: str, *, hide: bool) -> None:
        what = "hiding the reply" if hide else "unhiding the reply"
        root = AtUri.from_str(self._root_of(reply_uri, what))
        if root.host != self.did:
            raise ConnectorError(
                "Bluesky lets only the person who started a thread hide its replies, and "
                f"this reply is in someone else's thread: {self.cannot_hide_hint}",
                permanent=True,
            )
        gate, swap = self._own_record(THREADGATE, root.rkey, what)
        hidden: list[str] = list(gate.get("hiddenReplies") or [])
        if (reply_uri in hidden) == hide:
            return  # already as asked
        if hide and len(hidden) >= MAX_HIDDEN:
            raise ConnectorError(
                f"this thread already has {MAX_HIDDEN} hidden replies, Bluesky's limit: "
                f"{self.cannot_hide_hint}",
                permanent=True,
            )
        hidden = [*hidden, reply_uri] if hide else [u for u in hidden if u != reply_uri]
        record = {**gate, "$type": THREADGATE, "post": str(root), "hiddenReplies": hidden}
        record.setdefault("createdAt", format_time(utcnow()))
        data = models.ComAtprotoRepoPutRecord.Data(
            repo=self.did, collection=THREADGATE, rkey=root.rkey, record=record, swap_record=swap
        )
        self._call(what, lambda c: c.com.atproto.repo.put_record(data))

    def _root_of(self, reply_uri: str, what: str) -> str:
        params = models.AppBskyFeedGetPosts.Params(uris=[reply_uri])
        body = self._call(
            what,
            lambda c: c.invoke_query("app.bsky.feed.getPosts", params=params).content,
        )
        posts = body.get("posts") if isinstance(body, dict) else None
        if not posts:
            raise ConnectorError(
                f"Bluesky post {reply_uri} no longer exists", permanent=True, not_found=True
            )
        reply = (posts[0].get("record") or {}).get("reply")
        if not reply:
            raise ConnectorError(
                f"{reply_uri} is not a reply, so it cannot be hidden: {self.cannot_hide_hint}",
                permanent=True,
            )
        return str(reply["root"]["uri"])

    # --- actions against an author ------------------------------------------------------

    def mute_author(self, author_id: str, *, duration: timedelta | None = None) -> None:
        data = models.AppBskyGraphMuteActor.Data(actor=author_id)
        self._call("muting the author", lambda c: c.app.bsky.graph.mute_actor(data))

    def unmute_author(self, author_id: str) -> None:
        data = models.AppBskyGraphUnmuteActor.Data(actor=author_id)
        self._call("unmuting the author", lambda c: c.app.bsky.graph.unmute_actor(data))

    def _blocking(self, author_id: str, what: str) -> str | None:
        """The at-uri of the owner's block record for the author, if there is one."""
        profile = self._call(what, lambda c: c.get_profile(author_id))
        viewer = profile.viewer
        return str(viewer.blocking) if viewer is not None and viewer.blocking else None

    def block_author(self, author_id: str, *, duration: timedelta | None = None) -> None:
        what = "blocking the author"
        if self._blocking(author_id, what):
            return  # already blocked
        record = {"$type": BLOCK, "subject": author_id, "createdAt": format_time(utcnow())}
        data = models.ComAtprotoRepoCreateRecord.Data(
            repo=self.did, collection=BLOCK, record=record
        )
        self._call(what, lambda c: c.com.atproto.repo.create_record(data))

    def unblock_author(self, author_id: str) -> None:
        what = "unblocking the author"
        block = self._blocking(author_id, what)
        if block is None:
            return  # not blocked
        data = models.ComAtprotoRepoDeleteRecord.Data(
            repo=self.did, collection=BLOCK, rkey=AtUri.from_str(block).rkey
        )
        self._call(what, lambda c: c.com.atproto.repo.delete_record(data))

    def detach_quote(self, comment_id: str, post_id: str | None) -> None:
        what = "detaching the quote"
        quoted = AtUri.from_str(self._quoted_by(comment_id, what))
        if quoted.host != self.did:
            raise ConnectorError(
                "this post quotes someone else's post: only its author can detach the quote",
                permanent=True,
            )
        gate, swap = self._own_record(POSTGATE, quoted.rkey, what)
        detached: list[str] = list(gate.get("detachedEmbeddingUris") or [])
        if comment_id in detached:
            return
        if len(detached) >= MAX_DETACHED:
            raise ConnectorError(
                f"this post already has {MAX_DETACHED} detached quotes, Bluesky's limit",
                permanent=True,
            )
        record = {
            **gate,
            "$type": POSTGATE,
            "post": str(quoted),
            "detachedEmbeddingUris": [*detached, comment_id],
        }
        record.setdefault("createdAt", format_time(utcnow()))
        data = models.ComAtprotoRepoPutRecord.Data(
            repo=self.did, collection=POSTGATE, rkey=quoted.rkey, record=record, swap_record=swap
        )
        self._call(what, lambda c: c.com.atproto.repo.put_record(data))

    def _quoted_by(self, uri: str, what: str) -> str:
        params = models.AppBskyFeedGetPosts.Params(uris=[uri])
        body = self._call(
            what, lambda c: c.invoke_query("app.bsky.feed.getPosts", params=params).content
        )
        posts = body.get("posts") if isinstance(body, dict) else None
        if not posts:
            raise ConnectorError(f"Bluesky post {uri} no longer exists", permanent=True)
        embed = (posts[0].get("record") or {}).get("embed") or {}
        inner = embed.get("record") or {}
        quoted = inner.get("uri") or (inner.get("record") or {}).get("uri")
        if not quoted:
            raise ConnectorError(
                f"{uri} does not quote a post: there is nothing to detach", permanent=True
            )
        return str(quoted)

    def _own_record(
        self, collection: str, rkey: str, what: str
    ) -> tuple[dict[str, Any], str | None]:
        """The owner's record (a threadgate or postgate) and its CID, or ({}, None)."""
        params = models.ComAtprotoRepoGetRecord.Params(
            repo=self.did, collection=collection, rkey=rkey
        )
        try:
            body = self.client().invoke_query("com.atproto.repo.getRecord", params=params).content
        except BadRequestError as exc:
            if _error_name(exc) == "RecordNotFound":
                return {}, None
            raise self._error(exc, what) from None
        except AtProtocolError as exc:
            raise self._error(exc, what) from None
        if not isinstance(body, dict):
            return {}, None
        value = body.get("value")
        return (dict(value) if isinstance(value, dict) else {}), body.get("cid")

    # --- errors ------------------------------------------------------------------------

    def _error(self, exc: AtProtocolError, what: str, item: str | None = None) -> ConnectorError:
        name = _error_name(exc)
        said = f"Bluesky said {_status(exc)} {name}".rstrip()
        if isinstance(exc, RateLimitExceededError):
            wait = exc.retry_after
            if wait is None and exc.reset_at is not None:
                wait = max((exc.reset_at - utcnow()).total_seconds(), 1.0)
            return ConnectorError(f"{said} while {what}: rate limited", retry_after=wait or 300.0)
        if isinstance(exc, UnauthorizedError):
            return ConnectorError(
                f"{said} while {what}: the app password lacks access or was revoked; create a "
                f"new one and run `wardwatch connect bluesky --account {self.account_name}`",
                permanent=True,
            )
        if name in {"RecordNotFound", "NotFound"} and item is not None:
            return ConnectorError(f"Bluesky has no {item} any more", permanent=True, not_found=True)
        if isinstance(exc, BadRequestError):
            return ConnectorError(f"{said} while {what}", permanent=name != "InvalidSwap")
        if isinstance(exc, NetworkError | RequestException) or not isinstance(
            exc, RequestErrorBase
        ):
            return ConnectorError(f"could not reach Bluesky while {what} ({said}): will retry")
        return ConnectorError(f"{said} while {what}", permanent=True)


def _error_name(exc: Exception) -> str:
    response = getattr(exc, "response", None)
    content = getattr(response, "content", None)
    if isinstance(content, XrpcError):
        return str(content.error)
    if isinstance(content, dict):
        return str(content.get("error") or "")
    return ""


def _status(exc: Exception) -> str:
    response = getattr(exc, "response", None)
    return str(getattr(response, "status_code", "") or "")


def _uri(item: Any) -> str:
    return str(item.get("uri", "?")) if isinstance(item, dict) else "?"


def _repo_of(uri: str) -> str:
    """The repository (the author's DID) an at-uri names: ``at://did:plc:x/coll/rkey``."""
    return uri.removeprefix("at://").split("/", 1)[0] if uri.startswith("at://") else ""


def _handles(notifications: list[Any]) -> dict[str, str]:
    """Post at-uri -> "@handle" of its author, for the well-formed notifications."""
    found: dict[str, str] = {}
    for item in notifications:
        author = item.get("author") if isinstance(item, dict) else None
        if isinstance(author, dict) and isinstance(author.get("handle"), str) and item.get("uri"):
            found[str(item["uri"])] = f"@{author['handle']}"
    return found
