"""`wardwatch demo`: a working installation in one folder, with no accounts to set up.

It writes a config (SQLite store, the bundled sample feed of comments on a councillor's
Facebook page, email written to a local outbox folder), polls the feed, scores it and
prints what was flagged. Running it again reuses the folder and stores nothing twice.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import click

from monitor.app import App

DEMO_CONFIG = """\
# Written by `wardwatch demo`. Edit freely: the demo reuses this file when run again.
[storage]
url = "sqlite:///wardwatch.db"

[email]
mode = "outbox-dir"
from = "wardwatch demo <wardwatch@localhost>"
outbox_dir = "outbox"

[web]
base_url = "http://127.0.0.1:8080"

[[owners]]
name = "Cllr Sarah Hughes"
email = "sarah.hughes@example.gov.uk"
delegate_email = "member.services@example.gov.uk"
timezone = "Europe/London"
staffed_hours = "Mon-Fri 09:00-17:00"
digest_time = "07:30"

[[accounts]]
name = "hughes-facebook"
owner = "Cllr Sarah Hughes"
platform = "jsonl"
path = "feed.jsonl"
source_platform = "facebook"
own_author_ids = ["page-118"]
kind = "official"
profile = "Cllr Sarah Hughes, Ashby Ward. This page is monitored Mon-Fri 9am-5pm."
"""


def examples_dir() -> Path:
    """The sample feed: inside the package when installed from a wheel, else the checkout's."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_examples", here.parent / "examples"):
        if (candidate / "feed.jsonl").is_file():
            return candidate
    raise FileNotFoundError(
        "the sample feed (examples/feed.jsonl) is missing from this installation"
    )


def prepare(directory: Path) -> Path:
    """Create the demo folder's config and feed if they are missing; return the config."""
    directory.mkdir(parents=True, exist_ok=True)
    feed = directory / "feed.jsonl"
    if not feed.exists():
        shutil.copyfile(examples_dir() / "feed.jsonl", feed)
    config = directory / "wardwatch.toml"
    if not config.exists():
        config.write_text(DEMO_CONFIG, encoding="utf-8")
    return config


# Steps that other parts of wardwatch add to the demo (the digest writes its email here).
demo_steps: list[Callable[[App], None]] = []


def run_demo(ctx: click.Context, directory: str) -> None:
    from monitor.polling import poll_all
    from monitor.queries import flagged_comments
    from monitor.report import flagged_table

    config = prepare(Path(directory))
    app = App(str(config))
    ctx.obj = app
    click.echo(f"Demo folder: {config.parent}  (config: {config})")
    for outcome in poll_all(app.factory, app.settings, engine=app.scoring, force=True):
        click.echo(
            f"Polled {outcome.account}: {outcome.fetched} new comments read, "
            f"{outcome.stored} stored, {outcome.flagged} flagged"
            + (f", error: {outcome.error}" if outcome.error else "")
        )
    click.echo("")
    click.echo(flagged_table(flagged_comments(app.factory, limit=200)))
    for step in demo_steps:
        step(app)
