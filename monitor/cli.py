"""The `wardwatch` command. Thin: each command calls one domain function. Domain errors
become a message and an exit status here, in one place (status 2 for configuration)."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from typing import Any, TextIO

import click
from sqlalchemy.exc import DBAPIError

from monitor import logs
from monitor.app import App
from monitor.cli_options import actor_option, pass_app
from monitor.config import ConfigError
from monitor.db import database_problem
from monitor.errors import EXIT_FAILURE, WardwatchError
from monitor.scoring.base import CommentContext
from monitor.wording import plural

# Long-running commands log their work at INFO by default.
SERVICE_COMMANDS = {"run", "web"}
PRIVATE_UMASK = 0o077


class WardwatchGroup(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ConfigError as exc:
            click.echo(f"Configuration problems in {exc.path}:", err=True)
            for problem in exc.problems:
                click.echo(f"  {problem.key}: {problem.message}", err=True)
            ctx.exit(exc.exit_status)
        except WardwatchError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_status)
        except DBAPIError as exc:
            # A driver error is many lines of SQL and traceback; its first line says it all.
            click.echo(f"Error: {database_problem(ctx.obj, exc)}", err=True)
            ctx.exit(EXIT_FAILURE)


@click.group(cls=WardwatchGroup)
@click.option(
    "--config",
    "config_path",
    metavar="FILE",
    envvar="WARDWATCH_CONFIG",
    help="Config file (default ./wardwatch.toml, or $WARDWATCH_CONFIG).",
)
@click.option("-v", "--verbose", is_flag=True, help="Log more detail (DEBUG).")
@click.option(
    "--log-level",
    type=click.Choice(logs.LEVELS, case_sensitive=False),
    envvar="WARDWATCH_LOG_LEVEL",
    help="Default INFO for `run` and `web`, WARNING for other commands.",
)
@click.option(
    "--log-format",
    type=click.Choice(logs.FORMATS),
    default="text",
    show_default=True,
    envvar="WARDWATCH_LOG_FORMAT",
    help="json writes one JSON object per log line.",
)
@click.version_option(package_name="wardwatch")
@click.pass_context
def main(
    ctx: click.Context,
    config_path: str | None,
    verbose: bool,
    log_level: str | None,
    log_format: str,
) -> None:
    """wardwatch: watch a councillor's pages for comments that carry legal risk."""
    # The database, its WAL, outbox messages (live action links) and evidence packs are
    # for this user alone, whatever umask the shell or cron gave us: files 0600, folders
    # 0700 (a stricter umask is kept).
    os.umask(os.umask(PRIVATE_UMASK) | PRIVATE_UMASK)
    service = ctx.invoked_subcommand in SERVICE_COMMANDS
    level = "DEBUG" if verbose else (log_level or ("INFO" if service else "WARNING"))
    logs.configure(level=level.upper(), fmt=log_format)
    ctx.obj = App(config_path)


@main.group()
def db() -> None:
    """Database schema commands."""


@db.command("upgrade")
@pass_app
def db_upgrade(app: App) -> None:
    """Create or upgrade the database schema."""
    from monitor import db as store

    store.upgrade(app.settings.database_url)
    click.echo(f"Database schema is up to date ({store.head_revision(app.settings.database_url)}).")


@main.command("check-config")
@pass_app
def check_config(app: App) -> None:
    """Validate the config file and report every problem at once."""
    settings = app.settings
    click.echo(
        f"{settings.path}: OK ({plural(len(settings.owners), 'owner')}, "
        f"{plural(len(settings.accounts), 'account')})"
    )


@main.command()
@click.option("--account", metavar="NAME", help="Poll only this account.")
@click.option("--force", is_flag=True, help="Poll even if the account is parked or paused.")
@pass_app
def poll(app: App, account: str | None, force: bool) -> None:
    """Fetch, store and score new comments for every account now."""
    from monitor.notify.digest import local
    from monitor.polling import poll_all

    if account is not None and account not in {a.name for a in app.settings.accounts}:
        raise click.BadParameter(
            f"no account named {account!r} in the config", param_hint="--account"
        )
    outcomes = poll_all(app.factory, app.settings, engine=app.scoring, only=account, force=force)
    for outcome in outcomes:
        if outcome.not_due:
            until = local(outcome.parked_until, "UTC") if outcome.parked_until else "later"
            why = outcome.error or f"parked until {until}"
            click.echo(f"{outcome.account}: skipped ({why}; use --force to poll anyway)")
        elif outcome.error:
            click.echo(f"{outcome.account}: FAILED: {outcome.error}")
        else:
            click.echo(
                f"{outcome.account}: {plural(outcome.fetched, 'comment')} fetched, "
                f"{outcome.stored} new, {outcome.flagged} flagged"
                + (
                    f", {plural(outcome.requests, 'API request')}"
                    if outcome.requests is not None
                    else ""
                )
                + (f", {outcome.auto_hidden} hidden automatically" if outcome.auto_hidden else "")
                + (
                    f", {outcome.quarantined} unreadable items quarantined"
                    if outcome.quarantined
                    else ""
                )
            )
    if any(o.error and not o.not_due for o in outcomes):
        sys.exit(EXIT_FAILURE)


