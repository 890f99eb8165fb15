"""`wardwatch demo`: a working installation in one folder, with no accounts to set up.

It writes a config (SQLite store, the bundled sample feed of comments on a councillor's
page on the demo platform, email written to a local outbox folder), polls the feed,
scores it and prints what was flagged. Running it again reuses the folder and stores
nothing twice. With ``--serve`` it then serves the web pages, so the digest's Hide links
work and the demo platform's page (``/demo-platform``) shows what they changed.
"""

from __future__ import annotations

import shutil
from email import message_from_string, policy
from email.message import EmailMessage
from pathlib import Path

import click
import waitress

from monitor.clock import utcnow
from monitor.context import App
from monitor.db import transaction
from monitor.models import Outbox
from monitor.notify import links
from monitor.notify.daily_digest import send_due_digest
from monitor.notify.email import deliver_outbox
from monitor.polling import poll_all
from monitor.queries import flagged_comments
from monitor.service import after_scoring
from monitor.tables import flagged_table
from monitor.web import create_app
from monitor.wording import plural

DEMO_CONFIG = """\
# Written by `wardwatch demo`. Edit freely: the demo reuses this file when run again.
[storage]
url = "sqlite:///wardwatch.db"

[email]
mode = "outbox-dir"
from = "wardwatch demo <wardwatch@localhost>"
outbox_dir = "outbox"

[web]
base_url = "http://127.0.0.1:{port}"
host = "127.0.0.1"
port = {port}

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
platform = "demo"
path = "feed.jsonl"
own_author_ids = ["page-118"]
kind = "official"
profile = "Cllr Sarah Hughes, Ashby Ward. This page is monitored Mon-Fri 9am-5pm."
# What is hidden on the demo platform, and its page (served by `wardwatch demo --serve`).
state_path = "demo-platform.json"
page_url = "http://127.0.0.1:{port}/demo-platform"
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


def prepare(directory: Path, *, port: int = 8080) -> Path:
    """Create the demo folder's config and feed if they are missing; return the config.
    ``port`` is where the demo's web pages will be served (written into a new config)."""
    directory.mkdir(parents=True, exist_ok=True)
    feed = directory / "feed.jsonl"
    if not feed.exists():
        shutil.copyfile(examples_dir() / "feed.jsonl", feed)
    config = directory / "wardwatch.toml"
    if not config.exists():
        config.write_text(DEMO_CONFIG.format(port=port), encoding="utf-8")
    return config


def run_demo(ctx: click.Context, directory: str, *, port: int = 8080, serve: bool = False) -> None:
    config = prepare(Path(directory), port=port)
    app = App(str(config))
    ctx.obj = app
    click.echo(f"Demo folder: {config.parent}  (config: {config})")
    outcomes = poll_all(
        app.factory, app.settings, engine=app.scoring, after=after_scoring(), force=True
    )
    for outcome in outcomes:
        click.echo(
            f"Polled {outcome.account}: {plural(outcome.fetched, 'new comment')} read, "
            f"{outcome.stored} stored, {outcome.flagged} flagged"
            + (f", error: {outcome.error}" if outcome.error else "")
        )
    click.echo("")
    click.echo(flagged_table(flagged_comments(app.factory, limit=200), now=utcnow()))
    write_digest(app)
    if serve:
        serve_demo(app)


def write_digest(app: App) -> None:
    """The demo's last step: write today's digest to the outbox folder as .eml and .html."""
    settings, now = app.settings, utcnow()
    owner = settings.owners[0].name
    outcome = send_due_digest(app.factory, settings, owner, now, force=True)
    deliver_outbox(app.factory, settings, now)
    if outcome.outbox_id is None:
        click.echo("No digest today: nothing was flagged.")
        return
    folder = settings.resolve_path(settings.email.outbox_dir)
    with app.factory() as session:
        raw = session.get_one(Outbox, outcome.outbox_id).message
    message = message_from_string(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    html_part = message.get_body(("html",))
    html = folder / f"digest-{outcome.local_date}.html"
    if html_part is not None:
        html.write_text(str(html_part.get_content()), encoding="utf-8")
    eml = next(folder.glob(f"*-digest-{outcome.outbox_id}.eml"), None)
    click.echo("")
    click.echo(f"Today's digest email ({plural(outcome.items, 'new comment')}): {eml}")
    click.echo(f"Digest: {html.resolve()}")
    click.echo(
        "Its Hide links work while the web pages run: "
        f"`wardwatch demo --serve --dir {settings.base_dir}`."
    )


def serve_demo(app: App) -> None:
    """Serve the web pages at the demo config's address until Ctrl-C, after printing the
    review page's link (the digest's path was printed by the digest step)."""
    settings = app.settings
    with transaction(app.factory) as session:
        token = links.issue(
            session,
            settings,
            comment_pk=None,
            action=links.REVIEW,
            recipient=settings.owners[0].email,
            now=utcnow(),
        )
    base_url = settings.web.base_url.rstrip("/")
    click.echo(f"Review page: {links.review_url(settings, token)}")
    click.echo(f"The demo platform (what Hide changes): {base_url}/demo-platform")
    click.echo(f"Serving the web pages on {base_url}; press Ctrl-C to stop.")
    try:
        waitress.serve(
            create_app(app.factory, settings),
            host=settings.web.host,
            port=settings.web.port,
            threads=4,
            ident="wardwatch",
        )
    except KeyboardInterrupt:
        click.echo("Stopped.")
    except OSError as exc:  # the port is taken, most often
        raise click.ClickException(
            f"cannot serve on {base_url}: {exc.strerror or exc}. Change the port in "
            f"[web] port, base_url and page_url of {settings.path}, or set the demo up in "
            "another folder with `wardwatch demo --serve --dir DIR --port N`."
        ) from None
