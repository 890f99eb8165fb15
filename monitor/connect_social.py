"""The flows behind `wardwatch connect mastodon` and `wardwatch connect bluesky`.

Mastodon: wardwatch registers itself as an application on the owner's server
(``POST /api/v1/apps``) with only the scopes the connector uses, then runs the OAuth
authorisation-code flow, either on a loopback redirect ``http://127.0.0.1:<port>/callback``
or out of band (the server shows the code and the user pastes it). Bluesky: the app
password is checked by logging in (``com.atproto.server.createSession``), and the session
is kept so that the first poll need not log in again.

The secrets are returned to the caller, which stores them encrypted; nothing here prints
or logs them.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

from atproto import Client, Session, SessionEvent
from atproto_client.exceptions import UnauthorizedError
from atproto_core.exceptions import AtProtocolError
from atproto_server.exceptions import TokenDecodeError
from mastodon import (
    Mastodon,
    MastodonAPIError,
    MastodonError,
    MastodonIllegalArgumentError,
)

from connectors.bluesky import DEFAULT_PDS
from monitor.config import AccountConfig
from monitor.connect import CALLBACK_PATH, ConnectError

# Exactly what connectors/mastodon.py calls: notifications, account_statuses and
# status_context, account_verify_credentials, account_mute and _unmute, account_block
# and _unblock, report.
MASTODON_SCOPES = [
    "read:notifications",
    "read:statuses",
    "read:accounts",
    "write:mutes",
    "write:blocks",
    "write:reports",
]
OUT_OF_BAND = "urn:ietf:wg:oauth:2.0:oob"
APP_NAME = "wardwatch"
TIMEOUT = 30
# The access token's scope when a session was made with the account's main password
# (an app password gives com.atproto.appPass or com.atproto.appPassPrivileged).
MAIN_PASSWORD_SCOPE = "com.atproto.access"


# --- Mastodon ------------------------------------------------------------------------


@dataclass
class MastodonAuthorisation:
    base_url: str
    client_id: str
    client_secret: str
    redirect_uri: str
    state: str
    url: str


def mastodon_base_url(account: AccountConfig) -> str:
    base = account.api_base_url or str(account.options.get("instance") or "")
    if not base:
        raise ConnectError(
            f"account {account.name!r} has no instance: add  instance = "
            '"https://your.server"  to it in the config'
        )
    return base.rstrip("/")


def loopback_redirect(port: int) -> str:
    return f"http://127.0.0.1:{port}{CALLBACK_PATH}"


def _api(base_url: str, client_id: str, client_secret: str) -> Mastodon:
    return Mastodon(
        client_id=client_id,
        client_secret=client_secret,
        api_base_url=base_url,
        ratelimit_method="throw",
        request_timeout=TIMEOUT,
        version_check_mode="none",
    )


def start_mastodon(base_url: str, redirect_uri: str) -> MastodonAuthorisation:
    """Register wardwatch on the server and build the link the owner opens to approve it."""
    try:
        client_id, client_secret = Mastodon.create_app(
            APP_NAME,
            scopes=MASTODON_SCOPES,
            redirect_uris=redirect_uri,
            api_base_url=base_url,
            request_timeout=TIMEOUT,
        )
        state = secrets.token_urlsafe(16)
        url = _api(base_url, client_id, client_secret).auth_request_url(
            redirect_uris=redirect_uri, scopes=MASTODON_SCOPES, state=state, lang="en"
        )
    except MastodonError:
        raise ConnectError(
            f"could not reach the Mastodon server {base_url}: check the account's "
            "instance in the config and try again"
        ) from None
    except (KeyError, TypeError, ValueError):
        # create_app reads client_id from whatever came back, e.g. an error page.
        raise ConnectError(
            f"{base_url} did not register wardwatch as an application: check that "
            "the account's instance is a Mastodon server and that it allows new apps"
        ) from None
    return MastodonAuthorisation(base_url, client_id, client_secret, redirect_uri, state, url)


def code_from_callback(auth: MastodonAuthorisation, query: str) -> str:
    """The authorisation code from the loopback callback's query string."""
    params = parse_qs(query)
    if "error" in params:
        raise ConnectError(
            f"the Mastodon server did not authorise wardwatch ({params['error'][0]}): "
            "run the command again and choose Authorise"
        )
    if params.get("state") != [auth.state]:
        raise ConnectError(
            "the answer on the callback was not for this request: run the command again"
        )
    code = params.get("code", [""])[0]
    if not code:
        raise ConnectError("the Mastodon server sent no code: run the command again")
    return code


def finish_mastodon(auth: MastodonAuthorisation, code: str) -> tuple[dict[str, str], str]:
    """Exchange ``code`` for an access token and read who it belongs to. Returns the
    credentials to store and the account's ``acct``."""
    api = _api(auth.base_url, auth.client_id, auth.client_secret)
    try:
        access_token = api.log_in(
            code=code.strip(), redirect_uri=auth.redirect_uri, scopes=MASTODON_SCOPES
        )
        me: Any = api.account_verify_credentials()
    except MastodonIllegalArgumentError:
        # Raised for any failed exchange; the server's reason is not worth the risk
        # of echoing request details.
        raise ConnectError(
            f"{auth.base_url} refused the authorisation code: run the command again "
            "and paste the whole code (each code works once, for a few minutes)"
        ) from None
    except MastodonAPIError:
        raise ConnectError(
            f"{auth.base_url} did not grant every scope wardwatch needs "
            f"({' '.join(MASTODON_SCOPES)}): run the command again and leave them all ticked"
        ) from None
    except (MastodonError, RecursionError):
        # RecursionError: Mastodon.py 2.3 loops when /api/v1/instance fails after log_in.
        raise ConnectError(
            f"could not reach the Mastodon server {auth.base_url}: try again"
        ) from None
    values = {
        "client_id": auth.client_id,
        "client_secret": auth.client_secret,
        "access_token": str(access_token),
    }
    return values, str(me.get("acct") or me.get("username") or "?")


# --- Bluesky -------------------------------------------------------------------------


def bluesky_login(
    handle: str, app_password: str, api_base_url: str = ""
) -> tuple[dict[str, str], str]:
    """Log in with the app password to prove it works. Returns the credentials to store
    (the app password and the session the connector reuses) and the account's DID."""
    client = Client(base_url=api_base_url or DEFAULT_PDS)
    sessions: list[Session] = []

    def keep(event: SessionEvent, session: Session) -> None:
        if event is SessionEvent.CREATE:
            sessions.append(session)

    client.on_session_change(keep)
    try:
        client.login(handle, app_password, fetch_bsky_profile=False)
    except UnauthorizedError:
        raise ConnectError(
            f"Bluesky rejected the handle {handle!r} with that app password: check the "
            "account's handle in the config, and create a new app password if needed"
        ) from None
    except AtProtocolError:
        raise ConnectError(
            f"could not log in to {api_base_url or DEFAULT_PDS} as {handle!r}: check the "
            "handle and the account's api_base_url (for a self-hosted PDS), then try again"
        ) from None
    if not sessions:
        raise ConnectError("Bluesky sent no session: try again later")
    session = sessions[-1]
    if _scope(session) == MAIN_PASSWORD_SCOPE:
        raise ConnectError(
            "that is the account's main password: create an app password in Settings > "
            "Privacy and security > App passwords and use that instead"
        )
    return {"app_password": app_password, "session": session.export()}, session.did


def _scope(session: Session) -> str | None:
    try:
        scope: str | None = session.access_jwt_payload.scope
    except TokenDecodeError:  # an opaque token from a PDS that does not use JWTs: no check
        return None
    return scope
