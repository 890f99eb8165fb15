"""The service commands end to end: `run` under SIGTERM, profile-check, evidence, hold,
retention, export and erase."""

from __future__ import annotations

import hashlib
import json
import signal
from datetime import UTC, datetime, timedelta
from email import message_from_string, policy
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import func, select

from monitor.cli import main
from monitor.context import App
from monitor.evidence import verify_file
from monitor.models import Action, Outbox, ProfileCheck, StoredComment
from monitor.retention import purge
from tests.conftest import start_service
from tests.integration.test_service import ABUSE, LIBEL, feed, service_config


def cli(config: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["--config", str(config), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_run_stops_on_sigterm_with_exit_status_0_and_nothing_lost(tmp_path: Path) -> None:
    config = service_config(tmp_path, poll_every="30s")
    feed(tmp_path, *[f"Comment {n} about the library opening hours" for n in range(200)], ABUSE)
    app = App(str(config))
    # Create the schema before the service starts, so two processes never race to upgrade it.
    app.factory  # noqa: B018
    process = start_service(config)
    try:
        assert process.poll() is None, process.communicate()[0]
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, output
    with app.factory() as session:
        assert session.scalar(select(func.count()).select_from(StoredComment)) == 201
        assert (
            session.scalar(
                select(func.count())
                .select_from(StoredComment)
                .where(StoredComment.severity.is_(None))
            )
            == 0
        )


def test_profile_check_prints_one_json_object_per_account_and_emails_once(tmp_path: Path) -> None:
    config = service_config(tmp_path, kind="personal", profile="Cllr Hughes, Ashby ward.")
    feed(tmp_path)
    lines = cli(config, "profile-check", "--json").splitlines()
    assert len(lines) == 1
    result = json.loads(lines[0])
    assert result["account"] == "hughes-facebook"
    assert result["hours_notice"] == "missing"
    assert result["disclaimer"] == "missing"
    assert result["found"] == []
    assert len(result["suggestion"]) <= 255
    assert "Monitored Mon-Fri 9am-5pm" in result["suggestion"]
    assert result["abuse_notice"] == "missing"
    assert "Abuse will be hidden and may be reported." in result["suggestion"]
    cli(config, "profile-check")  # the same problem again: no second email
    app = App(str(config))
    with app.factory() as session:
        assert session.scalar(select(func.count()).select_from(ProfileCheck)) == 2
        emails = session.scalars(select(Outbox).where(Outbox.kind == "profile")).all()
        assert len(emails) == 1
        assert "Monitored Mon-Fri 9am-5pm" in emails[0].message
        body = message_from_string(emails[0].message, policy=policy.default)
        plain = body.get_body(("plain",)).get_content()  # type: ignore[attr-defined]
        assert "It does not say that abuse will be reported." in " ".join(plain.split())
        assert emails[0].recipients == ["sarah.hughes@example.gov.uk"]


def test_a_changed_profile_is_reported_again(tmp_path: Path) -> None:
    config = service_config(tmp_path, profile="Monitored Mon-Fri 9am-5pm. Abuse will be reported.")
    feed(tmp_path)
    assert json.loads(cli(config, "profile-check", "--json"))["hours_notice"] == "present"
    service_config(tmp_path, profile="Monitored Mon-Fri 10am-2pm. Abuse will be reported.")
    result = json.loads(cli(config, "profile-check", "--json"))
    assert result["hours_notice"] == "mismatch"
    assert "Monitored Mon-Fri 9am-5pm" in result["suggestion"]
    with App(str(config)).factory() as session:
        assert session.scalar(select(func.count()).select_from(Outbox)) == 1
    assert "hours notice does not match your staffed hours" in cli(config, "status")


def _poll(tmp_path: Path, config: Path) -> App:
    cli(config, "poll")
    return App(str(config))


def test_the_evidence_pack_holds_everything_and_its_seal_covers_the_exact_bytes(
    tmp_path: Path,
) -> None:
    config = service_config(tmp_path)
    feed(tmp_path, LIBEL)
    app = _poll(tmp_path, config)
    cli(config, "dismiss", "1", "--actor", "sarah")
    packs = tmp_path / "packs"
    output = cli(config, "evidence", "1", "--out", str(packs))
    pack = json.loads((packs / "evidence-1.json").read_text())
    assert pack["comment"]["text"] == LIBEL
    assert pack["assessments"][0]["labels"] == ["libel"]
    assert [a["action"] for a in pack["actions"]] == ["dismiss"]
    seal = (packs / "evidence-1.sha256").read_text().splitlines()
    assert [line.split("  ")[1] for line in seal] == [
        "evidence-1.html",
        "evidence-1.json",
        "evidence-1.pdf",
    ]
    for line in seal:
        digest, name = line.split("  ")
        # The printed and sealed SHA-256 is what sha256sum says of the file as written.
        assert hashlib.sha256((packs / name).read_bytes()).hexdigest() == digest
        assert f"{name}  SHA-256 {digest}" in output
    html = (packs / "evidence-1.html").read_text()
    json_digest = hashlib.sha256((packs / "evidence-1.json").read_bytes()).hexdigest()
    assert json_digest in html and "bribe" in html
    assert "Marked not a problem" in html and "sarah" in html
    for python_value in ("['libel']", "None", "False", "{'"):
        assert python_value not in html
    assert (packs / "evidence-1.pdf").read_bytes().startswith(b"%PDF-")
    assert verify_file(packs / "evidence-1.pdf", factory=app.factory).ok


def test_evidence_verify_passes_on_a_fresh_pack_and_fails_on_one_changed_byte(
    tmp_path: Path,
) -> None:
    config = service_config(tmp_path)
    feed(tmp_path, LIBEL)
    _poll(tmp_path, config)
    cli(config, "evidence", "1", "--out", str(tmp_path / "packs"))
    for name in ("evidence-1.json", "evidence-1.html", "evidence-1.pdf"):
        path = tmp_path / "packs" / name
        verified = cli(config, "evidence", "verify", str(path))
        assert "matches the seal" in verified and "recorded in the audit log" in verified
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0x01
        path.write_bytes(bytes(data))
        result = CliRunner().invoke(
            main, ["--config", str(config), "evidence", "verify", str(path)]
        )
        assert result.exit_code == 1, result.output
        assert "does NOT match the seal" in result.output
        assert "not in this wardwatch's audit log" in result.output


def test_retention_keeps_held_and_recent_comments_and_logs_the_purge(tmp_path: Path) -> None:
    config = service_config(tmp_path)
    feed(tmp_path, "Lovely to see the park reopened", ABUSE, LIBEL)
    app = _poll(tmp_path, config)
    cli(config, "hold", "3", "--reason", "complaint ref 2026-14", "--actor", "sarah")
    now = datetime.now(UTC)
    purge(app.factory, app.settings, now=now + timedelta(days=100))
    with app.factory() as session:
        assert sorted(session.scalars(select(StoredComment.id))) == [2, 3]
    purge(app.factory, app.settings, now=now + timedelta(days=500))
    with app.factory() as session:
        assert list(session.scalars(select(StoredComment.id))) == [3]
    cli(config, "release", "3", "--actor", "sarah")
    purge(app.factory, app.settings, now=now + timedelta(days=500))
    with app.factory() as session:
        assert list(session.scalars(select(StoredComment.id))) == []
        actions = [a.action for a in session.scalars(select(Action).order_by(Action.id))]
    assert actions == ["hold", "purge", "purge", "release", "purge"]


def test_export_and_erase_of_one_author_respect_holds(tmp_path: Path) -> None:
    config = service_config(tmp_path)
    feed(tmp_path, "Great work on the bins", ABUSE)  # authors r1 and r2
    with (tmp_path / "feed.jsonl").open("a") as handle:
        handle.write(
            json.dumps(
                {
                    "comment_id": "c9",
                    "author_id": "r2",
                    "author_name": "R Two",
                    "text": LIBEL,
                    "created_at": "2026-11-20T10:00:00Z",
                }
            )
            + "\n"
        )
    _poll(tmp_path, config)
    exported = json.loads(cli(config, "export", "--author", "r2", "--platform", "facebook"))
    assert exported["comment_count"] == 2
    assert {c["comment"]["author_id"] for c in exported["comments"]} == {"r2"}
    cli(config, "hold", "3", "--reason", "pre-action letter")
    # Two flagged comments from r2 opened an incident; while it is open both are kept.
    kept = cli(config, "erase", "--author", "r2", "--platform", "facebook", "--yes")
    assert "Erased 0 comments" in kept and "in open incident 1" in kept
    cli(config, "incident-close", "1", "--reason", "no further action")
    output = cli(config, "erase", "--author", "r2", "--platform", "facebook", "--yes")
    assert "Erased 1 comment by" in output and "Kept #3: on hold" in output and "17(3)(e)" in output
    with App(str(config)).factory() as session:
        remaining = {(c.id, c.author_id) for c in session.scalars(select(StoredComment))}
    assert remaining == {(1, "r1"), (3, "r2")}


def test_flagged_shows_the_knowledge_clock_first_in_words_and_in_json(tmp_path: Path) -> None:
    config = service_config(tmp_path)
    feed(tmp_path, ABUSE, LIBEL)
    app = _poll(tmp_path, config)
    with app.factory() as session:
        libel = session.scalars(select(StoredComment).where(StoredComment.text == LIBEL)).one()
        assert libel.deadline_at is not None  # the urgent alert told the owner
    rows = [json.loads(line) for line in cli(config, "flagged", "--json").splitlines()]
    assert rows[0]["id"] == libel.id  # the running clock comes first
    clock = rows[0]["knowledge_clock"]
    assert clock["deadline_at"] == libel.deadline_at.isoformat(timespec="seconds")
    assert clock["running"] and 0 < clock["working_hours_left"] <= 48
    assert rows[1]["knowledge_clock"] is None
    human = cli(config, "flagged")
    assert "2 flagged comments, the one with a deadline first, then newest first" in human
    assert "Act by " in human and "of 48 working hours left" in human
    assert "personal_data" not in human and "+00:00" not in human


def test_dismissing_a_comment_that_was_never_flagged_says_so(tmp_path: Path) -> None:
    config = service_config(tmp_path)
    feed(tmp_path, "Lovely to see the park reopened")
    _poll(tmp_path, config)
    result = CliRunner().invoke(main, ["--config", str(config), "dismiss", "1"])
    assert result.exit_code == 1
    assert "comment 1 was never flagged, so there is nothing to mark" in result.output


def test_a_second_hold_does_not_silently_replace_the_first_reason(tmp_path: Path) -> None:
    config = service_config(tmp_path)
    feed(tmp_path, LIBEL)
    app = _poll(tmp_path, config)
    cli(config, "hold", "1", "--reason", "complaint ref 14")
    again = CliRunner().invoke(main, ["--config", str(config), "hold", "1", "--reason", "other"])
    assert again.exit_code == 1
    assert "already on hold (complaint ref 14): add --replace" in again.output
    cli(config, "hold", "1", "--reason", "pre-action letter", "--replace")
    with app.factory() as session:
        assert session.get_one(StoredComment, 1).hold_reason == "pre-action letter"


def test_the_review_page_offers_no_hide_where_the_platform_cannot_hide(tmp_path: Path) -> None:
    from urllib.parse import urlsplit

    from monitor.web import create_app

    config = service_config(tmp_path)
    feed(tmp_path, ABUSE)
    app = _poll(tmp_path, config)
    link = cli(config, "review-link").strip()
    client = create_app(app.factory, app.settings).test_client()
    page = client.get(urlsplit(link).path)
    assert page.status_code == 303
    review = client.get("/review").get_data(as_text=True)
    assert "useless" in review and ">Not a problem</button>" in review
    assert ">Hide</button>" not in review
    assert "Hide is not available on Facebook: a file has no platform to hide it on" in review
