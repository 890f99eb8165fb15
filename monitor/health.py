"""Is the service working? The answers behind ``/healthz``: the database answers, the
scheduler's heartbeat is fresh, each enabled account was polled recently, and the email
outbox is not backing up.

The scheduler writes its heartbeat into ``job_runs`` (a row of its own) every
``HEARTBEAT_EVERY``, so any process on the same database (``wardwatch web`` beside
``wardwatch run``, a second web replica) can tell whether the scheduler is alive.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from monitor.actions import OutboxStatus
from monitor.config import Settings
from monitor.db import transaction
from monitor.models import Account, JobRun, Outbox, PollState

HEARTBEAT_JOB = "scheduler-heartbeat"
HEARTBEAT_EVERY = timedelta(seconds=30)
# Three missed beats: the scheduler is gone or wedged.
HEARTBEAT_STALE = 3 * HEARTBEAT_EVERY
# A poll later than twice its interval plus this is reported (rate-limit parks excepted).
POLL_SLACK = timedelta(minutes=5)
# Mail waiting longer than this is reported: the SMTP server is refusing or unreachable.
OUTBOX_SLOW = timedelta(minutes=30)


def beat(factory: sessionmaker[Session], now: datetime) -> None:
    with transaction(factory) as session:
        row = session.get(JobRun, HEARTBEAT_JOB) or JobRun(job=HEARTBEAT_JOB)
        row.last_run_at, row.last_result = now, f"pid {os.getpid()}"
        session.add(row)


@dataclass
class Health:
    """``healthy`` decides the HTTP status (200 or 503); ``warnings`` need a person but do
    not mean the process should be restarted."""

    healthy: bool
    checks: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        status = "fail" if not self.healthy else ("warn" if self.warnings else "ok")
        return {"status": status, "checks": self.checks, "warnings": self.warnings}


def check(factory: sessionmaker[Session], settings: Settings, now: datetime) -> Health:
    health = Health(healthy=True)
    try:
        with factory() as session:
            session.execute(text("SELECT 1"))
            _scheduler(session, now, health)
            _polls(session, settings, now, health)
            _outbox(session, now, health)
        health.checks["database"] = {"ok": True}
    except SQLAlchemyError as exc:  # the store cannot be read: that is the answer
        first = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or ["error"])[0]
        health.healthy = False
        health.checks["database"] = {"ok": False, "error": first}
    return health


def _age(now: datetime, moment: datetime | None) -> int | None:
    return None if moment is None else max(0, int((now - moment).total_seconds()))


def _scheduler(session: Session, now: datetime, health: Health) -> None:
    row = session.get(JobRun, HEARTBEAT_JOB)
    age = _age(now, row.last_run_at if row else None)
    ok = age is not None and age <= HEARTBEAT_STALE.total_seconds()
    health.checks["scheduler"] = {
        "ok": ok,
        "last_heartbeat_at": row.last_run_at.isoformat(timespec="seconds") if row else None,
        "heartbeat_age_s": age,
    }
    if not ok:
        health.healthy = False


def _polls(session: Session, settings: Settings, now: datetime, health: Health) -> None:
    states = {
        name: state
        for name, state in session.execute(
            select(Account.name, PollState).join(PollState, PollState.account_id == Account.id)
        ).all()
    }
    ages: list[tuple[str, int | None]] = []
    late: list[str] = []
    for account in settings.accounts:
        if not account.enabled:
            continue
        state = states.get(account.name)
        age = _age(now, state.last_attempt_at if state else None)
        ages.append((account.name, age))
        parked = bool(state and state.parked_until and state.parked_until > now)
        allowed = 2 * account.poll_every + POLL_SLACK
        if not parked and (age is None or age > allowed.total_seconds()):
            late.append(account.name)
    # An account never polled is the oldest of all.
    oldest = max(ages, key=lambda pair: float("inf") if pair[1] is None else pair[1], default=None)
    health.checks["polls"] = {
        "oldest_account": oldest[0] if oldest else None,
        "oldest_poll_age_s": oldest[1] if oldest else None,
        "late": late,
    }
    if late:
        health.warnings.append(f"not polled recently: {', '.join(late)}")


def _outbox(session: Session, now: datetime, health: Health) -> None:
    counts = dict(
        session.execute(select(Outbox.status, func.count()).group_by(Outbox.status)).all()
    )
    oldest = session.scalar(
        select(func.min(Outbox.created_at)).where(Outbox.status == OutboxStatus.PENDING)
    )
    age = _age(now, oldest)
    health.checks["outbox"] = {
        "pending": counts.get(OutboxStatus.PENDING, 0),
        "failed": counts.get(OutboxStatus.FAILED, 0),
        "oldest_pending_age_s": age,
    }
    if age is not None and age > OUTBOX_SLOW.total_seconds():
        health.warnings.append(f"email has waited {age // 60} minutes to be sent")
    if counts.get(OutboxStatus.FAILED, 0):
        health.warnings.append(
            f"{counts[OutboxStatus.FAILED]} emails failed for good (wardwatch status)"
        )
