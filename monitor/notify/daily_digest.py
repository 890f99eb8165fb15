"""The digest as scheduled units of work.

``send_due_digest`` does one owner's digest if it is due: it picks the flagged comments
not yet reported, issues their links, writes the message to the outbox and marks the
comments reported, all in one transaction guarded by the (owner, local date) unique key,
so a restart or a second scheduler never sends a second digest that day.
A scheduler calls :func:`send_due_digests` every few minutes and
:func:`monitor.notify.email.deliver_outbox` after it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from monitor.accounts import sync
from monitor.actions import FLAGGED, CommentStatus
from monitor.config import OwnerConfig, Settings
from monitor.db import transaction
from monitor.incidents import conduct_notice, mark_raised, unraised
from monitor.knowledge import start_knowledge_clock
from monitor.models import Account, Digest, Incident, Notification, Owner, StoredComment
from monitor.notify import links, weekly
from monitor.notify.digest import Recipient, Rendered, build_digest
from monitor.notify.email import compose, enqueue
from monitor.notify.items import (
    LinkMaker,
    inert_links,
    make_item,
    profile_notices,
    token_links,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DigestOutcome:
    owner: str
    # queued | empty | not_due | already
    status: str
    items: int = 0
    outbox_id: int | None = None
    local_date: str = ""


def due_at(owner: OwnerConfig, now: datetime) -> tuple[str, datetime]:
    """The owner's local date at ``now`` and when that day's digest falls due (UTC).
    A digest time that the spring clock change skips falls due an hour later; one that
    the autumn change repeats falls due the first time round."""
    zone = ZoneInfo(owner.timezone)
    day = now.astimezone(zone).date()
    due = datetime.combine(day, owner.digest_time, tzinfo=zone)
    return day.isoformat(), due.astimezone(UTC)


def _owner_row(session: Session, settings: Settings, name: str) -> Owner:
    row = session.scalar(select(Owner).where(Owner.name == name))
    if row is None:
        sync(session, settings)
        row = session.scalar(select(Owner).where(Owner.name == name))
    assert row is not None
    return row


def _open_flagged(session: Session, owner_id: int, *, reported: bool) -> list[StoredComment]:
    """Flagged comments nobody has decided on: not yet in a digest or alert
    (``reported=False``), or reported in an earlier one (``reported=True``)."""
    return list(
        session.scalars(
            select(StoredComment)
            .join(Account)
            .where(
                Account.owner_id == owner_id,
                StoredComment.severity.in_(FLAGGED),
                StoredComment.status == CommentStatus.OPEN,
                StoredComment.reported_at.is_not(None)
                if reported
                else StoredComment.reported_at.is_(None),
            )
            .options(selectinload(StoredComment.assessments), selectinload(StoredComment.account))
            .order_by(StoredComment.created_at)
        )
    )


def render_digest(
    session: Session,
    settings: Settings,
    owner: OwnerConfig,
    owner_id: int,
    comments: list[StoredComment],
    now: datetime,
    *,
    link: LinkMaker,
    review_url: str | None,
    incidents: list[Incident],
) -> Rendered:
    items = [make_item(settings, comment, link=link) for comment in comments]
    earlier = [
        make_item(settings, c, link=link) for c in _open_flagged(session, owner_id, reported=True)
    ]
    return build_digest(
        Recipient(owner.name, owner.email, owner.timezone, owner.bank_holidays),
        items,
        now,
        masked=settings.email.mask_excerpts,
        review_url=review_url,
        still_open=earlier,
        profiles=profile_notices(session, owner_id),
        weekly=weekly.gather(
            session, owner_id, now, tz=owner.timezone, bank_holidays=owner.bank_holidays
        ),
        conduct=[conduct_notice(incident) for incident in incidents],
    )


def send_due_digest(
    factory: sessionmaker[Session],
    settings: Settings,
    owner_name: str,
    now: datetime,
    *,
    force: bool = False,
) -> DigestOutcome:
    """Queue ``owner_name``'s digest for today if it is due and not yet done.
    ``force`` ignores the time of day (not the once-a-day rule)."""
    owner = settings.owner(owner_name)
    local_date, due = due_at(owner, now)
    if now < due and not force:
        return DigestOutcome(owner_name, "not_due", local_date=local_date)
    try:
        with transaction(factory) as session:
            owner_id = _owner_row(session, settings, owner_name).id
            done = session.scalar(
                select(Digest).where(Digest.owner_id == owner_id, Digest.local_date == local_date)
            )
            if done is not None:
                return DigestOutcome(
                    owner_name, "already", done.item_count, done.outbox_id, local_date
                )
            comments = _open_flagged(session, owner_id, reported=False)
            still_open = _open_flagged(session, owner_id, reported=True)
            incidents = unraised(session, owner_id=owner_id)
            digest = Digest(
                owner_id=owner_id, local_date=local_date, created_at=now, item_count=len(comments)
            )
            session.add(digest)
            session.flush()  # the unique key: a concurrent scheduler fails here
            # A day with nothing new still sends when earlier comments wait for a decision:
            # the digest lists them again with their deadlines.
            if not comments and not still_open and not incidents and not settings.email.send_empty:
                return DigestOutcome(owner_name, "empty", 0, None, local_date)
            for comment in comments:
                start_knowledge_clock(comment, owner, now)
            review = links.issue(
                session,
                settings,
                comment_pk=None,
                action=links.REVIEW,
                recipient=owner.email,
                now=now,
            )
            rendered = render_digest(
                session,
                settings,
                owner,
                owner_id,
                comments,
                now,
                link=token_links(session, settings, recipient=owner.email, now=now),
                review_url=links.review_url(settings, review),
                incidents=incidents,
            )
            message = compose(settings, to=owner.email, rendered=rendered, kind="digest", now=now)
            outbox = enqueue(session, message, kind="digest", owner_id=owner_id, now=now)
            digest.outbox_id = outbox.id
            mark_raised(incidents, now)
            for comment in comments:
                comment.reported_at = now
                session.add(
                    Notification(
                        comment_pk=comment.id,
                        kind="digest",
                        outbox_id=outbox.id,
                        recipients=[owner.email],
                        created_at=now,
                    )
                )
            return DigestOutcome(owner_name, "queued", len(comments), outbox.id, local_date)
    except IntegrityError:
        return DigestOutcome(owner_name, "already", local_date=local_date)


def send_due_digests(
    factory: sessionmaker[Session], settings: Settings, now: datetime
) -> list[DigestOutcome]:
    """Every owner's digest that is due. One owner's failure never stops the others."""
    outcomes = []
    for owner in settings.owners:
        try:
            outcomes.append(send_due_digest(factory, settings, owner.name, now))
        except Exception:  # a bug for one owner must not starve the rest
            log.exception("building the digest for %s failed", owner.name)
    return outcomes


def preview_digest(
    factory: sessionmaker[Session], settings: Settings, owner_name: str, now: datetime
) -> Rendered:
    """What the owner's next digest would say; changes nothing (its links are inert)."""
    owner = settings.owner(owner_name)
    with factory() as session:
        owner_id = _owner_row(session, settings, owner_name).id
        session.rollback()  # _owner_row may have synced rows: a preview stores nothing
        comments = _open_flagged(session, owner_id, reported=False)
        return render_digest(
            session,
            settings,
            owner,
            owner_id,
            comments,
            now,
            link=inert_links(settings),
            review_url=None,
            incidents=unraised(session, owner_id=owner_id),
        )
