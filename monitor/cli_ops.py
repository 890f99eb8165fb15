"""Commands for the people who run wardwatch: key rotation."""

from __future__ import annotations

import click

from monitor.app import App
from monitor.cli_options import pass_app


@click.command("rotate-key")
@pass_app
def rotate_key(app: App) -> None:
    """Re-encrypt stored tokens under the first key in WARDWATCH_SECRET_KEY ("NEW,OLD")."""
    from monitor.key_rotation import rotate_stored_tokens

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


commands = [rotate_key]
