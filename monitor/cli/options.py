"""Options, decorators and checks shared by the command modules."""

from __future__ import annotations

import getpass

import click

from monitor.config import Settings
from monitor.context import App

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


def check_account(settings: Settings, account: str | None) -> None:
    """Refuse an --account the config does not name."""
    if account is not None and account not in {a.name for a in settings.accounts}:
        raise click.BadParameter(
            f"no account named {account!r} in the config", param_hint="--account"
        )


def chosen_owners(settings: Settings, owner: str | None) -> list[str]:
    """The owner named by --owner, or every owner when it is left out."""
    names = [o.name for o in settings.owners]
    if owner is None:
        return names
    if owner not in names:
        raise click.BadParameter(f"no owner named {owner!r} in the config", param_hint="--owner")
    return [owner]
