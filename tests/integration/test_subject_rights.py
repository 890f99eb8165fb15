"""Subject access and erasure: by author id, within one owner and one platform, with a
preview, and refusing to erase what is on hold or under a running knowledge clock unless
forced with a reason that goes to the audit log. Real CLI, real SQLite, real digest."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import select

from monitor.cli import main
from monitor.context import App
from monitor.models import Action, StoredComment
from monitor.notify.daily_digest import send_due_digest

LIBEL = "Councillor Hughes took a bribe from the developer, everyone knows it."
BENIGN = "When will the library reopen?"
HUGHES, KHAN = "Cllr Sarah Hughes", "Dr Amir Khan"


def line(comment_id: str, author_id: str, text: str) -> str:
    return (
        json.dumps(
            {
                "comment_id": comment_id,
                "post_id": "p1",
                "author_id": author_id,
                "author_name": "Kev Lister",  # two people, one display name
                "text": text,
                "created_at": "2026-11-20T10:00:00Z",
            }
        )
        + "\n"
    )


def setup(tmp_path: Path) -> Path:
    (tmp_path / "hughes.jsonl").write_text(
        line("h1", "k1", LIBEL) + line("h2", "k1", BENIGN) + line("h3", "k2", BENIGN)
    )
    (tmp_path / "khan.jsonl").write_text(line("a1", "k1", BENIGN))
    config = tmp_path / "wardwatch.toml"
    config.write_text(
        f"""
[storage]
url = "sqlite:///{tmp_path / "wardwatch.db"}"

[email]
mode = "outbox-dir"
outbox_dir = "outbox"

[[owners]]
name = "{HUGHES}"
email = "sarah.hughes@example.gov.uk"

[[owners]]
name = "{KHAN}"
email = "amir.khan@example.gov.uk"

[[accounts]]
name = "hughes-facebook"
owner = "{HUGHES}"
platform = "jsonl"
path = "hughes.jsonl"
source_platform = "facebook"

[[accounts]]
name = "khan-facebook"
owner = "{KHAN}"
platform = "jsonl"
path = "khan.jsonl"
source_platform = "facebook"
""",
        encoding="utf-8",
    )
    run(config, "db", "upgrade")
    run(config, "poll")
    app = App(str(config))
    # The digest tells the owner about the libel: its knowledge clock starts.
    send_due_digest(app.factory, app.settings, HUGHES, datetime.now(UTC))
    return config


def run(config: Path, *args: str, status: int = 0) -> str:
    result = CliRunner().invoke(main, ["--config", str(config), *args])
    assert result.exit_code == status, result.output
    return result.output


def remaining(config: Path) -> set[str]:
    with App(str(config)).factory() as session:
        return set(session.scalars(select(StoredComment.comment_id)))


SCOPE = ("--author", "k1", "--platform", "facebook", "--owner", HUGHES)


def test_export_holds_only_that_author_id_within_one_owner_and_platform(tmp_path: Path) -> None:
    config = setup(tmp_path)

    exported = json.loads(run(config, "export", *SCOPE))

    assert exported["comment_count"] == 2
    assert sorted(p["comment"]["platform_comment_id"] for p in exported["comments"]) == ["h1", "h2"]
    assert (
        json.loads(run(config, "export", *SCOPE[:2], "--platform", "x", "--owner", HUGHES))[
            "comment_count"
        ]
        == 0
    )
    # A display name is not an author id.
    name = ("--author", "Kev Lister", "--platform", "facebook", "--owner", HUGHES)
    assert json.loads(run(config, "export", *name))["comment_count"] == 0
    assert "choose one of the owners" in run(
        config, "export", "--author", "k1", "--platform", "facebook", status=2
    )


def test_erasure_previews_and_keeps_a_comment_whose_knowledge_clock_is_running(
    tmp_path: Path,
) -> None:
    config = setup(tmp_path)

    preview = run(config, "erase", *SCOPE, "--dry-run")

    assert "2 comments by author id 'k1' on facebook" in preview
    assert "KEPT: knowledge clock running since" in preview and "Would erase 1" in preview
    assert remaining(config) == {"h1", "h2", "h3", "a1"}

    output = run(config, "erase", *SCOPE, "--yes")

    assert "Erased 1 comment " in output and "knowledge clock running" in output
    assert remaining(config) == {"h1", "h3", "a1"}


def test_forcing_an_erasure_needs_a_reason_and_audits_it(tmp_path: Path) -> None:
    config = setup(tmp_path)
    # Accounts are polled in parallel, so ids follow no fixed order: look h2 up.
    with App(str(config)).factory() as session:
        h2 = session.scalar(select(StoredComment.id).where(StoredComment.comment_id == "h2"))
    run(config, "hold", str(h2), "--reason", "pre-action letter")

    refused = run(config, "erase", *SCOPE, "--yes", "--force", status=2)
    assert "--force needs a --reason" in refused
    assert remaining(config) == {"h1", "h2", "h3", "a1"}

    output = run(
        config,
        "erase",
        *SCOPE,
        "--yes",
        "--force",
        "--reason",
        "court order 2026/7",
        "--actor",
        "dpo",
    )

    assert "Erased 2 comments" in output
    assert remaining(config) == {"h3", "a1"}
    with App(str(config)).factory() as session:
        [erase] = session.scalars(select(Action).where(Action.action == "erase"))
    assert erase.actor == "dpo" and "court order 2026/7" in erase.detail
    assert "FORCED past 2 protections" in erase.detail and "on hold" in erase.detail
