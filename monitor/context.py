"""What a command or a scheduled job needs from its surroundings: settings, a database, a
scoring engine. Built lazily, so `wardwatch score` needs neither a config nor a database.
The command line makes one per invocation; the scheduler and the distributed engine are
handed it."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from monitor import config as config_module
from monitor import db
from monitor.config import Settings
from monitor.errors import WardwatchError
from monitor.scoring.base import CATEGORIES
from monitor.scoring.engine import ScoringEngine, build_engine


class SchemaOutOfDate(WardwatchError):
    pass


class App:
    def __init__(self, config_path: str | None = None) -> None:
        self.config_path = config_module.config_path(config_path)

    @cached_property
    def settings(self) -> Settings:
        return config_module.load(self.config_path)

    @cached_property
    def engine(self) -> Engine:
        return db.make_engine(self.settings.database_url)

    @cached_property
    def factory(self) -> sessionmaker[Session]:
        """Sessions on an up-to-date schema. An embedded SQLite store is upgraded in place;
        a server database waits for its administrator's `wardwatch db upgrade`."""
        url = self.settings.database_url
        head = db.head_revision(url)
        if db.current_revision(self.engine) != head:
            if url.startswith("sqlite"):
                try:
                    db.upgrade(url)
                except Exception:
                    # Another wardwatch process may have upgraded it at the same moment.
                    if db.current_revision(self.engine) != head:
                        raise
            else:
                raise SchemaOutOfDate(
                    "the database schema is not up to date: run `wardwatch db upgrade`"
                )
        return db.session_factory(self.engine)

    @cached_property
    def scoring(self) -> ScoringEngine:
        return engine_for(self.settings)

    @property
    def base_dir(self) -> Path:
        return self.settings.base_dir


def engine_for(settings: Settings | None) -> ScoringEngine:
    if settings is None:
        return build_engine()
    scoring = dict(settings.section("scoring"))
    # The councillors themselves are the people most often accused on their own pages.
    scoring["names"] = [*scoring.get("names", ()), *(owner.name for owner in settings.owners)]
    return build_engine(
        scoring,
        settings.section("scoring.detoxify"),
        {c: settings.section(f"scoring.thresholds.{c}") for c in CATEGORIES},
    )
