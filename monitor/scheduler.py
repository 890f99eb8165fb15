"""`wardwatch run`: APScheduler 3.x wiring, and nothing else.

Jobs come from :func:`monitor.jobs.build_jobs`, rebuilt from the config at every start
and held in the memory job store: the durable state (cursors, parks, job_runs, the
digest ledger) lives in our own tables, so there is no job store to go stale or to share
between two schedulers. Every job is coalesced with one instance at a time; a daily job
that was due while the process was down runs once at start.

SIGTERM or SIGINT stops new work, lets the unit in hand finish, and exits 0.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from datetime import UTC, timedelta
from types import FrameType
from typing import Any

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from monitor.app import App
from monitor.clock import utcnow
from monitor.jobs import Every, Job, build_jobs, outside_dst_window, run_due, run_job
from monitor.leader import scheduler_lock
from monitor.pipeline import mail_queued_listeners
from monitor.polling import PollPool

log = logging.getLogger(__name__)

WORKERS = 4  # housekeeping: digests, clocks, checks, retention
POLLS = "polls"  # the executor that runs polls (polling.workers threads)
OUTBOX_JOB = "outbox"
MAX_JITTER = timedelta(seconds=30)


def trigger_for(job: Job) -> tuple[BaseTrigger, int | None]:
    """The APScheduler trigger and misfire grace (seconds; None = however late)."""
    schedule = job.schedule
    if isinstance(schedule, Every):
        seconds = schedule.interval.total_seconds()
        # Jitter spreads many accounts' polls so they do not all hit the store at once.
        jitter = int(min(MAX_JITTER.total_seconds(), seconds / 10))
        return IntervalTrigger(seconds=seconds, jitter=jitter or None, timezone=UTC), int(seconds)
    at = outside_dst_window(schedule.at)
    return CronTrigger(hour=at.hour, minute=at.minute, timezone=schedule.tz), None


def install_hooks() -> None:
    """The urgent-alert hook runs inside the scoring transaction of every poll."""
    try:
        from monitor.notify import alerts
    except ImportError:
        log.warning("urgent alerts are not available in this installation")
        return
    alerts.install()


def prepare(app: App) -> tuple[list[Job], PollPool]:
    install_hooks()
    app.scoring  # noqa: B018 - load the model once, before the worker threads start
    polls = PollPool(app.factory, app.settings, lambda: app.scoring)
    return build_jobs(app.factory, app.settings, lambda: app.scoring, polls=polls), polls


def run_once(app: App) -> list[tuple[str, str]]:
    """Run every due job once, in order, and return (job id, summary) pairs."""
    jobs, polls = prepare(app)
    return run_due(app.factory, jobs, utcnow, workers=polls.workers)


def serve(app: App, *, web: bool = False, stop: threading.Event | None = None) -> int:
    """Run until SIGTERM/SIGINT (or ``stop`` is set). Returns the exit status."""
    stop = stop or threading.Event()
    with scheduler_lock(app.engine):
        return _serve(app, web=web, stop=stop)


def _serve(app: App, *, web: bool, stop: threading.Event) -> int:
    jobs, polls = prepare(app)
    factory = app.factory
    scheduler = BackgroundScheduler(
        timezone=UTC,
        # Polls wait on the network: they get their own, larger pool, so a slow platform
        # never holds up digests or the clocks, and those never hold up a poll.
        executors={
            "default": ThreadPoolExecutor(WORKERS),
            POLLS: ThreadPoolExecutor(polls.workers),
        },
        job_defaults={"coalesce": True, "max_instances": 1},
    )
    previous = _on_signals(stop)
    server = _start_web(app) if web else None
    sender = _start_sender(factory, jobs, stop)
    try:
        # Whatever fell due while we were down runs once now, polls before digests.
        caught_up = run_due(factory, jobs, utcnow, stop=stop, workers=polls.workers)
        for job in jobs:
            if job.id == OUTBOX_JOB:
                continue  # the sender thread runs it
            trigger, grace = trigger_for(job)
            scheduler.add_job(
                _runner(factory, job, stop),
                trigger=trigger,
                id=job.id,
                name=job.id,
                replace_existing=True,
                misfire_grace_time=grace,
                executor=POLLS if job.id.startswith("poll:") else "default",
            )
        scheduler.start()
        log.warning(
            "wardwatch is running: %d jobs, %d caught up%s",
            len(jobs),
            len(caught_up),
            f"; web app on {server[1]}" if server else "",
        )
        while not stop.wait(1.0):
            pass
    finally:
        log.warning("stopping: finishing the work in hand")
        if scheduler.running:
            scheduler.shutdown(wait=True)
        if sender is not None:
            sender()
        if server is not None:
            server[0]()
        _restore(previous)
    return 0


def _start_sender(
    factory: Any, jobs: list[Job], stop: threading.Event
) -> Callable[[], None] | None:
    """Run the outbox job in its own thread: every minute, and at once whenever a
    committed transaction has queued mail (an urgent alert), so the alert leaves seconds
    after the poll that found its comment. Returns a function that stops the thread
    once the message in hand is sent."""
    job = next((j for j in jobs if j.id == OUTBOX_JOB), None)
    if job is None:
        return None
    wake = threading.Event()
    every = job.schedule.interval if isinstance(job.schedule, Every) else timedelta(minutes=1)

    def loop() -> None:
        while not stop.is_set():
            wake.wait(every.total_seconds())
            wake.clear()
            if not stop.is_set():
                run_job(factory, job, utcnow())

    mail_queued_listeners.append(wake.set)
    thread = threading.Thread(target=loop, name="outbox", daemon=True)
    thread.start()

    def halt() -> None:
        mail_queued_listeners.remove(wake.set)
        wake.set()
        thread.join(timeout=120)

    return halt


def _runner(factory: Any, job: Job, stop: threading.Event) -> Callable[[], None]:
    def run() -> None:
        if not stop.is_set():  # a job released just as we stop is left for next time
            run_job(factory, job, utcnow())

    return run


Handler = Callable[[int, FrameType | None], Any] | int | None


def _on_signals(stop: threading.Event) -> dict[int, Handler]:
    if threading.current_thread() is not threading.main_thread():
        return {}  # signals can only be handled on the main thread (tests run us elsewhere)

    def handle(signum: int, _frame: FrameType | None) -> None:
        log.warning("received %s", signal.Signals(signum).name)
        stop.set()

    return {sig: signal.signal(sig, handle) for sig in (signal.SIGTERM, signal.SIGINT)}


def _restore(previous: dict[int, Handler]) -> None:
    for sig, handler in previous.items():
        signal.signal(sig, handler)


def _start_web(app: App) -> tuple[Callable[[], None], str]:
    """Serve the web app with waitress in a daemon thread; returns (stop, address)."""
    from waitress.server import create_server

    from monitor.web import create_app

    settings = app.settings
    host, port = str(settings.get("web.host")), int(settings.get("web.port"))
    server = create_server(create_app(app.factory, settings), host=host, port=port, threads=4)
    thread = threading.Thread(target=server.run, name="web", daemon=True)
    thread.start()
    return server.close, f"http://{host}:{port}"
