"""`wardwatch connect bluesky`: the app password is checked by logging in
(``com.atproto.server.createSession``), and the session is kept so that the first poll
need not log in again. Both are stored encrypted through the credential store; nothing
here prints or logs them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from atproto import Client, Session, SessionEvent
from atproto_client.exceptions import UnauthorizedError
from atproto_core.exceptions import AtProtocolError
from atproto_server.exceptions import TokenDecodeError

from connectors.base import (
    Account,
    Conversation,
    CredentialStore,
    Setup,
    SetupError,
    SetupOption,
    UsageProblem,
)
from connectors.bluesky import DEFAULT_PDS
from connectors.setup import secret_from

# The access token's scope when a session was made with the account's main password
# (an app password gives com.atproto.appPass or com.atproto.appPassPrivileged).
MAIN_PASSWORD_SCOPE = "com.atproto.access"
APP_PASSWORD_HELP = (
    "wardwatch signs in to Bluesky with an app password, never the account's main "
    "password.\nCreate one in the Bluesky app: Settings > Privacy and security > App "
    "passwords > Add App Password\n(it does not need access to direct messages)."
)


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
        raise SetupError(
            f"Bluesky rejected the handle {handle!r} with that app password: check the "
            "account's handle in the config, and create a new app password if needed"
        ) from None
    except AtProtocolError:
        raise SetupError(
            f"could not log in to {api_base_url or DEFAULT_PDS} as {handle!r}: check the "
            "handle and the account's api_base_url (for a self-hosted PDS), then try again"
        ) from None
    if not sessions:
        raise SetupError("Bluesky sent no session: try again later")
    session = sessions[-1]
    if _scope(session) == MAIN_PASSWORD_SCOPE:
        raise SetupError(
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


class BlueskySetup(Setup):
    options = (
        SetupOption(
            "password_env",
            "Environment variable holding the app password (else it is asked for).",
            metavar="VAR",
        ),
    )

    def run(
        self,
        account: Account,
        store: CredentialStore,
        answers: Mapping[str, Any],
        conversation: Conversation,
    ) -> None:
        handle = str(account.options.get("handle") or "").lstrip("@")
        if not handle:
            raise UsageProblem(
                f'account {account.name!r} has no handle: add  handle = "you.bsky.social"  to it'
            )
        if not answers["password_env"]:
            conversation.say(APP_PASSWORD_HELP)
        password = secret_from(answers["password_env"], conversation, f"App password for {handle}")
        values, did = bluesky_login(handle, password.strip(), account.api_base_url)
        store.update(values)  # encrypted; never echoed
        conversation.say(f"Connected {handle} ({did}) to {account.name!r}.")
