"""Engine, sessions and schema upgrades. SQLite (WAL) by default; PostgreSQL supported."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from monitor.errors import WardwatchError
from monitor.private_files import create_private, private_folder

# Set in ``session.info`` by whatever adds a row to the outbox, so that the code that
# commits the transaction can wake the sender (see monitor.pipeline.AfterScoring).
MAIL_QUEUED = "wardwatch.mail_queued"


class DatabaseUnavailable(WardwatchError):
    pass


def safe_url(url: str) -> str:
    """The URL with any password replaced by ***, fit for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(an unreadable storage.url)"


def database_problem(app: Any, exc: Exception) -> str:
    """One line for a database driver error: which database, and the driver's first line."""
    url = getattr(getattr(app, "settings", None), "database_url", None)
    orig = getattr(exc, "orig", None) or exc
    first = (str(orig).strip().splitlines() or [type(orig).__name__])[0]
    where = f" at {safe_url(url)}" if url else ""
    return f"cannot use the database{where}: {first}"


def make_engine(url: str, **kwargs: Any) -> Engine:
    try:
        return _make_engine(url, **kwargs)
    except ModuleNotFoundError as exc:
        if "psycopg" in str(exc):
            raise DatabaseUnavailable(
                "PostgreSQL support is not installed: pip install 'wardwatch[postgres]' "
                "(the Docker image has it)"
            ) from None
        raise
    except ArgumentError as exc:
        raise DatabaseUnavailable(f"storage.url is not a database URL: {exc}") from None


def _make_engine(url: str, **kwargs: Any) -> Engine:
    if url.startswith("sqlite"):
        database = url.split("///", 1)[-1]
        if database and database != ":memory:":
            private_folder(Path(database).parent)
            # SQLite gives its WAL and shared-memory files the database file's mode.
            create_private(Path(database))
        engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the web app read while the poller writes; foreign keys are off by default.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error.

    On SQLite, transactions of one process take turns (a lock per engine): SQLite lets
    one writer in at a time, and dozens of poll threads left to its busy-wait retry
    would starve some of them past the busy timeout ("database is locked")."""
    bind = factory.kw.get("bind")
    turn = _sqlite_turn(bind) if isinstance(bind, Engine) else None
    with turn or nullcontext(), factory() as session, session.begin():
        yield session


_turns: weakref.WeakKeyDictionary[Engine, threading.RLock] = weakref.WeakKeyDictionary()
_turns_lock = threading.Lock()


def _sqlite_turn(engine: Engine) -> threading.RLock | None:
    if engine.dialect.name != "sqlite":
        return None
    with _turns_lock:
        return _turns.setdefault(engine, threading.RLock())


def migrations_dir() -> Path:
    """The Alembic scripts: inside the package when installed from a wheel, beside it in
    a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_migrations", here.parent / "migrations"):
        if (candidate / "env.py").is_file():
            return candidate
    raise FileNotFoundError("the Alembic migration scripts are missing from this installation")


def alembic_config(url: str) -> Any:
    # Imported here (heavy: Alembic, for commands that open the database).
    from alembic.config import Config  # noqa: PLC0415

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    # ConfigParser interpolation would read % in a password as a placeholder.
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(url: str, revision: str = "head") -> None:
    # Imported here (heavy: Alembic, for commands that open the database).
    from alembic import command  # noqa: PLC0415

    command.upgrade(alembic_config(url), revision)


def current_revision(engine: Engine) -> str | None:
    # Imported here (heavy: Alembic, for commands that open the database).
    from alembic.runtime.migration import MigrationContext  # noqa: PLC0415

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(url: str) -> str | None:
    # Imported here (heavy: Alembic, for commands that open the database).
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    return ScriptDirectory.from_config(alembic_config(url)).get_current_head()
