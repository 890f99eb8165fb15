"""Read-only views of the store for the CLI, the web pages and the digest."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from monitor.actions import FLAGGED, CommentStatus, OutboxStatus, Severity
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
from monitor.views import (
    AccountStatus,
    FlaggedComment,
    KnowledgeClock,
    OutboxSummary,
    ProfileSummary,
    QuarantineSummary,
    StoredReason,
)


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


def latest_reasons(comment: StoredComment) -> list[StoredReason]:
    """The reasons of the comment's latest assessment (none if it is not scored)."""
    assessment = latest_assessment(comment)
    return [StoredReason.from_stored(r) for r in assessment.reasons] if assessment else []


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
        reasons=tuple(r.line for r in latest_reasons(comment)),
        permalink=comment.permalink,
        created_at=comment.created_at,
        status=comment.status,
        platform_state=comment.platform_state,
        timezone=comment.account.owner.timezone,
        knowledge_clock=knowledge_clock(comment, now=now or utcnow(), bank_holidays=bank_holidays),
    )


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
            .where(Outbox.status == OutboxStatus.PENDING)
            .order_by(Outbox.created_at, Outbox.id)
            .limit(1)
        )
        last_failed = session.scalar(
            select(Outbox)
            .where(Outbox.status == OutboxStatus.FAILED)
            .order_by(Outbox.id.desc())
            .limit(1)
        )
        return OutboxSummary(
            pending=counts.get(OutboxStatus.PENDING, 0),
            sent=counts.get(OutboxStatus.SENT, 0),
            failed=counts.get(OutboxStatus.FAILED, 0),
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
