"""`wardwatch connect x`: OAuth 2.0 authorisation code with PKCE (tweepy's
``OAuth2UserHandler``) on a loopback redirect, ``http://127.0.0.1:<port>/callback``.
The tokens are stored encrypted through the credential store; nothing here logs them.
"""

from __future__ import annotations

import webbrowser
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

import tweepy
from oauthlib.oauth2 import OAuth2Error

from connectors.base import (
    Account,
    Conversation,
    CredentialStore,
    Setup,
    SetupError,
    SetupOption,
    utcnow,
)
from connectors.setup import (
    CALLBACK_PATH,
    NO_BROWSER,
    PORT,
    loopback_redirect,
    secret_from,
    wait_for_callback,
)
from connectors.x.auth import SCOPES, quiet_token_loggers, rebase_session


@dataclass
class XAuthorisation:
    handler: tweepy.OAuth2UserHandler
    url: str
    redirect_uri: str


def start_x(
    client_id: str, *, client_secret: str | None, port: int, api_base_url: str = ""
) -> XAuthorisation:
    quiet_token_loggers()
    redirect_uri = loopback_redirect(port)
    handler = tweepy.OAuth2UserHandler(
        client_id=client_id, redirect_uri=redirect_uri, scope=SCOPES, client_secret=client_secret
    )
    rebase_session(handler, api_base_url)
    return XAuthorisation(handler, handler.get_authorization_url(), redirect_uri)


def finish_x(
    auth: XAuthorisation,
    query: str,
    *,
    client_id: str,
    client_secret: str | None,
    api_base_url: str = "",
) -> dict[str, str]:
    """Exchange the callback's code for tokens; return the credentials to store."""
    quiet_token_loggers()
    params = parse_qs(query)
    if "error" in params:
        raise SetupError(
            f"X did not authorise the app ({params['error'][0]}): run the "
            "command again and choose Authorize app"
        )
    # oauthlib insists on https for the response it parses; only code and state are read.
    response = "https://127.0.0.1" + CALLBACK_PATH + "?" + query
    try:
        token = auth.handler.fetch_token(response)
    except OAuth2Error as exc:
        raise SetupError(
            f"X refused the authorisation ({exc.error}): run the command "
            "again; check the client id and the redirect URI "
            f"{auth.redirect_uri} in the X developer console"
        ) from None
    values = {"access_token": str(token["access_token"]), "client_id": client_id}
    if token.get("refresh_token"):
        values["refresh_token"] = str(token["refresh_token"])
    if token.get("expires_in"):
        values["expires_at"] = str(int(utcnow().timestamp() + float(token["expires_in"])))
    if client_secret:
        values["client_secret"] = client_secret
    return values


def x_user(access_token: str, api_base_url: str = "") -> dict[str, Any]:
    client = tweepy.Client(bearer_token=access_token, return_type=dict)
    rebase_session(client.session, api_base_url)
    me: dict[str, Any] = client.get_me(user_auth=False)["data"]
    return me


class XSetup(Setup):
    options = (
        SetupOption("client_id", "The app's OAuth 2.0 client id."),
        SetupOption(
            "client_secret_env",
            "Environment variable holding the client secret (confidential apps).",
            metavar="VAR",
        ),
        PORT,
        NO_BROWSER,
    )

    def run(
        self,
        account: Account,
        store: CredentialStore,
        answers: Mapping[str, Any],
        conversation: Conversation,
    ) -> None:
        port: int = answers["port"]
        client_id: str = (
            answers["client_id"]
            or store.get("client_id")
            or conversation.ask("X OAuth 2.0 client id")
        )
        variable = answers["client_secret_env"]
        secret = secret_from(variable, conversation, "") if variable else None
        auth = start_x(
            client_id, client_secret=secret, port=port, api_base_url=account.api_base_url
        )
        conversation.say(
            f"Redirect URI (register it in the X developer console): {auth.redirect_uri}"
        )
        conversation.say(f"Open this link and approve the app:\n\n  {auth.url}\n")

        def ready() -> None:
            if not answers["no_browser"]:
                webbrowser.open(auth.url)

        query = wait_for_callback(port, ready=ready)
        values = finish_x(
            auth,
            query,
            client_id=client_id,
            client_secret=secret,
            api_base_url=account.api_base_url,
        )
        me = x_user(values["access_token"], account.api_base_url)
        store.update(values)  # encrypted; never echoed
        conversation.say(
            f"Connected @{me.get('username')} (user id {me.get('id')}) to {account.name!r}."
        )
        if str(account.options.get("user_id", "")) != str(me.get("id")):
            conversation.say(f'Add  user_id = "{me.get("id")}"  to the account in the config.')
