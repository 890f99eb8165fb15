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
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session, selectinload, sessionmaker

from connectors.base import Connector, ConnectorError
from connectors.quota import quota_meter
from monitor.accounts import account_row
from monitor.actions import CommentStatus, Severity
from monitor.clock import utcnow
from monitor.config import Settings
from monitor.connections import call_limits, open_connector, save_quota
from monitor.db import MAIL_QUEUED, transaction
from monitor.ingest import store_batch
from monitor.models import Account, AssessmentRow, PollState, StoredComment
from monitor.notify.service_mail import queue_email
from monitor.scoring.base import Assessment, CommentContext, Reason
from monitor.scoring.engine import ScoringEngine
from monitor.second_opinion import SecondOpinion, second_opinion_for

log = logging.getLogger(__name__)

MAX_ROUNDS = 50  # fetches per poll while the connector says there is more
BACKOFF_BASE = timedelta(minutes=1)
BACKOFF_MAX = timedelta(hours=2)
# The tables themselves, for the Core statements of the hot path (no ORM unit of work).
COMMENTS = cast(Table, StoredComment.__table__)
ASSESSMENTS = cast(Table, AssessmentRow.__table__)

# Called inside the scoring transaction with the comments just flagged, so that incidents
# and urgent alerts are recorded atomically with the assessments.
ScoredStep = Callable[[Session, Settings, Sequence[StoredComment], datetime], None]
# Called after a poll that reached the platform, with the account's connector: finishing
# interrupted actions and auto-hide. Returns how many comments it hid.
ModerationStep = Callable[[sessionmaker[Session], Settings, int, Connector, datetime], int]


@dataclass(frozen=True)
class AfterScoring:
    """What a poll runs besides fetching, storing and scoring, chosen by the caller
    (:func:`monitor.service.after_scoring` builds what the service runs), so a library
    caller states what it wants rather than inheriting what some import installed.

    ``scored`` runs in order inside each scoring transaction with the comments it
    flagged; ``moderate`` runs once after a poll that reached the platform;
    ``mail_queued`` is called once a scoring transaction that queued mail (see
    db.MAIL_QUEUED) has committed, so the sender can send an urgent alert seconds after
    its comment is scored rather than at its next round."""

    scored: tuple[ScoredStep, ...] = ()
    moderate: ModerationStep | None = None
    mail_queued: Callable[[], None] | None = None


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
    requests: int | None = None  # HTTP requests the fetch made, where counted

    @property
    def ok(self) -> bool:
        return self.error is None and not self.not_due


def poll_account(
    factory: sessionmaker[Session],
    settings: Settings,
    account_name: str,
    *,
    engine: ScoringEngine,
    after: AfterScoring,
    now: datetime | None = None,
    connector: Connector | None = None,
    connect: Callable[[], Connector] | None = None,
    force: bool = False,
) -> PollOutcome:
    """Poll one account once. Never raises for a platform failure: the outcome and the
    poll_state row say what happened. ``after`` says what runs once comments are scored
    (see :class:`AfterScoring`). ``connect`` makes the connector when one is
    needed (the poll pool hands over the account's kept connector this way)."""
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
    requests_before: int | None = None
    try:
        if connector is None:
            connector = connect() if connect else open_connector(settings, factory, config)
        if connector.counts_requests:
            requests_before = connector.requests_made
        # One limits object per connector, so a kept HTTP session keeps its guard; its
        # budget restarts with every poll.
        limits = call_limits(settings)
        held = connector.limits
        if (held.connect, held.read, held.total, held.budget) != (
            limits.connect,
            limits.read,
            limits.total,
            limits.budget,
        ):
            connector.limits = limits
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
        record_failure(factory, settings, account_id, exc, now, outcome)
    finally:
        if meter is not None:
            save_quota(factory, account_id, meter)
        if connector is not None and requests_before is not None:
            outcome.requests = connector.requests_made - requests_before
    for problem in outcome.skipped:
        log.warning("%s: skipped an item the platform sent: %s", account_name, problem)

    scored = score_pending(
        factory, settings, engine=engine, after=after, account_id=account_id, now=now
    )
    outcome.scored, outcome.flagged = scored
    if connector is not None and outcome.error is None and after.moderate is not None:
        # Hiding is its own unit of work, with its own budget, not what the poll left.
        connector.limits.start_budget()
        outcome.auto_hidden = after.moderate(factory, settings, account_id, connector, now)
    with transaction(factory) as session:
        state = _state(session, session.get_one(Account, account_id))
        state.last_duration_ms = int((time.monotonic() - started) * 1000)
        state.last_requests = outcome.requests
        if outcome.error is None:
            state.last_success_at = now
            state.last_fetched = outcome.fetched
            state.last_error = None
            state.consecutive_failures = 0
            state.parked_until = None
            state.paused_reason = None  # a successful (forced) poll resumes the schedule
    return outcome


