"""Read-only views of the store for the CLI, the web pages and the digest."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from monitor.actions import FLAGGED, CommentStatus, Severity
from monitor.clock import utcnow
from monitor.config import Settings
from monitor.knowledge import working_hours_between
from monitor.models import (
    Account,
    AssessmentRow,
    Outbox,
    PollState,
    ProfileCheck,
    QuarantinedItem,
    StoredComment,
)


@dataclass(frozen=True, slots=True)
class KnowledgeClock:
    """The knowledge clock of a comment whose owner has been told of a possible libel."""

    notified_at: datetime | None
    deadline_at: datetime
    timezone: str
    bank_holidays: str  # the owner's UK nation, for counting working hours
    running: bool  # the comment is still open
    working_hours_left: float | None  # None once stopped
    overdue: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "notified_at": _iso(self.notified_at),
            "deadline_at": _iso(self.deadline_at),
            "timezone": self.timezone,
            "bank_holidays": self.bank_holidays,
            "running": self.running,
            "working_hours_left": self.working_hours_left,
            "overdue": self.overdue,
        }


@dataclass(frozen=True, slots=True)
class FlaggedComment:
    """A flagged comment as `wardwatch flagged` and the demo list it."""

    id: int
    platform: str
    account: str
    comment_id: str
    author: str
    author_id: str
    text: str
    severity: str | None
    labels: tuple[str, ...]
    reasons: tuple[str, ...]  # "category: message", from the latest assessment
    permalink: str | None
    created_at: datetime
    status: str
    platform_state: str
    timezone: str  # the owner's
    knowledge_clock: KnowledgeClock | None

    def to_json(self) -> dict[str, Any]:
        """The line `wardwatch flagged --json` prints for it."""
        return {
            "id": self.id,
            "platform": self.platform,
            "account": self.account,
            "comment_id": self.comment_id,
            "author": self.author,
            "author_id": self.author_id,
            "text": self.text,
            "severity": self.severity,
            "labels": list(self.labels),
            "reasons": list(self.reasons),
            "permalink": self.permalink,
            "created_at": self.created_at.isoformat(),
            "status": self.status,
            "platform_state": self.platform_state,
            "timezone": self.timezone,
            "knowledge_clock": self.knowledge_clock.to_json() if self.knowledge_clock else None,
        }


def flagged_comments(
    factory: sessionmaker[Session],
    *,
    limit: int = 100,
    account: str | None = None,
    statuses: tuple[str, ...] = (
        CommentStatus.OPEN,
        CommentStatus.HIDDEN,
        CommentStatus.DISMISSED,
    ),
    now: datetime | None = None,
    bank_holidays: Mapping[str, str] | None = None,
) -> list[FlaggedComment]:
    """Flagged comments: open ones with a running knowledge clock first, soonest deadline
    first, then the rest newest first. ``bank_holidays`` maps owner names to their UK
    nation (default ENG) for counting the working hours left."""
    now = now or utcnow()
    running = and_(
        StoredComment.status == CommentStatus.OPEN, StoredComment.deadline_at.is_not(None)
    )
    clock_running = case((running, 0), else_=1)
    # Only running clocks order by deadline; the rest (deadline or not) newest first.
    running_deadline = case((running, StoredComment.deadline_at), else_=None)
    with factory() as session:
        query = (
            select(StoredComment)
            .join(Account)
            .where(StoredComment.severity.in_(FLAGGED))
            .where(StoredComment.status.in_(statuses))
            .options(selectinload(StoredComment.account), selectinload(StoredComment.assessments))
            .order_by(
                clock_running,
                running_deadline,
                StoredComment.created_at.desc(),
                StoredComment.id.desc(),
            )
            .limit(limit)
        )
        if account:
            query = query.where(Account.name == account)
        return [
            flagged_row(
                c, now=now, bank_holidays=(bank_holidays or {}).get(c.account.owner.name, "ENG")
            )
            for c in session.scalars(query)
        ]


def latest_assessment(comment: StoredComment) -> AssessmentRow | None:
    return comment.assessments[-1] if comment.assessments else None


def knowledge_clock(
    comment: StoredComment, *, now: datetime, bank_holidays: str = "ENG"
) -> KnowledgeClock | None:
    """The knowledge clock of a comment whose owner has been told of a possible libel."""
    if comment.deadline_at is None:
        return None
    tz = comment.account.owner.timezone
    left = working_hours_between(now, comment.deadline_at, tz=tz, bank_holidays=bank_holidays)
    running = comment.status == CommentStatus.OPEN
    return KnowledgeClock(
        notified_at=comment.notified_at,
        deadline_at=comment.deadline_at,
        timezone=tz,
        bank_holidays=bank_holidays,
        running=running,
        working_hours_left=round(left, 1) if running else None,
        overdue=running and left <= 0,
    )


def flagged_row(
    comment: StoredComment, *, now: datetime | None = None, bank_holidays: str = "ENG"
) -> FlaggedComment:
    assessment = latest_assessment(comment)
    return FlaggedComment(
        id=comment.id,
        platform=comment.platform,
        account=comment.account.name,
        comment_id=comment.comment_id,
        author=comment.author_name,
        author_id=comment.author_id,
        text=comment.text,
        severity=comment.severity,
        labels=tuple(comment.labels),
        reasons=tuple(
            f"{r['category']}: {r['message']}" for r in (assessment.reasons if assessment else [])
        ),
        permalink=comment.permalink,
        created_at=comment.created_at,
        status=comment.status,
        platform_state=comment.platform_state,
        timezone=comment.account.owner.timezone,
        knowledge_clock=knowledge_clock(comment, now=now or utcnow(), bank_holidays=bank_holidays),
    )


@dataclass(frozen=True, slots=True)
class ProfileSummary:
    """The latest profile check of an account: each notice's verdict."""

    hours_notice: str
    disclaimer: str
    abuse_notice: str
    checked_at: datetime
    error: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "hours_notice": self.hours_notice,
            "disclaimer": self.disclaimer,
            "abuse_notice": self.abuse_notice,
            "checked_at": _iso(self.checked_at),
            "error": self.error,
        }


