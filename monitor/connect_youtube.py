"""`wardwatch connect youtube`: Google's installed-app OAuth flow on a loopback port
(scope youtube.force-ssl). The refresh token is stored encrypted by the caller's store;
nothing here prints or logs it."""

from __future__ import annotations

from collections.abc import Callable

from connectors.base import ConnectorError, CredentialStore
from connectors.youtube_api import authorize, owned_channels
from monitor.config import AccountConfig


def connect_youtube(
    account: AccountConfig,
    store: CredentialStore,
    *,
    port: int,
    open_browser: bool,
    echo: Callable[[str], None],
) -> None:
    client_id, client_secret = store.get("client_id"), store.get("client_secret")
    if not client_id or not client_secret:
        raise ConnectorError(
            f"account {account.name!r} needs accounts.credentials.client_id and client_secret: "
            "create an OAuth client of type 'Desktop app' in the Google Cloud console "
            "(docs/platforms/youtube.md)",
            permanent=True,
        )
    echo("Sign in with the Google account that owns the channel and allow access.")
    values = authorize(client_id, client_secret, port=port, open_browser=open_browser)
    store.update(values)  # encrypted; never echoed
    channels = owned_channels(client_id, client_secret, values["refresh_token"])
    for channel_id, title in channels:
        echo(f"Connected the channel {title!r} ({channel_id}) to {account.name!r}.")
    configured = str(account.options.get("channel_id") or "")
    if channels and configured not in {c for c, _ in channels}:
        echo(f'Add  channel_id = "{channels[0][0]}"  to the account in the config.')
    if not channels:
        echo("This Google account owns no YouTube channel: sign in with the channel's owner.")
