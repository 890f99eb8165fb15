"""Beyond one machine: poll, score and send as Celery tasks on a Redis broker, with
PostgreSQL as the shared store (``pip install wardwatch[distributed]``).

- ``wardwatch beat`` is the one scheduler: it holds the database's scheduler lock (a
  second one is refused) and sends each account's ``wardwatch.poll`` at its
  ``poll_every``, ``wardwatch.score`` and ``wardwatch.send`` every minute, and
  ``wardwatch.housekeeping`` (digests, the knowledge clock, profile checks, retention,
  each due by the ``job_runs`` table as in ``wardwatch run``) every minute.
- ``wardwatch worker`` runs tasks, on as many machines as needed, each with a thread
  pool for polls (``polling.workers``) and one kept connector per account.

Nothing is lost when a worker dies: tasks are acknowledged only after they finish
(``acks_late``), so the broker hands an unfinished task to another worker once
``distributed.visibility_timeout`` has passed, and every task is safe to run twice
(stored comments are unique, cursors move in the storing transaction, pending comments
and outbox rows are claimed, alerts are guarded by their notification row). An account
is polled by one worker at a time (a Redis lock), and a poll that queues an alert sends
a ``wardwatch.send`` at once.
"""

from __future__ import annotations

import contextlib
import logging
from datetime import timedelta
from typing import Any

from celery import Celery
from redis import Redis
from redis.exceptions import LockError

from monitor.clock import utcnow
from monitor.context import App
from monitor.notify.email import deliver_outbox
from monitor.pipeline import score_pending
from monitor.polling import PollPool
from monitor.schedule import build_jobs, run_due
from monitor.service import after_scoring

log = logging.getLogger(__name__)

HOUSEKEEPING_EVERY = timedelta(minutes=1)
SCORE_EVERY = timedelta(minutes=1)
SEND_EVERY = timedelta(minutes=1)


def make_celery(app: App) -> Celery:
    """The Celery application for ``app``'s config, with its tasks and beat schedule."""
    settings = app.settings
    broker = settings.distributed.broker_url
    celery = Celery("wardwatch", broker=broker, set_as_current=False)
    celery.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_default_queue="wardwatch",
        broker_transport_options={"visibility_timeout": settings.distributed.visibility_timeout},
        broker_connection_retry_on_startup=True,
        task_ignore_result=True,
        timezone="UTC",
        beat_schedule=_schedule(app),
    )
    _register(celery, app, broker)
    return celery


def _schedule(app: App) -> dict[str, dict[str, Any]]:
    schedule: dict[str, dict[str, Any]] = {
        f"poll:{account.name}": {
            "task": "wardwatch.poll",
            "schedule": account.poll_every.total_seconds(),
            "args": (account.name,),
            # A poll still queued when the next falls due is dropped, not run twice.
            "options": {"expires": account.poll_every.total_seconds()},
        }
        for account in app.settings.accounts
        if account.enabled
    }
    schedule["score"] = {"task": "wardwatch.score", "schedule": SCORE_EVERY.total_seconds()}
    schedule["send"] = {"task": "wardwatch.send", "schedule": SEND_EVERY.total_seconds()}
    schedule["housekeeping"] = {
        "task": "wardwatch.housekeeping",
        "schedule": HOUSEKEEPING_EVERY.total_seconds(),
    }
    return schedule


def _register(celery: Celery, app: App, broker: str) -> None:
    # A committed transaction that queued mail (an urgent alert) sends ``wardwatch.send``.
    after = after_scoring(wake_sender=lambda: celery.send_task("wardwatch.send"))
    polls = PollPool(app.factory, app.settings, lambda: app.scoring, after=after)
    locks = Redis.from_url(broker)
    lease = app.settings.distributed.visibility_timeout

    @celery.task(name="wardwatch.send")  # type: ignore[untyped-decorator]
    def send() -> str:
        report = deliver_outbox(app.factory, app.settings, utcnow())
        return f"{report.sent} sent, {report.deferred} deferred, {report.failed} failed"

    @celery.task(name="wardwatch.poll")  # type: ignore[untyped-decorator]
    def poll(name: str) -> str:
        # One worker at a time per account; the lock expires with the task's lease, so a
        # dead worker's lock never outlives its redelivered task.
        lock = locks.lock(f"wardwatch:poll:{name}", timeout=lease, blocking=False)
        if not lock.acquire():
            return "skipped: being polled by another worker"
        try:
            outcome = polls.poll(name)
        finally:
            # A poll that outlived the lock's lease no longer holds it: nothing to release.
            with contextlib.suppress(LockError):
                lock.release()
        if outcome.error:
            return f"{'skipped' if outcome.not_due else 'failed'}: {outcome.error}"
        return f"{outcome.fetched} fetched, {outcome.stored} new, {outcome.flagged} flagged"

    @celery.task(name="wardwatch.score")  # type: ignore[untyped-decorator]
    def score() -> str:
        scored, flagged = score_pending(app.factory, app.settings, engine=app.scoring, after=after)
        return f"{scored} scored, {flagged} flagged"

    @celery.task(name="wardwatch.housekeeping")  # type: ignore[untyped-decorator]
    def housekeeping() -> str:
        jobs = [
            job
            for job in build_jobs(app.factory, app.settings, polls=polls)
            if not job.id.startswith("poll:") and job.id != "outbox"
        ]
        done = run_due(app.factory, jobs, utcnow)
        return "; ".join(f"{job}: {result}" for job, result in done) or "nothing due"
