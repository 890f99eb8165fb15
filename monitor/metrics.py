"""Prometheus metrics (prometheus-client), served at ``/metrics``.

Two kinds. What this process did since it started (polls and their outcomes, comments
read, poll durations) are counters kept in memory by ``wardwatch run``. What the store
holds (comments, flags by category, open items, alerts, audit-logged actions, the outbox,
each account's health) is read from the database at each scrape, so every process on the
same database reports the same numbers and nothing resets on restart.
"""

from __future__ import annotations

from collections import Counter as Tally
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from monitor.actions import FLAGGED, CommentStatus, OutboxStatus
from monitor.config import Settings
from monitor.health import HEARTBEAT_JOB
from monitor.models import Account, Action, JobRun, Notification, Outbox, PollState, StoredComment

PROCESS = CollectorRegistry()
POLLS = Counter(
    "wardwatch_polls",
    "Polls run by this process, by account and outcome (ok, failed, skipped).",
    ["account", "outcome"],
    registry=PROCESS,
)
POLL_ERRORS = Counter(
    "wardwatch_poll_errors",
    "Failed polls by this process, by account.",
    ["account"],
    registry=PROCESS,
)
COMMENTS_READ = Counter(
    "wardwatch_comments_read",
    "Comments fetched from the platforms by this process, by account.",
    ["account"],
    registry=PROCESS,
)
COMMENTS_NEW = Counter(
    "wardwatch_comments_new",
    "New comments stored by this process, by account.",
    ["account"],
    registry=PROCESS,
)
POLL_SECONDS = Histogram(
    "wardwatch_poll_duration_seconds",
    "How long a poll took (fetch, store and score).",
    buckets=(0.1, 0.5, 1, 2, 5, 10, 30, 60, 120, 300),
    registry=PROCESS,
)


def record_poll(account: str, outcome: Any, seconds: float) -> None:
    """Count one poll from its PollOutcome (monitor.pipeline)."""
    if getattr(outcome, "not_due", False):
        POLLS.labels(account, "skipped").inc()
        return
    if getattr(outcome, "error", None):
        POLLS.labels(account, "failed").inc()
        POLL_ERRORS.labels(account).inc()
    else:
        POLLS.labels(account, "ok").inc()
    COMMENTS_READ.labels(account).inc(int(getattr(outcome, "fetched", 0) or 0))
    COMMENTS_NEW.labels(account).inc(int(getattr(outcome, "stored", 0) or 0))
    POLL_SECONDS.observe(seconds)


class StoreCollector(Collector):
    def __init__(self, factory: sessionmaker[Session], settings: Settings, now: datetime) -> None:
        self.factory, self.settings, self.now = factory, settings, now

    def collect(self) -> Iterator[Metric]:
        with self.factory() as session:
            yield from _comments(session)
            yield from _actions(session)
            yield from _outbox(session, self.now)
            yield from _accounts(session, self.settings)
            yield from _heartbeat(session, self.now)


def _comments(session: Session) -> Iterator[Metric]:
    stored = GaugeMetricFamily(
        "wardwatch_comments_stored",
        "Comments in the store, by account and severity (none, review, high).",
        labels=["account", "severity"],
    )
    for account, severity, n in session.execute(
        select(Account.name, StoredComment.severity, func.count())
        .join(Account, StoredComment.account_id == Account.id)
        .group_by(Account.name, StoredComment.severity)
    ):
        stored.add_metric([account, severity or "none"], n)
    yield stored

    flags: Tally[str] = Tally()
    open_items = GaugeMetricFamily(
        "wardwatch_open_items",
        "Flagged comments nobody has acted on yet, by account and severity.",
        labels=["account", "severity"],
    )
    opened: Tally[tuple[str, str]] = Tally()
    for account, severity, status, labels in session.execute(
        select(Account.name, StoredComment.severity, StoredComment.status, StoredComment.labels)
        .join(Account, StoredComment.account_id == Account.id)
        .where(StoredComment.severity.in_(FLAGGED))
    ):
        flags.update(labels or [])
        if status == CommentStatus.OPEN:
            opened[(account, severity)] += 1
    by_category = GaugeMetricFamily(
        "wardwatch_flags",
        "Flagged comments in the store, by category (a comment can have several).",
        labels=["category"],
    )
    for category, n in sorted(flags.items()):
        by_category.add_metric([category], n)
    yield by_category
    for (account, severity), n in sorted(opened.items()):
        open_items.add_metric([account, severity], n)
    yield open_items

    alerts = CounterMetricFamily(
        "wardwatch_notifications", "Owners told about a comment, by kind.", labels=["kind"]
    )
    for kind, n in session.execute(
        select(Notification.kind, func.count()).group_by(Notification.kind)
    ):
        alerts.add_metric([kind], n)
    yield alerts


