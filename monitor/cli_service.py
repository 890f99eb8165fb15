"""Commands for running wardwatch as a service and for the records it keeps: run,
profile-check, evidence, hold, release, export, erase. Each calls one domain function;
monitor.cli turns domain errors into messages and exit codes."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from monitor.app import App
from monitor.cli_options import actor_option as _actor
from monitor.cli_options import pass_app
from monitor.wording import check_name, platform_name, plural


@click.command()
@click.option("--once", is_flag=True, help="Run every job that is due once, then exit (for cron).")
@click.option(
    "--web",
    is_flag=True,
    help="Also serve the web app (confirm pages, review queue) in this process.",
)
@click.option(
    "--upgrade",
    is_flag=True,
    help="Create or upgrade the database schema first (under the scheduler lock).",
)
@pass_app
def run(app: App, once: bool, web: bool, upgrade: bool) -> None:
    """Poll, alert, send digests, check profiles and purge old data on schedule.

    Stops cleanly on SIGTERM or Ctrl-C, finishing the work in hand; SIGHUP (or
    `wardwatch reload`) re-reads the config.
    """
    from monitor.scheduler import run_once, serve

    if once:
        if upgrade:
            from monitor import db

            db.upgrade(app.settings.database_url)
        for job_id, result in run_once(app):
            click.echo(f"{job_id}: {result}")
        return
    sys.exit(serve(app, web=web, upgrade=upgrade))


@click.command()
@pass_app
def reload(app: App) -> None:
    """Check the config, then have the running service apply it without a restart:
    accounts added, paused (enabled = false) or removed take effect within seconds."""
    from monitor.clock import utcnow
    from monitor.scheduler import request_reload

    settings = app.settings  # a config with problems stops here, with exit status 2
    request_reload(app.factory, utcnow())
    enabled = sum(1 for a in settings.accounts if a.enabled)
    click.echo(
        f"{settings.path}: OK ({len(settings.owners)} owners, {enabled} accounts enabled). "
        "Reload requested: the running `wardwatch run` applies it within 5 seconds."
    )


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
            f"{result.account} ({platform_name(result.platform)}): hours notice "
            f"{check_name(result.hours_notice)}, disclaimer {check_name(result.disclaimer)}, "
            f"abuse notice {check_name(result.abuse_notice)}"
            + (f"; {result.error}" if result.error else "")
            + (f"; {result.mismatch}" if result.mismatch else "")
            + ("; owner emailed" if result.alerted else "")
        )
        if result.suggestion:
            click.echo(f"    suggested profile: {result.suggestion}")


class _EvidenceGroup(click.Group):
    """`wardwatch evidence ID` writes a pack (as before); `wardwatch evidence verify FILE`
    checks one."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0].isdigit():
            args = ["write", *args]
        return super().parse_args(ctx, args)


@click.group(cls=_EvidenceGroup)
def evidence() -> None:
    """Evidence packs: `evidence ID` writes one (JSON, HTML, PDF, sealed);
    `evidence verify FILE` checks a file against its seal."""


@evidence.command("write")
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
def evidence_write(app: App, comment_id: int, directory: str, actor: str) -> None:
    """Write an evidence pack for comment ID: JSON, a readable HTML page and a PDF, with
    a seal (SHA-256 of each file's exact bytes) beside them and in the audit log."""
    from monitor.evidence import write_pack

    paths, seal_path, hashes = write_pack(app.factory, comment_id, Path(directory), actor=actor)
    click.echo(f"Wrote the evidence pack for comment {comment_id}:")
    for path in paths:
        click.echo(f"  {path}  SHA-256 {hashes[path.name]}")
    click.echo(f"Seal: {seal_path} (check a file with `wardwatch evidence verify FILE`)")


@evidence.command("verify")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_obj
def evidence_verify(app: App, file: Path) -> None:
    """Check that FILE is byte for byte the evidence file wardwatch wrote: against the
    seal beside it and, when a config is found, the audit log. Exit status 1 if not."""
    from monitor.evidence import verify_file

    factory = app.factory if app.config_path.exists() else None
    result = verify_file(file, factory=factory)
    click.echo(f"{file}: SHA-256 {result.sha256}")
    for finding in result.findings:
        click.echo(f"  {finding}")
    if factory is None:
        click.echo("  (no config found, so the audit log was not checked)")
    if not result.ok:
        click.echo("NOT VERIFIED", err=True)
        sys.exit(1)
    click.echo("Verified.")


