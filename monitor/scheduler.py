"""`wardwatch run`: APScheduler 3.x wiring, and nothing else.

Jobs come from :func:`monitor.schedule.build_jobs`, rebuilt from the config at every start
and held in the memory job store: the durable state (cursors, parks, job_runs, the
digest ledger) lives in our own tables, so there is no job store to go stale or to share
between two schedulers. Every job is coalesced with one instance at a time; a daily job
that was due while the process was down runs once at start.

SIGTERM or SIGINT stops new work, lets the unit in hand finish, and exits 0. SIGHUP, or
`wardwatch reload` from anywhere that reaches the database, re-reads the config and
reschedules the jobs without a restart.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from time import monotonic
from types import FrameType
from typing import Any

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from monitor import accounts, db, health
from monitor.clock import utcnow
from monitor.config import ConfigError, load
from monitor.context import App
from monitor.db import transaction
from monitor.leader import scheduler_lock
from monitor.models import JobRun
from monitor.polling import PollPool
from monitor.schedule import Every, Job, build_jobs, outside_dst_window, run_due, run_job
from monitor.service import after_scoring
from monitor.web import create_app
from monitor.web.server import create_server

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


def prepare(
    app: App, *, wake_sender: Callable[[], None] | None = None
) -> tuple[list[Job], PollPool]:
    # Owner and account rows exist before the polls start in parallel: two first polls
    # creating the same owner would collide on its unique name and one would fail.
    with transaction(app.factory) as session:
        accounts.sync(session, app.settings)
    app.scoring  # noqa: B018 - load the model once, before the worker threads start
    after = after_scoring(wake_sender=wake_sender)
    polls = PollPool(app.factory, app.settings, lambda: app.scoring, after=after)
    return build_jobs(app.factory, app.settings, polls=polls), polls


def run_once(app: App) -> list[tuple[str, str]]:
    """Run every due job once, in order, and return (job id, summary) pairs. Holds the
    scheduler lock throughout: a cron `run --once` that finds the last one (or a
    `wardwatch run`) still going is refused instead of piling up beside it."""
    with scheduler_lock(app.engine):
        jobs, polls = prepare(app)
        return run_due(app.factory, jobs, utcnow, workers=polls.workers)


def serve(
    app: App,
    *,
    web: bool = False,
    upgrade: bool = False,
    stop: threading.Event | None = None,
) -> int:
    """Run until SIGTERM/SIGINT (or ``stop`` is set). Returns the exit status.
    ``upgrade`` brings the schema up to date first, under the scheduler lock, so two
    starting processes never migrate at once."""
    stop = stop or threading.Event()
    with scheduler_lock(app.engine):
        if upgrade:
            db.upgrade(app.settings.database_url)
            log.info("database schema is at %s", db.current_revision(app.engine))
        return _serve(app, web=web, stop=stop)


def _serve(app: App, *, web: bool, stop: threading.Event) -> int:
    # Set when a committed transaction has queued mail: the sender thread sends at once.
    wake = threading.Event()
    jobs, polls = prepare(app, wake_sender=wake.set)
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
    server = _start_web(app) if web else None
    reload = threading.Event()
    previous = _on_signals(stop, reload)
    heartbeat = threading.Thread(target=_heartbeat, args=(factory, stop), daemon=True)
    heartbeat.start()
    # From the start, so a `wardwatch reload` made during the catch-up is not missed.
    watcher = ReloadWatcher(factory, utcnow())
    sender = _start_sender(factory, jobs, stop, wake)
    try:
        # Whatever fell due while we were down runs once now, polls before digests.
        caught_up = run_due(factory, jobs, utcnow, stop=stop, workers=polls.workers)
        _schedule(scheduler, factory, jobs, stop)
        scheduler.start()
        log.info(
            "wardwatch is running: %d jobs, %d caught up%s",
            len(jobs),
            len(caught_up),
            f"; web app on {server[1]}" if server else "",
        )
        while not stop.wait(1.0):
            if reload.is_set() or watcher.requested():
                reload.clear()
                try:
                    reload_config(
                        app, scheduler, stop, server[2] if server else None, wake_sender=wake.set
                    )
                except Exception:  # a failed reload must not stop the running service
                    log.exception("reload failed: the running configuration stays")
    finally:
        log.info("stopping: finishing the work in hand")
        if scheduler.running:
            scheduler.shutdown(wait=True)
        if sender is not None:
            sender()
        if server is not None:
            server[0]()
        heartbeat.join(timeout=5)
        _restore(previous)
    return 0


def _schedule(
    scheduler: BackgroundScheduler,
    factory: Any,
    jobs: list[Job],
    stop: threading.Event,
    keep_times: bool = False,
) -> None:
    """Add (or replace) each job. ``keep_times`` keeps the next run of a job that was
    already scheduled, so a reload does not delay or bunch up the polls it leaves alone;
    a new job runs at once."""
    for job in jobs:
        if job.id == OUTBOX_JOB:
            continue  # the sender thread runs it (see _start_sender)
        trigger, grace = trigger_for(job)
        extra: dict[str, Any] = {}
        if keep_times:
            existing = scheduler.get_job(job.id)
            if existing is None:
                extra["next_run_time"] = datetime.now(UTC)
            elif isinstance(job.schedule, Every) and existing.next_run_time is not None:
                extra["next_run_time"] = existing.next_run_time
        scheduler.add_job(
            _runner(factory, job, stop),
            trigger=trigger,
            id=job.id,
            name=job.id,
            replace_existing=True,
            misfire_grace_time=grace,
            executor=POLLS if job.id.startswith("poll:") else "default",
            **extra,
        )


def _heartbeat(factory: Any, stop: threading.Event) -> None:
    """Tell /healthz the process is alive, from the start (catch-up included)."""
    while not stop.is_set():
        try:
            health.beat(factory, utcnow())
        except Exception:  # a database outage shows in /healthz; keep beating after it
            log.warning("could not record the scheduler heartbeat", exc_info=True)
        stop.wait(health.HEARTBEAT_EVERY.total_seconds())


class ReloadWatcher:
    """Notices `wardwatch reload` (a request row in the database), every few seconds."""

    EVERY = 5.0

    def __init__(self, factory: Any, started: datetime) -> None:
        self.factory, self.seen, self.checked = factory, started, 0.0

    def requested(self) -> bool:
        if monotonic() - self.checked < self.EVERY:
            return False
        self.checked = monotonic()
        try:
            at = reload_requested_at(self.factory)
        except Exception:
            log.warning("could not check for a reload request", exc_info=True)
            return False
        if at is not None and at > self.seen:
            self.seen = at
            return True
        return False


def reload_config(
    app: App,
    scheduler: BackgroundScheduler,
    stop: threading.Event,
    web_app: Any,
    *,
    wake_sender: Callable[[], None] | None = None,
) -> bool:
    """Read the config again and apply it to the running service: new accounts start
    polling, disabled or removed ones stop (a poll in hand finishes), owners and digests
    follow. A config with problems is refused and the running one stays."""
    try:
        settings = load(app.config_path)
    except ConfigError as exc:
        log.error("reload refused, the running configuration stays:\n%s", exc)
        return False
    before = {a.name for a in app.settings.accounts if a.enabled}
    # Everything that can fail comes before anything changes.
    # A new pool for the new settings: kept connectors of unchanged accounts are rebuilt
    # at their next poll, which costs one new HTTP session each.
    steps = after_scoring(wake_sender=wake_sender)
    polls = PollPool(app.factory, settings, lambda: app.scoring, after=steps)
    jobs = build_jobs(app.factory, settings, polls=polls)
    with transaction(app.factory) as session:
        accounts.sync(session, settings)
    app.__dict__["settings"] = settings  # App.settings is a cached property
    wanted = {job.id for job in jobs}
    for scheduled in scheduler.get_jobs():
        if scheduled.id not in wanted:
            scheduler.remove_job(scheduled.id)
    _schedule(scheduler, app.factory, jobs, stop, keep_times=True)
    if web_app is not None:
        web_app.extensions["wardwatch"] = (app.factory, settings)
    after = {a.name for a in settings.accounts if a.enabled}
    log.info(
        "configuration reloaded: %d accounts polled (added: %s; stopped: %s)",
        len(after),
        ", ".join(sorted(after - before)) or "none",
        ", ".join(sorted(before - after)) or "none",
    )
    return True


RELOAD_REQUEST = "reload-request"


def request_reload(factory: Any, now: datetime) -> None:
    """What `wardwatch reload` does: leave a request the running scheduler picks up."""
    with transaction(factory) as session:
        row = session.get(JobRun, RELOAD_REQUEST) or JobRun(job=RELOAD_REQUEST)
        row.last_run_at, row.last_result = now, "requested"
        session.add(row)


def reload_requested_at(factory: Any) -> datetime | None:
    with factory() as session:
        row = session.get(JobRun, RELOAD_REQUEST)
        return row.last_run_at if row else None


def _start_sender(
    factory: Any, jobs: list[Job], stop: threading.Event, wake: threading.Event
) -> Callable[[], None] | None:
    """Run the outbox job in its own thread: every minute, and at once whenever a
    committed transaction has queued mail (an urgent alert: ``wake`` is set), so the
    alert leaves seconds after the poll that found its comment. Returns a function that
    stops the thread once the message in hand is sent."""
    job = next((j for j in jobs if j.id == OUTBOX_JOB), None)
    if job is None:
        return None
    every = job.schedule.interval if isinstance(job.schedule, Every) else timedelta(minutes=1)

    def loop() -> None:
        while not stop.is_set():
            wake.wait(every.total_seconds())
            wake.clear()
            if not stop.is_set():
                run_job(factory, job, utcnow())

    thread = threading.Thread(target=loop, name="outbox", daemon=True)
    thread.start()

    def halt() -> None:
        wake.set()
        thread.join(timeout=120)

    return halt


def _runner(factory: Any, job: Job, stop: threading.Event) -> Callable[[], None]:
    def run() -> None:
        if not stop.is_set():  # a job released just as we stop is left for next time
            run_job(factory, job, utcnow())

    return run


Handler = Callable[[int, FrameType | None], Any] | int | None


def _on_signals(stop: threading.Event, reload: threading.Event) -> dict[int, Handler]:
    if threading.current_thread() is not threading.main_thread():
        return {}  # signals can only be handled on the main thread (tests run us elsewhere)

    def handle(signum: int, _frame: FrameType | None) -> None:
        log.info("received %s", signal.Signals(signum).name)
        stop.set()

    def handle_hup(_signum: int, _frame: FrameType | None) -> None:
        log.info("received SIGHUP: reloading the configuration")
        reload.set()

    previous: dict[int, Handler] = {
        sig: signal.signal(sig, handle) for sig in (signal.SIGTERM, signal.SIGINT)
    }
    previous[signal.SIGHUP] = signal.signal(signal.SIGHUP, handle_hup)
    return previous


def _restore(previous: dict[int, Handler]) -> None:
    for sig, handler in previous.items():
        signal.signal(sig, handler)


def _start_web(app: App) -> tuple[Callable[[], None], str, Any]:
    """Serve the web app with waitress in a daemon thread; returns (stop, address, app)."""
    settings = app.settings
    host, port = settings.web.host, settings.web.port
    web_app = create_app(app.factory, settings)
    server = create_server(web_app, host=host, port=port, threads=4)
    thread = threading.Thread(target=server.run, name="web", daemon=True)
    thread.start()
    return server.close, f"http://{host}:{port}", web_app
