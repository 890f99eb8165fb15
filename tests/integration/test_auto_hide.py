"""Auto-hide is opt-in per category and only ever acts on high severity."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar

import pytest
from sqlalchemy import select

from connectors.base import HIDE, UNHIDE, Batch, Comment, Connector
from connectors.registry import register, unregister
from monitor import config as config_module
from monitor import db
from monitor.models import Action, StoredComment
from monitor.pipeline import poll_account
from monitor.scoring.engine import build_engine
from monitor.service import after_scoring

TEXTS = {
    "t1": "I'm going to stab you when you leave the council offices tonight, Cllr Reed",
    "a1": "You are a fucking useless idiot, Reed",
    "c1": "You voted to close the library. Resign, you have failed this ward.",
}


class HidingPlatform(Connector):
    platform = "hiding-test"
    display_name = "Hiding"
    capabilities = frozenset({HIDE, UNHIDE})
    hidden: ClassVar[list[str]] = []

    def fetch(self, cursor: str | None) -> Batch:
        if cursor:
            return Batch([], cursor)
        when = datetime(2026, 11, 23, 20, tzinfo=UTC)
        return Batch(
            [
                Comment(
                    self.platform,
                    self.account.name,
                    cid,
                    "p1",
                    None,
                    f"u-{cid}",
                    "Someone",
                    text,
                    when,
                    None,
                )
                for cid, text in TEXTS.items()
            ],
            "done",
        )

    def hide(self, comment_id: str) -> None:
        self.hidden.append(comment_id)


@pytest.fixture
def platform() -> Iterator[type[HidingPlatform]]:
    HidingPlatform.hidden = []
    register(HidingPlatform)
    yield HidingPlatform
    unregister(HidingPlatform.platform)


def test_only_high_severity_comments_in_the_chosen_categories_are_hidden_once(
    tmp_path: Path, platform: type[HidingPlatform]
) -> None:
    (tmp_path / "wardwatch.toml").write_text(f"""
[storage]
url = "sqlite:///{tmp_path / "w.db"}"
[scoring]
auto_hide = ["threat"]
[[owners]]
name = "Cllr Reed"
email = "reed@example.gov.uk"
[[accounts]]
name = "reed"
owner = "Cllr Reed"
platform = "hiding-test"
""")
    settings = config_module.load(tmp_path / "wardwatch.toml")
    db.upgrade(settings.database_url)
    factory = db.session_factory(db.make_engine(settings.database_url))
    engine = build_engine()
    first = poll_account(factory, settings, "reed", engine=engine, after=after_scoring())
    poll_account(factory, settings, "reed", engine=engine, after=after_scoring())
    assert platform.hidden == ["t1"]
    assert first.auto_hidden == 1
    with factory() as session:
        status = dict(session.execute(select(StoredComment.comment_id, StoredComment.status)).all())
        severity = dict(
            session.execute(select(StoredComment.comment_id, StoredComment.severity)).all()
        )
        [action] = session.scalars(select(Action)).all()
    assert severity["t1"] == "high" and severity["c1"] == "none"
    assert status == {"t1": "hidden", "a1": "open", "c1": "open"}
    assert (action.action, action.channel, action.result) == ("hide", "auto", "ok")
    assert action.actor == "wardwatch auto-hide"
