"""Setting wardwatch up: `check-config`, `db upgrade`, `demo` and `rotate-key`."""

from __future__ import annotations

from email import message_from_string, policy
from email.message import EmailMessage

import click

from monitor import db as store
from monitor.cli.options import pass_app
from monitor.clock import utcnow
from monitor.context import App
from monitor.demo import demo_steps, run_demo
from monitor.key_rotation import rotate_stored_tokens
from monitor.models import Outbox
from monitor.notify.email import deliver_outbox
from monitor.notify.jobs import send_due_digest
from monitor.wording import plural


@click.command("check-config")
@pass_app
def check_config(app: App) -> None:
    """Validate the config file and report every problem at once."""
    settings = app.settings
    click.echo(
        f"{settings.path}: OK ({plural(len(settings.owners), 'owner')}, "
        f"{plural(len(settings.accounts), 'account')})"
    )


@click.group()
def db() -> None:
    """Database schema commands."""


@db.command("upgrade")
@pass_app
def db_upgrade(app: App) -> None:
    """Create or upgrade the database schema."""
    store.upgrade(app.settings.database_url)
    click.echo(f"Database schema is up to date ({store.head_revision(app.settings.database_url)}).")


@click.command("rotate-key")
@pass_app
def rotate_key(app: App) -> None:
    """Re-encrypt stored tokens under the first key in WARDWATCH_SECRET_KEY ("NEW,OLD")."""
    outcome = rotate_stored_tokens(app.factory)
    click.echo(f"Re-encrypted the stored tokens of {outcome.rotated} accounts under the new key.")
    if outcome.unreadable:
        click.echo(
            "Not readable with any configured key (left as they are; run `wardwatch connect` "
            f"for them): {', '.join(outcome.unreadable)}",
            err=True,
        )
        raise SystemExit(1)
    click.echo("Remove the old key from WARDWATCH_SECRET_KEY once every process has the new one.")


@click.command()
@click.option(
    "--dir",
    "directory",
    default="wardwatch-demo",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Where to set the demo up.",
)
@click.option(
    "--serve",
    is_flag=True,
    help="Then serve the web pages, so the digest's Hide links work; Ctrl-C stops.",
)
@click.option(
    "--port",
    default=8080,
    show_default=True,
    help="Where the web pages will be served (used when the demo folder is first set up).",
)
@click.pass_context
def demo(ctx: click.Context, directory: str, serve: bool, port: int) -> None:
    """Set up a demo (SQLite, sample feed, local outbox) and run it; safe to repeat."""
    # The demo ends by writing today's digest; wired here, where the demo runs.
    if demo_digest not in demo_steps:
        demo_steps.append(demo_digest)
    run_demo(ctx, directory, port=port, serve=serve)


def demo_digest(app: App) -> None:
    """The demo's last step: write today's digest to the outbox folder as .eml and .html."""
    settings, now = app.settings, utcnow()
    owner = settings.owners[0].name
    outcome = send_due_digest(app.factory, settings, owner, now, force=True)
    deliver_outbox(app.factory, settings, now)
    if outcome.outbox_id is None:
        click.echo("No digest today: nothing was flagged.")
        return
    folder = settings.resolve_path(str(settings.get("email.outbox_dir")))
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


commands: list[click.Command] = [check_config, db, rotate_key, demo]
