"""Acting on a comment: hide, unhide, delete, dismiss, reopen. Every attempt, whatever
its result, is written to the append-only audit log."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from connectors.base import HIDE, Connector, ConnectorError
from connectors.quota import QuotaMeter, quota_meter
from monitor.accounts import open_connector
from monitor.clock import utcnow
from monitor.config import Settings
from monitor.db import transaction
from monitor.models import Action, PollState, StoredComment
from monitor.pipeline import save_quota
from monitor.versions import record_deleted

log = logging.getLogger(__name__)

# action -> (connector method or None, status after, statuses that mean "already done")
ACTIONS: dict[str, tuple[str | None, str, frozenset[str]]] = {
    "hide": ("hide", "hidden", frozenset({"hidden"})),
    "unhide": ("unhide", "open", frozenset({"open", "dismissed"})),
    "delete": ("delete", "deleted", frozenset({"deleted"})),
    "dismiss": (None, "dismissed", frozenset({"dismissed"})),
    "reopen": (None, "open", frozenset({"open"})),
}


class ModerationError(Exception):
    """The action could not be carried out; the message says why and what to do."""


class CommentNotFound(ModerationError):
    pass


@dataclass(frozen=True, slots=True)
class ActionResult:
    comment_pk: int
    action: str
    result: str  # ok | already
    status: str


def apply(
    factory: sessionmaker[Session],
    settings: Settings,
    comment_pk: int,
    action: str,
    *,
    actor: str,
    channel: str,
    connector: Connector | None = None,
    now: datetime | None = None,
) -> ActionResult:
    """Carry out ``action`` on a stored comment and record it. Raises ModerationError
    (after recording the failure) when the platform refuses."""
    method, new_status, already = ACTIONS[action]
    now = now or utcnow()
    with transaction(factory) as session:
        comment = session.get(StoredComment, comment_pk)
        if comment is None:
            raise CommentNotFound(f"no comment with id {comment_pk}: see `wardwatch flagged`")
        account_name, account_id = comment.account.name, comment.account_id
        platform_id, status = comment.comment_id, comment.status
    if status in already:
        _record(factory, comment_pk, account_id, action, actor, channel, "already", "", now)
        return ActionResult(comment_pk, action, "already", status)
    if method is not None:
        meter = None
        try:
            connector = connector or open_connector(
                settings, factory, settings.account(account_name)
            )
            meter = _start_quota(factory, connector, account_id)
            getattr(connector, method)(platform_id)
        except ConnectorError as exc:
            if not (exc.not_found and action in {"hide", "delete"}):
                _record(
                    factory,
                    comment_pk,
                    account_id,
                    action,
                    actor,
                    channel,
                    "failed",
                    exc.message,
                    now,
                )
                raise ModerationError(exc.message) from None
            new_status = "deleted"  # gone from the platform: nothing left to hide
        except KeyError:
            message = f"account {account_name!r} is no longer in the config: add it back to act"
            _record(factory, comment_pk, account_id, action, actor, channel, "failed", message, now)
            raise ModerationError(message) from None
        finally:
            if meter is not None:
                save_quota(factory, account_id, meter)
    with transaction(factory) as session:
        comment = session.get_one(StoredComment, comment_pk)
        if new_status == "deleted" and action != "delete":
            record_deleted(session, comment, now)  # gone from the platform; keep the words
        comment.status = new_status
        comment.status_changed_at = now
        session.add(_action(comment_pk, account_id, action, actor, channel, "ok", "", now))
    return ActionResult(comment_pk, action, "ok", new_status)


def _start_quota(
    factory: sessionmaker[Session], connector: Connector, account_id: int
) -> QuotaMeter | None:
    meter = quota_meter(connector)
    if meter is not None:
        with factory() as session:
            state = session.get(PollState, account_id)
            meter.start(
                state.api_units_day if state else None, state.api_units_used if state else None
            )
    return meter


def _action(
    comment_pk: int,
    account_id: int,
    action: str,
    actor: str,
    channel: str,
    result: str,
    detail: str,
    now: datetime,
) -> Action:
    return Action(
        comment_pk=comment_pk,
        account_id=account_id,
        action=action,
        actor=actor,
        channel=channel,
        result=result,
        detail=detail,
        at=now,
    )


def _record(
    factory: sessionmaker[Session],
    comment_pk: int,
    account_id: int,
    action: str,
    actor: str,
    channel: str,
    result: str,
    detail: str,
    now: datetime,
) -> None:
    with transaction(factory) as session:
        session.add(_action(comment_pk, account_id, action, actor, channel, result, detail, now))


AUTO_ACTOR = "wardwatch auto-hide"


def auto_hide(
    factory: sessionmaker[Session],
    settings: Settings,
    account_id: int,
    *,
    connector: Connector,
    now: datetime,
) -> int:
    """Hide the account's open high-severity comments in the categories the owner chose
    for auto-hide (``scoring.auto_hide``), each tried once. Returns how many were hidden.

    Only high severity qualifies, so a comment the learned model alone flagged, or robust
    criticism in the review band, is never hidden without a person deciding.
    """
    categories = set(settings.get("scoring.auto_hide"))
    if not categories or HIDE not in connector.capabilities:
        return 0
    tried = select(Action.comment_pk).where(
        Action.channel == "auto", Action.comment_pk.is_not(None)
    )
    with factory() as session:
        candidates = [
            comment.id
            for comment in session.scalars(
                select(StoredComment)
                .where(StoredComment.account_id == account_id)
                .where(StoredComment.severity == "high", StoredComment.status == "open")
                .where(StoredComment.id.not_in(tried))
                .order_by(StoredComment.id)
            )
            if categories & set(comment.labels)
        ]
    hidden = 0
    for comment_pk in candidates:
        try:
            result = apply(
                factory,
                settings,
                comment_pk,
                "hide",
                actor=AUTO_ACTOR,
                channel="auto",
                connector=connector,
                now=now,
            )
        except ModerationError as exc:  # recorded in the audit log by apply
            log.warning("auto-hide of comment %s failed: %s", comment_pk, exc)
            continue
        hidden += result.result == "ok"
    return hidden
