"""The digest and urgent alerts, through a real SMTP server (aiosmtpd on 127.0.0.1)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from notify_support import FakePlatform, Mailbox, free_port, poll, setup, smtp_server
from sqlalchemy import select

from connectors import registry
from monitor.app import App
from monitor.models import ActionToken, Notification, Outbox, StoredComment
from monitor.notify import alerts
from monitor.notify.email import deliver_outbox
from monitor.notify.jobs import send_due_digest

# Monday 2 March 2026, 07:45 GMT: after the 07:30 digest time, outside staffed hours.
MORNING = datetime(2026, 3, 2, 7, 45, tzinfo=UTC)
OWNER = "Cllr Sarah Hughes"


@pytest.fixture
def platform() -> Iterator[FakePlatform]:
    fake = FakePlatform()
    fake.thread.start()
    alerts.install()
    yield fake
    fake.server.shutdown()
    registry.unregister("fakebook")


@pytest.fixture
def mailbox() -> Mailbox:
    return Mailbox()


@pytest.fixture
def app(tmp_path: Path, platform: FakePlatform, mailbox: Mailbox) -> Iterator[App]:
    port = free_port()
    app = setup(tmp_path, platform, smtp_port=port, base_url="http://wardwatch.test")
    app.smtp_port = port  # type: ignore[attr-defined]
    yield app


def _digest(app: App, mailbox: Mailbox, now: datetime = MORNING) -> None:
    with smtp_server(mailbox, port=app.smtp_port):  # type: ignore[attr-defined]
        outcome = send_due_digest(app.factory, app.settings, OWNER, now)
        assert outcome.status == "queued"
        report = deliver_outbox(app.factory, app.settings, now)
        assert report.failed == 0 and report.deferred == 0


def test_the_digest_arrives_as_multipart_text_and_html_with_its_items_and_links(
    app: App, mailbox: Mailbox
) -> None:
    poll(app, MORNING - timedelta(hours=1))
    mailbox.messages.clear()  # the urgent alerts went out with the poll's delivery, if any
    _digest(app, mailbox)

    digests = [m for m in mailbox.messages if "digest" in str(m["List-Id"])]
    assert len(digests) == 1
    message = digests[0]
    assert message.get_content_type() == "multipart/alternative"
    assert message["To"] == "sarah.hughes@example.gov.uk"
    assert re.fullmatch(r"<[^@>]+@wardwatch\.example>", str(message["Message-ID"]))
    assert message["Date"] is not None
    assert str(message["List-Id"]) == "wardwatch digest <digest.wardwatch.wardwatch.example>"
    assert message["Auto-Submitted"] == "auto-generated"
    assert "3 comments to review, 2 urgent" in str(message["Subject"])
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    html = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
    # Urgent first, then review; masked excerpts; the clean comment is absent.
    assert text.index("Urgent: act today") < text.index("Please review")
    assert "useless c*** for voting" in text and "c*nt" not in text
    assert "Paul Kershaw" in text and "Margaret Dyson" not in text
    assert "Guidance 9(i), libel" in text and "ACT BY" in text
    hide_links = re.findall(r'<a href="(http://wardwatch\.test/a/[^"]+)"[^>]*>Hide</a>', html)
    assert len(hide_links) == 3
    assert "<script" not in html and "https://fakebook.example/c/c1" in html
    with app.factory() as session:
        comments = list(
            session.scalars(select(StoredComment).where(StoredComment.severity != "none"))
        )
        assert all(c.reported_at == MORNING for c in comments)
        stored = set(session.scalars(select(ActionToken.token_hash)))
    token = hide_links[0].rsplit("/", 1)[1]
    assert len(token) >= 43 and token not in stored  # only its SHA-256 is kept


def test_an_empty_day_sends_nothing(app: App, mailbox: Mailbox, platform: FakePlatform) -> None:
    platform.comments.clear()
    with smtp_server(mailbox, port=app.smtp_port):  # type: ignore[attr-defined]
        outcome = send_due_digest(app.factory, app.settings, OWNER, MORNING)
        deliver_outbox(app.factory, app.settings, MORNING)
    assert outcome.status == "empty"
    assert mailbox.messages == []


def test_the_digest_is_not_due_before_digest_time_and_is_sent_once_a_day(app: App) -> None:
    early = send_due_digest(app.factory, app.settings, OWNER, MORNING - timedelta(minutes=30))
    first = send_due_digest(app.factory, app.settings, OWNER, MORNING)
    again = send_due_digest(app.factory, app.settings, OWNER, MORNING + timedelta(hours=3))
    assert (early.status, first.status, again.status) == ("not_due", "empty", "already")


def test_smtp_down_during_a_send_then_up_delivers_the_digest_once(
    app: App, mailbox: Mailbox
) -> None:
    poll(app, MORNING - timedelta(hours=1))
    outcome = send_due_digest(app.factory, app.settings, OWNER, MORNING)
    down = deliver_outbox(app.factory, app.settings, MORNING)  # nothing listens on the port
    assert down.sent == 0 and down.deferred == 1
    with app.factory() as session:
        rows = list(session.scalars(select(Outbox)))
        assert {row.status for row in rows} == {"pending"}
        assert "cannot reach the mail server" in str(rows[0].last_error)
    later = MORNING + timedelta(hours=7)
    with smtp_server(mailbox, port=app.smtp_port):  # type: ignore[attr-defined]
        deliver_outbox(app.factory, app.settings, later)
        deliver_outbox(app.factory, app.settings, later + timedelta(minutes=5))
    digests = [m for m in mailbox.messages if "digest" in str(m["List-Id"])]
    assert len(digests) == 1
    ids = [str(m["Message-ID"]) for m in mailbox.messages]
    assert len(ids) == len(set(ids)) == len(rows)  # every queued email, each exactly once
    with app.factory() as session:
        assert session.get_one(Outbox, outcome.outbox_id).status == "sent"


def test_a_5xx_reply_marks_the_email_failed_with_the_servers_words(
    app: App, mailbox: Mailbox
) -> None:
    poll(app, MORNING - timedelta(hours=1))
    mailbox.refuse = "550 mailbox unavailable"
    with smtp_server(mailbox, port=app.smtp_port):  # type: ignore[attr-defined]
        report = deliver_outbox(app.factory, app.settings, MORNING)
    assert report.failed >= 1 and report.sent == 0
    with app.factory() as session:
        failed = list(session.scalars(select(Outbox).where(Outbox.status == "failed")))
    assert failed and "550 mailbox unavailable" in str(failed[0].last_error)


def test_an_urgent_comment_out_of_hours_alerts_owner_and_delegate_once(
    app: App, mailbox: Mailbox, platform: FakePlatform
) -> None:
    saturday = datetime(2026, 3, 7, 22, 0, tzinfo=UTC)
    poll(app, saturday)
    poll(app, saturday + timedelta(minutes=15))  # a second poll (or a restart) re-alerts nothing
    with smtp_server(mailbox, port=app.smtp_port):  # type: ignore[attr-defined]
        deliver_outbox(app.factory, app.settings, saturday + timedelta(minutes=16))
    to = sorted((str(m["To"]), str(m["Subject"])) for m in mailbox.messages)
    # Two high comments (abuse, libel), each to the owner and the delegate.
    assert [t for t, _ in to].count("sarah.hughes@example.gov.uk") == 2
    assert [t for t, _ in to].count("member.services@example.gov.uk") == 2
    assert all("URGENT" in subject for _, subject in to)
    with app.factory() as session:
        assert (
            len(list(session.scalars(select(Notification).where(Notification.kind == "alert"))))
            == 2
        )
        libel = session.scalar(select(StoredComment).where(StoredComment.comment_id == "c3"))
        assert libel is not None and libel.notified_at == saturday
        # Told on a Saturday night: the 48 working hours run Monday and Tuesday.
        assert libel.deadline_at == datetime(2026, 3, 11, 0, 0, tzinfo=UTC)


def test_an_urgent_comment_in_staffed_hours_alerts_only_the_owner(
    app: App, mailbox: Mailbox
) -> None:
    tuesday_noon = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)
    poll(app, tuesday_noon)
    with smtp_server(mailbox, port=app.smtp_port):  # type: ignore[attr-defined]
        deliver_outbox(app.factory, app.settings, tuesday_noon)
    assert {str(m["To"]) for m in mailbox.messages} == {"sarah.hughes@example.gov.uk"}
    assert len(mailbox.messages) == 2
