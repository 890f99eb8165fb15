"""One scheduler per database.

Two `wardwatch run` processes on the same store would poll every account twice and race
to send the same digests. The first to start holds a lock for as long as it runs: a
PostgreSQL session-level advisory lock, or an exclusive lock on a file beside the SQLite
database. A second process is refused with a message saying what holds the lock.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text

from monitor.errors import WardwatchError

# An arbitrary constant: the advisory-lock key wardwatch uses ("wardwatch" in ASCII, cut).
ADVISORY_KEY = 0x7761726477617463


class AlreadyRunning(WardwatchError):
    pass


@contextmanager
def scheduler_lock(engine: Engine) -> Iterator[None]:
    if engine.dialect.name == "postgresql":
        with _advisory_lock(engine):
            yield
    elif engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        with _file_lock(Path(str(engine.url.database) + ".run.lock")):
            yield
    else:
        yield


@contextmanager
def _advisory_lock(engine: Engine) -> Iterator[None]:
    # A session-level lock lives as long as this one connection, which we hold throughout.
    with engine.connect() as connection:
        got = connection.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": ADVISORY_KEY})
        if not got:
            raise AlreadyRunning(
                "another `wardwatch run` (or `run --once`) is already running against this "
                "database: stop it first (one scheduler per database; see docs/deployment.md)"
            )
        try:
            yield
        finally:
            connection.scalar(text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_KEY})
            connection.commit()


@contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = path.open("a+")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise AlreadyRunning(
                f"another `wardwatch run` or `run --once` ({holder}) is already running "
                f"against this database: stop it first (lock file {path})"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        yield
    finally:
        handle.close()  # closing releases the lock
