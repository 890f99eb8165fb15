"""Commands for running wardwatch as a service and for the records it keeps: run,
profile-check, evidence, hold, release, export, erase. Each calls one domain function;
monitor.cli turns domain errors into messages and exit codes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from monitor.app import App
from monitor.cli_options import actor_option as _actor
from monitor.cli_options import pass_app


@click.command()
@click.option("--once", is_flag=True, help="Run every job that is due once, then exit (for cron).")
@click.option(
    "--web",
    is_flag=True,
    help="Also serve the web app (confirm pages, review queue) in this process.",
)
@pass_app
def run(app: App, once: bool, web: bool) -> None:
    """Poll, alert, send digests, check profiles and purge old data on schedule.

    Stops cleanly on SIGTERM or Ctrl-C, finishing the work in hand.
    """
    from monitor.scheduler import run_once, serve

    if once:
        for job_id, result in run_once(app):
            click.echo(f"{job_id}: {result}")
        return
    sys.exit(serve(app, web=web))


@click.command("profile-check")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per account.")
@click.option("--account", metavar="NAME", help="Check only this account.")
@pass_app
def profile_check(app: App, as_json: bool, account: str | None) -> None:
    """Check each account's profile for an hours notice, a views disclaimer and a
    statement that abuse will be reported."""
    from monitor.profile_check import check_profiles

    if account is not None and account not in {a.name for a in app.settings.accounts}:
        raise click.BadParameter(
            f"no account named {account!r} in the config", param_hint="--account"
        )
    for result in check_profiles(app.factory, app.settings, only=account):
        if as_json:
            data = result.as_json()
            click.echo(json.dumps(data, ensure_ascii=False))
            continue
        click.echo(
            f"{result.account} ({result.platform}): hours notice {result.hours_notice}, "
            f"disclaimer {result.disclaimer}, abuse notice {result.abuse_notice}"
            + (f"; {result.error}" if result.error else "")
            + (f"; {result.mismatch}" if result.mismatch else "")
            + ("; owner emailed" if result.alerted else "")
        )
        if result.suggestion:
            click.echo(f"    suggested profile: {result.suggestion}")


@click.command()
@click.argument("comment_id", type=int)
@click.option(
    "--out",
    "directory",
    default=".",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder to write the pack into.",
)
@_actor
@pass_app
def evidence(app: App, comment_id: int, directory: str, actor: str) -> None:
    """Write an evidence pack (JSON + HTML, SHA-256 sealed) for comment ID."""
    from monitor.evidence import write_pack

    json_path, html_path, digest = write_pack(app.factory, comment_id, Path(directory), actor=actor)
    click.echo(f"Wrote {json_path} and {html_path}\nSHA-256 {digest}")


@click.command()
@click.argument("comment_id", type=int)
@click.option("--reason", required=True, help="Why it must be kept (e.g. a complaint ref).")
@_actor
@pass_app
def hold(app: App, comment_id: int, reason: str, actor: str) -> None:
    """Keep comment ID and its evidence past retention until released."""
    from monitor.retention import set_hold

    set_hold(app.factory, comment_id, hold=True, reason=reason, actor=actor)
    click.echo(f"Comment {comment_id} is on hold: {reason}")


@click.command()
@click.argument("comment_id", type=int)
@_actor
@pass_app
def release(app: App, comment_id: int, actor: str) -> None:
    """Release a hold; normal retention applies again."""
    from monitor.retention import set_hold

    set_hold(app.factory, comment_id, hold=False, reason="released", actor=actor)
    click.echo(f"Comment {comment_id} is no longer on hold.")


@click.command()
@click.option("--author", required=True, metavar="ID", help="Platform user id or handle.")
@_actor
@pass_app
def export(app: App, author: str, actor: str) -> None:
    """Subject access: print, as JSON, everything held about one author."""
    from monitor.retention import export_author

    click.echo(
        json.dumps(export_author(app.factory, author, actor=actor), indent=2, ensure_ascii=False)
    )


@click.command()
@click.option("--author", required=True, metavar="ID", help="Platform user id or handle.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@_actor
@pass_app
def erase(app: App, author: str, yes: bool, actor: str) -> None:
    """Erasure: delete everything held about one author, except comments on hold."""
    from monitor.retention import erase_author

    if not yes:
        click.confirm(f"Delete every comment by {author!r}?", abort=True)
    outcome = erase_author(app.factory, author, actor=actor)
    click.echo(f"Erased {outcome.erased} comments by {author!r}.")
    for comment_id, reason in outcome.kept:
        click.echo(
            f"Kept #{comment_id}: on hold ({reason}); erasure does not apply to data "
            "needed for legal claims (UK GDPR Art 17(3)(e)). Release it to erase."
        )
    for comment_id, incident_id in outcome.in_incidents:
        click.echo(
            f"Kept #{comment_id}: in open incident {incident_id}; erasure does not apply to "
            "data needed for legal claims (UK GDPR Art 17(3)(e)). Close the incident "
            f"(`wardwatch incident-close {incident_id}`) to erase."
        )


COMMANDS = [run, profile_check, evidence, hold, release, export, erase]
