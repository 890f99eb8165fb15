"""The digest and urgent alerts, through a real SMTP server (aiosmtpd on 127.0.0.1)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from notify_support import TEXTS, FakePlatform, Mailbox, free_port, poll, setup, smtp_server
from sqlalchemy import select

from connectors import registry
from monitor.context import App
from monitor.models import ActionToken, Notification, Outbox, ProfileCheck, StoredComment
from monitor.notify.daily_digest import send_due_digest
from monitor.notify.email import deliver_outbox
from monitor.profile_check import check_profiles

# Monday 2 March 2026, 07:45 GMT: after the 07:30 digest time, outside staffed hours.
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
    assert "3 new comments to review, 2 to act on today" in str(message["Subject"])
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    html = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
    # Act today first, then review; masked excerpts; the clean comment is absent.
    assert text.index("== Act today (2) ==") < text.index("== Please review (1) ==")
    assert "useless c*** for voting" in text and "c*nt" not in text
    assert "Paul Kershaw" in text and "Margaret Dyson" not in text
    assert "Guidance 9(i), libel" in text and "Act by " in text
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
    # Two high comments (a threat, libel) in one poll: one email each to owner and delegate.
    assert sorted(str(m["To"]) for m in mailbox.messages) == [
        "member.services@example.gov.uk",
        "sarah.hughes@example.gov.uk",
    ]
    assert all(
        str(m["Subject"]).strip()
        == "wardwatch URGENT: 2 comments on hughes-fakebook need attention"
        for m in mailbox.messages
    )
    with app.factory() as session:
        notes = list(session.scalars(select(Notification).where(Notification.kind == "alert")))
        assert len(notes) == 2 and len({n.outbox_id for n in notes}) == 1
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
    assert [str(m["To"]) for m in mailbox.messages] == ["sarah.hughes@example.gov.uk"]


def test_a_single_urgent_comment_keeps_its_own_subject(
    app: App, mailbox: Mailbox, platform: FakePlatform
) -> None:
    platform.comments[:] = [c for c in platform.comments if c["id"] == "c1"]
    tuesday_noon = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)
    poll(app, tuesday_noon)
    with smtp_server(mailbox, port=app.smtp_port):  # type: ignore[attr-defined]
        deliver_outbox(app.factory, app.settings, tuesday_noon)
    subjects = [str(m["Subject"]).strip() for m in mailbox.messages]
    assert len(subjects) == 1
    assert re.fullmatch(
        r"wardwatch URGENT: [a-z ,]*threat[a-z ,]* comment on hughes-fakebook", subjects[0]
    )
    text = mailbox.messages[0].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "A comment on hughes-fakebook looks serious enough to act on now." in text


# Urgent, and none opens an incident on its own (one threat would: see test_incidents).
BURST = [
    "Cllr Hughes fiddled her expenses and pocketed the money {n}",
    "Sarah Hughes stole from the food bank, everyone knows it {n}",
    "Hughes took a bribe from Greenway Waste to give them the contract, fact {n}",
]


def _alert_links(message: EmailMessage) -> dict[str, dict[str, str]]:
    """{author: {"Hide": url, "Not a problem": url, "Open on Fakebook": url}}."""
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    found: dict[str, dict[str, str]] = {}
    for block in text.split("\n* ")[1:]:
        author = block.split(" on ", 1)[0]
        found[author] = dict(re.findall(r"(Hide|Not a problem|Open on Fakebook): +(\S+)", block))
    return found


def test_a_burst_of_urgent_comments_is_one_email_per_recipient_listing_them_all(
    app: App, mailbox: Mailbox, platform: FakePlatform
) -> None:
    platform.comments.clear()
    for n in range(12):
        platform.add(f"b{n}", BURST[n % 3].format(n=n), f"Burst Author {n}", "2026-03-07T21:50Z")
    saturday = datetime(2026, 3, 7, 22, 0, tzinfo=UTC)
    poll(app, saturday)
    with app.factory() as session:
        high = set(
            session.scalars(
                select(StoredComment.author_name).where(StoredComment.severity == "high")
            )
        )
    assert len(high) >= 8  # the scorer rates most of the burst high; each one is listed
    with smtp_server(mailbox, port=app.smtp_port):  # type: ignore[attr-defined]
        deliver_outbox(app.factory, app.settings, saturday)
        # A restart and a second poll re-alert nothing.
        again = App(str(app.settings.path))
        poll(again, saturday + timedelta(minutes=15))
        deliver_outbox(again.factory, again.settings, saturday + timedelta(minutes=16))
    assert sorted(str(m["To"]) for m in mailbox.messages) == [
        "member.services@example.gov.uk",
        "sarah.hughes@example.gov.uk",
    ]
    hide_urls: set[str] = set()
    for message in mailbox.messages:
        assert str(message["Subject"]).strip() == (
            f"wardwatch URGENT: {len(high)} comments on hughes-fakebook need attention"
        )
        links = _alert_links(message)
        assert set(links) == high
        for author, found in links.items():
            assert set(found) == {"Hide", "Not a problem", "Open on Fakebook"}, author
            assert found["Open on Fakebook"].startswith("https://fakebook.example/c/b")
            hide_urls.add(found["Hide"])
        html = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
        assert len(re.findall(r">Hide</a>", html)) == len(high)
    # Each recipient's links are their own: no token is shared between the two emails.
    assert len(hide_urls) == 2 * len(high)
    with app.factory() as session:
        notes = list(session.scalars(select(Notification).where(Notification.kind == "alert")))
        assert len(notes) == len(high)
        assert len(list(session.scalars(select(Outbox).where(Outbox.kind == "alert")))) == 2


def test_the_digest_lists_profile_notices_missing_from_the_latest_check_with_wording(
    tmp_path: Path, platform: FakePlatform, mailbox: Mailbox
) -> None:
    port = free_port()
    app = setup(
        tmp_path, platform, smtp_port=port, base_url="http://wardwatch.test", kind="personal"
    )
    platform.bio = "Dad, runner, Riverside ward councillor."
    check_profiles(app.factory, app.settings, now=MORNING - timedelta(hours=2))
    poll(app, MORNING - timedelta(hours=1))
    with app.factory() as session:
        suggestion = session.scalar(select(ProfileCheck.suggestion))
    assert suggestion
    with smtp_server(mailbox, port=port):
        send_due_digest(app.factory, app.settings, OWNER, MORNING)
        deliver_outbox(app.factory, app.settings, MORNING)
    digest = next(m for m in mailbox.messages if "digest" in str(m["List-Id"]))
    text = digest.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    html = digest.get_body(("html",)).get_content()  # type: ignore[union-attr]
    notices = text[text.index("== Profile notices ==") :].replace("\r\n", "\n")
    assert "hughes-fakebook (Fakebook), checked Mon 2 Mar 2026, 05:45 GMT:" in notices
    assert "does not say when the account is monitored" in notices
    assert 'disclaimer such as "Views expressed are solely my own"' in notices
    assert f"Suggested profile text, ready to paste:\n    {suggestion}" in notices
    assert ">Profile notices</h2>" in html and "Views expressed are solely my own" in html

    # The councillor fixes the bio; the next check passes and the next digest says nothing.
    platform.bio = (
        "Riverside ward councillor. Views expressed are solely my own. "
        "This account is monitored Mon-Fri 9am-5pm. Abuse will be hidden and may be reported."
    )
    tomorrow = MORNING + timedelta(days=1)
    assert not check_profiles(app.factory, app.settings, now=tomorrow)[0].needs_action
    platform.add("c9", TEXTS["c1"][0], "Dean Morley", "2026-03-03T06:00:00+00:00")
    poll(app, tomorrow - timedelta(minutes=5))
    mailbox.messages.clear()
    with smtp_server(mailbox, port=port):
        assert send_due_digest(app.factory, app.settings, OWNER, tomorrow).status == "queued"
        deliver_outbox(app.factory, app.settings, tomorrow)
    digest = next(m for m in mailbox.messages if "digest" in str(m["List-Id"]))
    assert "Profile notices" not in digest.get_body(("plain",)).get_content()  # type: ignore[union-attr]
