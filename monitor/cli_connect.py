"""`wardwatch connect PLATFORM --account NAME`: obtain tokens, store them encrypted. The
flows are in :mod:`monitor.connect`, :mod:`monitor.connect_youtube` and
:mod:`monitor.connect_social`; this module only talks to the user."""

from __future__ import annotations

import os
import webbrowser

import click

from monitor.app import App
from monitor.config import AccountConfig
from monitor.connect import (
    DEFAULT_PORT,
    ConnectError,
    finish_x,
    meta_pages,
    start_x,
    wait_for_callback,
    x_user,
)
from monitor.credentials import StoredCredentials
from monitor.crypto import SecretKeyError, load_key

PLATFORMS = ("x", "facebook", "instagram", "youtube", "mastodon", "bluesky")


def _secret(env_name: str | None, prompt: str) -> str:
    if env_name:
        value = os.environ.get(env_name, "")
        if not value:
            raise click.UsageError(f"environment variable {env_name} is empty")
        return value
    answer: str = click.prompt(prompt, hide_input=True)
    return answer


@click.command("connect")
@click.argument("platform", type=click.Choice(PLATFORMS))
@click.option("--account", "account_name", required=True, help="The [[accounts]] name.")
@click.option("--client-id", help="X: the app's OAuth 2.0 client id.")
@click.option(
    "--client-secret-env",
    metavar="VAR",
    help="X: environment variable holding the client secret (confidential apps).",
)
@click.option(
    "--port",
    type=int,
    default=DEFAULT_PORT,
    show_default=True,
    help="X, YouTube, Mastodon: loopback port of the redirect URI.",
)
@click.option(
    "--paste-code",
    is_flag=True,
    help="Mastodon: the server shows a code to paste here (no loopback; for a remote machine).",
)
@click.option(
    "--password-env",
    metavar="VAR",
    help="Bluesky: environment variable holding the app password (else it is asked for).",
)
@click.option("--no-browser", is_flag=True, help="Print the link instead of opening it.")
@click.option("--app-id", help="Facebook/Instagram: the Meta app id.")
@click.option(
    "--app-secret-env",
    metavar="VAR",
    help="Facebook/Instagram: environment variable holding the app secret.",
)
@click.option(
    "--user-token-env",
    metavar="VAR",
    help="Facebook/Instagram: environment variable holding a user access token.",
)
@click.pass_obj
def connect(
    app: App,
    platform: str,
    account_name: str,
    client_id: str | None,
    client_secret_env: str | None,
    port: int,
    no_browser: bool,
    app_id: str | None,
    app_secret_env: str | None,
    user_token_env: str | None,
    paste_code: bool,
    password_env: str | None,
) -> None:
    """Authorise wardwatch for an account and store its tokens encrypted."""
    try:
        account = app.settings.account(account_name)
    except KeyError:
        raise click.UsageError(
            f"no account named {account_name!r} in {app.config_path}: "
            "add an [[accounts]] table first"
        ) from None
    if account.platform != platform:
        raise click.UsageError(f"account {account_name!r} is a {account.platform} account")
    try:
        key = load_key()  # refuse before the user authorises anything
    except SecretKeyError as exc:
        raise click.ClickException(str(exc)) from None
    store = StoredCredentials(app.settings, app.factory, account, key=key)
    try:
        if platform == "x":
            _connect_x(account, store, client_id, client_secret_env, port, no_browser)
        elif platform == "youtube":
            from monitor.connect_youtube import connect_youtube

            connect_youtube(account, store, port=port, open_browser=not no_browser, echo=click.echo)
        elif platform == "mastodon":
            from monitor.cli_connect_social import connect_mastodon

            connect_mastodon(
                account, store, port=port, paste_code=paste_code, no_browser=no_browser
            )
        elif platform == "bluesky":
            from monitor.cli_connect_social import connect_bluesky

            connect_bluesky(account, store, password_env=password_env)
        else:
            _connect_meta(account, store, app_id, app_secret_env, user_token_env)
    except ConnectError as exc:
        raise click.ClickException(str(exc)) from None


def _connect_x(
    account: AccountConfig,
    store: StoredCredentials,
    client_id: str | None,
    client_secret_env: str | None,
    port: int,
    no_browser: bool,
) -> None:
    client_id = client_id or store.get("client_id") or click.prompt("X OAuth 2.0 client id")
    secret = _secret(client_secret_env, "") if client_secret_env else None
    auth = start_x(client_id, client_secret=secret, port=port, api_base_url=account.api_base_url)
    click.echo(f"Redirect URI (register it in the X developer console): {auth.redirect_uri}")
    click.echo(f"Open this link and approve the app:\n\n  {auth.url}\n")

    def ready() -> None:
        if not no_browser:
            webbrowser.open(auth.url)

    query = wait_for_callback(port, ready=ready)
    values = finish_x(
        auth, query, client_id=client_id, client_secret=secret, api_base_url=account.api_base_url
    )
    me = x_user(values["access_token"], account.api_base_url)
    store.update(values)  # encrypted; never echoed
    click.echo(f"Connected @{me.get('username')} (user id {me.get('id')}) to {account.name!r}.")
    if str(account.options.get("user_id", "")) != str(me.get("id")):
        click.echo(f'Add  user_id = "{me.get("id")}"  to the account in the config.')


def _connect_meta(
    account: AccountConfig,
    store: StoredCredentials,
    app_id: str | None,
    app_secret_env: str | None,
    user_token_env: str | None,
) -> None:
    app_id = app_id or click.prompt("Meta app id")
    secret = _secret(app_secret_env, "Meta app secret")
    click.echo(
        "Get a user token from Meta's Graph API Explorer with the permissions listed "
        f"in docs/platforms/{account.platform}.md."
    )
    user_token = _secret(user_token_env, "User access token")
    pages = meta_pages(app_id, secret, user_token, account.api_base_url)
    wanted = str(account.options.get("page_id") or "")
    if account.platform == "instagram":
        wanted_ig = str(account.options.get("ig_user_id") or "")
        pages = [p for p in pages if p.instagram_id]
        if not pages:
            raise ConnectError(
                "none of these Pages has a linked Instagram professional "
                "account: link it in the Page's settings first"
            )
        chosen = [p for p in pages if p.instagram_id == wanted_ig]
    else:
        chosen = [p for p in pages if p.id == wanted]
    if chosen:
        page = chosen[0]
    else:
        for number, candidate in enumerate(pages, 1):
            extra = f", Instagram {candidate.instagram_id}" if candidate.instagram_id else ""
            click.echo(f"  {number}. {candidate.name} (page {candidate.id}{extra})")
        index = click.prompt("Which Page", type=click.IntRange(1, len(pages)), default=1)
        page = pages[index - 1]
    store.update({"page_access_token": page.access_token})
    click.echo(f"Connected the Page {page.name!r} to {account.name!r}.")
    if account.platform == "facebook" and wanted != page.id:
        click.echo(f'Add  page_id = "{page.id}"  to the account in the config.')
    if account.platform == "instagram" and str(account.options.get("ig_user_id")) != (
        page.instagram_id
    ):
        click.echo(f'Add  ig_user_id = "{page.instagram_id}"  to the account in the config.')
