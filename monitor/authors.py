"""Author history: every comment one person left on one owner's accounts.

A person is a platform identity (platform, author id), plus any identities linked to it
by hand (`wardwatch author-link`): wardwatch never guesses that two accounts on
different platforms are the same person, because a wrong guess would pin one resident's
words on another.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select, tuple_
from sqlalchemy.orm import Session, selectinload

from monitor.actions import FLAGGED
from monitor.errors import WardwatchError
from monitor.models import Account, AuthorLink, IncidentComment, StoredComment

Identity = tuple[str, str]  # (platform, author id)


class AuthorNotFound(WardwatchError, LookupError):
    pass


def parse_identity(text: str) -> Identity | None:
    """``platform:id`` (ids may contain colons, as Bluesky DIDs do), or None for a bare id."""
    platform, sep, author_id = text.partition(":")
    if sep and platform and author_id and platform.isalnum() and platform.islower():
        return platform, author_id
    return None


def linked_identities(session: Session, owner_id: int, identity: Identity) -> list[Identity]:
    """``identity`` and every identity linked to it by hand for this owner."""
    person = session.scalar(
        select(AuthorLink.person).where(
            AuthorLink.owner_id == owner_id,
            AuthorLink.platform == identity[0],
            AuthorLink.author_id == identity[1],
        )
    )
    if person is None:
        return [identity]
    linked = session.execute(
        select(AuthorLink.platform, AuthorLink.author_id)
        .where(AuthorLink.owner_id == owner_id, AuthorLink.person == person)
        .order_by(AuthorLink.id)
    ).all()
    found: list[Identity] = [identity]
    found += [(p, a) for p, a in linked if (p, a) != identity]
    return found


def link_identities(
    session: Session, owner_id: int, first: Identity, second: Identity, *, actor: str
) -> str:
    """Record that ``first`` and ``second`` are one person; returns the person's label.
    Joining two already-linked groups merges them."""
    people = {
        identity: session.scalar(
            select(AuthorLink).where(
                AuthorLink.owner_id == owner_id,
                AuthorLink.platform == identity[0],
                AuthorLink.author_id == identity[1],
            )
        )
        for identity in (first, second)
    }
    existing = [row.person for row in people.values() if row is not None]
    person = existing[0] if existing else f"{first[0]}:{first[1]}"
    for member in session.scalars(
        select(AuthorLink).where(
            AuthorLink.owner_id == owner_id, AuthorLink.person.in_(existing[1:])
        )
    ):
        member.person = person
    for identity, row in people.items():
        if row is None:
            session.add(
                AuthorLink(
                    owner_id=owner_id,
                    platform=identity[0],
                    author_id=identity[1],
                    person=person,
                    actor=actor,
                )
            )
    return person


def comments_by(session: Session, owner_id: int, identities: list[Identity]) -> list[StoredComment]:
    return list(
        session.scalars(
            select(StoredComment)
            .join(Account)
            .where(
                Account.owner_id == owner_id,
                tuple_(StoredComment.platform, StoredComment.author_id).in_(identities),
            )
            .options(selectinload(StoredComment.account))
            .order_by(StoredComment.created_at, StoredComment.id)
        )
    )


@dataclass(frozen=True, slots=True)
class AuthorHistory:
    owner: str
    identities: list[Identity]
    names: list[str]
    comments: list[StoredComment]
    incidents: list[int]

    @property
    def flagged(self) -> list[StoredComment]:
        return [c for c in self.comments if c.severity in FLAGGED]

    @property
    def by_category(self) -> dict[str, int]:
        return dict(sorted(Counter(label for c in self.flagged for label in c.labels).items()))

    @property
    def first_seen(self) -> datetime | None:
        return self.comments[0].created_at if self.comments else None

    @property
    def last_seen(self) -> datetime | None:
        return self.comments[-1].created_at if self.comments else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "owner": self.owner,
            "identities": [{"platform": p, "author_id": a} for p, a in self.identities],
            "names": self.names,
            "comment_count": len(self.comments),
            "flagged_count": len(self.flagged),
            "by_category": self.by_category,
            "first_seen": self.first_seen.isoformat() if self.first_seen else None,
            "last_seen": self.last_seen.isoformat() if self.last_seen else None,
            "incidents": self.incidents,
            "comments": [
                {
                    "id": c.id,
                    "platform": c.platform,
                    "account": c.account.name,
                    "author_name": c.author_name,
                    "created_at": c.created_at.isoformat(),
                    "severity": c.severity,
                    "labels": list(c.labels),
                    "status": c.status,
                    "text": c.text,
                    "permalink": c.permalink,
                }
                for c in self.comments
            ],
        }


def author_history(
    session: Session, owner_id: int, owner_name: str, identity: Identity
) -> AuthorHistory:
    identities = linked_identities(session, owner_id, identity)
    comments = comments_by(session, owner_id, identities)
    incidents = sorted(
        set(
            session.scalars(
                select(IncidentComment.incident_id).where(
                    IncidentComment.comment_pk.in_([c.id for c in comments])
                )
            )
        )
    )
    return AuthorHistory(
        owner=owner_name,
        identities=identities,
        names=list(dict.fromkeys(c.author_name for c in comments)),
        comments=comments,
        incidents=incidents,
    )


def find_identities(session: Session, text: str) -> list[tuple[int, Identity]]:
    """(owner id, identity) pairs for an author given as ``platform:id`` or a bare id or
    display name, newest first; raises AuthorNotFound when no comment matches."""
    parsed = parse_identity(text)
    query = select(Account.owner_id, StoredComment.platform, StoredComment.author_id).join(Account)
    if parsed is not None:
        query = query.where(
            StoredComment.platform == parsed[0], StoredComment.author_id == parsed[1]
        )
    else:
        query = query.where(or_(StoredComment.author_id == text, StoredComment.author_name == text))
    rows = session.execute(query.distinct()).all()
    if not rows:
        raise AuthorNotFound(
            f"no stored comment by {text!r}: give the platform id as PLATFORM:ID "
            "(for example x:2244994945), as `wardwatch flagged --json` shows it"
        )
    return [(owner_id, (platform, author_id)) for owner_id, platform, author_id in rows]
