"""The poll pool: polling many accounts at once, apart from the housekeeping jobs.

A poll spends nearly all its time waiting for a platform to answer, so accounts are
polled by a pool of threads much larger than the CPU count (``polling.workers``), kept
apart from the few threads that run digests, the outbox and the clocks, so that neither
delays the other. Each account keeps one connector, and so one HTTP session with its
open connections, from poll to poll. Scheduling is fair by construction: an account
occupies at most one thread at a time (a second request for it while it is being polled
is skipped, not queued), so a slow or hanging platform holds one thread, never the pool,
and accounts are taken first come, first served.

``wardwatch poll`` and ``wardwatch run --once`` use :meth:`PollPool.poll_all`; the
scheduler submits each account's poll to :meth:`PollPool.poll` in the pool's own
executor (see monitor.scheduler).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from connectors.base import Connector, ConnectorError
from monitor.accounts import account_row
from monitor.clock import utcnow
from monitor.config import Settings
from monitor.connections import open_connector
from monitor.db import transaction
from monitor.pipeline import AfterScoring, PollOutcome, poll_account, record_failure
from monitor.scoring.engine import ScoringEngine

log = logging.getLogger(__name__)


class PollPool:
    """Polls accounts with a connector kept per account, ``workers`` at a time, each
    poll running ``after`` (see :class:`monitor.pipeline.AfterScoring`)."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        settings: Settings,
        engine: Callable[[], ScoringEngine],
        *,
        after: AfterScoring,
        workers: int | None = None,
    ) -> None:
        self.factory = factory
        self.settings = settings
        self.engine = engine
        self.after = after
        self.workers = workers or settings.polling.workers
        self._connectors: dict[str, Connector] = {}
        self._busy: set[str] = set()
        self._lock = threading.Lock()

    def connector(self, name: str) -> Connector:
        """The account's connector, made on first use and kept: its HTTP session and
        connections are reused by every later poll of the account."""
        with self._lock:
            connector = self._connectors.get(name)
            if connector is None:
                config = self.settings.account(name)
                connector = open_connector(self.settings, self.factory, config)
                self._connectors[name] = connector
            return connector

    def poll(self, name: str, *, now: datetime | None = None, force: bool = False) -> PollOutcome:
        """Poll one account, unless it is being polled already. Never raises: a crash in
        a connector is recorded as that account's failure."""
        with self._lock:
            if name in self._busy:
                outcome = PollOutcome(account=name, not_due=True)
                outcome.error = "still being polled"
                return outcome
            self._busy.add(name)
        try:
            return self._poll(name, now=now, force=force)
        finally:
            with self._lock:
                self._busy.discard(name)

    def _poll(self, name: str, *, now: datetime | None, force: bool) -> PollOutcome:
        try:
            outcome = poll_account(
                self.factory,
                self.settings,
                name,
                engine=self.engine(),
                after=self.after,
                now=now,
                force=force,
                connect=_Lazy(self, name),
            )
            if outcome.error and not outcome.not_due:
                # Made afresh next time, with the stored credentials as they are then
                # (`wardwatch connect` may have replaced a revoked token meanwhile).
                with self._lock:
                    self._connectors.pop(name, None)
            return outcome
        except Exception as exc:  # a bug in one connector must not starve the others
            log.exception("polling %s crashed", name)
            with self._lock:
                self._connectors.pop(name, None)  # start afresh next time
            outcome = PollOutcome(account=name)
            with transaction(self.factory) as session:
                account_id = account_row(session, self.settings, name).id
            error = ConnectorError(f"internal error ({type(exc).__name__}: {exc}); see the log")
            record_failure(self.factory, self.settings, account_id, error, now or utcnow(), outcome)
            return outcome

    def poll_all(
        self, *, only: str | None = None, now: datetime | None = None, force: bool = False
    ) -> list[PollOutcome]:
        """Poll every enabled account (or only one), ``workers`` at a time; outcomes in
        config order. One failing account never stops the others."""
        names = [
            account.name
            for account in self.settings.accounts
            if (account.name == only if only else account.enabled)
        ]
        if not names:
            return []
        self.engine()  # load the scoring model once, before the threads want it
        with ThreadPoolExecutor(
            max_workers=min(self.workers, len(names)), thread_name_prefix="poll"
        ) as pool:
            return list(pool.map(lambda name: self.poll(name, now=now, force=force), names))


class _Lazy:
    """Hands poll_account the kept connector only once it is needed: a parked or paused
    account is skipped without building one."""

    def __init__(self, pool: PollPool, name: str) -> None:
        self.pool, self.name = pool, name

    def __call__(self) -> Connector:
        return self.pool.connector(self.name)


def poll_all(
    factory: sessionmaker[Session],
    settings: Settings,
    *,
    engine: ScoringEngine,
    after: AfterScoring,
    only: str | None = None,
    now: datetime | None = None,
    force: bool = False,
    workers: int | None = None,
) -> list[PollOutcome]:
    """Poll every enabled account (or one) once, in a pool of ``workers`` threads."""
    pool = PollPool(factory, settings, lambda: engine, after=after, workers=workers)
    return pool.poll_all(only=only, now=now, force=force)
