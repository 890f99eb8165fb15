"""The contract every platform connector implements, and the types it speaks.

A connector knows one platform and nothing else. It turns the platform's API into
:class:`Comment` objects and turns every platform or SDK failure into a
:class:`ConnectorError` whose message tells the user what to do next. Nothing above a
connector catches SDK exceptions.

A connector is built for one configured account::

    connector = ConnectorClass(account, credentials)

where ``account`` is the validated account from the config, read through
:class:`Account` (its ``options`` hold the platform ids such as ``page_id``;
``api_base_url`` replaces the platform's API root when set) and ``credentials`` is a
:class:`CredentialStore`.

A platform may also declare how `wardwatch connect` sets its account up (``setup``, a
:class:`Setup`), and ``actions``: what a person can do about a comment on that platform
beyond the contract's methods (Mastodon's report to the server's moderators).
"""

from __future__ import annotations

import abc
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar, Protocol

from connectors.deadline import CallLimits
from monitor.errors import WardwatchError

HIDE = "hide"
UNHIDE = "unhide"
DELETE = "delete"
PROFILE = "profile"
MUTE_AUTHOR = "mute_author"
REPORT = "report"
# Actions against an author or one post (monitor/author_actions.py). Each author action
# has an undo method; detaching a quote and a report are the owner's to keep.
BLOCK_AUTHOR = "block_author"
BAN_AUTHOR = "ban_author"
DETACH_QUOTE = "detach_quote"
AUTHOR_UNDO = {
    MUTE_AUTHOR: "unmute_author",
    BLOCK_AUTHOR: "unblock_author",
    BAN_AUTHOR: "unban_author",
}


@dataclass(frozen=True, slots=True)
class Comment:
    """One third-party comment, as the platform reported it.

    ``created_at`` is timezone-aware UTC. ``comment_id`` is the platform's own id and is
    unique within (platform, account). ``parent_id`` is the comment this one replies to,
    or None for a top-level comment on ``post_id``.

    ``parent_author`` (the display name of the comment replied to) and ``parent_is_owner``
    (True when the comment answers the account owner: a reply to the owner's comment or a
    top-level comment on the owner's own post) are filled in where the platform says; None
    means not known. The libel scorer reads them: "Says the [label]" is about the person
    replied to.
    """

    platform: str
    account: str
    comment_id: str
    post_id: str | None
    parent_id: str | None
    author_id: str
    author_name: str
    text: str
    created_at: datetime
    permalink: str | None
    parent_author: str | None = None
    parent_is_owner: bool | None = None


@dataclass(frozen=True, slots=True)
class Rejected:
    """An item the platform sent that could not be read: kept (quarantined) with its raw
    payload and the reason, so nobody loses it and `wardwatch status` can show it."""

    item_id: str | None
    raw: str
    error: str


@dataclass(frozen=True, slots=True)
class Batch:
    """What one ``fetch`` returns.

    ``cursor`` is opaque to everyone but the connector that made it; the pipeline stores it
    in the same transaction as ``comments`` and hands it back on the next fetch. A cursor
    of None means "start from the beginning". ``skipped`` describes items the platform
    returned that could not be read (a malformed payload); they are logged, never fatal.
    """

    comments: list[Comment]
    cursor: str | None
    skipped: list[str] = field(default_factory=list)
    # True when the connector stopped early (a page cap): call fetch again with ``cursor``.
    more: bool = False
    # Unreadable items with their raw payload; the pipeline quarantines them.
    rejected: list[Rejected] = field(default_factory=list)


