"""The councillor's path in a real browser: the digest arrives by SMTP, its Hide link opens
a confirm page in Chromium (which changes nothing), Hide hides once, Undo unhides."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import time_machine
from notify_support import FakePlatform, Mailbox, free_port, poll, setup, smtp_server, web_server

from connectors import registry
from monitor.notify.daily_digest import send_due_digest
from monitor.notify.email import deliver_outbox
from monitor.web import create_app

MORNING = datetime(2026, 3, 2, 7, 45, tzinfo=UTC)

pytestmark = pytest.mark.browser


@pytest.fixture
def platform() -> Iterator[FakePlatform]:
    fake = FakePlatform()
    fake.thread.start()
    yield fake
    fake.server.shutdown()
    registry.unregister("fakebook")


def test_hide_from_the_email_then_undo_in_chromium(
    chromium: object, platform: FakePlatform, tmp_path: Path
) -> None:
    mailbox = Mailbox()
    port = free_port()
    with web_server() as (base_url, late), time_machine.travel(MORNING):
        app = setup(tmp_path, platform, smtp_port=port, base_url=base_url, comments=("c1", "c4"))
        late.app = create_app(app.factory, app.settings)
        poll(app, MORNING - timedelta(hours=1))
        with smtp_server(mailbox, port=port):
            send_due_digest(app.factory, app.settings, "Cllr Sarah Hughes", MORNING)
            deliver_outbox(app.factory, app.settings, MORNING)
        digest = next(m for m in mailbox.messages if "digest" in str(m["List-Id"]))
        html = digest.get_body(("html",)).get_content()  # type: ignore[union-attr]
        found = re.search(r'<a href="([^"]+)"[^>]*>Hide</a>', html)
        assert found is not None
        hide_link = found.group(1).replace("&amp;", "&")

        page = chromium.new_page()  # type: ignore[attr-defined]
        page.goto(hide_link)
        page.wait_for_timeout(3000)  # a scanner that loads the page and lingers changes nothing
        assert page.get_by_role("heading", name="Hide this comment?").is_visible()
        assert platform.calls == []
        page.screenshot(path=str(tmp_path / "confirm.png"), full_page=True)

        page.get_by_role("button", name="Hide").click()
        page.wait_for_load_state()
        assert page.get_by_role("heading", name="Comment hidden").is_visible()
        assert platform.calls_of("hide") == ["c1"]

        page.get_by_role("button", name=re.compile("Undo")).click()
        page.wait_for_load_state()
        assert page.get_by_role("heading", name="Comment made visible again").is_visible()
        assert platform.calls_of("unhide") == ["c1"]
        assert platform.calls_of("hide") == ["c1"]
