"""`wardwatch connect mastodon`: wardwatch registers itself as an application on the
owner's server (``POST /api/v1/apps``) with only the scopes the connector uses, then runs
the OAuth authorisation-code flow, either on a loopback redirect
``http://127.0.0.1:<port>/callback`` or out of band (the server shows the code and the
user pastes it).

The secrets are stored encrypted through the credential store; nothing here prints or
logs them.
"""

from __future__ import annotations

import secrets
import webbrowser
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

from mastodon import (
    Mastodon,
    MastodonAPIError,
    MastodonError,
    MastodonIllegalArgumentError,
)

from connectors.base import (
    Account,
    Conversation,
    CredentialStore,
    Setup,
    SetupError,
    SetupOption,
)
from connectors.setup import NO_BROWSER, PORT, loopback_redirect, wait_for_callback

# Exactly what connectors/mastodon/connector.py calls: notifications, account_statuses and
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


@dataclass
class MastodonAuthorisation:
    base_url: str
    client_id: str
    client_secret: str
    redirect_uri: str
    state: str
    url: str


def mastodon_base_url(account: Account) -> str:
    base = account.api_base_url or str(account.options.get("instance") or "")
    if not base:
        raise SetupError(
            f"account {account.name!r} has no instance: add  instance = "
            '"https://your.server"  to it in the config'
        )
    return base.rstrip("/")


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
        raise SetupError(
            f"could not reach the Mastodon server {base_url}: check the account's "
            "instance in the config and try again"
        ) from None
    except (KeyError, TypeError, ValueError):
        # create_app reads client_id from whatever came back, e.g. an error page.
        raise SetupError(
            f"{base_url} did not register wardwatch as an application: check that "
            "the account's instance is a Mastodon server and that it allows new apps"
        ) from None
    return MastodonAuthorisation(base_url, client_id, client_secret, redirect_uri, state, url)


def code_from_callback(auth: MastodonAuthorisation, query: str) -> str:
    """The authorisation code from the loopback callback's query string."""
    params = parse_qs(query)
    if "error" in params:
        raise SetupError(
            f"the Mastodon server did not authorise wardwatch ({params['error'][0]}): "
            "run the command again and choose Authorise"
        )
    if params.get("state") != [auth.state]:
        raise SetupError(
            "the answer on the callback was not for this request: run the command again"
        )
    code = params.get("code", [""])[0]
    if not code:
        raise SetupError("the Mastodon server sent no code: run the command again")
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
        raise SetupError(
            f"{auth.base_url} refused the authorisation code: run the command again "
            "and paste the whole code (each code works once, for a few minutes)"
        ) from None
    except MastodonAPIError:
        raise SetupError(
            f"{auth.base_url} did not grant every scope wardwatch needs "
            f"({' '.join(MASTODON_SCOPES)}): run the command again and leave them all ticked"
        ) from None
    except (MastodonError, RecursionError):
        # RecursionError: Mastodon.py 2.3 loops when /api/v1/instance fails after log_in.
        raise SetupError(
            f"could not reach the Mastodon server {auth.base_url}: try again"
        ) from None
    values = {
        "client_id": auth.client_id,
        "client_secret": auth.client_secret,
        "access_token": str(access_token),
    }
    return values, str(me.get("acct") or me.get("username") or "?")


class MastodonSetup(Setup):
    options = (
        PORT,
        SetupOption(
            "paste_code",
            "The server shows a code to paste here (no loopback; for a remote machine).",
            type=bool,
        ),
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
        paste_code: bool = answers["paste_code"]
        no_browser: bool = answers["no_browser"]
        base_url = mastodon_base_url(account)
        redirect_uri = OUT_OF_BAND if paste_code else loopback_redirect(port)
        auth = start_mastodon(base_url, redirect_uri)
        conversation.say(f"Registered wardwatch as an application on {base_url}.")
        conversation.say(
            "Sign in as the councillor's account, then open this link and choose "
            f"Authorise:\n\n  {auth.url}\n"
        )
        if paste_code:
            if not no_browser:
                webbrowser.open(auth.url)
            code = conversation.ask("Paste the authorisation code the server shows", secret=True)
        else:

            def ready() -> None:
                if not no_browser:
                    webbrowser.open(auth.url)

            query = wait_for_callback(port, ready=ready, platform=base_url)
            code = code_from_callback(auth, query)
        values, acct = finish_mastodon(auth, code)
        store.update(values)  # encrypted; never echoed
        conversation.say(f"Connected @{acct} on {base_url} to {account.name!r}.")
