"""Guided set-up of an account's tokens: the flows behind `wardwatch connect`.

X: OAuth 2.0 authorisation code with PKCE (tweepy's ``OAuth2UserHandler``) on a loopback
redirect, ``http://127.0.0.1:<port>/callback``. Facebook and Instagram: a short-lived user
token (from Meta's Graph API Explorer or Facebook Login) is exchanged for a long-lived one,
whose Page tokens do not expire; the Page is picked from ``/me/accounts``. The tokens are
returned to the caller, which stores them encrypted; nothing here logs them.
"""

from __future__ import annotations

import http.server
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlparse

import tweepy
from oauthlib.oauth2 import OAuth2Error
from pyfacebook import FacebookError, GraphAPI, LibraryError

from connectors._graph import GRAPH_API_VERSION, GRAPH_ROOT, TIMEOUT_SECONDS
from connectors._x_auth import SCOPES, rebase_session
from monitor.clock import utcnow
from monitor.errors import WardwatchError

# These libraries log token requests and answers at DEBUG.
for _name in ("requests_oauthlib", "oauthlib", "tweepy.client"):
    logging.getLogger(_name).setLevel(logging.INFO)

CALLBACK_PATH = "/callback"
DEFAULT_PORT = 8976
WAIT_SECONDS = 300


class ConnectError(WardwatchError):
    """The set-up could not finish; the message says what to do."""


# --- X ---------------------------------------------------------------------------------


def wait_for_callback(
    port: int,
    *,
    timeout: float = WAIT_SECONDS,
    ready: Callable[[], None] | None = None,
    platform: str = "X",
) -> str:
    """Serve one request on 127.0.0.1:port and return its query string."""
    received: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            url = urlparse(self.path)
            if url.path != CALLBACK_PATH:
                self.send_error(404)
                return
            received.append(url.query)
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.end_headers()
            self.wfile.write(b"wardwatch: authorised. You can close this tab.\n")

        def log_message(self, format: str, *args: Any) -> None:
            pass  # the query string holds the authorisation code

    try:
        server = http.server.HTTPServer(("127.0.0.1", port), Handler)
    except OSError as exc:
        raise ConnectError(
            f"cannot listen on 127.0.0.1:{port} ({exc.strerror}): choose "
            "another --port and register that redirect URI"
        ) from None
    server.timeout = 1.0
    deadline = utcnow().timestamp() + timeout
    with server:
        if ready is not None:
            ready()
        while not received and utcnow().timestamp() < deadline:
            server.handle_request()
    if not received:
        raise ConnectError(
            f"no answer from {platform} within {int(timeout)} seconds: run the "
            "command again and approve the app in the browser"
        )
    return received[0]


@dataclass
class XAuthorisation:
    handler: tweepy.OAuth2UserHandler
    url: str
    redirect_uri: str


def start_x(
    client_id: str, *, client_secret: str | None, port: int, api_base_url: str = ""
) -> XAuthorisation:
    redirect_uri = f"http://127.0.0.1:{port}{CALLBACK_PATH}"
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
    params = parse_qs(query)
    if "error" in params:
        raise ConnectError(
            f"X did not authorise the app ({params['error'][0]}): run the "
            "command again and choose Authorize app"
        )
    # oauthlib insists on https for the response it parses; only code and state are read.
    response = "https://127.0.0.1" + CALLBACK_PATH + "?" + query
    try:
        token = auth.handler.fetch_token(response)
    except OAuth2Error as exc:
        raise ConnectError(
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


# --- Facebook and Instagram ------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    id: str
    name: str
    access_token: str
    instagram_id: str | None


def meta_pages(app_id: str, app_secret: str, user_token: str, api_base_url: str = "") -> list[Page]:
    """Exchange ``user_token`` for a long-lived one and list the Pages it manages, each
    with its (non-expiring) Page token."""
    root = (api_base_url or GRAPH_ROOT).rstrip("/") + "/"
    api = GraphAPI(
        app_id=app_id,
        app_secret=app_secret,
        access_token=user_token,
        version=GRAPH_API_VERSION,
        sleep_on_rate_limit=False,
        base_url=root,
        timeout=TIMEOUT_SECONDS,
        access_token_url=f"{root}{GRAPH_API_VERSION}/oauth/access_token",
    )
    try:
        long_lived = api.exchange_long_lived_user_access_token()["access_token"]
        data = api.get_full_connections(
            object_id="me",
            connection="accounts",
            count=None,
            limit=100,
            fields="id,name,access_token,instagram_business_account",
            access_token=long_lived,
        )
    except FacebookError as exc:
        raise ConnectError(
            f"Meta refused ({getattr(exc, 'message', exc)}): check the app id "
            "and secret, and that the user token has pages_show_list"
        ) from None
    except (LibraryError, KeyError, ValueError):
        raise ConnectError("Meta sent an unexpected answer: try again later") from None
    pages = []
    for item in data.get("data", []):
        if isinstance(item, dict) and item.get("id") and item.get("access_token"):
            ig = item.get("instagram_business_account") or {}
            pages.append(
                Page(
                    str(item["id"]),
                    str(item.get("name", "")),
                    str(item["access_token"]),
                    ig.get("id") and str(ig["id"]),
                )
            )
    if not pages:
        raise ConnectError(
            "the user token manages no Pages: grant pages_show_list and choose "
            "the Page when Meta asks which Pages the app may use"
        )
    return pages
