"""One state machine for a comment and its links, against a real web server, a real
SQLite database and a fake platform over HTTP: undone links work again, the platform's
state is kept apart from the person's decision, a failure after the platform acted is
finished at the next poll, and a connector crash is audited and leaves the link usable.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_string, policy
from pathlib import Path

import pytest
import requests
import time_machine
from notify_support import FakePlatform, form_fields, free_port, poll, setup, web_server
from sqlalchemy import select

from connectors import registry
from monitor.context import App
from monitor.models import Action, ActionToken, Outbox, StoredComment
from monitor.moderation import apply
from monitor.notify.daily_digest import send_due_digest
from monitor.queries import flagged_comments
from monitor.web import create_app

MORNING = datetime(2026, 3, 2, 7, 45, tzinfo=UTC)
OWNER = "Cllr Sarah Hughes"


@pytest.fixture
def platform() -> Iterator[FakePlatform]:
    fake = FakePlatform()
    fake.thread.start()
    yield fake
    fake.server.shutdown()
    registry.unregister("fakebook")


@pytest.fixture
def site(tmp_path: Path, platform: FakePlatform) -> Iterator[tuple[str, App]]:
    with web_server() as (base_url, late), time_machine.travel(MORNING + timedelta(minutes=5)):
        app = setup(tmp_path, platform, smtp_port=free_port(), base_url=base_url)
        late.app = create_app(app.factory, app.settings)
        poll(app, MORNING - timedelta(hours=1))
        yield base_url, app


def links_for(app: App, author: str) -> dict[str, str]:
    outcome = send_due_digest(app.factory, app.settings, OWNER, MORNING)
    with app.factory() as session:
        raw = session.get_one(Outbox, outcome.outbox_id).message
    text = message_from_string(raw, policy=policy.default).get_body(("plain",)).get_content()  # type: ignore[union-attr]
    for block in text.split("\n* ")[1:]:
        if block.startswith(author):
            return dict(re.findall(r"(Hide|Not a problem): +(\S+)", block))
    raise AssertionError(f"no digest item for {author}")


def comment(app: App, comment_id: str) -> StoredComment:
    with app.factory() as session:
        row = session.scalar(select(StoredComment).where(StoredComment.comment_id == comment_id))
        assert row is not None
        return row


def audit(app: App) -> list[tuple[str, str, str]]:
    with app.factory() as session:
        return [
            (a.action, a.actor, a.result)
            for a in session.scalars(select(Action).order_by(Action.id))
        ]


def use(base_url: str, link: str) -> requests.Response:
    page = requests.get(link, timeout=10)
    assert "Already done" not in page.text, page.text
    return requests.post(f"{base_url}/a", data=form_fields(page.text), timeout=10)


def test_a_hide_link_that_was_undone_can_be_used_again(
    site: tuple[str, App], platform: FakePlatform
) -> None:
    base_url, app = site
    hide = links_for(app, "Dean Morley")["Hide"]
    done = use(base_url, hide)
    assert "Comment hidden" in done.text
    undone = requests.post(f"{base_url}/a", data=form_fields(done.text), timeout=10)
    assert undone.status_code == 200 and comment(app, "c1").platform_state == "visible"

    again = use(base_url, hide)  # the confirm page again, not "Already done"

    assert "Comment hidden" in again.text
    assert platform.calls_of("hide") == ["c1", "c1"]
    assert comment(app, "c1").platform_state == "hidden"
    assert "Already done" in requests.get(hide, timeout=10).text


def test_not_a_problem_then_reopen_makes_the_not_a_problem_link_work_again(
    site: tuple[str, App], platform: FakePlatform
) -> None:
    base_url, app = site
    dismiss = links_for(app, "Paul Kershaw")["Not a problem"]
    done = use(base_url, dismiss)
    requests.post(f"{base_url}/a", data=form_fields(done.text), timeout=10)  # Undo: reopen
    assert comment(app, "c2").status == "open"

    assert "marked not a problem" in use(base_url, dismiss).text
    assert comment(app, "c2").status == "dismissed" and platform.calls == []


def test_hide_then_not_a_problem_then_unhide_unhides_on_the_platform(
    site: tuple[str, App], platform: FakePlatform
) -> None:
    base_url, app = site
    links = links_for(app, "Dean Morley")
    use(base_url, links["Hide"])
    use(base_url, links["Not a problem"])
    row = comment(app, "c1")
    # The record says both things that are true: not a problem, and hidden.
    assert (row.status, row.platform_state) == ("dismissed", "hidden")
    [flagged] = [r for r in flagged_comments(app.factory) if r.comment_id == "c1"]
    assert flagged.platform_state == "hidden"

    result = apply(app.factory, app.settings, row.id, "unhide", actor="cllr", channel="cli")

    assert result.result == "ok"
    assert platform.calls_of("unhide") == ["c1"]
    row = comment(app, "c1")
    assert (row.status, row.platform_state) == ("dismissed", "visible")


def test_a_database_failure_after_the_platform_hid_is_finished_and_audited_at_the_next_poll(
    site: tuple[str, App], platform: FakePlatform, tmp_path: Path
) -> None:
    base_url, app = site
    database = tmp_path / "wardwatch.db"

    def refuse_writes() -> None:
        # The platform has hidden the comment; now the database refuses the result.
        with sqlite3.connect(database) as connection:
            connection.execute(
                "CREATE TRIGGER outage BEFORE UPDATE OF status ON comments "
                "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
            )

    platform.on_hide = refuse_writes
    hide = links_for(app, "Dean Morley")["Hide"]

    failed = use(base_url, hide)

    assert failed.status_code == 500 and "next poll" in failed.text
    row = comment(app, "c1")
    assert (row.status, row.pending_action) == ("open", "hide")
    platform.on_hide = None
    with sqlite3.connect(database) as connection:
        connection.execute("DROP TRIGGER outage")

    poll(app, MORNING + timedelta(minutes=15))

    row = comment(app, "c1")
    assert (row.status, row.platform_state, row.pending_action) == ("hidden", "hidden", None)
    assert platform.calls_of("hide") == ["c1", "c1"]  # asked again: hiding is idempotent
    assert ("hide", "wardwatch reconciliation", "ok") in audit(app)
    assert "Already done" in requests.get(hide, timeout=10).text


def test_a_connector_crash_is_audited_and_the_link_can_be_used_again(
    site: tuple[str, App], platform: FakePlatform
) -> None:
    base_url, app = site
    hide = links_for(app, "Dean Morley")["Hide"]
    platform.drop_connection = True

    failed = use(base_url, hide)

    assert failed.status_code == 502 and "ConnectionError" in failed.text
    assert audit(app)[-1][::2] == ("hide", "failed")
    with app.factory() as session:
        assert all(t.used_at is None for t in session.scalars(select(ActionToken)))
    platform.drop_connection = False
    assert "Comment hidden" in use(base_url, hide).text
    assert comment(app, "c1").platform_state == "hidden"
