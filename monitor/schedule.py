"""The service's scheduled work as plain data: which units of work exist, how often each
falls due, and which are due now. No scheduler here (monitor.scheduler wires these into
APScheduler); ``run_due`` is the whole of ``wardwatch run --once``.

Durable state is ours, not the scheduler's: ``job_runs`` records when each job last ran,
so a restart runs a missed daily job once (not once per missed day, and not twice), and
each job's own guard (the digests table's unique (owner, local date), notification keys,
poll parks) makes a repeat harmless.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from time import monotonic

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from monitor.author_actions import lift_expired
from monitor.clock import last_local
from monitor.config import Settings
from monitor.db import transaction
from monitor.metrics import record_poll
from monitor.models import JobRun
from monitor.notify.daily_digest import send_due_digest
from monitor.notify.email import deliver_outbox
from monitor.notify.reminders import run_knowledge_clock
from monitor.polling import PollPool
from monitor.profile_check import check_profiles
from monitor.retention import purge
from monitor.wording import plural

log = logging.getLogger(__name__)

# Local times from 00:30 to 02:30 are where the clocks change (01:00 UTC in the UK):
# a job there may not happen, or happen twice. Daily jobs are kept out of it.
DST_WINDOW = (time(0, 30), time(2, 30))
PROFILE_CHECK_AT = time(6, 15)
RETENTION_AT = time(3, 30)
OUTBOX_EVERY = timedelta(minutes=1)
KNOWLEDGE_EVERY = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class Every:
    interval: timedelta


@dataclass(frozen=True, slots=True)
class DailyAt:
    at: time
    tz: str


Schedule = Every | DailyAt


@dataclass(frozen=True, slots=True)
class Job:
    id: str
    schedule: Schedule
    work: Callable[[datetime], str]  # does one unit at ``now``; returns a summary


def outside_dst_window(at: time) -> time:
    start, end = DST_WINDOW
    if start <= at < end:
        log.warning(
            "%s is inside the clock-change window %s-%s: running at %s instead",
            at.strftime("%H:%M"),
            start.strftime("%H:%M"),
            end.strftime("%H:%M"),
            end.strftime("%H:%M"),
        )
        return end
    return at


def is_due(schedule: Schedule, last_run: datetime | None, now: datetime) -> bool:
    if last_run is None:
        return True
    if isinstance(schedule, Every):
        return now - last_run >= schedule.interval
    return last_run < last_local(outside_dst_window(schedule.at), schedule.tz, now)


def build_jobs(
    factory: sessionmaker[Session],
    settings: Settings,
    *,
    polls: PollPool,
) -> list[Job]:
    """Every job the config asks for, in the order a catch-up should run them: poll
    (which queues urgent alerts), then digests, clocks and checks, and send last.
    Polls go through ``polls``, the pool that keeps each account's connector."""
    jobs = [
        Job(f"poll:{account.name}", Every(account.poll_every), _poller(polls, account.name))
        for account in settings.accounts
        if account.enabled
    ]
    digests = _digest_jobs(factory, settings)
    jobs += digests
    home = settings.owners[0].timezone if settings.owners else "Europe/London"
    jobs += [
        Job(
            "knowledge-clock",
            Every(KNOWLEDGE_EVERY),
            lambda now: run_knowledge_clock(factory, settings, now=now).summary(),
        ),
        Job(
            "profile-check",
            DailyAt(PROFILE_CHECK_AT, home),
            lambda now: _profile_summary(check_profiles(factory, settings, now=now)),
        ),
        Job(
            "retention",
            DailyAt(RETENTION_AT, home),
            lambda now: purge(factory, settings, now=now).summary(),
        ),
        Job(
            "author-timers",
            Every(KNOWLEDGE_EVERY),
            lambda now: lift_expired(factory, settings, now=now),
        ),
    ]
    jobs.append(Job("outbox", Every(OUTBOX_EVERY), _sender(factory, settings)))
    return jobs


def _poller(polls: PollPool, name: str) -> Callable[[datetime], str]:
    def work(now: datetime) -> str:
        started = monotonic()
        outcome = polls.poll(name, now=now)
        record_poll(name, outcome, monotonic() - started)
        if outcome.not_due:
            return f"skipped: {outcome.error or f'parked until {outcome.parked_until}'}"
        if outcome.error:
            return f"failed: {outcome.error}"
        return f"{outcome.fetched} fetched, {outcome.stored} new, {outcome.flagged} flagged"

    return work


def _digest_jobs(factory: sessionmaker[Session], settings: Settings) -> list[Job]:
    def digest(owner: str) -> Callable[[datetime], str]:
        def work(now: datetime) -> str:
            outcome = send_due_digest(factory, settings, owner, now)
            return f"{outcome.status} ({plural(outcome.items, 'item')}, {outcome.local_date})"

        return work

    return [
        Job(f"digest:{owner.name}", DailyAt(owner.digest_time, owner.timezone), digest(owner.name))
        for owner in settings.owners
    ]


def _sender(factory: sessionmaker[Session], settings: Settings) -> Callable[[datetime], str]:
    def work(now: datetime) -> str:
        report = deliver_outbox(factory, settings, now)
        return f"{report.sent} sent, {report.deferred} deferred, {report.failed} failed"

    return work


def _profile_summary(results: Sequence[object]) -> str:
    problems = sum(1 for r in results if getattr(r, "needs_action", False))
    return f"{len(results)} profiles checked, {problems} need a notice"


def last_runs(factory: sessionmaker[Session]) -> dict[str, datetime]:
    with factory() as session:
        return {row.job: row.last_run_at for row in session.scalars(select(JobRun))}


def run_job(factory: sessionmaker[Session], job: Job, now: datetime) -> str:
    """Run one job and record it. A failure is logged and recorded, never raised: one
    broken job must not stop the service."""
    started = monotonic()
    try:
        result = job.work(now)
    except Exception as exc:
        log.exception("job %s failed", job.id)
        result = f"failed: {type(exc).__name__}: {exc}"
    with transaction(factory) as session:
        row = session.get(JobRun, job.id) or JobRun(job=job.id)
        row.last_run_at, row.last_result = now, result[:2000]
        session.add(row)
    # One line per job run: "poll:hughes-facebook: 3 fetched, 2 new, 1 flagged (0.4 s)".
    log.info("%s: %s (%.1f s)", job.id, result, monotonic() - started)
    return result


def due_jobs(jobs: list[Job], last: dict[str, datetime], now: datetime) -> list[Job]:
    return [job for job in jobs if is_due(job.schedule, last.get(job.id), now)]


def run_due(
    factory: sessionmaker[Session],
    jobs: list[Job],
    now: Callable[[], datetime],
    *,
    stop: threading.Event | None = None,
    workers: int = 1,
) -> list[tuple[str, str]]:
    """Run every job that is due, once (``wardwatch run --once``, and the catch-up at the
    start of ``wardwatch run``). Polls go first, ``workers`` at a time, so that the digest
    that follows includes what they found; then the rest in order. ``stop`` ends it
    between units of work."""
    due = due_jobs(jobs, last_runs(factory), now())
    polls = [job for job in due if job.id.startswith("poll:")]
    results: list[tuple[str, str]] = []

    def one(job: Job) -> tuple[str, str]:
        if stop is not None and stop.is_set():
            return job.id, "not run: stopping"
        return job.id, run_job(factory, job, now())

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        results += pool.map(one, polls)
    results += [one(job) for job in due if job not in polls]
    return results
