"""The `wardwatch` command: the root group, its global options and the one place where a
WardwatchError becomes a message and an exit status (2 for configuration). The commands
live in one module per task (setting up, connecting accounts, comments, the service,
records, incidents, scoring); each module lists them in `commands`, and they are added here."""

from __future__ import annotations

import os
from typing import Any

import click
from sqlalchemy.exc import DBAPIError

from monitor import logs
from monitor.cli import comments, connect, incidents, records, scoring, service, setup
from monitor.config import ConfigError
from monitor.context import App
from monitor.db import database_problem
from monitor.errors import EXIT_FAILURE, WardwatchError

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


# Every command, module by module (one module per task).
COMMANDS: list[click.Command] = [
    *setup.commands,
    *comments.commands,
    *service.commands,
    *records.commands,
    *incidents.commands,
    *scoring.commands,
    *connect.commands,
]


@click.group(cls=WardwatchGroup, commands=COMMANDS)
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
    long_running = ctx.invoked_subcommand in SERVICE_COMMANDS
    level = "DEBUG" if verbose else (log_level or ("INFO" if long_running else "WARNING"))
    logs.configure(level=level.upper(), fmt=log_format)
    ctx.obj = App(config_path)
