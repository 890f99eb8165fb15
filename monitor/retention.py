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

from monitor.clock import utcnow
from monitor.config import Settings
from monitor.db import transaction
from monitor.evidence import build_pack
from monitor.models import Action, AssessmentRow, Incident, IncidentComment, StoredComment
from monitor.moderation import CommentNotFound

log = logging.getLogger(__name__)
FLAGGED = ("review", "high")


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
    unflagged_before = now - timedelta(days=int(settings.get("storage.retention_unflagged_days")))
    flagged_before = now - timedelta(days=int(settings.get("storage.retention_flagged_days")))
    in_open_incident = (
        select(IncidentComment.comment_pk).join(Incident).where(Incident.status == "open")
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
        outcome = PurgeOutcome(len(unflagged), len(flagged), held, kept)
        session.add(
            Action(
                action="purge",
                actor="retention",
                channel="scheduler",
                result="ok",
                detail=outcome.summary(),
                at=now,
            )
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
) -> None:
    now = now or utcnow()
    with transaction(factory) as session:
        comment = session.get(StoredComment, comment_pk)
        if comment is None:
            raise CommentNotFound(f"no comment with id {comment_pk}: see `wardwatch flagged`")
        comment.on_hold = hold
        comment.hold_reason = reason if hold else None
        session.add(
            Action(
                comment_pk=comment_pk,
                account_id=comment.account_id,
                action="hold" if hold else "release",
                actor=actor,
                channel="cli",
                result="ok",
                detail=reason,
                at=now,
            )
        )


def _author_comments(session: Session, author: str) -> list[StoredComment]:
    return list(
        session.scalars(
            select(StoredComment)
            .where(or_(StoredComment.author_id == author, StoredComment.author_name == author))
            .order_by(StoredComment.created_at, StoredComment.id)
        )
    )


def export_author(
    factory: sessionmaker[Session], author: str, *, actor: str, now: datetime | None = None
) -> dict[str, Any]:
    """Everything held about one author (platform user id or display handle)."""
    now = now or utcnow()
    with transaction(factory) as session:
        packs = [build_pack(session, c.id, now=now) for c in _author_comments(session, author)]
        session.add(
            Action(
                action="export",
                actor=actor,
                channel="cli",
                result="ok",
                detail=f"subject access export for author {author!r}: {len(packs)} comments",
                at=now,
            )
        )
    return {
        "author": author,
        "exported_at": now.isoformat(),
        "comment_count": len(packs),
        "comments": packs,
    }


@dataclass(frozen=True, slots=True)
class ErasureOutcome:
    erased: int
    kept: list[tuple[int, str]]  # (comment id, hold reason)
    in_incidents: list[tuple[int, int]] = field(default_factory=list)  # (comment, incident)


def erase_author(
    factory: sessionmaker[Session], author: str, *, actor: str, now: datetime | None = None
) -> ErasureOutcome:
    now = now or utcnow()
    with transaction(factory) as session:
        comments = _author_comments(session, author)
        in_incident: dict[int, int] = {
            comment_pk: incident_id
            for comment_pk, incident_id in session.execute(
                select(IncidentComment.comment_pk, IncidentComment.incident_id)
                .join(Incident)
                .where(
                    Incident.status == "open",
                    IncidentComment.comment_pk.in_([c.id for c in comments]),
                )
            )
        }
        kept = [(c.id, c.hold_reason or "on hold") for c in comments if c.on_hold]
        in_incidents = [
            (c.id, in_incident[c.id]) for c in comments if not c.on_hold and c.id in in_incident
        ]
        erase = [c.id for c in comments if not c.on_hold and c.id not in in_incident]
        session.expunge_all()
        _delete_comments(session, erase)
        detail = f"erased {len(erase)} comments of author {author!r}"
        if kept:
            detail += (
                f"; kept {len(kept)} on hold (UK GDPR Art 17(3)(e), legal claims): "
                + ", ".join(f"#{i} ({why})" for i, why in kept)
            )
        if in_incidents:
            detail += f"; kept {len(in_incidents)} in open incidents (legal claims): " + ", ".join(
                f"#{i} (incident {n})" for i, n in in_incidents
            )
        session.add(
            Action(action="erase", actor=actor, channel="cli", result="ok", detail=detail, at=now)
        )
    return ErasureOutcome(len(erase), kept, in_incidents)
