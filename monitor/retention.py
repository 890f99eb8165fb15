"""Keeping no more than we need (UK GDPR Art 5(1)(c) and (e)).

- Nightly purge: unflagged comments go after ``storage.retention_unflagged_days`` (90),
  flagged ones with their scores after ``storage.retention_flagged_days`` (456, about
  15 months: the one-year defamation limitation period plus a margin), unless on hold.
- Holds: a comment under a legal hold is kept until the hold is released.
- Incidents: a comment in an open incident (monitor/incidents.py) is kept with its
  evidence, whatever its status, until the incident is closed.
- Subject access (``export_author``) and erasure (``erase_author``), the latter keeping
  held comments and comments in an open incident, and saying why (Art 17(3)(e): needed
  for legal claims).

Every purge, hold, release, export and erasure is written to the audit log. Audit rows
themselves are kept: deleting a comment sets their comment reference to NULL.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session, sessionmaker

from monitor import audit
from monitor.actions import FLAGGED, CommentStatus, IncidentStatus
from monitor.clock import utcnow
from monitor.config import Settings
from monitor.db import transaction
from monitor.evidence import build_pack
from monitor.models import (
    Account,
    AssessmentRow,
    Incident,
    IncidentComment,
    Owner,
    QuarantinedItem,
    StoredComment,
)
from monitor.moderation import CommentNotFound, ModerationError

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PurgeOutcome:
    unflagged: int
    flagged: int
    held: int
    in_incident: int = 0

    def summary(self) -> str:
        return (
            f"deleted {self.unflagged} unflagged and {self.flagged} flagged comments; "
            f"kept {self.held} past retention on hold"
            + (f" and {self.in_incident} in open incidents" if self.in_incident else "")
        )


def _delete_comments(session: Session, ids: list[int]) -> None:
    for start in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
        chunk = ids[start : start + 500]
        session.execute(delete(AssessmentRow).where(AssessmentRow.comment_pk.in_(chunk)))
        session.execute(delete(StoredComment).where(StoredComment.id.in_(chunk)))


def purge(
    factory: sessionmaker[Session], settings: Settings, *, now: datetime | None = None
) -> PurgeOutcome:
    now = now or utcnow()
    unflagged_before = now - timedelta(days=settings.storage.retention_unflagged_days)
    flagged_before = now - timedelta(days=settings.storage.retention_flagged_days)
    in_open_incident = (
        select(IncidentComment.comment_pk)
        .join(Incident)
        .where(Incident.status == IncidentStatus.OPEN)
    )
    with transaction(factory) as session:
        kept = len(
            list(
                session.scalars(
                    select(StoredComment.id).where(
                        StoredComment.id.in_(in_open_incident),
                        StoredComment.on_hold.is_(False),
                        StoredComment.fetched_at < unflagged_before,
                    )
                )
            )
        )
        unflagged = list(
            session.scalars(
                select(StoredComment.id).where(
                    or_(StoredComment.severity.is_(None), StoredComment.severity.not_in(FLAGGED)),
                    StoredComment.fetched_at < unflagged_before,
                    StoredComment.on_hold.is_(False),
                    StoredComment.id.not_in(in_open_incident),
                )
            )
        )
        flagged = list(
            session.scalars(
                select(StoredComment.id).where(
                    StoredComment.severity.in_(FLAGGED),
                    StoredComment.fetched_at < flagged_before,
                    StoredComment.on_hold.is_(False),
                    StoredComment.id.not_in(in_open_incident),
                )
            )
        )
        held = len(
            list(
                session.scalars(
                    select(StoredComment.id).where(
                        StoredComment.on_hold.is_(True), StoredComment.fetched_at < unflagged_before
                    )
                )
            )
        )
        _delete_comments(session, unflagged + flagged)
        # Quarantined raw items hold names and text too: kept as long as unflagged comments.
        session.execute(delete(QuarantinedItem).where(QuarantinedItem.seen_at < unflagged_before))
        outcome = PurgeOutcome(len(unflagged), len(flagged), held, kept)
        audit.record(
            session,
            action="purge",
            actor="retention",
            channel="scheduler",
            result=audit.Result.OK,
            detail=outcome.summary(),
            at=now,
        )
    log.info("retention purge: %s", outcome.summary())
    return outcome


def set_hold(
    factory: sessionmaker[Session],
    comment_pk: int,
    *,
    hold: bool,
    reason: str,
    actor: str,
    now: datetime | None = None,
    replace: bool = False,
) -> None:
    """Put a comment on hold, or release it. A second hold with a different reason is
    refused unless ``replace``: a hold often stands for a legal matter, and its reason
    should not change silently."""
    now = now or utcnow()
    with transaction(factory) as session:
        comment = session.get(StoredComment, comment_pk)
        if comment is None:
            raise CommentNotFound(f"no comment with id {comment_pk}: see `wardwatch flagged`")
        if hold and comment.on_hold and comment.hold_reason != reason and not replace:
            raise ModerationError(
                f"comment {comment_pk} is already on hold ({comment.hold_reason}): "
                "add --replace to give the new reason instead"
            )
        comment.on_hold = hold
        comment.hold_reason = reason if hold else None
        audit.record(
            session,
            comment_pk=comment_pk,
            account_id=comment.account_id,
            action="hold" if hold else "release",
            actor=actor,
            channel="cli",
            result=audit.Result.OK,
            detail=reason,
            at=now,
        )


@dataclass(frozen=True, slots=True)
class AuthorScope:
    """One data subject: an author id on one platform, within one owner's accounts.
    Display names are never matched: two people can share one, and one person can
    change theirs."""

    owner: str
    platform: str
    author_id: str

    def describe(self) -> str:
        return f"author id {self.author_id!r} on {self.platform} ({self.owner})"


def _author_comments(session: Session, scope: AuthorScope) -> list[StoredComment]:
    return list(
        session.scalars(
            select(StoredComment)
            .join(Account, StoredComment.account_id == Account.id)
            .join(Owner, Account.owner_id == Owner.id)
            .where(Owner.name == scope.owner)
            .where(StoredComment.platform == scope.platform)
            .where(StoredComment.author_id == scope.author_id)
            .order_by(StoredComment.created_at, StoredComment.id)
        )
    )


def export_author(
    factory: sessionmaker[Session], scope: AuthorScope, *, actor: str, now: datetime | None = None
) -> dict[str, Any]:
    """Everything held about one author within one owner and platform."""
    now = now or utcnow()
    with transaction(factory) as session:
        packs = [build_pack(session, c.id, now=now) for c in _author_comments(session, scope)]
        audit.record(
            session,
            action="export",
            actor=actor,
            channel="cli",
            result=audit.Result.OK,
            detail=f"subject access export for {scope.describe()}: {len(packs)} comments",
            at=now,
        )
    return {
        "author_id": scope.author_id,
        "platform": scope.platform,
        "owner": scope.owner,
        "exported_at": now.isoformat(),
        "comment_count": len(packs),
        "comments": packs,
    }


@dataclass(frozen=True, slots=True)
class ErasureItem:
    comment_pk: int
    created_at: datetime
    status: str
    severity: str | None
    # Why it must be kept unless forced: a hold, or a running knowledge clock; else None.
    protected: str | None


@dataclass(frozen=True, slots=True)
class ErasureOutcome:
    erased: int
    kept: list[tuple[int, str]]  # (comment id, why it was kept)
    # Comments in an open incident: kept until the incident is closed, even when forced.
    in_incidents: list[tuple[int, int]] = field(default_factory=list)  # (comment, incident)


def erasure_plan(factory: sessionmaker[Session], scope: AuthorScope) -> list[ErasureItem]:
    """What erasing ``scope`` would touch, and which comments are protected."""
    with factory() as session:
        return [_plan_item(c) for c in _author_comments(session, scope)]


def _plan_item(comment: StoredComment) -> ErasureItem:
    protected = None
    if comment.on_hold:
        protected = f"on hold ({comment.hold_reason or 'no reason given'})"
    elif comment.notified_at is not None and comment.status == CommentStatus.OPEN:
        # The owner has been told and has not acted: the "promptly" clock is running.
        deadline = (
            f", deadline {comment.deadline_at:%Y-%m-%d %H:%M} UTC" if comment.deadline_at else ""
        )
        protected = (
            f"knowledge clock running since {comment.notified_at:%Y-%m-%d %H:%M} UTC{deadline}"
        )
    return ErasureItem(comment.id, comment.created_at, comment.status, comment.severity, protected)


def erase_author(
    factory: sessionmaker[Session],
    scope: AuthorScope,
    *,
    actor: str,
    force_reason: str | None = None,
    now: datetime | None = None,
) -> ErasureOutcome:
    """Erase the author's comments within the scope. Comments on hold or under a running
    knowledge clock are kept (UK GDPR Art 17(3)(e): needed for legal claims) unless
    ``force_reason`` is given, which is written to the audit log."""
    now = now or utcnow()
    with transaction(factory) as session:
        comments = _author_comments(session, scope)
        in_incident: dict[int, int] = {
            comment_pk: incident_id
            for comment_pk, incident_id in session.execute(
                select(IncidentComment.comment_pk, IncidentComment.incident_id)
                .join(Incident)
                .where(
                    Incident.status == IncidentStatus.OPEN,
                    IncidentComment.comment_pk.in_([c.id for c in comments]),
                )
            )
        }
        in_incidents = [(c.id, in_incident[c.id]) for c in comments if c.id in in_incident]
        plan = [_plan_item(c) for c in comments if c.id not in in_incident]
        kept = [(i.comment_pk, i.protected) for i in plan if i.protected and not force_reason]
        erase = [i.comment_pk for i in plan if force_reason or not i.protected]
        forced = [i for i in plan if i.protected and force_reason]
        session.expunge_all()
        _delete_comments(session, erase)
        detail = f"erased {len(erase)} comments of {scope.describe()}"
        if kept:
            detail += f"; kept {len(kept)} (UK GDPR Art 17(3)(e), legal claims): " + ", ".join(
                f"#{i} ({why})" for i, why in kept
            )
        if forced:
            detail += (
                f"; FORCED past {len(forced)} protections ("
                + ", ".join(f"#{i.comment_pk}: {i.protected}" for i in forced)
                + f") because: {force_reason}"
            )
        if in_incidents:
            detail += f"; kept {len(in_incidents)} in open incidents (legal claims): " + ", ".join(
                f"#{i} (incident {n})" for i, n in in_incidents
            )
        audit.record(session, action="erase", actor=actor, channel="cli", detail=detail, at=now)
    return ErasureOutcome(len(erase), [(pk, why or "") for pk, why in kept], in_incidents)
