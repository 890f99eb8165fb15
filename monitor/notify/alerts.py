"""Urgent alerts: high-severity comments are emailed to their owner in the poll that
scored them, and also to the delegate when they arrive outside the owner's staffed hours.
The comments one scoring transaction finds for one owner go out together, one email per
recipient, so a burst of abuse is one message to read rather than a dozen.

:func:`queue_alerts` runs inside the scoring transaction (a step of the pipeline's
``AfterScoring.scored``, wired by monitor.service), so the alert's outbox rows, its
``notifications`` row and the assessment commit together.
The unique (comment, "alert") notification, one per comment, is the guard that alerts about
each comment once however often the process restarts.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from email.utils import make_msgid

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.actions import OutboxStatus, Severity
from monitor.clock import StaffedHours
from monitor.config import OwnerConfig, Settings
from monitor.incidents import conduct_notice, mark_raised, unraised
from monitor.knowledge import start_knowledge_clock
from monitor.models import Notification, Outbox, StoredComment
from monitor.notify.digest import Recipient, build_alert
from monitor.notify.email import compose, enqueue, sender_domain
from monitor.notify.items import make_item, token_links
from monitor.notify.push import push_body
from monitor.wording import categories, platform_name

log = logging.getLogger(__name__)


def recipients_for(owner: OwnerConfig, now: datetime) -> tuple[list[str], bool]:
    """Who gets an urgent alert now, and whether it is out of hours."""
    staffed = StaffedHours.parse(owner.staffed_hours).is_staffed(
        now, owner.timezone, bank_holidays=owner.bank_holidays
    )
    recipients = [owner.email]
    if not staffed and owner.delegate_email and owner.delegate_email != owner.email:
        recipients.append(owner.delegate_email)
    return recipients, not staffed


def queue_alerts(
    session: Session, settings: Settings, flagged: Sequence[StoredComment], now: datetime
) -> None:
    """Queue the urgent alerts for the new high-severity comments (a scored step): one
    email per recipient per owner listing all of them, so a burst is one message."""
    urgent = [c for c in flagged if c.severity == Severity.HIGH and c.alerted_at is None]
    urgent += _course_of_conduct(session, flagged)
    if not urgent:
        return
    # One query for the whole batch: which of these were already alerted about.
    already = set(
        session.scalars(
            select(Notification.comment_pk).where(
                Notification.comment_pk.in_([c.id for c in urgent]), Notification.kind == "alert"
            )
        )
    )
    by_owner: dict[str, list[StoredComment]] = {}
    for comment in urgent:
        if comment.id not in already:
            by_owner.setdefault(comment.account.owner.name, []).append(comment)
    for name, comments in by_owner.items():
        try:
            owner = settings.owner(name)
        except KeyError:
            log.warning("%s comments belong to an owner no longer in the config", len(comments))
            continue
        queue_alert(session, settings, comments, owner, now)


def _course_of_conduct(session: Session, flagged: Sequence[StoredComment]) -> list[StoredComment]:
    """Comments for the digest that have just made a course of conduct: the second
    incident from one author (possible harassment, Protection from Harassment Act 1997)
    is told at once, with every comment in it, not left for tomorrow's digest."""
    review = [c for c in flagged if c.severity == Severity.REVIEW and c.alerted_at is None]
    if not review:
        return []
    pks = [c.id for c in review]
    in_conduct: set[int] = set()
    for owner_id in {c.account.owner_id for c in review}:
        for incident in unraised(session, owner_id=owner_id, comment_pks=pks):
            if len(incident.members) >= 2:
                in_conduct.update(member.comment_pk for member in incident.members)
    return [c for c in review if c.id in in_conduct]


def queue_alert(
    session: Session,
    settings: Settings,
    comments: Sequence[StoredComment],
    owner: OwnerConfig,
    now: datetime,
) -> list[Outbox]:
    """One alert email per recipient for ``comments`` (all ``owner``'s), an optional push
    notice, and one ``alert`` notification per comment: the guard against alerting twice
    and the record of when the owner was told."""
    recipients, out_of_hours = recipients_for(owner, now)
    owner_id = comments[0].account.owner_id
    for comment in comments:
        start_knowledge_clock(comment, owner, now)
    incidents = unraised(session, owner_id=owner_id, comment_pks=[c.id for c in comments])
    conduct = [conduct_notice(incident) for incident in incidents]
    rows = []
    for address in recipients:
        is_owner = address == owner.email
        link = token_links(session, settings, recipient=address, now=now)
        rendered = build_alert(
            Recipient(
                owner.name if is_owner else f"{owner.name}'s office",
                address,
                owner.timezone,
                owner.bank_holidays,
            ),
            [make_item(settings, comment, link=link) for comment in comments],
            now,
            masked=settings.email.mask_excerpts,
            out_of_hours=out_of_hours and not is_owner,
            conduct=conduct,
        )
        message = compose(settings, to=address, rendered=rendered, kind="alert", now=now)
        rows.append(enqueue(session, message, kind="alert", owner_id=owner_id, now=now))
    if settings.alerts.urls:
        push = _push(settings, comments, owner, owner_id, now)
        session.add(push)
        rows.append(push)
    for comment in comments:
        session.add(
            Notification(
                comment_pk=comment.id,
                kind="alert",
                outbox_id=rows[0].id,
                recipients=recipients,
                created_at=now,
            )
        )
        comment.alerted_at = now
    mark_raised(incidents, now)
    return rows


def _push(
    settings: Settings,
    comments: Sequence[StoredComment],
    owner: OwnerConfig,
    owner_id: int,
    now: datetime,
) -> Outbox:
    """A short notice for the chat/SMS channels: categories and where, never the words."""
    accounts = sorted({c.account.name for c in comments})
    labels = sorted({label for c in comments for label in c.labels})
    if len(comments) == 1:
        comment = comments[0]
        title = f"wardwatch: urgent comment on {comment.account.name}"
        body = (
            f"An urgent comment ({categories(comment.labels)}) by "
            f"{comment.author_name} on {platform_name(comment.platform)}. Details and the "
            f"Hide link are in the email to {owner.name}."
        )
    else:
        title = f"wardwatch: {len(comments)} urgent comments on {', '.join(accounts)}"
        body = (
            f"{len(comments)} urgent comments ({categories(labels)}). Details and "
            f"the Hide links are in the email to {owner.name}."
        )
    return Outbox(
        kind="push",
        owner_id=owner_id,
        recipients=[],
        subject=title,
        message=push_body(title=title, body=body),
        message_id=make_msgid(idstring="push", domain=sender_domain(settings)),
        status=OutboxStatus.PENDING,
        attempts=0,
        created_at=now,
        next_attempt_at=now,
    )