@dataclass(frozen=True, slots=True)
class QuarantineSummary:
    """An account's unreadable items kept aside, and the latest of them."""

    count: int
    last_error: str
    last_seen_at: datetime
    last_item_id: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "count": self.count,
            "last_error": self.last_error,
            "last_seen_at": _iso(self.last_seen_at),
            "last_item_id": self.last_item_id,
        }


@dataclass(frozen=True, slots=True)
class AccountStatus:
    """How one configured account's polling is going, and what waits for a decision."""

    account: str
    platform: str
    owner: str
    timezone: str  # the owner's
    enabled: bool
    last_success_at: datetime | None
    last_error: str | None
    last_requests: int | None
    parked_until: datetime | None
    paused: str | None  # why polling is paused
    open_high: int
    open_review: int
    unscored: int
    profile: ProfileSummary | None
    quarantined: QuarantineSummary | None

    def to_json(self) -> dict[str, Any]:
        """The account's entry in `wardwatch status --json`."""
        return {
            "account": self.account,
            "platform": self.platform,
            "owner": self.owner,
            "timezone": self.timezone,
            "enabled": self.enabled,
            "last_success_at": _iso(self.last_success_at),
            "last_error": self.last_error,
            "last_requests": self.last_requests,
            "parked_until": _iso(self.parked_until),
            "paused": self.paused,
            "open_high": self.open_high,
            "open_review": self.open_review,
            "unscored": self.unscored,
            "profile": self.profile.to_json() if self.profile else None,
            "quarantined": self.quarantined.to_json() if self.quarantined else None,
        }


def account_status(factory: sessionmaker[Session], settings: Settings) -> list[AccountStatus]:
    with factory() as session:
        counts: dict[tuple[int, str | None], int] = {
            (account_id, severity): n
            for account_id, severity, n in session.execute(
                select(StoredComment.account_id, StoredComment.severity, func.count())
                .where(StoredComment.status == CommentStatus.OPEN)
                .group_by(StoredComment.account_id, StoredComment.severity)
            )
        }
        quarantine = {
            account_id: (n, last)
            for account_id, n, last in session.execute(
                select(
                    QuarantinedItem.account_id,
                    func.count(),
                    func.max(QuarantinedItem.id),
                ).group_by(QuarantinedItem.account_id)
            )
        }
        rows = []
        accounts = {a.name: a for a in session.scalars(select(Account))}

        profiles = {check.account_id: check for check in latest_profile_checks(session)}
        for config in settings.accounts:
            account = accounts.get(config.name)
            state = session.get(PollState, account.id) if account else None
            rows.append(
                AccountStatus(
                    account=config.name,
                    platform=config.platform,
                    owner=config.owner,
                    timezone=settings.owner(config.owner).timezone,
                    enabled=config.enabled,
                    last_success_at=state.last_success_at if state else None,
                    last_error=state.last_error if state else None,
                    last_requests=state.last_requests if state else None,
                    parked_until=state.parked_until if state else None,
                    paused=state.paused_reason if state else None,
                    open_high=counts.get((account.id, Severity.HIGH), 0) if account else 0,
                    open_review=counts.get((account.id, Severity.REVIEW), 0) if account else 0,
                    unscored=counts.get((account.id, None), 0) if account else 0,
                    profile=_profile(profiles.get(account.id)) if account else None,
                    quarantined=_quarantined(session, quarantine.get(account.id))
                    if account
                    else None,
                )
            )
        return rows


