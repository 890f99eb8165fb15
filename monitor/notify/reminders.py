"""The knowledge clock's reminders: once the owner has been told about a libel-risk
comment, this job sets each deadline (see :mod:`monitor.knowledge`), reminds the owner at
50% and 90% of it, and escalates to owner and delegate at breach. It stops as soon as the
comment is hidden, deleted or dismissed (its status leaves "open").

Each reminder is a Notification row, unique per (comment, kind), written in the same
transaction as its email: however often the job runs or the process restarts, each
reminder goes once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from monitor.actions import CommentStatus
from monitor.clock import utcnow
from monitor.config import OwnerConfig, Settings
from monitor.db import transaction
from monitor.knowledge import KNOWLEDGE_HOURS, deadline, knowledge_deadline
from monitor.models import Notification, Owner, StoredComment
from monitor.notify.service_mail import queue_email
from monitor.wording import WORKING_HOURS_NOTE, platform_name, plural, when

CLOCK_CATEGORY = "libel"
# (notification kind, share of the 48 working hours, reminders_sent afterwards)
STAGES = (("reminder-50", 0.5, 1), ("reminder-90", 0.9, 2), ("escalation", 1.0, 3))


@dataclass
class ClockOutcome:
    deadlines_set: int = 0
    sent: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def summary(self) -> str:
        parts = [plural(self.deadlines_set, "deadline") + " set"]
        parts += [f"{n} {kind}" for kind, n in sorted(self.sent.items())]
        return ", ".join(parts)


def _owner_config(settings: Settings, owner: Owner) -> OwnerConfig:
    try:
        return settings.owner(owner.name)
    except KeyError:  # owner removed from the config: count with the defaults
        return OwnerConfig(
            name=owner.name,
            email=owner.email,
            delegate_email=owner.delegate_email,
            timezone=owner.timezone,
        )


def stage_due(comment: StoredComment, owner: OwnerConfig, share: float) -> datetime:
    assert comment.notified_at is not None
    return knowledge_deadline(
        comment.notified_at,
        tz=owner.timezone,
        bank_holidays=owner.bank_holidays,
        hours=KNOWLEDGE_HOURS * share,
    )


def run_knowledge_clock(
    factory: sessionmaker[Session], settings: Settings, *, now: datetime | None = None
) -> ClockOutcome:
    now = now or utcnow()
    outcome = ClockOutcome()
    with transaction(factory) as session:
        for comment in session.scalars(
            select(StoredComment).where(
                StoredComment.notified_at.is_not(None), StoredComment.deadline_at.is_(None)
            )
        ):
            if CLOCK_CATEGORY in (comment.labels or []):
                owner = _owner_config(settings, comment.account.owner)
                comment.deadline_at = stage_due(comment, owner, 1.0)
                outcome.deadlines_set += 1
    with transaction(factory) as session:
        running = list(
            session.scalars(
                select(StoredComment)
                .where(
                    StoredComment.deadline_at.is_not(None),
                    StoredComment.status == CommentStatus.OPEN,
                    StoredComment.reminders_sent < len(STAGES),
                )
                .order_by(StoredComment.id)
            )
        )
        due: dict[tuple[int, str], list[StoredComment]] = defaultdict(list)
        for comment in running:
            owner = _owner_config(settings, comment.account.owner)
            # Only the latest stage reached is sent: a comment found past its deadline
            # after downtime gets the escalation, not three emails at once.
            reached = [s for s in STAGES if stage_due(comment, owner, s[1]) <= now]
            if reached and reached[-1][2] > comment.reminders_sent:
                due[(comment.account.owner_id, reached[-1][0])].append(comment)
        for (owner_id, kind), comments in due.items():
            _send(session, settings, session.get_one(Owner, owner_id), kind, comments, now)
            outcome.sent[kind] += len(comments)
    return outcome


def _send(
    session: Session,
    settings: Settings,
    owner: Owner,
    kind: str,
    comments: list[StoredComment],
    now: datetime,
) -> None:
    config = _owner_config(settings, owner)
    recipients = [config.email]
    if kind == "escalation" and config.delegate_email:
        recipients.append(config.delegate_email)
    stage = {"reminder-50": "half", "reminder-90": "90%", "escalation": "all"}[kind]
    verb = "has passed" if kind == "escalation" else "is coming up"
    count = plural(len(comments), "libel-risk comment")
    lines = [
        f"The 48-working-hour deadline to act on {count} {verb} ({stage} of the time used).",
        "Hide or delete each one, or mark it as not a problem, to stop these reminders.",
        f"Working hours: {WORKING_HOURS_NOTE}.",
        "",
    ]
    for comment in comments:
        assert comment.deadline_at is not None and comment.notified_at is not None
        due = deadline(
            comment.deadline_at, now, tz=config.timezone, bank_holidays=config.bank_holidays
        )
        lines += [
            f"#{comment.id} on {comment.account.name} ({platform_name(comment.platform)}) by "
            f"{comment.author_name}",
            f"    first told: {when(comment.notified_at, config.timezone, now=now)}",
            f"    act {due.by}: {due.context}",
            f"    {comment.permalink or '(no link)'}",
            f"    wardwatch hide {comment.id}   |   wardwatch evidence {comment.id}",
            "",
        ]
    subject = (
        f"Deadline passed: {count} still visible"
        if kind == "escalation"
        else f"Reminder: {count} awaiting action"
    )
    outbox = queue_email(
        session,
        settings,
        kind="escalation" if kind == "escalation" else "reminder",
        owner_id=owner.id,
        recipients=recipients,
        subject=subject,
        body="\n".join(lines),
        now=now,
    )
    for comment in comments:
        session.add(
            Notification(
                comment_pk=comment.id,
                kind=kind,
                outbox_id=outbox.id,
                recipients=recipients,
                created_at=now,
            )
        )
        comment.reminders_sent = next(s[2] for s in STAGES if s[0] == kind)