def _state(session: Session, account: Account) -> PollState:
    state = session.get(PollState, account.id)
    if state is None:
        state = PollState(account_id=account.id, consecutive_failures=0)
        session.add(state)
        session.flush()
    return state


def record_failure(
    factory: sessionmaker[Session],
    settings: Settings,
    account_id: int,
    error: ConnectorError,
    now: datetime,
    outcome: PollOutcome,
) -> None:
    with transaction(factory) as session:
        state = _state(session, session.get_one(Account, account_id))
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
    try:
        account = settings.account(account_name)
        owner = settings.owner(account.owner)
    except KeyError:
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
    after: AfterScoring,
    account_id: int | None = None,
    now: datetime | None = None,
) -> tuple[int, int]:
    """Score comments that have no assessment yet, running ``after.scored`` in each
    batch's transaction, and read again the stored replies to them that were scored before
    they arrived (:func:`_replies_answered_later`). Returns (scored, flagged), counting
    each assessment saved.

    Several workers may run this at once: each batch is claimed (see :func:`_claim`), so
    a comment is scored, and alerted about, by exactly one of them."""
    now = now or utcnow()
    scored = flagged = 0
    batch = settings.scoring.batch_size
    while True:
        with transaction(factory) as session:
            pending = _unscored(session, account_id, batch)
            if not pending:
                return scored, flagged
            contexts = contexts_for(session, pending)
            assessments = engine.assess([row.text for row in pending], contexts)
            won = _claim(session, [row.id for row in pending])
            opinion = second_opinion_for(settings.section("scoring.second_opinion"))
            results: list[tuple[int, Assessment, dict[str, object] | None]] = []
            for row, assessment, context in zip(pending, assessments, contexts, strict=True):
                if row.id in won:
                    results.append(
                        (row.id, assessment, _opinion(opinion, row.text, context, assessment))
                    )
            results += _replies_answered_later(
                session, engine, [row for row in pending if row.id in won], opinion
            )
            if results:
                _save_assessments(session, results, now)
            scored += len(results)
            flagged_ids = [pk for pk, assessment, _ in results if assessment.severity != "none"]
            flagged += sum(assessment.flagged for _, assessment, _ in results)
            if flagged_ids and after.scored:
                flagged_rows = list(
                    session.scalars(
                        select(StoredComment)
                        .where(StoredComment.id.in_(flagged_ids))
                        .options(selectinload(StoredComment.account).selectinload(Account.owner))
                        .order_by(StoredComment.id)
                    )
                )
                for step in after.scored:
                    step(session, settings, flagged_rows, now)
        if session.info.pop(MAIL_QUEUED, False) and after.mail_queued is not None:
            _wake_sender(after.mail_queued)


def _opinion(
    opinion: SecondOpinion | None,
    text: str,
    context: CommentContext | None,
    assessment: Assessment,
) -> dict[str, object] | None:
    """The second opinion on a libel candidate, where one is configured."""
    if opinion is None or "libel" not in assessment.labels:
        return None
    verdict = opinion.judge(text, context)
    return verdict.as_json() if verdict else None


def _replies_answered_later(
    session: Session,
    engine: ScoringEngine,
    parents: Sequence[Any],
    opinion: SecondOpinion | None,
) -> list[tuple[int, Assessment, dict[str, object] | None]]:
    """Replies scored before the comment they answer was stored, read again now that its
    words are known: "So true" can arrive a poll ahead of the allegation it agrees with.
    A reply's new assessment is kept only where it adds a label or raises the severity,
    and only while nobody has decided on the reply."""
    wanted: dict[int, list[str]] = {}
    for row in parents:
        wanted.setdefault(row.account_id, []).append(row.comment_id)
    replies: list[Any] = []
    for account_id, ids in wanted.items():
        replies += session.execute(
            select(*_TO_SCORE, StoredComment.severity, StoredComment.labels)
            .where(
                StoredComment.account_id == account_id,
                StoredComment.parent_id.in_(ids),
                StoredComment.severity.is_not(None),
                StoredComment.status == CommentStatus.OPEN,
            )
            .order_by(StoredComment.id)
        ).all()
    if not replies:
        return []
    contexts = contexts_for(session, replies)
    results: list[tuple[int, Assessment, dict[str, object] | None]] = []
    for row, assessment, context in zip(
        replies, engine.assess([row.text for row in replies], contexts), contexts, strict=True
    ):
        gained = set(assessment.labels) - set(row.labels or ())
        if gained or _RANK[assessment.severity] > _RANK[row.severity]:
            results.append((row.id, assessment, _opinion(opinion, row.text, context, assessment)))
    return results