class ConnectorError(WardwatchError):
    """A platform failure, phrased for the person who has to fix it.

    ``permanent`` means retrying will not help until a person acts (revoked token, missing
    permission, credits exhausted): the account is paused with this message. Otherwise the
    poller retries, no sooner than ``retry_after`` seconds when the platform said so.
    ``not_found`` marks a deleted post or comment: recorded, not fatal.
    A call that runs past its deadline, or past the poll's budget, is a (retried) error.
    """

    def __init__(
        self,
        message: str,
        *,
        permanent: bool = False,
        retry_after: float | None = None,
        not_found: bool = False,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.permanent = permanent
        self.retry_after = retry_after
        self.not_found = not_found


class CredentialStore(Protocol):
    """Where a connector reads its tokens, and saves rotated ones.

    ``require`` raises a permanent :class:`ConnectorError` naming the missing key.
    ``update`` persists new values (for example a rotated OAuth refresh token) encrypted
    at rest; a connector calls it before using the new token.
    """

    def get(self, key: str) -> str | None: ...

    def require(self, key: str) -> str: ...

    def update(self, values: Mapping[str, str]) -> None: ...


class StaticCredentials:
    """Credentials held in memory: those resolved from the config file."""

    def __init__(self, values: Mapping[str, str], *, account: str, platform: str) -> None:
        self._values = dict(values)
        self._account = account
        self._platform = platform

    def get(self, key: str) -> str | None:
        return self._values.get(key)

    def require(self, key: str) -> str:
        value = self._values.get(key)
        if not value:
            raise ConnectorError(
                f"Account {self._account!r} has no {key!r} credential: set "
                f"accounts.credentials.{key} in the config or run "
                f"`wardwatch connect {self._platform} --account {self._account}`",
                permanent=True,
            )
        return value

    def update(self, values: Mapping[str, str]) -> None:
        self._values.update(values)


class Account(Protocol):
    """What a connector reads of its configured account (the config's ``[[accounts]]``
    table, validated)."""

    @property
    def name(self) -> str: ...

    @property
    def platform(self) -> str: ...

    @property
    def api_base_url(self) -> str: ...

    @property
    def options(self) -> Mapping[str, Any]: ...

    # The config file's folder: relative paths in options are relative to it.
    @property
    def config_dir(self) -> str: ...


def utcnow() -> datetime:
    """Now, timezone-aware UTC: the one clock connectors read (tests freeze it)."""
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class OptionSpec:
    """A platform-specific account key in the config: its type, whether it is required,
    and one line of help used in error messages and config.example.toml."""

    type: type
    required: bool = False
    help: str = ""


# --- Setting an account up: `wardwatch connect PLATFORM` (connectors/setup.py describes
# the flow and holds what several platforms' set-ups share).


class SetupError(WardwatchError):
    """The set-up could not finish; the message says what to do."""


class UsageProblem(SetupError):
    """The command was given something it cannot use (shown as a usage error)."""


@dataclass(frozen=True, slots=True)
class SetupOption:
    """One option of `wardwatch connect PLATFORM`: ``--name`` with underscores as dashes.

    ``type`` is ``str``, ``int`` or ``bool`` (a flag); an option without a default is
    None when not given.
    """

    name: str
    help: str
    type: type = str
    default: Any = None
    metavar: str | None = None


class Conversation(Protocol):
    """The person running `wardwatch connect`."""

    def say(self, text: str) -> None:
        """Show one message."""

    def ask(self, question: str, *, secret: bool = False) -> str:
        """Ask for one answer; a ``secret`` one is not shown while typed."""

    def choose(self, question: str, count: int) -> int:
        """Ask for a number from 1 to ``count`` (1 when the person just presses Enter)."""


class Setup(abc.ABC):
    """One platform's set-up flow (OAuth, app password or token exchange)."""

    options: ClassVar[Sequence[SetupOption]] = ()

    @abc.abstractmethod
    def run(
        self,
        account: Account,
        store: CredentialStore,
        answers: Mapping[str, Any],
        conversation: Conversation,
    ) -> None:
        """Obtain the account's tokens, save them with ``store.update`` and tell the
        person what was connected and what to add to the config."""


class Connector(abc.ABC):
    """Base class for connectors. Subclasses set the class attributes and implement
    ``fetch`` and ``profile_text``; ``hide``/``unhide`` default to a clear refusal."""

    platform: ClassVar[str]
    display_name: ClassVar[str]
    capabilities: ClassVar[frozenset[str]] = frozenset()
    # Author actions the platform itself can end after a duration; for the others,
    # wardwatch undoes a timed action when it expires.
    native_timers: ClassVar[frozenset[str]] = frozenset()
    options: ClassVar[Mapping[str, OptionSpec]] = {}
    credential_keys: ClassVar[Mapping[str, OptionSpec]] = {}
    # Shown in the digest and by `wardwatch hide` where the platform can't hide.
    cannot_hide_hint: ClassVar[str] = "open it on the platform to delete or report it"
    # True for connectors that count their HTTP requests in ``requests_made``.
    counts_requests: ClassVar[bool] = False
    # How `wardwatch connect` obtains the account's tokens; None: nothing to connect.
    setup: ClassVar[Setup | None] = None

    def __init__(self, account: Account, credentials: CredentialStore) -> None:
        self.account = account
        self.credentials = credentials
        # Connect, read and total limits on every platform call, and the poll's budget:
        # the pipeline sets them from [polling]; an HTTP session must be guarded with
        # connectors.deadline.guard_session(session, self.limits).
        self.limits = CallLimits()
        # HTTP requests made so far, for connectors that count them (count_requests):
        # the poller records how many each poll cost, shown by `wardwatch status`.
        self.requests_made = 0

    def count_requests(self, session: Any) -> None:
        """Count every response a ``requests`` session receives in ``requests_made``."""

        def count(response: Any, *args: Any, **kwargs: Any) -> None:
            self.requests_made += 1

        session.hooks["response"].append(count)

    @property
    def account_name(self) -> str:
        return self.account.name

    def option(self, key: str, default: Any = None) -> Any:
        return self.account.options.get(key, default)

    @abc.abstractmethod
    def fetch(self, cursor: str | None) -> Batch:
        """Return third-party comments newer than ``cursor`` and the cursor to use next.

        The owner's own comments are never returned. Raises :class:`ConnectorError`.
        """

    def hide(self, comment_id: str) -> None:
        """Hide a comment (reversible). Already hidden is success. Raises ConnectorError."""
        raise self._cannot(HIDE)

    def unhide(self, comment_id: str) -> None:
        """Reverse :meth:`hide`. Already visible is success. Raises ConnectorError."""
        raise self._cannot(UNHIDE)

    def delete(self, comment_id: str) -> None:
        """Delete a comment (irreversible), where the platform allows it."""
        raise self._cannot(DELETE)

    def profile_text(self) -> str:
        """The account's public profile text (bio, about, description)."""
        raise self._cannot(PROFILE)

    # --- actions against an author (capabilities MUTE_AUTHOR, BLOCK_AUTHOR, BAN_AUTHOR,
    # DETACH_QUOTE, REPORT). ``author_id`` is Comment.author_id. Doing what is already done is
    # success. Raise ConnectorError. ``duration`` is passed only for ``native_timers``.

    def mute_author(self, author_id: str, *, duration: timedelta | None = None) -> None:
        """The owner stops seeing the author (their comments still reach wardwatch)."""
        raise self._cannot(MUTE_AUTHOR)

    def unmute_author(self, author_id: str) -> None:
        raise self._cannot(MUTE_AUTHOR)

    def block_author(self, author_id: str, *, duration: timedelta | None = None) -> None:
        """The author can no longer interact with the owner's account."""
        raise self._cannot(BLOCK_AUTHOR)

    def unblock_author(self, author_id: str) -> None:
        raise self._cannot(BLOCK_AUTHOR)

    def ban_author(self, author_id: str, *, duration: timedelta | None = None) -> None:
        """The author can no longer comment on the owner's page (a Facebook Page ban)."""
        raise self._cannot(BAN_AUTHOR)

    def unban_author(self, author_id: str) -> None:
        raise self._cannot(BAN_AUTHOR)

    def detach_quote(self, comment_id: str, post_id: str | None) -> None:
        """Detach the quote post ``comment_id`` from the owner's post ``post_id`` it
        quotes, so the quote no longer shows the owner's post."""
        raise self._cannot(DETACH_QUOTE)

    def report(
        self, comment_id: str, author_id: str, comment: str, *, forward: bool = False
    ) -> None:
        """Report the post ``comment_id`` by ``author_id`` to the platform's moderators
        with the owner's ``comment``; ``forward`` also sends it to the author's server."""
        raise self._cannot(REPORT)

    def _cannot(self, capability: str) -> ConnectorError:
        what = capability.replace("_", " ")
        if capability in {MUTE_AUTHOR, BLOCK_AUTHOR, BAN_AUTHOR, DETACH_QUOTE, REPORT}:
            return ConnectorError(
                f"{self.display_name} has no API to {what} for wardwatch", permanent=True
            )
        return ConnectorError(
            f"{self.display_name} has no API to {what} a comment: {self.cannot_hide_hint}",
            permanent=True,
        )
