"""One poll of one account: fetch -> store -> score, as units of work that can be cut
short at any point without losing or duplicating a comment.

1. Fetch new comments from the connector (no database work in flight).
2. Store them with INSERT ... ON CONFLICT DO NOTHING and advance the cursor in the same
   transaction: a crash before the commit leaves the old cursor and no rows; after it,
   both are kept.
3. Score every unscored comment of the account in batches, each batch in a transaction
   with its assessments. A crash here leaves comments unscored; the next poll scores them.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from connectors.base import Connector, ConnectorError
from connectors.deadline import CallLimits
from connectors.quota import QuotaMeter, quota_meter
from monitor.accounts import account_row, open_connector
from monitor.clock import utcnow
from monitor.config import Settings
from monitor.db import transaction
from monitor.ingest import store_batch
from monitor.models import Account, AssessmentRow, PollState, StoredComment
from monitor.scoring.base import CommentContext, Reason
from monitor.scoring.engine import ScoringEngine
from monitor.second_opinion import second_opinion_for

log = logging.getLogger(__name__)

MAX_ROUNDS = 50  # fetches per poll while the connector says there is more
BACKOFF_BASE = timedelta(minutes=1)
BACKOFF_MAX = timedelta(hours=2)

# Called inside the scoring transaction with the comments just scored, so that urgent
# alerts are queued atomically with the assessments (monitor.notify registers one).
ScoredHook = Callable[[Session, Settings, Sequence[StoredComment], datetime], None]
scored_hooks: list[ScoredHook] = []


@dataclass
class PollOutcome:
    account: str
    fetched: int = 0
    stored: int = 0
    scored: int = 0
    flagged: int = 0
    skipped: list[str] = field(default_factory=list)
    quarantined: int = 0
    error: str | None = None
    permanent: bool = False
    parked_until: datetime | None = None
    not_due: bool = False
    auto_hidden: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None and not self.not_due


def poll_account(
    factory: sessionmaker[Session],
    settings: Settings,
    account_name: str,
    *,
    engine: ScoringEngine,
    now: datetime | None = None,
    connector: Connector | None = None,
    force: bool = False,
) -> PollOutcome:
    """Poll one account once. Never raises for a platform failure: the outcome and the
    poll_state row say what happened."""
    now = now or utcnow()
    config = settings.account(account_name)
    outcome = PollOutcome(account=account_name)
    started = time.monotonic()
    with transaction(factory) as session:
        account = account_row(session, settings, account_name)
        state = _state(session, account)
        if not force and state.paused_reason:
            outcome.error, outcome.permanent, outcome.not_due = state.paused_reason, True, True
            return outcome
        if not force and state.parked_until and state.parked_until > now:
            outcome.parked_until, outcome.not_due = state.parked_until, True
            return outcome
        account_id, cursor = account.id, state.cursor
        units = (state.api_units_day, state.api_units_used)
        state.last_attempt_at = now

    meter = None
    try:
        connector = connector or open_connector(settings, factory, config)
        connector.limits = call_limits(settings)
        connector.limits.start_budget()
        meter = quota_meter(connector)
        if meter is not None:
            meter.start(*units)
        for _ in range(MAX_ROUNDS):
            batch = connector.fetch(cursor)
            stored, quarantined = store_batch(factory, account_id, config.platform, batch, now)
            outcome.fetched += len(batch.comments)
            outcome.stored += stored
            outcome.quarantined += quarantined
            outcome.skipped += batch.skipped + [r.error for r in batch.rejected]
            cursor = batch.cursor
            if not batch.more:
                break
            if connector.limits.budget_spent():
                log.warning("%s: time budget spent; the rest waits for the next poll", account_name)
                break
    except ConnectorError as exc:
        _record_failure(factory, settings, account_id, exc, now, outcome)
    finally:
        if meter is not None:
            save_quota(factory, account_id, meter)
    for problem in outcome.skipped:
        log.warning("%s: skipped an item the platform sent: %s", account_name, problem)

    scored = score_pending(factory, settings, engine=engine, account_id=account_id, now=now)
    outcome.scored, outcome.flagged = scored
    if connector is not None and outcome.error is None:
        from monitor.moderation import auto_hide, reconcile_pending

        # Hiding is its own unit of work, with its own budget, not what the poll left.
        connector.limits.start_budget()
        # Actions interrupted after the platform was asked are finished first.
        reconcile_pending(factory, settings, account_id, connector=connector, now=now)
        if settings.get("scoring.auto_hide"):
            outcome.auto_hidden = auto_hide(
                factory, settings, account_id, connector=connector, now=now
            )
    with transaction(factory) as session:
        state = _state(session, session.get_one(Account, account_id))
        state.last_duration_ms = int((time.monotonic() - started) * 1000)
        if outcome.error is None:
            state.last_success_at = now
            state.last_fetched = outcome.fetched
            state.last_error = None
            state.consecutive_failures = 0
            state.parked_until = None
            state.paused_reason = None  # a successful (forced) poll resumes the schedule
    return outcome


def call_limits(settings: Settings) -> CallLimits:
    """The [polling] limits on each platform call and on one poll as a whole."""
    return CallLimits(
        connect=float(settings.get("polling.connect_timeout")),
        read=float(settings.get("polling.read_timeout")),
        total=float(settings.get("polling.call_deadline")),
        budget=float(settings.get("polling.poll_budget")),
    )


def save_quota(factory: sessionmaker[Session], account_id: int, meter: QuotaMeter) -> None:
    """Keep the day's API-unit tally (YouTube) so a restart doesn't forget what was spent."""
    with transaction(factory) as session:
        state = session.get_one(PollState, account_id)
        state.api_units_day, state.api_units_used = meter.usage()


def _state(session: Session, account: Account) -> PollState:
    state = session.get(PollState, account.id)
    if state is None:
        state = PollState(account_id=account.id, consecutive_failures=0)
        session.add(state)
        session.flush()
    return state


def _record_failure(
    factory: sessionmaker[Session],
    settings: Settings,
    account_id: int,
    error: ConnectorError,
    now: datetime,
    outcome: PollOutcome,
) -> None:
    with transaction(factory) as session:
        state = session.get_one(PollState, account_id)
        state.last_error = error.message
        state.last_error_at = now
        state.consecutive_failures = (state.consecutive_failures or 0) + 1
        if error.permanent:
            if state.paused_reason is None:
                _tell_owner_paused(
                    session, settings, outcome.account, error.message, now, state.account.owner_id
                )
            state.paused_reason = error.message
        else:
            state.parked_until = now + _backoff(state.consecutive_failures, error.retry_after)
        outcome.error, outcome.permanent = error.message, error.permanent
        outcome.parked_until = state.parked_until
    log.error("polling %s failed: %s", outcome.account, error.message)


def _tell_owner_paused(
    session: Session,
    settings: Settings,
    account_name: str,
    reason: str,
    now: datetime,
    owner_id: int,
) -> None:
    """Email the owner (and delegate) once when an account stops being watched: a revoked
    token or exhausted credits must not leave a councillor unknowingly unprotected."""
    from monitor.notices import queue_email

    try:
        account = settings.account(account_name)
        owner = settings.owner(account.owner)
    except (KeyError, StopIteration):
        return
    recipients = [owner.email] + ([owner.delegate_email] if owner.delegate_email else [])
    queue_email(
        session,
        settings,
        kind="paused",
        owner_id=owner_id,
        recipients=recipients,
        subject=f"wardwatch has stopped watching {account_name}",
        body=(
            f"wardwatch can no longer read comments on {account_name} ({account.platform}), "
            f"so nothing posted there is being checked.\n\n"
            f"Why: {reason}\n\n"
            f"Once that is fixed, run `wardwatch poll --account {account_name} --force`; "
            "a successful poll resumes the schedule.\n"
        ),
        now=now,
    )


def _backoff(failures: int, retry_after: float | None) -> timedelta:
    """Exponential back-off with full jitter, never sooner than the platform asked."""
    ceiling = min(BACKOFF_BASE * 2 ** min(failures - 1, 12), BACKOFF_MAX)
    delay = timedelta(seconds=random.uniform(ceiling.total_seconds() / 2, ceiling.total_seconds()))
    if retry_after is not None:
        delay = max(delay, timedelta(seconds=retry_after))
    return delay


def score_pending(
    factory: sessionmaker[Session],
    settings: Settings,
    *,
    engine: ScoringEngine,
    account_id: int | None = None,
    now: datetime | None = None,
) -> tuple[int, int]:
    """Score comments that have no assessment yet. Returns (scored, flagged)."""
    now = now or utcnow()
    scored = flagged = 0
    while True:
        with transaction(factory) as session:
            query = select(StoredComment).where(StoredComment.severity.is_(None))
            if account_id is not None:
                query = query.where(StoredComment.account_id == account_id)
            batch = int(settings.get("scoring.batch_size"))
            pending = list(session.scalars(query.order_by(StoredComment.id).limit(batch)))
            if not pending:
                return scored, flagged
            contexts = contexts_for(session, pending)
            assessments = engine.assess([comment.text for comment in pending], contexts)
            opinion = second_opinion_for(settings.section("scoring.second_opinion"))
            for comment, assessment, context in zip(pending, assessments, contexts, strict=True):
                verdict = (
                    opinion.judge(comment.text, context)
                    if opinion is not None and "libel" in assessment.labels
                    else None
                )
                session.add(
                    AssessmentRow(
                        comment_pk=comment.id,
                        created_at=now,
                        scorer_versions=assessment.scorer_versions,
                        scores=assessment.scores,
                        severity=assessment.severity,
                        labels=assessment.labels,
                        reasons=[_reason(r) for r in assessment.reasons],
                        second_opinion=verdict.as_json() if verdict is not None else None,
                    )
                )
                comment.severity = assessment.severity
                comment.labels = assessment.labels
                flagged += assessment.flagged
            scored += len(pending)
            flagged_rows = [c for c in pending if c.severity != "none"]
            for hook in scored_hooks:
                hook(session, settings, flagged_rows, now)


def contexts_for(
    session: Session, comments: Sequence[StoredComment]
) -> list[CommentContext | None]:
    """Who each comment answers: what the connector said, else the stored parent's author."""
    wanted = {(c.account_id, c.parent_id) for c in comments if c.parent_id and not c.parent_author}
    authors: dict[tuple[int, str], str] = {}
    for account_id in {account for account, _ in wanted}:
        ids = [parent for account, parent in wanted if account == account_id]
        rows = session.execute(
            select(StoredComment.comment_id, StoredComment.author_name).where(
                StoredComment.account_id == account_id, StoredComment.comment_id.in_(ids)
            )
        )
        authors.update({(account_id, comment_id): name for comment_id, name in rows})
    contexts: list[CommentContext | None] = []
    for comment in comments:
        author = comment.parent_author or (
            authors.get((comment.account_id, comment.parent_id)) if comment.parent_id else None
        )
        if author is None and comment.parent_is_owner is None:
            contexts.append(None)
        else:
            contexts.append(CommentContext(author, bool(comment.parent_is_owner)))
    return contexts


def _reason(reason: Reason) -> dict[str, object]:
    return {
        "category": reason.category,
        "message": reason.message,
        "score": reason.score,
        "scorer": reason.scorer,
        "evidence": list(reason.evidence),
        "detail": reason.detail,
    }


def poll_all(
    factory: sessionmaker[Session],
    settings: Settings,
    *,
    engine: ScoringEngine,
    only: str | None = None,
    now: datetime | None = None,
    force: bool = False,
) -> list[PollOutcome]:
    """Poll every enabled account (or one). One failing account never stops the others."""
    outcomes = []
    for account in settings.accounts:
        if (only and account.name != only) or (not only and not account.enabled):
            continue
        try:
            outcomes.append(
                poll_account(factory, settings, account.name, engine=engine, now=now, force=force)
            )
        except Exception as exc:  # a bug in one connector must not starve the others
            log.exception("polling %s crashed", account.name)
            outcome = PollOutcome(account=account.name)
            with transaction(factory) as session:
                account_id = account_row(session, settings, account.name).id
            error = ConnectorError(f"internal error ({type(exc).__name__}: {exc}); see the log")
            _record_failure(factory, settings, account_id, error, now or utcnow(), outcome)
            outcomes.append(outcome)
    return outcomes