@click.command()
@click.argument("comment_id", type=int)
@click.option("--reason", required=True, help="Why it must be kept (e.g. a complaint ref).")
@click.option("--replace", is_flag=True, help="Replace the reason of an existing hold.")
@_actor
@pass_app
def hold(app: App, comment_id: int, reason: str, replace: bool, actor: str) -> None:
    """Keep comment ID and its evidence past retention until released."""
    from monitor.retention import set_hold

    set_hold(app.factory, comment_id, hold=True, reason=reason, actor=actor, replace=replace)
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


def _subject_options(command: Any) -> Any:
    command = click.option(
        "--owner",
        metavar="NAME",
        help="The owner whose accounts to search (may be left out when there is one).",
    )(command)
    command = click.option(
        "--platform",
        required=True,
        metavar="NAME",
        help="The platform the author id belongs to (x, facebook, instagram, ...).",
    )(command)
    return click.option(
        "--author",
        required=True,
        metavar="ID",
        help="The author's platform user id (as shown by `flagged --json`), not a name.",
    )(command)


def _scope(app: App, author: str, platform: str, owner: str | None) -> Any:
    from monitor.retention import AuthorScope

    owners = [o.name for o in app.settings.owners]
    if owner is None:
        if len(owners) != 1:
            raise click.BadParameter(
                f"choose one of the owners: {', '.join(repr(o) for o in owners)}",
                param_hint="--owner",
            )
        owner = owners[0]
    elif owner not in owners:
        raise click.BadParameter(f"no owner named {owner!r} in the config", param_hint="--owner")
    return AuthorScope(owner=owner, platform=platform, author_id=author)


@click.command()
@_subject_options
@_actor
@pass_app
def export(app: App, author: str, platform: str, owner: str | None, actor: str) -> None:
    """Subject access: print, as JSON, everything held about one author id on one
    platform, within one owner's accounts."""
    from monitor.retention import export_author

    scope = _scope(app, author, platform, owner)
    data = export_author(app.factory, scope, actor=actor)
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


@click.command()
@_subject_options
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.option("--dry-run", is_flag=True, help="Show what would be erased, and stop.")
@click.option(
    "--force",
    is_flag=True,
    help="Erase comments on hold or under a running knowledge clock too (needs --reason).",
)
@click.option("--reason", help="Why the protections are overridden; written to the audit log.")
@_actor
@pass_app
def erase(
    app: App,
    author: str,
    platform: str,
    owner: str | None,
    yes: bool,
    dry_run: bool,
    force: bool,
    reason: str | None,
    actor: str,
) -> None:
    """Erasure: delete one author's comments on one platform, within one owner's accounts.

    Comments on hold, or whose knowledge clock is running, are kept unless --force is
    given with a --reason (UK GDPR Art 17(3)(e): data needed for legal claims).
    """
    from monitor.retention import erase_author, erasure_plan

    if force and not (reason and reason.strip()):
        raise click.BadParameter(
            "--force needs a --reason, for the audit log", param_hint="--reason"
        )
    scope = _scope(app, author, platform, owner)
    plan = erasure_plan(app.factory, scope)
    protected = [item for item in plan if item.protected]
    click.echo(f"{plural(len(plan), 'comment')} by {scope.describe()}:")
    for item in plan:
        click.echo(
            f"  #{item.comment_pk}  {item.created_at:%Y-%m-%d %H:%M} UTC  {item.status}"
            f"  {item.severity or 'unscored'}"
            + (f"  KEPT: {item.protected}" if item.protected and not force else "")
            + (f"  FORCED: {item.protected}" if item.protected and force else "")
        )
    erasing = len(plan) if force else len(plan) - len(protected)
    if dry_run or not plan:
        click.echo(f"Would erase {plural(erasing, 'comment')}." if plan else "Nothing to erase.")
        return
    if not yes:
        click.confirm(f"Erase {plural(erasing, 'comment')}?", abort=True)
    outcome = erase_author(
        app.factory, scope, actor=actor, force_reason=reason.strip() if force and reason else None
    )
    click.echo(f"Erased {plural(outcome.erased, 'comment')} by {scope.describe()}.")
    for comment_id, why in outcome.kept:
        click.echo(
            f"Kept #{comment_id}: {why}; erasure does not apply to data needed for legal "
            "claims (UK GDPR Art 17(3)(e)). Release it, or use --force with --reason."
        )
    for comment_id, incident_id in outcome.in_incidents:
        click.echo(
            f"Kept #{comment_id}: in open incident {incident_id}; erasure does not apply to "
            "data needed for legal claims (UK GDPR Art 17(3)(e)). Close the incident "
            f"(`wardwatch incident-close {incident_id}`) to erase."
        )


COMMANDS = [run, reload, profile_check, evidence, hold, release, export, erase]