@dataclass(frozen=True, slots=True)
class OutboxSummary:
    """How the email outbox stands: what waits, for how long, and what failed for good."""

    pending: int
    sent: int
    failed: int
    oldest_pending_at: datetime | None
    oldest_pending_age_s: int | None
    # Why the head of the queue is waiting (a deferred retry), if it has been tried.
    pending_error: str | None
    next_attempt_at: datetime | None
    last_failed_error: str | None
    last_failed_queued_at: datetime | None
    last_failed_subject: str | None

    def to_json(self) -> dict[str, Any]:
        """The outbox entry of `wardwatch status --json`."""
        return {
            "pending": self.pending,
            "sent": self.sent,
            "failed": self.failed,
            "oldest_pending_at": _iso(self.oldest_pending_at),
            "oldest_pending_age_s": self.oldest_pending_age_s,
            "pending_error": self.pending_error,
            "next_attempt_at": _iso(self.next_attempt_at),
            "last_failed_error": self.last_failed_error,
            "last_failed_queued_at": _iso(self.last_failed_queued_at),
            "last_failed_subject": self.last_failed_subject,
        }


def outbox_summary(factory: sessionmaker[Session], now: datetime) -> OutboxSummary:
    """How the email outbox stands: what waits, for how long, and what failed for good."""
    with factory() as session:
        counts: dict[str, int] = {
            status: n
            for status, n in session.execute(
                select(Outbox.status, func.count()).group_by(Outbox.status)
            )
        }
        oldest = session.scalar(
            select(Outbox)
            .where(Outbox.status == "pending")
            .order_by(Outbox.created_at, Outbox.id)
            .limit(1)
        )
        last_failed = session.scalar(
            select(Outbox).where(Outbox.status == "failed").order_by(Outbox.id.desc()).limit(1)
        )
        return OutboxSummary(
            pending=counts.get("pending", 0),
            sent=counts.get("sent", 0),
            failed=counts.get("failed", 0),
            oldest_pending_at=oldest.created_at if oldest else None,
            oldest_pending_age_s=(
                max(0, int((now - oldest.created_at).total_seconds())) if oldest else None
            ),
            pending_error=oldest.last_error if oldest else None,
            next_attempt_at=oldest.next_attempt_at if oldest else None,
            last_failed_error=last_failed.last_error if last_failed else None,
            last_failed_queued_at=last_failed.created_at if last_failed else None,
            last_failed_subject=last_failed.subject if last_failed else None,
        )


def _quarantined(session: Session, counted: tuple[int, int] | None) -> QuarantineSummary | None:
    if counted is None:
        return None
    count, last_id = counted
    last = session.get_one(QuarantinedItem, last_id)
    return QuarantineSummary(
        count=count, last_error=last.error, last_seen_at=last.seen_at, last_item_id=last.item_id
    )


def _profile(check: ProfileCheck | None) -> ProfileSummary | None:
    if check is None:
        return None
    return ProfileSummary(
        hours_notice=check.hours_notice,
        disclaimer=check.disclaimer,
        abuse_notice=check.abuse_notice,
        checked_at=check.checked_at,
        error=check.error,
    )


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


def latest_profile_checks(session: Session, owner_id: int | None = None) -> list[ProfileCheck]:
    """The most recent check of each account (of one owner), for the digest and status."""
    newest = (
        select(ProfileCheck.account_id, func.max(ProfileCheck.id).label("id"))
        .group_by(ProfileCheck.account_id)
        .subquery()
    )
    query = select(ProfileCheck).join(newest, ProfileCheck.id == newest.c.id)
    if owner_id is not None:
        query = query.join(Account, Account.id == ProfileCheck.account_id).where(
            Account.owner_id == owner_id
        )
    return list(session.scalars(query.order_by(ProfileCheck.account_id)))
