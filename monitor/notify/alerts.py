"""Urgent alerts: a high-severity comment is emailed to its owner in the poll that scored
it, and also to the delegate when it arrives outside the owner's staffed hours.

:func:`queue_alerts` runs inside the scoring transaction (a pipeline ``scored_hook``), so
the alert's outbox rows, its ``notifications`` row and the assessment commit together.
The unique (comment, "alert") notification is the guard that sends one alert per comment
however often the process restarts. Importing this module installs the hook.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from email.utils import make_msgid

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.clock import StaffedHours
from monitor.config import OwnerConfig, Settings
from monitor.models import Notification, Outbox, StoredComment
from monitor.notify.digest import Recipient, build_alert
from monitor.notify.email import compose, enqueue, sender_domain
from monitor.notify.items import make_item, start_knowledge_clock, token_links
from monitor.notify.push import push_body

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
    """Queue one alert per new high-severity comment (the scored hook)."""
    for comment in flagged:
        if comment.severity != "high" or comment.alerted_at is not None:
            continue
        already = session.scalar(
            select(Notification.id).where(
                Notification.comment_pk == comment.id, Notification.kind == "alert"
            )
        )
        if already is not None:
            continue
        try:
            owner = settings.owner(comment.account.owner.name)
        except StopIteration:
            log.warning("comment %s belongs to an owner no longer in the config", comment.id)
            continue
        queue_alert(session, settings, comment, owner, now)


def queue_alert(
    session: Session, settings: Settings, comment: StoredComment, owner: OwnerConfig, now: datetime
) -> list[Outbox]:
    recipients, out_of_hours = recipients_for(owner, now)
    start_knowledge_clock(comment, owner, now)
    rows = []
    for address in recipients:
        is_owner = address == owner.email
        item = make_item(
            settings, comment, link=token_links(session, settings, recipient=address, now=now)
        )
        rendered = build_alert(
            Recipient(
                owner.name if is_owner else f"{owner.name}'s office", address, owner.timezone
            ),
            item,
            now,
            masked=bool(settings.get("email.mask_excerpts")),
            out_of_hours=out_of_hours and not is_owner,
        )
        message = compose(settings, to=address, rendered=rendered, kind="alert", now=now)
        owner_id = comment.account.owner_id
        rows.append(enqueue(session, message, kind="alert", owner_id=owner_id, now=now))
    if settings.get("alerts.urls"):
        title = f"wardwatch: urgent comment on {comment.account.name}"
        body = (
            f"A high-severity comment ({', '.join(comment.labels)}) by "
            f"{comment.author_name} on {comment.platform}. Details and the Hide link "
            f"are in the email to {owner.name}."
        )
        push = Outbox(
            kind="push",
            owner_id=comment.account.owner_id,
            recipients=[],
            subject=title,
            message=push_body(title=title, body=body),
            message_id=make_msgid(idstring="push", domain=sender_domain(settings)),
            status="pending",
            attempts=0,
            created_at=now,
            next_attempt_at=now,
        )
        session.add(push)
        rows.append(push)
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
    return rows


def install() -> None:
    from monitor.pipeline import scored_hooks

    if queue_alerts not in scored_hooks:
        scored_hooks.append(queue_alerts)


install()
