"""The team view's data: for each councillor a person may see, their open flagged items
(newest deadline pressure first) and their accounts' health. Read-only; the web page in
monitor/web/team.py renders it and its buttons go through monitor.moderation.

Who may see whom is decided here too, from the config: ``[team] admins`` and
``member_services`` (or the matching roles from the identity provider) see every
councillor; an owner, or the owner's ``delegate_email``, sees that owner only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from monitor import audit
from monitor.actions import FLAGGED, CommentStatus, Severity
from monitor.config import Settings
from monitor.db import transaction
from monitor.models import Account, Action, Owner, StoredComment
from monitor.notify.digest import local
from monitor.notify.mask import mask
from monitor.queries import account_status
from monitor.views import AccountStatus

ADMIN, MEMBER_SERVICES, COUNCILLOR = "admin", "member_services", "councillor"
ROLE_NAMES = {ADMIN: "Admin", MEMBER_SERVICES: "Member Services", COUNCILLOR: "Councillor"}


@dataclass(frozen=True, slots=True)
class Person:
    email: str
    name: str
    role: str
    # The owners this person may see; None means every owner.
    owners: frozenset[str] | None

    @property
    def label(self) -> str:
        """How the audit log names them: "Priya Shah <priya.shah@example.gov.uk>"."""
        if self.name and self.name != self.email:
            return f"{self.name} <{self.email}>"
        return self.email

    def may_see(self, owner: str) -> bool:
        return self.owners is None or owner in self.owners


def resolve(
    settings: Settings, *, email: str, name: str = "", roles: Iterable[str] = ()
) -> Person | None:
    """The person behind a verified email address (and the identity provider's roles),
    or None when the config gives them no access."""
    team = settings.team
    address = email.strip().lower()
    granted = set(roles)

    def listed(addresses: Iterable[str]) -> bool:
        return address in {str(a).strip().lower() for a in addresses}

    if not address:
        return None
    if team.oidc.admin_role in granted or listed(team.admins):
        return Person(address, name, ADMIN, None)
    if team.oidc.member_services_role in granted or listed(team.member_services):
        return Person(address, name, MEMBER_SERVICES, None)
    own = frozenset(
        o.name
        for o in settings.owners
        if address in (o.email.strip().lower(), o.delegate_email.strip().lower())
    )
    return Person(address, name, COUNCILLOR, own) if own else None


@dataclass(frozen=True, slots=True)
class TeamItem:
    """An open flagged comment as the team page lists it."""

    id: int
    owner: str
    account: str
    platform: str
    severity: str | None
    labels: str  # "personal attack, threat"
    author: str
    excerpt: str  # the first 280 characters, rude words masked
    permalink: str | None
    posted: str  # in the owner's time zone
    deadline: str | None  # the knowledge-clock deadline, in the owner's time zone
    overdue: bool
    deadline_at: datetime | None
    created_at: datetime

    def pressing(self) -> tuple[float, bool, float]:
        """Most pressing first: the earliest deadline, then urgent before review, then
        oldest."""
        return (
            self.deadline_at.timestamp() if self.deadline_at else float("inf"),
            self.severity != Severity.HIGH,
            self.created_at.timestamp(),
        )


@dataclass
class OwnerView:
    name: str
    items: list[TeamItem] = field(default_factory=list)
    accounts: list[AccountStatus] = field(default_factory=list)

    @property
    def overdue(self) -> int:
        return sum(1 for item in self.items if item.overdue)


def overview(
    factory: sessionmaker[Session], settings: Settings, person: Person, now: datetime
) -> list[OwnerView]:
    views = {o.name: OwnerView(o.name) for o in settings.owners if person.may_see(o.name)}
    for row in account_status(factory, settings):
        if row.owner in views:
            views[row.owner].accounts.append(row)
    with factory() as session:
        query = (
            select(StoredComment)
            .join(Account, StoredComment.account_id == Account.id)
            .join(Owner, Account.owner_id == Owner.id)
            .where(StoredComment.status == CommentStatus.OPEN)
            .where(StoredComment.severity.in_(FLAGGED))
            .where(Owner.name.in_(list(views)))
            .options(selectinload(StoredComment.account).selectinload(Account.owner))
        )
        for comment in session.scalars(query):
            views[comment.account.owner.name].items.append(_item(comment, now))
    for view in views.values():
        view.items.sort(key=TeamItem.pressing)
    return list(views.values())


def _item(comment: StoredComment, now: datetime) -> TeamItem:
    tz = comment.account.owner.timezone
    deadline = comment.deadline_at
    return TeamItem(
        id=comment.id,
        owner=comment.account.owner.name,
        account=comment.account.name,
        platform=comment.platform,
        severity=comment.severity,
        labels=", ".join(str(label).replace("_", " ") for label in comment.labels),
        author=comment.author_name,
        excerpt=mask(comment.text[:280]),
        permalink=comment.permalink,
        posted=local(comment.created_at, tz),
        deadline=local(deadline, tz) if deadline else None,
        overdue=bool(deadline and deadline <= now),
        deadline_at=deadline,
        created_at=comment.created_at,
    )


def owner_of(factory: sessionmaker[Session], comment_pk: int) -> str | None:
    with factory() as session:
        comment = session.get(StoredComment, comment_pk)
        return comment.account.owner.name if comment is not None else None


def recent_actions(factory: sessionmaker[Session], limit: int = 50) -> Sequence[Action]:
    with factory() as session:
        return list(session.scalars(select(Action).order_by(Action.id.desc()).limit(limit)))


def record_sign_in(factory: sessionmaker[Session], person: Person, via: str, now: datetime) -> None:
    with transaction(factory) as session:
        audit.record(
            session,
            at=now,
            action="sign-in",
            actor=person.label,
            channel="team",
            result=audit.Result.OK,
            detail=f"{ROLE_NAMES[person.role]}, via {via}",
        )