@main.command()
@click.argument("source", type=click.File("r", encoding="utf-8"), default="-")
@pass_app
def score(app: App, source: TextIO) -> None:
    """Score JSON Lines {"id", "text"} from FILE or standard input; no config needed.

    Optional per line: "parent_author" (who the comment replies to) and "parent_is_owner"
    (true when it replies to the account owner). Writes one JSON object per line: id,
    severity, flagged, labels, scores, reasons; and second_opinion for libel candidates when
    the config enables [scoring.second_opinion].
    """
    from monitor.app import engine_for
    from monitor.second_opinion import second_opinion_for

    settings = app.settings if app.config_path.exists() else None
    engine = engine_for(settings)
    opinion = second_opinion_for(settings.section("scoring.second_opinion")) if settings else None
    workers = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    # Large inputs are scored in bigger chunks spread over the cores; small ones stream.
    for chunk in _chunks(_read_score_input(source), 8000):
        assessments = engine.assess_parallel(
            [text for _, text, _ in chunk],
            workers=workers,
            contexts=[context for _, _, context in chunk],
        )
        for (item_id, text, context), assessment in zip(chunk, assessments, strict=True):
            out: dict[str, Any] = {
                "id": item_id,
                "severity": assessment.severity,
                "flagged": assessment.flagged,
                "labels": assessment.labels,
                "scores": assessment.scores,
                "reasons": assessment.reason_texts,
            }
            if opinion is not None:
                verdict = opinion.judge(text, context) if "libel" in assessment.labels else None
                out["second_opinion"] = verdict.as_json() if verdict is not None else None
            click.echo(json.dumps(out, ensure_ascii=False))


def _read_score_input(source: TextIO) -> Iterator[tuple[Any, str, CommentContext | None]]:
    name = getattr(source, "name", "<stdin>")
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise click.ClickException(f"{name}:{number}: not JSON ({exc.msg})") from None
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise click.ClickException(
                f'{name}:{number}: expected an object with a "text" string, like '
                '{"id": "1", "text": "..."}'
            )
        yield item.get("id"), item["text"], _score_context(item, f"{name}:{number}")


def _score_context(item: dict[str, Any], where: str) -> CommentContext | None:
    author, owner = item.get("parent_author"), item.get("parent_is_owner")
    if author is None and owner is None:
        return None
    if not (author is None or isinstance(author, str)) or not (
        owner is None or isinstance(owner, bool)
    ):
        raise click.ClickException(
            f'{where}: "parent_author" must be a string and "parent_is_owner" true or false'
        )
    return CommentContext(parent_author=author or None, parent_is_owner=bool(owner))


_ScoreItem = tuple[Any, str, CommentContext | None]


def _chunks(items: Iterator[_ScoreItem], size: int) -> Iterator[list[_ScoreItem]]:
    chunk: list[_ScoreItem] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@main.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--limit", default=100, show_default=True, help="At most this many.")
@click.option("--account", metavar="NAME", help="Only this account.")
@pass_app
def flagged(app: App, as_json: bool, limit: int, account: str | None) -> None:
    """Flagged comments: those with a knowledge-clock deadline first, soonest first,
    then the rest newest first."""
    from monitor.clock import utcnow
    from monitor.queries import flagged_comments
    from monitor.report import flagged_table

    now = utcnow()
    rows = flagged_comments(
        app.factory,
        limit=limit,
        account=account,
        now=now,
        bank_holidays={o.name: o.bank_holidays for o in app.settings.owners},
    )
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
    else:
        click.echo(flagged_table(rows, now=now))


@main.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object: accounts and outbox.")
@pass_app
def status(app: App, as_json: bool) -> None:
    """How each account's polling is going, and what is waiting for attention."""
    from monitor.clock import utcnow
    from monitor.queries import account_status, outbox_summary
    from monitor.report import outbox_lines, status_table

    accounts = account_status(app.factory, app.settings)
    outbox = outbox_summary(app.factory, utcnow())
    if as_json:
        click.echo(json.dumps({"accounts": accounts, "outbox": outbox}, ensure_ascii=False))
        return
    click.echo(status_table(accounts))
    click.echo(outbox_lines(outbox))


def _moderate(app: App, comment_id: int, action: str, actor: str) -> None:
    from monitor.moderation import apply

    result = apply(app.factory, app.settings, comment_id, action, actor=actor, channel="cli")
    done = {
        "hide": "hidden",
        "unhide": "unhidden",
        "delete": "deleted",
        "dismiss": "dismissed",
        "reopen": "reopened",
    }[action]
    if result.result == "already":
        click.echo(f"Comment {comment_id} was already {done}.")
    else:
        click.echo(f"Comment {comment_id} {done}.")


@main.command()
@click.argument("comment_id", type=int)
@actor_option
@pass_app
def hide(app: App, comment_id: int, actor: str) -> None:
    """Hide comment ID (as shown by `wardwatch flagged`) on its platform."""
    _moderate(app, comment_id, "hide", actor)


@main.command()
@click.argument("comment_id", type=int)
@actor_option
@pass_app
def unhide(app: App, comment_id: int, actor: str) -> None:
    """Make a hidden comment visible again."""
    _moderate(app, comment_id, "unhide", actor)


@main.command()
@click.argument("comment_id", type=int)
@actor_option
@pass_app
def dismiss(app: App, comment_id: int, actor: str) -> None:
    """Mark a flagged comment as not a problem."""
    _moderate(app, comment_id, "dismiss", actor)


@main.command()
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
    from monitor.demo import run_demo

    run_demo(ctx, directory, port=port, serve=serve)


def _register_commands() -> None:
    """Commands that live beside the code they drive, one module per area."""
    from monitor import (
        cli_connect,
        cli_distributed,
        cli_incidents,
        cli_notify,
        cli_ops,
        cli_scoring,
        cli_service,
    )

    for command in (
        cli_connect.connect,
        cli_scoring.eval_command,
        *cli_service.COMMANDS,
        *cli_notify.commands,
        *cli_ops.commands,
        *cli_incidents.commands,
        *cli_distributed.commands,
    ):
        main.add_command(command)


_register_commands()
