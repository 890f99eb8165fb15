"""The conversation of `wardwatch connect mastodon` and `wardwatch connect bluesky`; the
flows are in :mod:`monitor.connect_social`. Secrets are stored encrypted, never echoed."""

from __future__ import annotations

import os
import webbrowser

import click

from monitor.config import AccountConfig
from monitor.connect import wait_for_callback
from monitor.connect_social import (
    OUT_OF_BAND,
    bluesky_login,
    code_from_callback,
    finish_mastodon,
    loopback_redirect,
    mastodon_base_url,
    start_mastodon,
)
from monitor.credentials import StoredCredentials

APP_PASSWORD_HELP = (
    "wardwatch signs in to Bluesky with an app password, never the account's main "
    "password.\nCreate one in the Bluesky app: Settings > Privacy and security > App "
    "passwords > Add App Password\n(it does not need access to direct messages)."
)


def connect_mastodon(
    account: AccountConfig,
    store: StoredCredentials,
    *,
    port: int,
    paste_code: bool,
    no_browser: bool,
) -> None:
    base_url = mastodon_base_url(account)
    redirect_uri = OUT_OF_BAND if paste_code else loopback_redirect(port)
    auth = start_mastodon(base_url, redirect_uri)
    click.echo(f"Registered wardwatch as an application on {base_url}.")
    click.echo(
        "Sign in as the councillor's account, then open this link and choose "
        f"Authorise:\n\n  {auth.url}\n"
    )
    if paste_code:
        if not no_browser:
            webbrowser.open(auth.url)
        code: str = click.prompt("Paste the authorisation code the server shows", hide_input=True)
    else:

        def ready() -> None:
            if not no_browser:
                webbrowser.open(auth.url)

        query = wait_for_callback(port, ready=ready, platform=base_url)
        code = code_from_callback(auth, query)
    values, acct = finish_mastodon(auth, code)
    store.update(values)  # encrypted; never echoed
    click.echo(f"Connected @{acct} on {base_url} to {account.name!r}.")


def connect_bluesky(
    account: AccountConfig, store: StoredCredentials, *, password_env: str | None
) -> None:
    handle = str(account.options.get("handle") or "").lstrip("@")
    if not handle:
        raise click.UsageError(
            f'account {account.name!r} has no handle: add  handle = "you.bsky.social"  to it'
        )
    if password_env:
        password = os.environ.get(password_env, "")
        if not password:
            raise click.UsageError(f"environment variable {password_env} is empty")
    else:
        click.echo(APP_PASSWORD_HELP)
        password = click.prompt(f"App password for {handle}", hide_input=True)
    values, did = bluesky_login(handle, password.strip(), account.api_base_url)
    store.update(values)  # encrypted; never echoed
    click.echo(f"Connected {handle} ({did}) to {account.name!r}.")