_RANK: dict[str, int] = {Severity.NONE: 0, Severity.REVIEW: 1, Severity.HIGH: 2}


def _wake_sender(wake: Callable[[], None]) -> None:
    try:
        wake()
    except Exception:  # the mail is committed: the sender's next round still sends it
        log.exception("could not wake the email sender")


# What scoring a stored comment reads: its words and who it answers.
_TO_SCORE = (
    StoredComment.id,
    StoredComment.comment_id,
    StoredComment.text,
    StoredComment.account_id,
    StoredComment.parent_id,
    StoredComment.parent_author,
    StoredComment.parent_is_owner,
)


def _unscored(session: Session, account_id: int | None, limit: int) -> list[Any]:
    """The next unscored comments (id, text and who they answer). On PostgreSQL they are
    locked, skipping rows another worker has locked, so concurrent scorers take different
    batches."""
    query = select(*_TO_SCORE).where(StoredComment.severity.is_(None))
    if account_id is not None:
        query = query.where(StoredComment.account_id == account_id)
    query = query.order_by(StoredComment.id).limit(limit)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    return list(session.execute(query))


def _claim(session: Session, comment_pks: list[int]) -> set[int]:
    """Take the write lock on those comments still unscored and return their ids.

    SQLite has no row locks: its SELECT above ran without a write lock, so another
    process may have scored some of these comments while we scored them too. This
    UPDATE is the first write of the transaction, so it takes SQLite's single write lock
    and sees every committed score; the comments it returns are ours until we commit.
    On PostgreSQL the rows are already ours (FOR UPDATE), and this returns them all."""
    table = COMMENTS
    statement = (
        update(table)
        .where(table.c.id.in_(comment_pks), table.c.severity.is_(None))
        .values(severity=table.c.severity)
        .returning(table.c.id)
    )
    return set(session.scalars(statement))


def _save_assessments(
    session: Session,
    results: list[tuple[int, Assessment, dict[str, object] | None]],
    now: datetime,
) -> None:
    """One executemany for the assessments, one for the comments' latest severity."""
    session.execute(
        insert(ASSESSMENTS),
        [
            {
                "comment_pk": comment_pk,
                "created_at": now,
                "scorer_versions": assessment.scorer_versions,
                "scores": assessment.scores,
                "severity": assessment.severity,
                "labels": assessment.labels,
                "reasons": [_reason(r) for r in assessment.reasons],
                "second_opinion": opinion,
            }
            for comment_pk, assessment, opinion in results
        ],
    )
    table = COMMENTS
    session.execute(
        update(table)
        .where(table.c.id == bindparam("pk"))
        .values(
            severity=bindparam("new_severity", type_=table.c.severity.type),
            labels=bindparam("new_labels", type_=table.c.labels.type),
        ),
        [
            {"pk": pk, "new_severity": assessment.severity, "new_labels": assessment.labels}
            for pk, assessment, _ in results
        ],
    )


def contexts_for(session: Session, comments: Sequence[Any]) -> list[CommentContext | None]:
    """Who each comment answers (what the connector said, else the stored parent's author)
    and, where the parent comment is stored, its words."""
    wanted = {(c.account_id, c.parent_id) for c in comments if c.parent_id}
    parents: dict[tuple[int, str], tuple[str, str]] = {}
    for account_id in {account for account, _ in wanted}:
        ids = [parent for account, parent in wanted if account == account_id]
        rows = session.execute(
            select(StoredComment.comment_id, StoredComment.author_name, StoredComment.text).where(
                StoredComment.account_id == account_id, StoredComment.comment_id.in_(ids)
            )
        )
        parents.update({(account_id, cid): (name, text) for cid, name, text in rows})
    contexts: list[CommentContext | None] = []
    for comment in comments:
        stored = parents.get((comment.account_id, comment.parent_id)) if comment.parent_id else None
        author = comment.parent_author or (stored[0] if stored else None)
        if author is None and comment.parent_is_owner is None:
            contexts.append(None)
        else:
            contexts.append(
                CommentContext(author, bool(comment.parent_is_owner), stored[1] if stored else None)
            )
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
