"""The harassment record end to end: two abusive comments from one author a week apart.
The second urgent alert (real SMTP) names the course of conduct with both comments; the
incident report (PDF through WeasyPrint, and sealed JSON) lists both with their evidence
packs and the offences they may engage; the author page opens in Chromium."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from hashlib import sha256
from pathlib import Path

import pytest
import time_machine
from notify_support import FakePlatform, Mailbox, free_port, poll, setup, smtp_server, web_server

from connectors import registry
from monitor.evidence import verify_file
from monitor.incident_report import verify_report, write_report
from monitor.models import Incident
from monitor.notify.daily_digest import send_due_digest
from monitor.notify.email import deliver_outbox
from monitor.web import create_app

FIRST = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)  # a Monday, inside staffed hours
SECOND = FIRST + timedelta(days=7)
SECOND_TEXT = (
    "You are a worthless lying b*tch Sarah, everyone hates you, do us all a favour and f*ck off."
)


@pytest.fixture
def platform() -> Iterator[FakePlatform]:
    fake = FakePlatform()
    fake.thread.start()
    yield fake
    fake.server.shutdown()
    registry.unregister("fakebook")


def _alerts(mailbox: Mailbox) -> list[tuple[str, str]]:
    return [
        (str(m["Subject"]), m.get_body(("plain",)).get_content())  # type: ignore[union-attr]
        for m in mailbox.messages
        if "alert" in str(m["List-Id"])
    ]


@pytest.mark.browser
def test_a_second_abusive_comment_a_week_later_is_raised_as_a_course_of_conduct(
    chromium: object, platform: FakePlatform, tmp_path: Path
) -> None:
    mailbox = Mailbox()
    port = free_port()
    with web_server() as (base_url, late):
        app = setup(
            tmp_path,
            platform,
            smtp_port=port,
            base_url=base_url,
            comments=("c1",),
            created_at=(FIRST - timedelta(minutes=5)).isoformat(),
        )
        late.app = create_app(app.factory, app.settings)
        with smtp_server(mailbox, port=port):
            poll(app, FIRST)
            deliver_outbox(app.factory, app.settings, FIRST)
            platform.add(
                "c9", SECOND_TEXT, "Dean Morley", (SECOND - timedelta(minutes=5)).isoformat()
            )
            poll(app, SECOND)
            deliver_outbox(app.factory, app.settings, SECOND)
            evening = SECOND.replace(hour=19)
            send_due_digest(app.factory, app.settings, "Cllr Sarah Hughes", evening, force=True)
            deliver_outbox(app.factory, app.settings, evening)

        alerts = _alerts(mailbox)
        assert len(alerts) == 2
        first_subject, first_body = alerts[0]
        assert "course of conduct" not in first_subject + first_body
        subject, body = alerts[1]
        assert subject == "wardwatch URGENT: possible course of conduct by Dean Morley"
        assert (
            "Possible course of conduct (harassment): Dean Morley has posted 2 flagged "
            "comments over 7 days" in body
        )
        assert "Mon 2 Mar 2026, 09:55 GMT on hughes-fakebook" in body
        assert "Mon 9 Mar 2026, 09:55 GMT on hughes-fakebook" in body
        assert "joke this, and you're a" in body and "everyone hates you" in body
        assert "Protection from Harassment Act 1997" in body

        # The digest that follows does not raise the same incident again.
        digest = next(m for m in mailbox.messages if "digest" in str(m["List-Id"]))
        digest_text = digest.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        assert "course of conduct" not in digest_text

        with app.factory() as session:
            incident = session.query(Incident).one()
            incident_id = incident.id
            member_ids = sorted(m.comment_pk for m in incident.members)
        assert len(member_ids) == 2

        out = tmp_path / "report"
        files = write_report(app.factory, incident_id, out, actor="monitoring.officer", now=evening)
        document = json.loads(files.json_path.read_text(encoding="utf-8"))
        assert verify_report(document)
        report = document["report"]
        assert [c["id"] for c in report["comments"]] == member_ids
        assert report["comments"][1]["text"] == SECOND_TEXT
        titles = [o["title"] for o in report["possible_offences"]]
        assert titles == [
            "Malicious Communications Act 1988, section 1",
            "Communications Act 2003, section 127(1)",
            # The first comment also says "I know where you live": a threat.
            "Online Safety Act 2023, section 181 (threatening communications)",
            "Protection from Harassment Act 1997, sections 2 and 4",
        ]
        assert "not a legal finding" in report["possible_offences_note"]
        for comment in report["comments"]:
            evidence = comment["evidence"]
            pack_file = out / evidence["json_file"]
            assert verify_file(pack_file, factory=app.factory).ok
            assert evidence["sha256"][pack_file.name] == sha256(pack_file.read_bytes()).hexdigest()
            assert evidence["document"]["comment"]["id"] == comment["id"]

        from pypdf import PdfReader

        reader = PdfReader(files.pdf_path)
        text = " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())
        assert f"Incident report {incident_id}: Dean Morley" in text
        assert "Comment 1 of 2: Mon 2 Mar 2026, 09:55 UTC on hughes-fakebook" in text
        assert "Comment 2 of 2: Mon 9 Mar 2026, 09:55 UTC on hughes-fakebook" in text
        assert "everyone hates you" in text
        assert "Protection from Harassment Act 1997" in text
        assert "Malicious Communications Act 1988" in text
        attached = set(reader.attachments)
        assert {f"evidence-{pk}.json" for pk in member_ids} <= attached
        assert {f"evidence-{pk}.html" for pk in member_ids} <= attached

        html = digest.get_body(("html",)).get_content()  # type: ignore[union-attr]
        found = re.search(r'<a href="([^"]+)"[^>]*>Open the review page</a>', html)
        assert found is not None
        with time_machine.travel(evening):
            page = chromium.new_page()  # type: ignore[attr-defined]
            page.goto(found.group(1).replace("&amp;", "&"))
            page.get_by_role("link", name="History of Dean Morley").first.click()
            page.wait_for_load_state()
            assert page.get_by_role("heading", name="History of Dean Morley").is_visible()
            counts = page.locator("table.counts").inner_text()
            assert re.search(r"Comments on your accounts\s+2", counts)
            assert re.search(r"Flagged as abuse\s+2", counts)
            assert re.search(rf"Incidents\s+{incident_id}\b", counts)
            assert page.locator("section.comment").count() == 2
            page.screenshot(path=str(tmp_path / "author.png"), full_page=True)
