"""Who a comment answers, from the feed to the reason a councillor reads, and the optional
second opinion stored beside the assessment. Real SQLite, a real JSONL feed, the real engine,
and a loopback chat-completions server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from monitor import config as config_module
from monitor import db
from monitor.cli import main
from monitor.models import AssessmentRow, StoredComment
from monitor.notify.items import inert_links, make_item
from monitor.pipeline import poll_account
from monitor.scoring.engine import ScoringEngine, build_engine
from monitor.service import after_scoring
from tests.chat_server import ChatServer, chat_server
from tests.conftest import write_config

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def line(comment_id: str, text: str, name: str, **extra: object) -> str:
    item = {
        "comment_id": comment_id,
        "post_id": "p1",
        "parent_id": None,
        "author_id": name.lower().replace(" ", "-"),
        "author_name": name,
        "text": text,
        "created_at": "2026-11-20T10:00:00Z",
        "permalink": f"https://www.facebook.com/118/posts/p1?comment_id={comment_id}",
        **extra,
    }
    return json.dumps(item) + "\n"


@pytest.fixture(scope="module")
def engine() -> ScoringEngine:
    return build_engine()


@pytest.fixture
def server() -> Iterator[ChatServer]:
    with chat_server() as running:
        yield running


def poll(tmp_path: Path, feed: str, engine: ScoringEngine, extra: str = "") -> object:
    (tmp_path / "feed.jsonl").write_text(feed, encoding="utf-8")
    settings = config_module.load(write_config(tmp_path, f"sqlite:///{tmp_path}/w.db", extra=extra))
    db.upgrade(settings.database_url)
    factory = db.session_factory(db.make_engine(settings.database_url))
    poll_account(
        factory, settings, "hughes-facebook", engine=engine, after=after_scoring(), now=NOW
    )
    return settings, factory


def test_a_label_in_a_reply_is_about_the_author_of_the_comment_it_answers(
    tmp_path: Path, engine: ScoringEngine
) -> None:
    feed = line("c1", "What a mess. Typical of this council.", "Simon Blake") + line(
        "c2", "Says the paedophile.", "L Fox", parent_id="c1"
    )
    _, factory = poll(tmp_path, feed, engine)
    with factory() as session:
        reply = session.scalars(select(StoredComment).where(StoredComment.comment_id == "c2")).one()
        assert reply.severity == "high" and "libel" in reply.labels
        [libel] = [
            r
            for r in reply.assessments[-1].reasons
            if r["category"] == "libel" and r["scorer"] == "libel"
        ]
        assert (
            "'Simon Blake', the person this comment replies to, is a paedophile"
            in (libel["message"])
        )


def test_agreeing_with_a_stored_allegation_is_flagged_for_review(
    tmp_path: Path, engine: ScoringEngine
) -> None:
    feed = (
        line("c1", "Cllr Hughes took cash from the developer before the vote", "Simon Blake")
        + line("c2", "So true 💯", "L Fox", parent_id="c1")
        + line("c3", "Lovely fete on Saturday", "Ann Lee")
        + line("c4", "So true", "Bob Park", parent_id="c3")
    )
    _, factory = poll(tmp_path, feed, engine)
    with factory() as session:
        rows = {c.comment_id: c for c in session.scalars(select(StoredComment))}
        assert "libel" in rows["c1"].labels and rows["c1"].severity == "high"
        assert rows["c2"].severity == "review" and "libel" in rows["c2"].labels
        [endorsed] = [
            r
            for r in rows["c2"].assessments[-1].reasons
            if r["category"] == "libel" and r["scorer"] == "libel"
        ]
        assert "agrees with the comment it replies to" in endorsed["message"]
        assert "'Cllr Hughes'" in endorsed["message"]
        assert "libel" not in (rows["c4"].labels or [])


def test_a_connectors_parent_fields_are_stored_and_used(
    tmp_path: Path, engine: ScoringEngine
) -> None:
    feed = line("c9", "Pretty rich coming from a fraudster", "A Resident", parent_id="c8") + line(
        "c10", "Paedo.", "B Resident", parent_is_owner=True
    )
    _, factory = poll(tmp_path, feed, engine)
    with factory() as session:
        rows = {c.comment_id: c for c in session.scalars(select(StoredComment))}
        assert rows["c10"].parent_is_owner is True and rows["c9"].parent_author is None
        [owner] = [
            r
            for r in rows["c10"].assessments[-1].reasons
            if r["category"] == "libel" and r["scorer"] == "libel"
        ]
        assert "that you (the comment replies to you) are a paedo" in owner["message"]
        [replied] = [
            r
            for r in rows["c9"].assessments[-1].reasons
            if r["category"] == "libel" and r["scorer"] == "libel"
        ]
        assert "the person this comment replies to is a fraudster" in replied["message"]


def test_a_second_opinion_is_stored_with_the_assessment_and_shown_in_the_digest(
    tmp_path: Path, engine: ScoringEngine, server: ChatServer
) -> None:
    extra = f'\n[scoring.second_opinion]\nenabled = true\nbase_url = "{server.url}"\nmodel = "m"\n'
    feed = line("c1", "Says the paedophile.", "L Fox") + line("c2", "Lovely event!", "C Res")
    settings, factory = poll(tmp_path, feed, engine, extra=extra)
    assert len(server.requests) == 1  # only the libel candidate left the machine
    with factory() as session:
        rows = {c.comment_id: c for c in session.scalars(select(StoredComment))}
        stored = rows["c1"].assessments[-1].second_opinion
        assert stored is not None and stored["fact_or_opinion"] == "fact"
        assert rows["c2"].assessments[-1].second_opinion is None
        item = make_item(settings, rows["c1"], link=inert_links(settings))  # type: ignore[arg-type]
        assert any(r.startswith("libel, second opinion (m, not checked") for r in item.reasons)


def test_polling_goes_on_without_a_second_opinion_when_the_server_is_down(
    tmp_path: Path, engine: ScoringEngine, server: ChatServer
) -> None:
    server.mode = "error"
    extra = f'\n[scoring.second_opinion]\nenabled = true\nbase_url = "{server.url}"\nmodel = "m"\n'
    _, factory = poll(tmp_path, line("c1", "Says the paedophile.", "L Fox"), engine, extra=extra)
    with factory() as session:
        row = session.scalars(select(AssessmentRow)).one()
        assert row.severity == "high" and row.second_opinion is None


def test_score_reads_optional_context_fields(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": 1, "text": "Says the paedophile.", "parent_author": "Simon Blake"})
        + "\n"
        + json.dumps({"id": 2, "text": "Says the paedophile."})
        + "\n"
        + json.dumps({"id": 3, "text": "So true", "parent_text": "Cllr Hughes took a bribe"})
        + "\n"
    )
    result = CliRunner().invoke(main, ["score", str(source)])
    assert result.exit_code == 0, result.output
    named, unnamed, endorsing = (json.loads(out) for out in result.output.splitlines())
    assert endorsing["severity"] == "review" and "libel" in endorsing["labels"]
    assert "agrees with the comment it replies to" in endorsing["reasons"][0]
    assert "'Simon Blake', the person this comment replies to" in named["reasons"][0]
    assert "the person this comment replies to is a paedophile" in unnamed["reasons"][0]
    assert "second_opinion" not in named  # off unless the config enables it


def test_score_rejects_a_context_field_of_the_wrong_type(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": 1, "text": "hi", "parent_is_owner": "yes"}) + "\n")
    result = CliRunner().invoke(main, ["score", str(source)])
    assert result.exit_code == 1
    assert f'{source}:1: "parent_author" and "parent_text" must be strings' in result.output


def test_agreement_stored_before_the_allegation_is_read_again_when_it_arrives(
    tmp_path: Path, engine: ScoringEngine
) -> None:
    """The reply comes a poll ahead of the comment it answers (a platform lists replies
    before their parent, or the parent is edited in later): once the allegation is
    stored, the reply that agrees with it is flagged and the councillor is told."""
    reply = line("c2", "So true 💯", "L Fox", parent_id="c1")
    _, factory = poll(tmp_path, reply, engine)
    with factory() as session:
        alone = session.scalars(select(StoredComment).where(StoredComment.comment_id == "c2")).one()
        assert alone.severity == "none" and len(alone.assessments) == 1
    allegation = line("c1", "Cllr Hughes took cash from the developer before the vote", "S Blake")
    _, factory = poll(tmp_path, reply + allegation, engine)
    with factory() as session:
        rows = {c.comment_id: c for c in session.scalars(select(StoredComment))}
        assert rows["c1"].severity == "high"
        assert rows["c2"].severity == "review" and "libel" in rows["c2"].labels
        assert len(rows["c2"].assessments) == 2
        [endorsed] = [
            r
            for r in rows["c2"].assessments[-1].reasons
            if r["category"] == "libel" and r["scorer"] == "libel"
        ]
        assert "'Cllr Hughes'" in endorsed["message"]


def test_a_reply_already_dismissed_or_unchanged_is_not_read_again(
    tmp_path: Path, engine: ScoringEngine
) -> None:
    early = line("c2", "So true", "L Fox", parent_id="c1") + line(
        "c4", "Thanks for the update", "M Reid", parent_id="c3"
    )
    _, factory = poll(tmp_path, early, engine)
    with factory() as session:
        dismissed = session.scalars(
            select(StoredComment).where(StoredComment.comment_id == "c2")
        ).one()
        dismissed.status = "dismissed"
        session.commit()
    later = line("c1", "Cllr Hughes took a bribe", "S Blake") + line(
        "c3", "Bins are collected on Tuesday", "A Lee"
    )
    _, factory = poll(tmp_path, early + later, engine)
    with factory() as session:
        rows = {c.comment_id: c for c in session.scalars(select(StoredComment))}
        assert "libel" in rows["c1"].labels
        assert rows["c2"].severity == "none" and len(rows["c2"].assessments) == 1
        assert rows["c4"].severity == "none" and len(rows["c4"].assessments) == 1
