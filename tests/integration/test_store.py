"""The store and the pipeline, on a real SQLite file and a real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select

from connectors.base import Batch, Connector, ConnectorError
from connectors.registry import register, unregister
from monitor import config as config_module
from monitor import db
from monitor.accounts import account_row
from monitor.models import AssessmentRow, Base, Outbox, PollState, StoredComment
from monitor.pipeline import poll_account
from monitor.polling import poll_all
from monitor.scoring.base import Signal, WholeCommentScorer
from monitor.scoring.engine import ScoringEngine, build_engine
from monitor.scoring.policy import Policy
from monitor.service import after_scoring
from tests.conftest import feed_line, write_config

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def engine() -> ScoringEngine:
    return build_engine()


def setup(tmp_path: Path, url: str, extra: str = "") -> tuple[config_module.Settings, object]:
    settings = config_module.load(write_config(tmp_path, url, extra=extra))
    db.upgrade(settings.database_url)
    return settings, db.session_factory(db.make_engine(settings.database_url))


def test_migrations_create_exactly_the_schema_the_models_describe(database_url: str) -> None:
    db.upgrade(database_url)
    engine = db.make_engine(database_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    assert db.current_revision(engine) == db.head_revision(database_url)


def test_polling_the_same_feed_twice_stores_each_comment_once(
    tmp_path: Path, database_url: str, engine: ScoringEngine
) -> None:
    (tmp_path / "feed.jsonl").write_text(
        feed_line("c1", "Thanks for sorting the bins") + feed_line("c2", "When is the meeting?")
    )
    settings, factory = setup(tmp_path, database_url)
    first = poll_account(
        factory, settings, "hughes-facebook", engine=engine, after=after_scoring(), now=NOW
    )
    second = poll_account(
        factory, settings, "hughes-facebook", engine=engine, after=after_scoring(), now=NOW
    )
    assert (first.stored, second.stored) == (2, 0)
    with factory() as session:
        assert session.scalar(select(func.count()).select_from(StoredComment)) == 2
        # Rewind the cursor, as after a lost commit upstream: the conflict guard still holds.
        session.get_one(PollState, 1).cursor = None
        session.commit()
    again = poll_account(
        factory, settings, "hughes-facebook", engine=engine, after=after_scoring(), now=NOW
    )
    assert (again.fetched, again.stored) == (2, 0)


def test_new_lines_are_read_on_the_next_poll_and_scored_with_reasons(
    tmp_path: Path, database_url: str, engine: ScoringEngine
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(feed_line("c1", "Thanks for fixing the streetlight"))
    settings, factory = setup(tmp_path, database_url)
    poll_account(
        factory, settings, "hughes-facebook", engine=engine, after=after_scoring(), now=NOW
    )
    with feed.open("a") as handle:
        handle.write(feed_line("c2", "You are a fucking useless idiot, Hughes"))
    outcome = poll_account(
        factory, settings, "hughes-facebook", engine=engine, after=after_scoring(), now=NOW
    )
    assert (outcome.stored, outcome.flagged) == (1, 1)
    with factory() as session:
        flagged = session.scalars(
            select(StoredComment).where(StoredComment.severity != "none")
        ).one()
        assert flagged.comment_id == "c2"
        assessment = session.scalars(
            select(AssessmentRow).where(AssessmentRow.comment_pk == flagged.id)
        ).one()
        assert "abuse" in assessment.labels
        assert "abuse" in {reason["category"] for reason in assessment.reasons}
        assert assessment.scorer_versions


def test_the_owners_own_comments_are_never_stored(
    tmp_path: Path, database_url: str, engine: ScoringEngine
) -> None:
    (tmp_path / "feed.jsonl").write_text(
        feed_line("c1", "Great turnout tonight")
        + feed_line("c2", "Thank you all!", author="page-118")
    )
    settings, factory = setup(tmp_path, database_url)
    poll_account(
        factory, settings, "hughes-facebook", engine=engine, after=after_scoring(), now=NOW
    )
    with factory() as session:
        assert session.scalars(select(StoredComment.author_id)).all() == ["r1"]


class ExplodingScorer(WholeCommentScorer):
    name = "exploding"
    version = "1"

    def score(self, texts: Sequence[str]) -> list[Signal]:
        raise RuntimeError("scorer crashed")


def test_a_crash_while_scoring_loses_nothing_and_the_next_poll_scores(
    tmp_path: Path, database_url: str, engine: ScoringEngine
) -> None:
    (tmp_path / "feed.jsonl").write_text(feed_line("c1", "Pothole on Mill Lane again"))
    settings, factory = setup(tmp_path, database_url)
    with pytest.raises(RuntimeError):
        poll_account(
            factory,
            settings,
            "hughes-facebook",
            engine=ScoringEngine([ExplodingScorer()], Policy()),
            after=after_scoring(),
            now=NOW,
        )
    with factory() as session:
        stored = session.scalars(select(StoredComment)).one()
        assert stored.severity is None  # kept, waiting to be scored
    poll_account(
        factory, settings, "hughes-facebook", engine=engine, after=after_scoring(), now=NOW
    )
    with factory() as session:
        assert session.scalars(select(StoredComment.severity)).all() == ["none"]
        assert session.scalar(select(func.count()).select_from(AssessmentRow)) == 1


class BrokenConnector(Connector):
    platform = "broken-test"
    display_name = "Broken"

    def fetch(self, cursor: str | None) -> Batch:
        raise ConnectorError("Broken says the token was revoked: reconnect", permanent=True)


class FlakyConnector(Connector):
    platform = "flaky-test"
    display_name = "Flaky"

    def fetch(self, cursor: str | None) -> Batch:
        raise ConnectorError("Flaky is rate limiting", retry_after=900)


class CrashingConnector(Connector):
    platform = "crashing-test"
    display_name = "Crashing"

    def fetch(self, cursor: str | None) -> Batch:
        raise KeyError("bug")


@pytest.fixture
def failing_platforms() -> object:
    for cls in (BrokenConnector, FlakyConnector, CrashingConnector):
        register(cls)
    yield
    for cls in (BrokenConnector, FlakyConnector, CrashingConnector):
        unregister(cls.platform)


def _account(name: str, platform: str) -> str:
    return (
        f'\n[[accounts]]\nname = "{name}"\nowner = "Cllr Sarah Hughes"\nplatform = "{platform}"\n'
    )


def test_one_failing_account_never_stops_the_others_and_the_errors_are_stored(
    tmp_path: Path, database_url: str, engine: ScoringEngine, failing_platforms: object
) -> None:
    (tmp_path / "feed.jsonl").write_text(feed_line("c1", "Lovely new benches"))
    extra = (
        _account("broken", "broken-test")
        + _account("flaky", "flaky-test")
        + _account("crashing", "crashing-test")
    )
    settings, factory = setup(tmp_path, database_url, extra=extra)
    outcomes = {
        o.account: o
        for o in poll_all(factory, settings, engine=engine, after=after_scoring(), now=NOW)
    }
    assert outcomes["hughes-facebook"].ok and outcomes["hughes-facebook"].stored == 1
    assert outcomes["broken"].permanent
    assert outcomes["flaky"].parked_until is not None
    assert outcomes["flaky"].parked_until >= NOW + timedelta(seconds=900)
    assert "KeyError" in (outcomes["crashing"].error or "")
    with factory() as session:
        states = {s.account.name: s for s in session.scalars(select(PollState))}
        assert states["broken"].paused_reason == "Broken says the token was revoked: reconnect"
        assert states["flaky"].last_error == "Flaky is rate limiting"
    # The park and the pause survive: a later poll skips both until their time.
    later = poll_all(
        factory, settings, engine=engine, after=after_scoring(), now=NOW + timedelta(minutes=5)
    )
    skipped = {o.account for o in later if o.not_due}
    assert {"broken", "flaky"} <= skipped
    # The owner and delegate were told once that "broken" is no longer watched.
    with factory() as session:
        [mail] = session.scalars(select(Outbox).where(Outbox.kind == "paused")).all()
    assert mail.recipients == ["sarah.hughes@example.gov.uk", "member.services@example.gov.uk"]
    assert mail.subject == "wardwatch has stopped watching broken"
    assert "Broken says the token was revoked" in mail.message
    assert "wardwatch poll --account broken --force" in mail.message


def test_a_successful_forced_poll_resumes_a_paused_account(
    tmp_path: Path, database_url: str, engine: ScoringEngine
) -> None:
    (tmp_path / "feed.jsonl").write_text(feed_line("c1", "Lovely new benches"))
    settings, factory = setup(tmp_path, database_url)
    with factory() as session:
        account = account_row(session, settings, "hughes-facebook")
        session.add(PollState(account_id=account.id, paused_reason="token revoked"))
        session.commit()
    assert poll_account(
        factory, settings, "hughes-facebook", engine=engine, after=after_scoring(), now=NOW
    ).not_due
    forced = poll_account(
        factory,
        settings,
        "hughes-facebook",
        engine=engine,
        after=after_scoring(),
        now=NOW,
        force=True,
    )
    assert forced.ok and forced.stored == 1
    with factory() as session:
        assert session.get_one(PollState, 1).paused_reason is None
    assert not poll_account(
        factory, settings, "hughes-facebook", engine=engine, after=after_scoring(), now=NOW
    ).not_due


def test_a_batch_bigger_than_the_databases_parameter_limit_is_stored_whole(
    tmp_path: Path, database_url: str, engine: ScoringEngine
) -> None:
    # 5,000 rows x 16 columns is 80,000 bound parameters: over PostgreSQL's 65,535.
    (tmp_path / "feed.jsonl").write_text(
        "".join(feed_line(f"c{n}", f"Bins on Mill Lane, report {n}") for n in range(5000))
    )
    settings, factory = setup(tmp_path, database_url)
    outcome = poll_account(
        factory, settings, "hughes-facebook", engine=engine, after=after_scoring(), now=NOW
    )
    assert outcome.error is None and outcome.stored == 5000
    with factory() as session:
        assert session.scalar(select(func.count()).select_from(StoredComment)) == 5000


def test_flagged_lists_running_clocks_first_by_deadline_then_the_rest_newest_first(
    tmp_path: Path, database_url: str, engine: ScoringEngine
) -> None:
    from monitor.queries import flagged_comments

    rude = "You are a useless c*nt and a disgrace"
    (tmp_path / "feed.jsonl").write_text(
        "".join(feed_line(f"c{n}", f"{rude} {n}", hour=8 + n) for n in range(1, 6))
    )
    settings, factory = setup(tmp_path, database_url)
    poll_account(
        factory, settings, "hughes-facebook", engine=engine, after=after_scoring(), now=NOW
    )
    # Clocks as the alert and digest would have left them: c2 and c4 running (c4 sooner),
    # c5 with a deadline but already hidden, c1 and c3 with no clock.
    with factory() as session:  # type: ignore[operator]
        rows = {c.comment_id: c for c in session.scalars(select(StoredComment))}
        rows["c2"].deadline_at = NOW + timedelta(days=2)
        rows["c4"].deadline_at = NOW + timedelta(days=1)
        rows["c5"].deadline_at = NOW - timedelta(days=1)
        rows["c5"].status = "hidden"
        for comment in rows.values():
            comment.notified_at = NOW if comment.deadline_at else None
        session.commit()
    listed = flagged_comments(factory, now=NOW)  # type: ignore[arg-type]
    assert [row.comment_id for row in listed] == ["c4", "c2", "c5", "c3", "c1"]
    clocks = [row.knowledge_clock for row in listed]
    assert clocks[0] is not None and clocks[0].running
    assert clocks[2] is not None and clocks[2].running is False
    assert clocks[2].working_hours_left is None
