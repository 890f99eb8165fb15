"""The repeat-offender rule, author history, comment versions and purge protection,
through real polls of JSON Lines feeds into SQLite and the real `wardwatch` commands."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import main
from monitor.context import App
from monitor.models import Incident, StoredComment
from monitor.moderation import apply
from monitor.pipeline import poll_account
from monitor.retention import purge
from monitor.service import after_scoring
from monitor.versions import versions_of

START = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
ABUSE = [
    "Hughes you are a useless lying cow, everyone on this estate hates you",
    "Sarah you are a disgrace and a pathetic excuse for a councillor, you make me sick",
    "Absolute f*cking joke this, and you're a useless c*nt for voting for it Sarah.",
]
THREAT = "I know where you live Sarah and I am going to come round and kill you."
FINE = "Does the new schedule mean the green bin is every other Wednesday now?"

CONFIG = """\
[storage]
url = "{db}"

[email]
outbox_dir = "outbox"

{extra}

[[owners]]
name = "Cllr Sarah Hughes"
email = "sarah.hughes@example.gov.uk"

[[accounts]]
name = "hughes-x"
owner = "Cllr Sarah Hughes"
platform = "jsonl"
path = "x.jsonl"
source_platform = "x"

[[accounts]]
name = "hughes-bluesky"
owner = "Cllr Sarah Hughes"
platform = "jsonl"
path = "bluesky.jsonl"
source_platform = "bluesky"
"""


def make_app(tmp_path: Path, extra: str = "", *, database_url: str = "") -> App:
    """An app on SQLite in ``tmp_path``, or on ``database_url`` (upgraded here, as an
    administrator would with `wardwatch db upgrade`)."""
    url = database_url or f"sqlite:///{tmp_path / 'w.db'}"
    if not url.startswith("sqlite"):
        from monitor.db import upgrade

        upgrade(url)
    path = tmp_path / "wardwatch.toml"
    path.write_text(CONFIG.format(db=url, extra=extra), encoding="utf-8")
    for name in ("x.jsonl", "bluesky.jsonl"):
        (tmp_path / name).touch()
    return App(str(path))


def post(tmp_path: Path, feed: str, comment_id: str, author: str, text: str, at: datetime) -> None:
    line = {
        "comment_id": comment_id,
        "post_id": "p1",
        "author_id": author,
        "author_name": author.title(),
        "text": text,
        "created_at": at.isoformat(),
    }
    with (tmp_path / feed).open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(line) + "\n")


def poll(app: App, account: str, now: datetime) -> None:
    outcome = poll_account(
        app.factory, app.settings, account, engine=app.scoring, after=after_scoring(), now=now
    )
    assert outcome.error is None, outcome.error


def incidents(app: App) -> list[tuple[str, list[str]]]:
    with app.factory() as session:
        return [
            (i.status, sorted(m.comment.comment_id for m in i.members))
            for i in session.query(Incident).order_by(Incident.id)
        ]


def test_one_flagged_comment_is_not_an_incident_but_a_second_within_the_window_is(
    tmp_path: Path, database_url: str
) -> None:
    app = make_app(tmp_path, database_url=database_url)
    post(tmp_path, "x.jsonl", "1", "gary", ABUSE[0], START)
    poll(app, "hughes-x", START)
    assert incidents(app) == []
    post(tmp_path, "x.jsonl", "2", "someone-else", ABUSE[1], START + timedelta(days=1))
    post(tmp_path, "x.jsonl", "3", "gary", FINE, START + timedelta(days=2))
    poll(app, "hughes-x", START + timedelta(days=2))
    assert incidents(app) == []
    post(tmp_path, "x.jsonl", "4", "gary", ABUSE[1], START + timedelta(days=20))
    poll(app, "hughes-x", START + timedelta(days=20))
    assert incidents(app) == [("open", ["1", "4"])]
    post(tmp_path, "x.jsonl", "5", "gary", ABUSE[2], START + timedelta(days=21))
    poll(app, "hughes-x", START + timedelta(days=21))
    assert incidents(app) == [("open", ["1", "4", "5"])]


def test_one_threat_is_enough_to_open_an_incident(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    post(tmp_path, "x.jsonl", "1", "dean", THREAT, START)
    poll(app, "hughes-x", START)
    assert incidents(app) == [("open", ["1"])]


def test_comments_further_apart_than_the_window_are_not_counted_together(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path, "[incidents]\nwindow_days = 5")
    post(tmp_path, "x.jsonl", "1", "gary", ABUSE[0], START)
    post(tmp_path, "x.jsonl", "2", "gary", ABUSE[1], START + timedelta(days=7))
    poll(app, "hughes-x", START + timedelta(days=7))
    assert incidents(app) == []


def test_a_category_threshold_can_ask_for_more_than_two(tmp_path: Path) -> None:
    app = make_app(tmp_path, "[incidents.thresholds]\nabuse = 3\nobscene = 3")
    post(tmp_path, "x.jsonl", "1", "gary", ABUSE[0], START)
    post(tmp_path, "x.jsonl", "2", "gary", ABUSE[1], START + timedelta(days=1))
    poll(app, "hughes-x", START + timedelta(days=1))
    assert incidents(app) == []
    post(tmp_path, "x.jsonl", "3", "gary", ABUSE[0] + "!", START + timedelta(days=2))
    poll(app, "hughes-x", START + timedelta(days=2))
    assert incidents(app) == [("open", ["1", "2", "3"])]


def test_a_comment_marked_not_a_problem_does_not_count(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    post(tmp_path, "x.jsonl", "1", "gary", ABUSE[0], START)
    poll(app, "hughes-x", START)
    with app.factory() as session:
        first = session.query(StoredComment).one().id
    apply(app.factory, app.settings, first, "dismiss", actor="sarah", channel="cli")
    post(tmp_path, "x.jsonl", "2", "gary", ABUSE[1], START + timedelta(days=1))
    poll(app, "hughes-x", START + timedelta(days=1))
    assert incidents(app) == []


def test_identities_linked_by_hand_share_one_history_and_one_incident(
    tmp_path: Path, database_url: str
) -> None:
    app = make_app(tmp_path, database_url=database_url)
    runner = CliRunner()
    base = ["--config", str(tmp_path / "wardwatch.toml")]
    post(tmp_path, "x.jsonl", "1", "gary", ABUSE[0], START)
    post(tmp_path, "bluesky.jsonl", "b1", "did:plc:gary", FINE, START)
    poll(app, "hughes-x", START)
    poll(app, "hughes-bluesky", START)
    linked = runner.invoke(main, [*base, "author-link", "x:gary", "bluesky:did:plc:gary"])
    assert linked.exit_code == 0, linked.output
    post(tmp_path, "bluesky.jsonl", "b2", "did:plc:gary", ABUSE[1], START + timedelta(days=3))
    poll(app, "hughes-bluesky", START + timedelta(days=3))
    assert incidents(app) == [("open", ["1", "b2"])]

    shown = runner.invoke(main, [*base, "author", "bluesky:did:plc:gary", "--json"])
    assert shown.exit_code == 0, shown.output
    [history] = json.loads(shown.output)
    assert history["identities"] == [
        {"platform": "bluesky", "author_id": "did:plc:gary"},
        {"platform": "x", "author_id": "gary"},
    ]
    assert history["comment_count"] == 3
    assert history["flagged_count"] == 2
    assert history["by_category"]["abuse"] == 2
    assert history["first_seen"] == START.isoformat()
    assert history["last_seen"] == (START + timedelta(days=3)).isoformat()
    assert history["incidents"] == [1]

    text = runner.invoke(main, [*base, "author", "x:gary"])
    assert "3 comments, 2 flagged, from 2026-03-02 to 2026-03-05" in text.output
    missing = runner.invoke(main, [*base, "author", "x:nobody"])
    assert missing.exit_code == 1
    assert "no stored comment by 'x:nobody'" in missing.output


def test_every_version_of_an_edited_comment_is_kept_and_the_edit_is_scored(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path)
    post(tmp_path, "x.jsonl", "1", "gary", ABUSE[0] + " " + FINE, START)
    poll(app, "hughes-x", START)
    # The platform shows the comment again, edited (a shorter feed is read afresh).
    (tmp_path / "x.jsonl").write_text("", encoding="utf-8")
    post(tmp_path, "x.jsonl", "1", "gary", FINE, START)
    poll(app, "hughes-x", START + timedelta(hours=2))
    with app.factory() as session:
        comment = session.query(StoredComment).one()
        assert comment.text == FINE
        assert comment.severity == "none"
        versions = [(v.event, v.text, v.seen_at) for v in versions_of(session, comment.id)]
    assert versions == [
        ("seen", ABUSE[0] + " " + FINE, START),
        ("edited", FINE, START + timedelta(hours=2)),
    ]


def test_the_purge_keeps_comments_in_an_open_incident_until_it_is_closed(
    tmp_path: Path, database_url: str
) -> None:
    app = make_app(tmp_path, database_url=database_url)
    post(tmp_path, "x.jsonl", "1", "gary", ABUSE[0], START)
    post(tmp_path, "x.jsonl", "2", "gary", ABUSE[1], START + timedelta(days=1))
    post(tmp_path, "x.jsonl", "3", "pat", ABUSE[2], START + timedelta(days=1))
    poll(app, "hughes-x", START + timedelta(days=1))
    with app.factory() as session:
        hidden = session.query(StoredComment).filter_by(comment_id="1").one().id
    apply(app.factory, app.settings, hidden, "dismiss", actor="sarah", channel="cli")
    later = START + timedelta(days=600)
    outcome = purge(app.factory, app.settings, now=later)
    assert (outcome.flagged, outcome.in_incident) == (1, 2)
    with app.factory() as session:
        kept = sorted(c.comment_id for c in session.query(StoredComment))
    assert kept == ["1", "2"]

    runner = CliRunner()
    base = ["--config", str(tmp_path / "wardwatch.toml")]
    closed = runner.invoke(main, [*base, "incident-close", "1", "--reason", "police informed"])
    assert closed.exit_code == 0, closed.output
    outcome = purge(app.factory, app.settings, now=later)
    assert (outcome.flagged, outcome.in_incident) == (2, 0)
    with app.factory() as session:
        assert session.query(StoredComment).count() == 0
        assert session.query(Incident).one().members == []


def test_the_incident_log_and_report_commands(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    post(tmp_path, "x.jsonl", "1", "dean", THREAT, START)
    poll(app, "hughes-x", START)
    runner = CliRunner()
    base = ["--config", str(tmp_path / "wardwatch.toml")]
    log = runner.invoke(main, [*base, "incidents"])
    assert log.exit_code == 0, log.output
    assert "Incident 1 [open] Dean (x:dean), 1 comments" in log.output
    assert "Online Safety Act 2023, section 181 (threatening communications)" in log.output
    assert "Protection from Harassment Act 1997" not in log.output  # one occasion only
    [row] = [
        json.loads(line)
        for line in runner.invoke(main, [*base, "incidents", "--json"]).output.splitlines()
    ]
    assert row["categories"] == ["threat"]

    report = runner.invoke(main, [*base, "incident-report", "1", "--dir", str(tmp_path / "r")])
    assert report.exit_code == 0, report.output
    assert (tmp_path / "r" / "incident-1.pdf").read_bytes().startswith(b"%PDF-")
    document = json.loads((tmp_path / "r" / "incident-1.json").read_text(encoding="utf-8"))
    assert document["report"]["comments"][0]["text"] == THREAT
    missing = runner.invoke(main, [*base, "incident-report", "9"])
    assert missing.exit_code == 1 and "no incident 9" in missing.output

    closed = runner.invoke(main, [*base, "incident-close", "1", "--reason", "reported"])
    assert closed.exit_code == 0
    assert runner.invoke(main, [*base, "incidents"]).output.strip() == "No open incidents."
    assert "[closed]" in runner.invoke(main, [*base, "incidents", "--all"]).output


@pytest.mark.parametrize("bad", ["0", '"ten"'])
def test_the_window_must_be_a_positive_number_of_days(tmp_path: Path, bad: str) -> None:
    make_app(tmp_path, f"[incidents]\nwindow_days = {bad}")
    result = CliRunner().invoke(main, ["--config", str(tmp_path / "wardwatch.toml"), "incidents"])
    assert result.exit_code == 2
    assert "incidents.window_days" in result.output


def test_the_monthly_summary_counts_the_month_charts_six_and_lists_open_incidents(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path)
    january = datetime(2026, 1, 20, 12, 0, tzinfo=UTC)
    march = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    post(tmp_path, "x.jsonl", "1", "pat", ABUSE[0], january)
    post(tmp_path, "x.jsonl", "2", "gary", ABUSE[1], march)
    post(tmp_path, "x.jsonl", "3", "gary", ABUSE[2], march + timedelta(days=2))
    post(tmp_path, "x.jsonl", "4", "dean", THREAT, march + timedelta(days=3))
    post(tmp_path, "x.jsonl", "5", "lee", FINE, march)
    poll(app, "hughes-x", march + timedelta(days=3))
    runner = CliRunner()
    base = ["--config", str(tmp_path / "wardwatch.toml")]
    out = tmp_path / "summary"
    result = runner.invoke(
        main, [*base, "monthly-summary", "--month", "2026-03", "--dir", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "3 flagged comments" in result.output
    html = (out / "summary-2026-03.html").read_text(encoding="utf-8")
    assert "Cllr Sarah Hughes, March 2026" in html
    # Insults go to the digest; only the threat is urgent.
    assert "3 flagged comments (1 urgent) from 2 authors; 0 the month before." in html
    assert "<title>Jan 2026: 1 abuse</title>" in html
    assert "<title>Mar 2026: 2 abuse</title>" in html  # the threat is not also an insult
    assert "<title>Mar 2026: 1 threat</title>" in html
    assert html.count("<rect") >= 6  # bars plus the legend
    assert ">Jan 2026 (1)</text>" in html and ">Mar 2026 (3)</text>" in html
    assert "Gary (x)" in html and "Dean (x)" in html
    from pypdf import PdfReader

    text = " ".join(
        page.extract_text() or "" for page in PdfReader(out / "summary-2026-03.pdf").pages
    )
    assert "Monthly summary for the Monitoring Officer" in " ".join(text.split())
    bad = runner.invoke(main, [*base, "monthly-summary", "--month", "March"])
    assert bad.exit_code == 2 and "use YYYY-MM" in bad.output


def test_erasure_keeps_an_authors_comments_in_an_open_incident_and_says_why(
    tmp_path: Path,
) -> None:
    from monitor.retention import AuthorScope, erase_author

    app = make_app(tmp_path)
    post(tmp_path, "x.jsonl", "1", "dean", THREAT, START)
    post(tmp_path, "x.jsonl", "2", "dean", FINE, START + timedelta(days=1))
    poll(app, "hughes-x", START + timedelta(days=1))
    outcome = erase_author(app.factory, AuthorScope("Cllr Sarah Hughes", "x", "dean"), actor="dpo")
    with app.factory() as session:
        kept = session.query(StoredComment).one()
    assert outcome.erased == 1
    assert (outcome.kept, outcome.in_incidents) == ([], [(kept.id, 1)])
    assert kept.comment_id == "1"


def test_a_course_of_conduct_is_alerted_at_once_though_each_comment_would_wait_for_the_digest(
    tmp_path: Path,
) -> None:
    from email import message_from_bytes, policy

    from monitor.models import Outbox
    from monitor.notify.daily_digest import preview_digest

    app = make_app(tmp_path)
    milder = "Sarah Hughes is a vile stupid cow and a f*cking disgrace, piss off out of our ward."
    post(tmp_path, "x.jsonl", "1", "gary", milder, START)
    poll(app, "hughes-x", START)
    with app.factory() as session:
        # One insult waits for the digest: it is not urgent on its own.
        assert {c.severity for c in session.query(StoredComment)} == {"review"}
        assert session.query(Outbox).filter(Outbox.kind == "alert").count() == 0
    post(tmp_path, "x.jsonl", "2", "gary", milder + " Again.", START + timedelta(days=3))
    poll(app, "hughes-x", START + timedelta(days=3))
    with app.factory() as session:
        assert {c.severity for c in session.query(StoredComment)} == {"review"}
        # The second from the same author is a possible course of conduct: told now.
        raw = session.query(Outbox).filter(Outbox.kind == "alert").one().message
    sent = message_from_bytes(raw.encode(), policy=policy.default)
    assert "possible course of conduct by Gary" in str(sent["Subject"])
    body = sent.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert (
        "Possible course of conduct (harassment): Gary has posted 2 flagged comments "
        "over 3 days (incident 1, X)." in body
    )
    evening = START + timedelta(days=3, hours=9)
    later = preview_digest(app.factory, app.settings, "Cllr Sarah Hughes", evening)
    assert "Repeat offenders" not in later.text


def test_one_threat_is_raised_in_its_urgent_alert_as_a_threat_to_report(tmp_path: Path) -> None:
    from email import message_from_bytes, policy

    from monitor.models import Outbox

    app = make_app(tmp_path)
    post(tmp_path, "x.jsonl", "1", "dean", THREAT, START)
    poll(app, "hughes-x", START)
    with app.factory() as session:
        raw = session.query(Outbox).filter(Outbox.kind == "alert").one().message
    sent = message_from_bytes(raw.encode(), policy=policy.default)
    body = sent.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Possible threat to report: Dean (incident 1, X)." in body
    assert "Online Safety Act 2023, section 181 (threatening communications)" in body
    assert "Protection from Harassment Act 1997" not in body
