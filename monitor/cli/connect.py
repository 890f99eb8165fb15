"""`wardwatch connect PLATFORM --account NAME`: obtain an account's tokens and store them
encrypted.

There is one subcommand per registered platform that declares a set-up
(``Connector.setup``): the built-in platforms and those of the ``wardwatch.connectors``
entry-point group (connectors/registry.py). Its options are the ones the set-up lists;
the flow itself lives in the platform's package (connectors/<platform>/setup.py). A
platform's connector is imported only when its command is asked for (or when the list of
platforms is shown). This module only talks to the user.
"""

from __future__ import annotations

from typing import Any

import click

from connectors.base import Connector, Setup, SetupOption, UsageProblem
from connectors.registry import connector_class, platforms
from monitor.context import App
from monitor.credentials import StoredCredentials
from monitor.crypto import load_key


class TerminalConversation:
    """The person at the terminal, for :class:`connectors.base.Conversation`."""

    def say(self, text: str) -> None:
        click.echo(text)

    def ask(self, question: str, *, secret: bool = False) -> str:
        answer: str = click.prompt(question, hide_input=secret)
        return answer

    def choose(self, question: str, count: int) -> int:
        number: int = click.prompt(question, type=click.IntRange(1, count), default=1)
        return number


class PlatformCommands(click.Group):
    """A group whose commands are the registry's platforms that have a set-up."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [name for name in platforms() if connector_class(name).setup is not None]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in platforms():
            return None
        connector = connector_class(cmd_name)
        if connector.setup is None:
            return None
        return platform_command(cmd_name, connector, connector.setup)


@click.group("connect", cls=PlatformCommands)
def connect() -> None:
    """Authorise wardwatch for an account and store its tokens encrypted:
    `wardwatch connect PLATFORM --account NAME`."""


def platform_command(name: str, connector: type[Connector], setup: Setup) -> click.Command:
    """`wardwatch connect <name>`, with the options ``setup`` asks for."""

    @click.pass_obj
    def run(app: App, /, account_name: str, **answers: Any) -> None:
        connect_account(app, name, setup, account_name, answers)

    account_option = click.Option(
        ["--account", "account_name"], required=True, help="The [[accounts]] name."
    )
    return click.Command(
        name,
        callback=run,
        params=[account_option, *(_click_option(option) for option in setup.options)],
        help=f"Authorise wardwatch for an account on {connector.display_name} and store its "
        "tokens encrypted.",
        short_help=f"Connect an account on {connector.display_name}.",
    )


def _click_option(option: SetupOption) -> click.Option:
    flag = "--" + option.name.replace("_", "-")
    if option.type is bool:
        return click.Option([flag, option.name], is_flag=True, help=option.help)
    return click.Option(
        [flag, option.name],
        type=option.type,
        default=option.default,
        show_default=option.default is not None,
        metavar=option.metavar,
        help=option.help,
    )


def connect_account(
    app: App, platform: str, setup: Setup, account_name: str, answers: dict[str, Any]
) -> None:
    try:
        account = app.settings.account(account_name)
    except KeyError:
        raise click.UsageError(
            f"no account named {account_name!r} in {app.config_path}: "
            "add an [[accounts]] table first"
        ) from None
    if account.platform != platform:
        raise click.UsageError(f"account {account_name!r} is a {account.platform} account")
    key = load_key()  # refuse before the user authorises anything
    store = StoredCredentials(app.settings, app.factory, account, key=key)
    try:
        setup.run(account, store, answers, TerminalConversation())
    except UsageProblem as exc:
        raise click.UsageError(str(exc)) from None


commands: list[click.Command] = [connect]