def _actions(session: Session) -> Iterator[Metric]:
    actions = CounterMetricFamily(
        "wardwatch_actions",
        "Audit-logged actions (hide, unhide, dismiss, ...), by channel and result.",
        labels=["action", "channel", "result"],
    )
    for action, channel, result, n in session.execute(
        select(Action.action, Action.channel, Action.result, func.count()).group_by(
            Action.action, Action.channel, Action.result
        )
    ):
        actions.add_metric([action, channel, result], n)
    yield actions


def _outbox(session: Session, now: datetime) -> Iterator[Metric]:
    messages = GaugeMetricFamily(
        "wardwatch_outbox_messages", "Emails in the outbox, by status.", labels=["status"]
    )
    counts = dict(
        session.execute(select(Outbox.status, func.count()).group_by(Outbox.status)).all()
    )
    for status in OutboxStatus:
        messages.add_metric([status], counts.get(status, 0))
    yield messages
    oldest = session.scalar(
        select(func.min(Outbox.created_at)).where(Outbox.status == OutboxStatus.PENDING)
    )
    yield GaugeMetricFamily(
        "wardwatch_outbox_oldest_pending_age_seconds",
        "How long the oldest unsent email has waited (0 when none waits).",
        value=max(0.0, (now - oldest).total_seconds()) if oldest else 0.0,
    )


def _accounts(session: Session, settings: Settings) -> Iterator[Metric]:
    failures = GaugeMetricFamily(
        "wardwatch_account_consecutive_failures",
        "Polls in a row that failed, by account (0 when the last poll worked).",
        labels=["account"],
    )
    success = GaugeMetricFamily(
        "wardwatch_account_last_success_timestamp_seconds",
        "When the account was last polled successfully (Unix time).",
        labels=["account"],
    )
    paused = GaugeMetricFamily(
        "wardwatch_account_paused",
        "1 when a permanent error paused the account until a person acts.",
        labels=["account"],
    )
    enabled = {a.name for a in settings.accounts if a.enabled}
    for name, state in session.execute(
        select(Account.name, PollState).join(PollState, PollState.account_id == Account.id)
    ).all():
        if name not in enabled:
            continue
        failures.add_metric([name], state.consecutive_failures or 0)
        paused.add_metric([name], 1 if state.paused_reason else 0)
        if state.last_success_at is not None:
            success.add_metric([name], state.last_success_at.timestamp())
    yield failures
    yield success
    yield paused


def _heartbeat(session: Session, now: datetime) -> Iterator[Metric]:
    row = session.get(JobRun, HEARTBEAT_JOB)
    if row is not None:
        yield GaugeMetricFamily(
            "wardwatch_scheduler_heartbeat_age_seconds",
            "Seconds since the scheduler last showed it was alive.",
            value=max(0.0, (now - row.last_run_at).total_seconds()),
        )


def exposition(factory: sessionmaker[Session], settings: Settings, now: datetime) -> bytes:
    """The text the ``/metrics`` endpoint serves."""
    store = CollectorRegistry(auto_describe=False)
    store.register(StoreCollector(factory, settings, now))
    return generate_latest(PROCESS) + generate_latest(store)
