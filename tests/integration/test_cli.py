from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import ClassVar

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from connectors.base import HIDE, UNHIDE, Batch, Comment, Connector
from connectors.registry import register, unregister
from monitor.cli import comments, connect, incidents, main, records, scoring, service, setup
from monitor.models import StoredComment
from tests.conftest import feed_line, write_config

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from monitor.cli import main; main()", *args],
        input=input,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_score_reads_stdin_and_prints_the_public_contract_with_no_config(tmp_path: Path) -> None:
    lines = "\n".join(
        json.dumps(item)
        for item in [
            {"id": "1", "text": "Thanks for fixing the streetlight"},
            {"id": 2, "text": "You are a fucking useless idiot"},
        ]
    )
    result = subprocess.run(
        [sys.executable, "-c", "from monitor.cli import main; main()", "score", "-"],
        input=lines,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    clean, rude = (json.loads(line) for line in result.stdout.splitlines())
    assert set(clean) == {"id", "severity", "flagged", "labels", "scores", "reasons"}
    assert clean["id"] == "1" and clean["severity"] == "none" and clean["flagged"] is False
    assert clean["labels"] == [] and clean["reasons"] == []
    assert set(clean["scores"]) == {
        "libel",
        "obscene",
        "abuse",
        "threat",
        "discrimination",
        "personal_data",
    }
    assert rude["id"] == 2 and rude["flagged"] is True and "abuse" in rude["labels"]
    assert rude["severity"] in {"review", "high"} and rude["reasons"]


def test_score_names_the_line_of_bad_input(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": 1, "text": "fine"}\n{"id": 2}\n')
    result = CliRunner().invoke(main, ["score", str(source)])
    assert result.exit_code == 1
    assert f'{source}:2: expected an object with a "text" string' in result.output


def test_demo_runs_from_nothing_and_is_idempotent(tmp_path: Path) -> None:
    first = run("demo", "--dir", str(tmp_path / "demo"))
    assert first.returncode == 0, first.stderr
    # Urgent alerts started the knowledge clock on the possible libels: they lead the list.
    assert re.search(
        r"17 flagged comments, the \d+ with deadlines first, soonest first", first.stdout
    )
    assert "Act by " in first.stdout and "of 48 working hours left" in first.stdout
    digest = next((tmp_path / "demo" / "outbox").glob("digest-*.html")).read_text()
    # The demo platform can hide: every item has a Hide button and none says it can't.
    assert digest.count(">Hide</a>") == 17
    assert "not available" not in digest
    second = run("demo", "--dir", str(tmp_path / "demo"))
    assert second.returncode == 0, second.stderr
    assert "0 stored" in second.stdout
    flagged = run("--config", str(tmp_path / "demo" / "wardwatch.toml"), "flagged", "--json")
    rows = [json.loads(line) for line in flagged.stdout.splitlines()]
    assert len(rows) >= 12
    assert len({row["comment_id"] for row in rows}) == len(rows)
    categories = {label for row in rows for label in row["labels"]}
    assert categories == {"libel", "obscene", "abuse", "threat", "discrimination", "personal_data"}
    assert all(row["reasons"] for row in rows)
    assert all(row["author_id"] != "page-118" for row in rows)
    # Scripts read these lines: the names and their order stay as they are.
    assert list(rows[0]) == [
        "id",
        "platform",
        "account",
        "comment_id",
        "author",
        "author_id",
        "text",
        "severity",
        "labels",
        "reasons",
        "permalink",
        "created_at",
        "status",
        "platform_state",
        "timezone",
        "knowledge_clock",
    ]
    clocks = [row["knowledge_clock"] for row in rows if row["knowledge_clock"]]
    assert clocks and list(clocks[0]) == [
        "notified_at",
        "deadline_at",
        "timezone",
        "bank_holidays",
        "running",
        "working_hours_left",
        "overdue",
    ]


def test_worker_without_the_distributed_extra_says_how_to_install_it(tmp_path: Path) -> None:
    code = (
        "import sys; sys.modules['celery'] = None; sys.modules['redis'] = None\n"
        "from monitor.cli import main; main(['worker'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert result.returncode == 1
    assert "pip install 'wardwatch[distributed]'" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_scheduler_and_the_command_context_load_without_the_command_line() -> None:
    # The scheduler is handed the command context; loading it must not load the commands,
    # which load the scheduler.
    code = "import sys, monitor.scheduler, monitor.context; print('monitor.cli' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_every_command_module_lists_its_commands_and_the_root_has_each_once() -> None:
    listed = [
        command.name
        for module in (setup, comments, service, records, incidents, scoring, connect)
        for command in module.commands
    ]
    assert len(listed) == len(set(listed))
    assert sorted(listed) == sorted(main.commands)


def test_examples_feed_has_at_least_forty_comments_with_every_field() -> None:
    lines = (ROOT / "examples" / "feed.jsonl").read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines]
    assert len(items) >= 40
    for item in items:
        assert {
            "comment_id",
            "post_id",
            "parent_id",
            "author_id",
            "author_name",
            "text",
            "created_at",
            "permalink",
        } <= set(item)


class RecordingConnector(Connector):
    """A platform fake: remembers what it was asked to hide."""

    platform = "recording-test"
    display_name = "Recording"
    capabilities = frozenset({HIDE, UNHIDE})
    calls: ClassVar[list[tuple[str, str]]] = []

    def fetch(self, cursor: str | None) -> Batch:
        from datetime import UTC, datetime

        if cursor:
            return Batch([], cursor)
        return Batch(
            [
                Comment(
                    "recording-test",
                    self.account.name,
                    "r-1",
                    "p",
                    None,
                    "a1",
                    "Troll",
                    "You are a fucking useless idiot",
                    datetime(2026, 11, 20, tzinfo=UTC),
                    None,
                )
            ],
            "done",
        )

    def hide(self, comment_id: str) -> None:
        self.calls.append(("hide", comment_id))

    def unhide(self, comment_id: str) -> None:
        self.calls.append(("unhide", comment_id))


@pytest.fixture
def recording() -> object:
    RecordingConnector.calls = []
    register(RecordingConnector)
    yield RecordingConnector
    unregister(RecordingConnector.platform)


def test_poll_flagged_hide_and_unhide_through_the_cli(tmp_path: Path, recording: object) -> None:
    (tmp_path / "feed.jsonl").write_text(feed_line("c1", "thanks"))
    config = write_config(
        tmp_path,
        f"sqlite:///{tmp_path / 'w.db'}",
        extra='[[accounts]]\nname = "rec"\nowner = "Cllr Sarah Hughes"\nplatform = "recording-test"',  # noqa: E501
    )
    runner = CliRunner()
    base = ["--config", str(config)]
    assert runner.invoke(main, [*base, "poll"]).exit_code == 0
    [row] = [
        json.loads(line)
        for line in runner.invoke(main, [*base, "flagged", "--json"]).output.splitlines()
    ]
    comment = str(row["id"])
    hidden = runner.invoke(main, [*base, "hide", comment, "--actor", "office"])
    assert hidden.exit_code == 0 and "hidden" in hidden.output
    again = runner.invoke(main, [*base, "hide", comment])
    assert "already hidden" in again.output
    assert runner.invoke(main, [*base, "unhide", comment]).exit_code == 0
    assert RecordingConnector.calls == [("hide", "r-1"), ("unhide", "r-1")]
    # The jsonl comment: no platform to hide it on. (Accounts are polled in parallel, so
    # its id is looked up rather than assumed.)
    with Session(create_engine(f"sqlite:///{tmp_path / 'w.db'}")) as session:
        plain = session.scalar(select(StoredComment.id).where(StoredComment.comment_id == "c1"))
    refused = runner.invoke(main, [*base, "hide", str(plain)])
    assert refused.exit_code == 1 and "hide it where it was posted" in refused.output
    status = runner.invoke(main, [*base, "status"])
    assert "rec (Recording-test" in status.output
