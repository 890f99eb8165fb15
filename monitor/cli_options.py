"""Options and decorators shared by the command modules."""

from __future__ import annotations

import getpass

import click

from monitor.app import App

pass_app = click.make_pass_decorator(App)


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "cli"


actor_option = click.option(
    "--actor",
    default=current_user,
    show_default="your user name",
    help="Who is acting, for the audit log.",
)
