"""The records wardwatch keeps, and the law's claims on them: evidence packs (`evidence`),
subject access (`export`) and erasure (`erase`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from monitor.cli.options import actor_option, pass_app
from monitor.context import App
from monitor.evidence import verify_file, write_pack
from monitor.retention import AuthorScope, erase_author, erasure_plan, export_author
from monitor.wording import plural


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
@actor_option
@pass_app
def evidence_write(app: App, comment_id: int, directory: str, actor: str) -> None:
    """Write an evidence pack for comment ID: JSON, a readable HTML page and a PDF, with
    a seal (SHA-256 of each file's exact bytes) beside them and in the audit log."""
    paths, seal_path, hashes = write_pack(app.factory, comment_id, Path(directory), actor=actor)
    click.echo(f"Wrote the evidence pack for comment {comment_id}:")
    for path in paths:
        click.echo(f"  {path}  SHA-256 {hashes[path.name]}")
    click.echo(f"Seal: {seal_path} (check a file with `wardwatch evidence verify FILE`)")


@evidence.command("verify")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@pass_app
def evidence_verify(app: App, file: Path) -> None:
    """Check that FILE is byte for byte the evidence file wardwatch wrote: against the
    seal beside it and, when a config is found, the audit log. Exit status 1 if not."""
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


def _scope(app: App, author: str, platform: str, owner: str | None) -> AuthorScope:
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
@actor_option
@pass_app
def export(app: App, author: str, platform: str, owner: str | None, actor: str) -> None:
    """Subject access: print, as JSON, everything held about one author id on one
    platform, within one owner's accounts."""
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
@actor_option
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


commands: list[click.Command] = [evidence, export, erase]
