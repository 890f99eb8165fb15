"""`wardwatch connect youtube`: Google's installed-app OAuth flow on a loopback port
(scope youtube.force-ssl). The refresh token is stored encrypted through the credential
store; nothing here prints or logs it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httplib2
from google.oauth2.credentials import Credentials
from google_auth_httplib2 import AuthorizedHttp
from google_auth_oauthlib.flow import InstalledAppFlow
from googleapiclient.discovery import build_from_document

from connectors.base import (
    Account,
    Conversation,
    CredentialStore,
    Setup,
    SetupError,
)
from connectors.setup import NO_BROWSER, PORT
from connectors.youtube.api import SCOPE, TIMEOUT, TOKEN_URI, discovery_document


def authorize(
    client_id: str, client_secret: str, *, port: int = 0, open_browser: bool = True
) -> dict[str, str]:
    """Run Google's installed-app OAuth flow on a loopback port and return the
    credentials to store (``refresh_token``). Needs a browser on this machine."""
    flow = InstalledAppFlow.from_client_config(
        {
            "installed": {
                "client_id": client_id,
                "client_secret": client_secret,
                "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                "token_uri": TOKEN_URI,
                "redirect_uris": ["http://localhost"],
            }
        },
        scopes=[SCOPE],
    )
    # access_type=offline + prompt=consent make Google return a refresh token every time.
    credentials = flow.run_local_server(
        port=port, open_browser=open_browser, access_type="offline", prompt="consent"
    )
    if not credentials.refresh_token:
        raise SetupError("Google returned no refresh token: run the connect command again")
    return {"refresh_token": str(credentials.refresh_token)}


def owned_channels(
    client_id: str, client_secret: str, refresh_token: str, *, http: Any = None
) -> list[tuple[str, str]]:
    """(channel id, title) of the channels the authorised Google account owns."""
    credentials = Credentials(  # type: ignore[no-untyped-call]
        token=None,
        refresh_token=refresh_token,
        client_id=client_id,
        client_secret=client_secret,
        token_uri=TOKEN_URI,
        scopes=[SCOPE],
    )
    service = build_from_document(
        discovery_document(),
        http=AuthorizedHttp(credentials, http=http or httplib2.Http(timeout=TIMEOUT)),
    )
    response = service.channels().list(part="snippet", mine=True).execute()
    return [
        (str(i["id"]), str(i.get("snippet", {}).get("title", "")))
        for i in response.get("items") or []
    ]


class YouTubeSetup(Setup):
    options = (PORT, NO_BROWSER)

    def run(
        self,
        account: Account,
        store: CredentialStore,
        answers: Mapping[str, Any],
        conversation: Conversation,
    ) -> None:
        client_id, client_secret = store.get("client_id"), store.get("client_secret")
        if not client_id or not client_secret:
            raise SetupError(
                f"account {account.name!r} needs accounts.credentials.client_id and "
                "client_secret: create an OAuth client of type 'Desktop app' in the Google "
                "Cloud console (docs/platforms/youtube.md)"
            )
        conversation.say("Sign in with the Google account that owns the channel and allow access.")
        values = authorize(
            client_id, client_secret, port=answers["port"], open_browser=not answers["no_browser"]
        )
        store.update(values)  # encrypted; never echoed
        channels = owned_channels(client_id, client_secret, values["refresh_token"])
        for channel_id, title in channels:
            conversation.say(f"Connected the channel {title!r} ({channel_id}) to {account.name!r}.")
        configured = str(account.options.get("channel_id") or "")
        if channels and configured not in {c for c, _ in channels}:
            conversation.say(f'Add  channel_id = "{channels[0][0]}"  to the account in the config.')
        if not channels:
            conversation.say(
                "This Google account owns no YouTube channel: sign in with the channel's owner."
            )
