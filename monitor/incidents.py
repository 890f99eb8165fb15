"""The repeat-offender rule and the incident log.

When a comment is flagged, its author's flagged comments on the same owner's accounts
within ``incidents.window_days`` are counted (the author's hand-linked identities on
other platforms included; comments a person marked "Not a problem" left out). When the
count reaches the lowest ``incidents.thresholds`` among their categories (by default two,
and one for a threat), an incident opens, or the author's open incident grows. The next
alert or digest raises it as a possible course of conduct with every comment in it.

:func:`record_incidents` runs in the scoring transaction (a step of the pipeline's
``AfterScoring.scored``, placed before the alert step so an alert can name the
incident it belongs to).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session, selectinload

from monitor.actions import FLAGGED, CommentStatus, IncidentStatus
from monitor.audit import Result
from monitor.authors import Identity, comments_by, linked_identities
from monitor.config import Settings
from monitor.models import Action, Incident, IncidentComment, Owner, StoredComment
from monitor.offences import possible_offences
from monitor.queries import latest_reasons
from monitor.scoring.categories import MASKED


@dataclass(frozen=True, slots=True)
class ConductEntry:
    """One comment of an incident, as a conduct notice lists it."""

    comment_pk: int
    account: str
    posted: datetime
    labels: Sequence[str]
    text: str
    evidence: Sequence[str] = ()


@dataclass(frozen=True, slots=True)
class ConductNotice:
    """An incident: one author's flagged comments that together may be a course of
    conduct (or one threat), with the offences they may engage, as a prompt."""

    incident_id: int
    author: str
    platform: str
    labels: Sequence[str]
    offences: Sequence[str]
    entries: Sequence[ConductEntry]
    author_url: str | None = None

    @property
    def headline(self) -> str:
        if len(self.entries) >= 2:
            days = (self.entries[-1].posted - self.entries[0].posted).days
            span = f"over {days} day{'s' if days != 1 else ''}" if days else "on the same day"
            return (
                f"Possible course of conduct (harassment): {self.author} has posted "
                f"{len(self.entries)} flagged comments {span}"
            )
        return f"Possible threat to report: {self.author}"


def _counts(comment: StoredComment) -> bool:
    return comment.severity in FLAGGED and comment.status != CommentStatus.DISMISSED


def threshold(settings: Settings, labels: Iterable[str]) -> int | None:
    values = [settings.incidents.thresholds[label] for label in labels]
    return min(values) if values else None


def open_incident(
    session: Session, owner_id: int, identities: Sequence[Identity]
) -> Incident | None:
    return session.scalar(
        select(Incident)
        .where(
            Incident.owner_id == owner_id,
            Incident.status == IncidentStatus.OPEN,
            tuple_(Incident.platform, Incident.author_id).in_(identities),
        )
        .order_by(Incident.id)
        .limit(1)
    )


def record_incidents(
    session: Session, settings: Settings, flagged: Sequence[StoredComment], now: datetime
) -> None:
    """Open or grow incidents for the just-flagged comments (a scored step)."""
    window = timedelta(days=settings.incidents.window_days)
    for comment in flagged:
        if not _counts(comment):
            continue
        owner_id = comment.account.owner_id
        identities = linked_identities(session, owner_id, (comment.platform, comment.author_id))
        session.flush()
        recent = [
            c
            for c in comments_by(session, owner_id, identities)
            if _counts(c) and comment.created_at - window <= c.created_at <= comment.created_at
        ]
        needed = threshold(settings, {label for c in recent for label in c.labels})
        if needed is None or len(recent) < needed:
            continue
        incident = open_incident(session, owner_id, identities)
        if incident is None:
            incident = Incident(
                owner_id=owner_id,
                platform=comment.platform,
                author_id=comment.author_id,
                author_name=comment.author_name,
                opened_at=now,
                status=IncidentStatus.OPEN,
            )
            session.add(incident)
            session.flush()
        members = set(
            session.scalars(
                select(IncidentComment.comment_pk).where(IncidentComment.incident_id == incident.id)
            )
        )
        for member in recent:
            if member.id not in members:
                session.add(
                    IncidentComment(incident_id=incident.id, comment_pk=member.id, added_at=now)
                )
        session.flush()


def unraised(
    session: Session, *, owner_id: int, comment_pks: Iterable[int] | None = None
) -> list[Incident]:
    """Open incidents with a comment the owner has not yet been told is part of one;
    limited to those containing ``comment_pks`` when given."""
    query = (
        select(Incident)
        .join(IncidentComment)
        .where(
            Incident.owner_id == owner_id,
            Incident.status == IncidentStatus.OPEN,
            IncidentComment.raised_at.is_(None),
        )
        .options(selectinload(Incident.members).selectinload(IncidentComment.comment))
        .order_by(Incident.id)
    )
    incidents = list(dict.fromkeys(session.scalars(query)))
    if comment_pks is not None:
        wanted = set(comment_pks)
        incidents = [i for i in incidents if wanted & {m.comment_pk for m in i.members}]
    return incidents


def mark_raised(incidents: Iterable[Incident], now: datetime) -> None:
    for incident in incidents:
        for member in incident.members:
            if member.raised_at is None:
                member.raised_at = now


def conduct_notice(incident: Incident, *, author_url: str | None = None) -> ConductNotice:
    """What an alert or digest says about an incident."""
    comments = sorted((m.comment for m in incident.members), key=lambda c: c.created_at)
    labels = sorted({label for c in comments for label in c.labels})
    return ConductNotice(
        incident_id=incident.id,
        author=incident.author_name,
        platform=incident.platform,
        labels=labels,
        offences=[o.title for o in possible_offences(labels, occasions=len(comments))],
        entries=[
            ConductEntry(
                comment_pk=c.id,
                account=c.account.name,
                posted=c.created_at,
                labels=list(c.labels),
                text=c.text,
                # Masked as the comment's own digest item is (monitor.notify.items).
                evidence=[
                    e
                    for r in latest_reasons(c)
                    if r.category in MASKED and r.scorer != "learned"
                    for e in r.evidence
                ],
            )
            for c in comments
        ],
        author_url=author_url,
    )


def close_incident(
    session: Session, incident_id: int, *, reason: str, now: datetime
) -> Incident | None:
    incident = session.get(Incident, incident_id)
    if incident is not None and incident.status == IncidentStatus.OPEN:
        incident.status = IncidentStatus.CLOSED
        incident.closed_at, incident.close_reason = now, reason
    return incident


@dataclass(frozen=True, slots=True)
class LoggedComment:
    """One comment of an incident, as the incident log lists it."""

    id: int
    account: str
    created_at: datetime
    labels: tuple[str, ...]
    status: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "account": self.account,
            "created_at": self.created_at.isoformat(),
            "labels": list(self.labels),
            "status": self.status,
        }


@dataclass(frozen=True, slots=True)
class LoggedAction:
    """Something done about a comment of an incident (only what succeeded)."""

    at: datetime
    comment: int | None
    action: str

    def to_json(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(), "comment": self.comment, "action": self.action}


@dataclass(frozen=True, slots=True)
class LoggedIncident:
    """An incident as `wardwatch incidents` lists it."""

    id: int
    status: str
    owner: str
    platform: str
    author_id: str
    author: str
    opened_at: datetime
    closed_at: datetime | None
    categories: tuple[str, ...]
    possible_offences: tuple[str, ...]  # titles; a prompt, not a legal finding
    comments: tuple[LoggedComment, ...]  # oldest first
    actions: tuple[LoggedAction, ...]

    def to_json(self) -> dict[str, Any]:
        """The line `wardwatch incidents --json` prints for it."""
        return {
            "id": self.id,
            "status": self.status,
            "owner": self.owner,
            "platform": self.platform,
            "author_id": self.author_id,
            "author": self.author,
            "opened_at": self.opened_at.isoformat(),
            "closed_at": self.closed_at.isoformat() if self.closed_at else None,
            "categories": list(self.categories),
            "possible_offences": list(self.possible_offences),
            "comments": [c.to_json() for c in self.comments],
            "actions": [a.to_json() for a in self.actions],
        }


def incident_rows(session: Session, *, include_closed: bool = False) -> list[LoggedIncident]:
    """The incident log: each incident's comments, author, categories, the offences they
    may engage, and what was done about each comment and when."""
    query = (
        select(Incident)
        .options(selectinload(Incident.members).selectinload(IncidentComment.comment))
        .order_by(Incident.opened_at.desc(), Incident.id.desc())
    )
    if not include_closed:
        query = query.where(Incident.status == IncidentStatus.OPEN)
    rows = []
    for incident in session.scalars(query):
        comments = sorted((m.comment for m in incident.members), key=lambda c: c.created_at)
        labels = sorted({label for c in comments for label in c.labels})
        done = session.scalars(
            select(Action)
            .where(Action.comment_pk.in_([c.id for c in comments]), Action.result == Result.OK)
            .order_by(Action.at, Action.id)
        )
        rows.append(
            LoggedIncident(
                id=incident.id,
                status=incident.status,
                owner=session.get_one(Owner, incident.owner_id).name,
                platform=incident.platform,
                author_id=incident.author_id,
                author=incident.author_name,
                opened_at=incident.opened_at,
                closed_at=incident.closed_at,
                categories=tuple(labels),
                possible_offences=tuple(
                    o.title for o in possible_offences(labels, occasions=len(comments))
                ),
                comments=tuple(
                    LoggedComment(
                        id=c.id,
                        account=c.account.name,
                        created_at=c.created_at,
                        labels=tuple(c.labels),
                        status=c.status,
                    )
                    for c in comments
                ),
                actions=tuple(
                    LoggedAction(at=a.at, comment=a.comment_pk, action=a.action) for a in done
                ),
            )
        )
    return rows
