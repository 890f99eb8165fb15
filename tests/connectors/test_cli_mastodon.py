"""The Mastodon commands end to end: a real config and SQLite store, a poll through the
pipeline, then `author-action ... report`, `author-action ... mute` and `hide` against the
faked server."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from mastodon_fake import BASE, FakeMastodon
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from monitor.cli import main
from monitor.models import Action, StoredComment


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WW_TEST_MASTODON_TOKEN", "tok")
    path = tmp_path / "wardwatch.toml"
    path.write_text(
        f"""
[storage]
url = "sqlite:///{tmp_path / "ww.db"}"

[[owners]]
name = "Cllr Owner"
email = "owner@example.gov.uk"

[[accounts]]
name = "cllr-masto"
owner = "Cllr Owner"
platform = "mastodon"
instance = "{BASE}"
[accounts.credentials]
access_token = {{ env = "WW_TEST_MASTODON_TOKEN" }}
""",
        encoding="utf-8",
    )
    return path


def run(config: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["--config", str(config), *args])
    return result.exit_code, result.output


def stored(config: Path, tmp_path: Path) -> list[tuple[int, str, str]]:
    engine = create_engine(f"sqlite:///{tmp_path / 'ww.db'}")
    with Session(engine) as session:
        return [(c.id, c.comment_id, c.author_id) for c in session.scalars(select(StoredComment))]


def test_report_mute_and_hide_from_the_command_line(config: Path, tmp_path: Path) -> None:
    assert run(config, "db", "upgrade")[0] == 0
    with FakeMastodon() as fake:
        code, output = run(config, "poll")
        assert code == 0, output
        rows = stored(config, tmp_path)
        pk, status_id, author = next(r for r in rows if r[2] == "200")

        code, output = run(
            config, "author-action", str(pk), "report", "--reason", "threat of violence"
        )
        assert code == 0, output
        assert "reported to the server's moderators" in output
        assert fake.reports[0]["status_ids[]"] == [status_id]
        assert fake.reports[0]["comment"] == ["threat of violence"]

        assert run(config, "author-action", str(pk), "mute")[0] == 0
        assert fake.muted == [author]

        code, output = run(config, "hide", str(pk))
    assert code == 1
    assert "can't hide on Mastodon: open it to delete or report" in output
    engine = create_engine(f"sqlite:///{tmp_path / 'ww.db'}")
    with Session(engine) as session:
        actions = [
            (a.action, a.result) for a in session.scalars(select(Action).order_by(Action.id))
        ]
    assert ("report", "ok") in actions and ("mute_author", "ok") in actions


def test_a_report_without_a_reason_is_refused_before_the_server_is_asked(
    config: Path, tmp_path: Path
) -> None:
    assert run(config, "db", "upgrade")[0] == 0
    with FakeMastodon() as fake:
        assert run(config, "poll")[0] == 0
        pk = stored(config, tmp_path)[0][0]
        code, output = run(config, "author-action", str(pk), "report")
    assert code == 1
    assert "a report needs --reason" in output
    assert fake.reports == []


def test_the_old_mute_author_and_report_commands_still_work_and_name_the_new_one(
    config: Path, tmp_path: Path
) -> None:
    assert run(config, "db", "upgrade")[0] == 0
    with FakeMastodon() as fake:
        assert run(config, "poll")[0] == 0
        pk, status_id, author = next(r for r in stored(config, tmp_path) if r[2] == "200")
        code, output = run(config, "report", str(pk), "--reason", "spam", "--forward")
        assert code == 0, output
        assert "author-action ID report" in output
        assert fake.reports[0]["status_ids[]"] == [status_id]
        assert fake.reports[0]["forward"] == ["1"]
        code, output = run(config, "mute-author", str(pk))
        assert code == 0, output
        assert "author-action ID mute" in output
        assert fake.muted == [author]
    code, output = run(config, "--help")
    assert "mute-author" not in output and "author-action" in output
