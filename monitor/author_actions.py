"""Acting against the author of a comment: mute, block, ban from a page, detach a quote,
report to the server's moderators.

Each is a connector capability that the platform's connector declares (``capabilities``
in connectors/<platform>/connector.py, the methods in connectors/base.py); a platform
without it refuses with a sentence saying so. Every attempt, whatever its result, is
written to the audit log like a hide. A mute, block or ban may be timed: where the
platform has a timer (``native_timers``, e.g. Mastodon mutes) it is passed on; elsewhere
wardwatch records the expiry and :func:`lift_expired` (a scheduled job) undoes it when it falls due.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from connectors.base import (
    AUTHOR_UNDO,
    BAN_AUTHOR,
    BLOCK_AUTHOR,
    DETACH_QUOTE,
    MUTE_AUTHOR,
    REPORT,
    Connector,
    ConnectorError,
)
from monitor import audit
from monitor.audit import Result
from monitor.clock import utcnow
from monitor.config import Settings
from monitor.connections import open_connector
from monitor.db import transaction
from monitor.models import Account, AuthorRestriction, StoredComment
from monitor.moderation import CommentNotFound, ModerationError

log = logging.getLogger(__name__)

# What a person asks for -> the capability (and connector method) that does it.
AUTHOR_ACTIONS = {
    "mute": MUTE_AUTHOR,
    "block": BLOCK_AUTHOR,
    "ban": BAN_AUTHOR,
    "detach-quote": DETACH_QUOTE,
}
# Actions given with a reason (a report to the moderators): the command line's only.
REASONED_ACTIONS = {"report": REPORT}
ACTIONS = {**AUTHOR_ACTIONS, **REASONED_ACTIONS}
# Actions on one post rather than on its author: never timed, nothing to lift.
POST_ACTIONS = {DETACH_QUOTE, REPORT}
DESCRIBED = {
    MUTE_AUTHOR: "muted",
    BLOCK_AUTHOR: "blocked",
    BAN_AUTHOR: "banned from the page",
    DETACH_QUOTE: "quote detached from your post",
    REPORT: "reported to the server's moderators",
}
TIMER_ACTOR = "wardwatch timer"


@dataclass(frozen=True, slots=True)
class AuthorActionResult:
    comment_pk: int
    capability: str
    author: str
    expires_at: datetime | None
    native_timer: bool

    def summary(self) -> str:
        until = ""
        if self.expires_at is not None:
            who = "the platform" if self.native_timer else "wardwatch"
            until = f" until {self.expires_at:%Y-%m-%d %H:%M} UTC ({who} lifts it then)"
        return f"{self.author}: {DESCRIBED[self.capability]}{until}"


def offered(connector_class: type[Connector]) -> list[str]:
    """The author actions (keys of AUTHOR_ACTIONS) a platform supports."""
    return [name for name, cap in AUTHOR_ACTIONS.items() if cap in connector_class.capabilities]


def act_on_author(
    factory: sessionmaker[Session],
    settings: Settings,
    comment_pk: int,
    action: str,
    *,
    actor: str,
    channel: str,
    duration: timedelta | None = None,
    connector: Connector | None = None,
    now: datetime | None = None,
    reason: str | None = None,
    forward: bool = False,
) -> AuthorActionResult:
    """Carry out ``action`` (a key of ACTIONS) against the author of a stored comment and
    record it. A report needs a ``reason``; ``forward`` also sends it to the author's
    server. Raises ModerationError, after recording the failure."""
    capability = ACTIONS[action]
    now = now or utcnow()
    if duration is not None and capability in POST_ACTIONS:
        what = "detaching a quote" if capability == DETACH_QUOTE else "a report"
        raise ModerationError(f"{what} cannot be timed")
    if capability == REPORT and not reason:
        raise ModerationError("a report needs --reason: what the moderators should know")
    with factory() as session:
        comment = session.get(StoredComment, comment_pk)
        if comment is None:
            raise CommentNotFound(f"no comment with id {comment_pk}: see `wardwatch flagged`")
        account_name, account_id = comment.account.name, comment.account_id
        platform, author_id, author_name = comment.platform, comment.author_id, comment.author_name
        comment_id, post_id = comment.comment_id, comment.post_id

    def record(result: str, detail: str) -> None:
        with transaction(factory) as session:
            audit.record(
                session,
                comment_pk=comment_pk,
                account_id=account_id,
                action=capability,
                actor=actor,
                channel=channel,
                result=result,
                detail=detail,
                at=now,
            )

    try:
        connector = connector or open_connector(settings, factory, settings.account(account_name))
    except KeyError:
        message = f"account {account_name!r} is no longer in the config: add it back to act"
        record(Result.FAILED, message)
        raise ModerationError(message) from None
    native = duration is not None and capability in connector.native_timers
    try:
        if capability not in connector.capabilities:
            raise ConnectorError(
                f"{connector.display_name} has no API to {capability.replace('_', ' ')} "
                "for wardwatch",
                permanent=True,
            )
        if capability == DETACH_QUOTE:
            connector.detach_quote(comment_id, post_id)
        elif capability == REPORT:
            connector.report(comment_id, author_id, reason or "", forward=forward)
        else:
            method = getattr(connector, capability)
            method(author_id, duration=duration if native else None)
    except ConnectorError as exc:
        record(Result.FAILED, exc.message)
        raise ModerationError(exc.message) from None
    expires = now + duration if duration is not None else None
    result = AuthorActionResult(comment_pk, capability, author_name, expires, native)
    with transaction(factory) as session:
        audit.record(
            session,
            comment_pk=comment_pk,
            account_id=account_id,
            action=capability,
            actor=actor,
            channel=channel,
            result=Result.OK,
            detail=f"{platform}:{author_id} {result.summary()}",
            at=now,
        )
        if capability not in POST_ACTIONS:
            session.add(
                AuthorRestriction(
                    account_id=account_id,
                    comment_pk=comment_pk,
                    platform=platform,
                    author_id=author_id,
                    author_name=author_name,
                    capability=capability,
                    started_at=now,
                    expires_at=expires,
                    native_timer=native,
                    actor=actor,
                )
            )
    return result


def lift_expired(
    factory: sessionmaker[Session],
    settings: Settings,
    *,
    now: datetime | None = None,
    connector_for: dict[str, Connector] | None = None,
) -> str:
    """Undo every timed restriction that has expired and that the platform will not
    lift itself. A failure is recorded and tried again next time."""
    now = now or utcnow()
    with factory() as session:
        due = list(
            session.scalars(
                select(AuthorRestriction)
                .where(
                    AuthorRestriction.expires_at <= now,
                    AuthorRestriction.lifted_at.is_(None),
                    AuthorRestriction.native_timer.is_(False),
                )
                .order_by(AuthorRestriction.expires_at, AuthorRestriction.id)
            )
        )
        names = {r.id: r.account_id for r in due}
        accounts = {r.account_id: _account_name(session, r.account_id) for r in due}
    lifted = failed = 0
    for restriction in due:
        account = accounts[names[restriction.id]]
        undo = AUTHOR_UNDO[restriction.capability]
        try:
            connector = (connector_for or {}).get(account) or open_connector(
                settings, factory, settings.account(account)
            )
            getattr(connector, undo)(restriction.author_id)
        except (ConnectorError, KeyError) as exc:
            message = exc.message if isinstance(exc, ConnectorError) else "account not configured"
            _audit(factory, restriction, undo, Result.FAILED, message, now)
            log.warning("lifting %s on %s failed: %s", undo, restriction.author_id, message)
            failed += 1
            continue
        with transaction(factory) as session:
            session.get_one(AuthorRestriction, restriction.id).lifted_at = now
        _audit(factory, restriction, undo, Result.OK, "the timed restriction expired", now)
        lifted += 1
    return f"lifted {lifted} expired restrictions" + (f", {failed} failed" if failed else "")


def _account_name(session: Session, account_id: int) -> str:
    return session.get_one(Account, account_id).name


def _audit(
    factory: sessionmaker[Session],
    restriction: AuthorRestriction,
    action: str,
    result: str,
    detail: str,
    now: datetime,
) -> None:
    with transaction(factory) as session:
        audit.record(
            session,
            comment_pk=restriction.comment_pk,
            account_id=restriction.account_id,
            action=action,
            actor=TIMER_ACTOR,
            channel="scheduler",
            result=result,
            detail=f"{restriction.platform}:{restriction.author_id} {detail}",
            at=now,
        )
