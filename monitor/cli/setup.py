"""Setting wardwatch up: `check-config`, `db upgrade`, `demo` and `rotate-key`."""

from __future__ import annotations

import click

from monitor import db as store
from monitor.cli.options import pass_app
from monitor.context import App
from monitor.demo import run_demo
from monitor.key_rotation import rotate_stored_tokens
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
    run_demo(ctx, directory, port=port, serve=serve)


commands: list[click.Command] = [check_config, db, rotate_key, demo]
