"""Acting on a comment: hide, unhide, delete, dismiss, reopen.

A comment has two states: the person's decision (``status``: open, hidden, dismissed,
deleted) and what the platform shows (``platform_state``: visible, hidden, deleted).
Hide, unhide and delete are done when the platform state is their target; dismiss and
reopen when the decision is. So "hide, then not a problem, then unhide" unhides on the
platform, and a Hide link that was undone can be used again.

Platform actions are recorded as an intent first (``pending_action``), then carried
out, then confirmed with the new state in one transaction. If the process or the
database fails after the platform acted, the intent stays; the next poll of the account
(or the next command on the comment) carries it out again (every platform action here is
idempotent) and records the result. Every result, including each failure and each
"already", is written to the append-only audit log.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from connectors.base import HIDE, Connector, ConnectorError
from connectors.quota import QuotaMeter, quota_meter
from monitor import audit
from monitor.actions import (
    ACTIONS,
    FLAGGED,
    CommentStatus,
    ModerationAction,
    PlatformState,
    Severity,
)
from monitor.audit import Result
from monitor.clock import utcnow
from monitor.config import Settings
from monitor.connections import call_limits, open_connector, save_quota
from monitor.db import transaction
from monitor.errors import WardwatchError
from monitor.models import Action, ActionToken, PollState, StoredComment
from monitor.versions import record_deleted

log = logging.getLogger(__name__)

# An intent younger than this may still be in flight in another process.
PENDING_GRACE = timedelta(minutes=2)
RECONCILER = "wardwatch reconciliation"


class ModerationError(WardwatchError):
    """The action could not be carried out; the message says why and what to do."""


class CommentNotFound(ModerationError):
    pass


@dataclass(frozen=True, slots=True)
class ActionResult:
    comment_pk: int
    action: str
    result: str  # ok | already
    status: str


def is_done(action: str, status: str, platform_state: str) -> bool:
    """Whether ``action`` would change nothing for a comment in these states."""
    spec = ACTIONS[action]
    if spec.axis == "platform":
        return platform_state == spec.target
    if action == ModerationAction.REOPEN:
        return status != CommentStatus.DISMISSED
    return status == spec.target


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
    detail: str = "",
) -> ActionResult:
    """Carry out ``action`` on a stored comment and record it. Raises ModerationError
    (after recording the failure) when it cannot be done."""
    method = ACTIONS[action].method
    now = now or utcnow()
    with transaction(factory) as session:
        comment = session.get(StoredComment, comment_pk)
        if comment is None:
            raise CommentNotFound(f"no comment with id {comment_pk}: see `wardwatch flagged`")
        account_name, account_id = comment.account.name, comment.account_id
        platform_id = comment.comment_id
        if action == ModerationAction.DISMISS and comment.severity not in FLAGGED:
            message = (
                f"comment {comment_pk} was never flagged, so there is nothing to mark as not a "
                "problem: see `wardwatch flagged`"
            )
            _audit(
                session, comment_pk, account_id, action, actor, channel, Result.FAILED, message, now
            )
            failed = ModerationError(message)
        elif is_done(action, comment.status, comment.platform_state):
            if comment.pending_action == action:
                _clear_pending(comment)
            _audit(session, comment_pk, account_id, action, actor, channel, Result.ALREADY, "", now)
            return ActionResult(comment_pk, action, Result.ALREADY, comment.status)
        else:
            failed = None
            if method is not None:  # the intent, durable before the platform is asked
                comment.pending_action = action
                comment.pending_by = f"{actor} ({channel})"[:400]
                comment.pending_since = now
    if failed is not None:
        raise failed
    gone = False
    if method is not None:
        try:
            gone = _call_platform(
                factory,
                settings,
                account_name,
                account_id,
                method,
                platform_id,
                connector=connector,
                action=action,
            )
        except ModerationError as exc:
            with transaction(factory) as session:
                _clear_pending(session.get_one(StoredComment, comment_pk))
                _audit(
                    session,
                    comment_pk,
                    account_id,
                    action,
                    actor,
                    channel,
                    Result.FAILED,
                    str(exc),
                    now,
                )
            raise
    with transaction(factory) as session:
        comment = session.get_one(StoredComment, comment_pk)
        if gone and action != ModerationAction.DELETE:
            record_deleted(session, comment, now)  # gone from the platform; keep the words
        _transition(comment, ModerationAction.DELETE if gone else action, now)
        _clear_pending(comment)
        _audit(session, comment_pk, account_id, action, actor, channel, Result.OK, detail, now)
        _rearm_links(session, comment)
        return ActionResult(comment_pk, action, Result.OK, comment.status)


def _call_platform(
    factory: sessionmaker[Session],
    settings: Settings,
    account_name: str,
    account_id: int,
    method: str,
    platform_id: str,
    *,
    connector: Connector | None,
    action: str,
) -> bool:
    """Ask the platform; True when the comment turned out to be gone already."""
    meter = None
    try:
        if connector is None:
            connector = open_connector(settings, factory, settings.account(account_name))
            # The configured call limits; no poll budget: one call, made for a person.
            connector.limits = replace(call_limits(settings), budget=None)
        meter = _start_quota(factory, connector, account_id)
        getattr(connector, method)(platform_id)
    except ConnectorError as exc:
        if exc.not_found and action in {ModerationAction.HIDE, ModerationAction.DELETE}:
            return True  # gone from the platform: nothing left to hide
        raise ModerationError(exc.message) from None
    except KeyError:
        raise ModerationError(
            f"account {account_name!r} is no longer in the config: add it back to act"
        ) from None
    except Exception as exc:
        # A connector bug must still be audited and leave the link usable.
        log.exception("%s of comment %s on %s crashed", action, platform_id, account_name)
        raise ModerationError(
            f"wardwatch failed while asking the platform ({type(exc).__name__}); see the log"
        ) from None
    finally:
        if meter is not None:
            save_quota(factory, account_id, meter)
    return False


def _transition(comment: StoredComment, action: str, now: datetime) -> None:
    A, S, P = ModerationAction, CommentStatus, PlatformState
    if action == A.HIDE:
        comment.platform_state, comment.status = P.HIDDEN, S.HIDDEN
    elif action == A.UNHIDE:
        comment.platform_state = P.VISIBLE
        if comment.status == S.HIDDEN:
            comment.status = S.OPEN
    elif action == A.DELETE:
        comment.platform_state, comment.status = P.DELETED, S.DELETED
    elif action == A.DISMISS:
        comment.status = S.DISMISSED
    elif action == A.REOPEN:
        comment.status = S.HIDDEN if comment.platform_state == P.HIDDEN else S.OPEN
    comment.status_changed_at = now


def _clear_pending(comment: StoredComment) -> None:
    comment.pending_action = comment.pending_by = comment.pending_since = None


def _rearm_links(session: Session, comment: StoredComment) -> None:
    """A used link whose action is no longer done (it was undone) works again."""
    undone = [
        action for action in ACTIONS if not is_done(action, comment.status, comment.platform_state)
    ]
    session.execute(
        update(ActionToken)
        .where(ActionToken.comment_pk == comment.id, ActionToken.action.in_(undone))
        .where(ActionToken.used_at.is_not(None))
        .values(used_at=None, result=None)
    )


def reconcile_pending(
    factory: sessionmaker[Session],
    settings: Settings,
    account_id: int,
    *,
    connector: Connector,
    now: datetime,
) -> int:
    """Finish the account's interrupted actions (intent recorded, result not): ask the
    platform again and record the result. Returns how many were finished."""
    with factory() as session:
        pending = list(
            session.execute(
                select(StoredComment.id, StoredComment.pending_action, StoredComment.pending_by)
                .where(StoredComment.account_id == account_id)
                .where(StoredComment.pending_action.is_not(None))
                .where(StoredComment.pending_since < now - PENDING_GRACE)
                .order_by(StoredComment.id)
            )
        )
    finished = 0
    for comment_pk, action, by in pending:
        try:
            apply(
                factory,
                settings,
                comment_pk,
                str(action),
                actor=RECONCILER,
                channel="scheduler",
                connector=connector,
                now=now,
                detail=f"finishing the {action} asked for by {by}, which was interrupted",
            )
        except ModerationError as exc:  # recorded in the audit log by apply
            log.warning("could not finish the %s of comment %s: %s", action, comment_pk, exc)
            continue
        finished += 1
    return finished


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


def _audit(
    session: Session,
    comment_pk: int,
    account_id: int,
    action: str,
    actor: str,
    channel: str,
    result: str,
    detail: str,
    now: datetime,
) -> None:
    audit.record(
        session,
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
        _audit(session, comment_pk, account_id, action, actor, channel, result, detail, now)


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

    Only high severity qualifies, so a comment the comment model alone flagged, or robust
    criticism in the review band, is never hidden without a person deciding.
    """
    categories = set(settings.scoring.auto_hide)
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
                .where(
                    StoredComment.severity == Severity.HIGH,
                    StoredComment.status == CommentStatus.OPEN,
                )
                .where(StoredComment.platform_state == PlatformState.VISIBLE)
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
                ModerationAction.HIDE,
                actor=AUTO_ACTOR,
                channel="auto",
                connector=connector,
                now=now,
            )
        except ModerationError as exc:  # recorded in the audit log by apply
            log.warning("auto-hide of comment %s failed: %s", comment_pk, exc)
            continue
        hidden += result.result == Result.OK
    return hidden


def after_poll(
    factory: sessionmaker[Session],
    settings: Settings,
    account_id: int,
    connector: Connector,
    now: datetime,
) -> int:
    """The moderation a poll ends with: actions interrupted after the platform was asked
    are finished first, then auto-hide (when ``scoring.auto_hide`` names categories).
    Returns how many comments auto-hide hid."""
    reconcile_pending(factory, settings, account_id, connector=connector, now=now)
    if not settings.scoring.auto_hide:
        return 0
    return auto_hide(factory, settings, account_id, connector=connector, now=now)
