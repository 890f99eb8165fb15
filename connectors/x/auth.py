"""OAuth 2.0 for X: routing tweepy to another API root, and refreshing user tokens.

tweepy hard-codes ``https://api.twitter.com`` and has no OAuth 2.0 refresh (tweepy issues
#1911, #1953), so both live here. X access tokens last two hours; with the
``offline.access`` scope a refresh token is issued, and each refresh may rotate it, so the
new refresh token is saved (encrypted, through ``CredentialStore.update``) before the new
access token is used.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import requests

from connectors.base import ConnectorError, CredentialStore, utcnow
from connectors.deadline import CallLimits, DeadlineAdapter, guard_session

# These libraries log token requests and answers, bearer tokens included, at DEBUG.
TOKEN_LOGGERS = ("requests_oauthlib", "oauthlib", "tweepy.client")


def quiet_token_loggers() -> None:
    """Keep the libraries that see X tokens from logging them: called wherever X tokens
    are handled (the connector's token keeper and `wardwatch connect x`)."""
    for name in TOKEN_LOGGERS:
        logging.getLogger(name).setLevel(logging.INFO)


X_HOSTS = ("https://api.twitter.com", "https://api.x.com")
TOKEN_URL = "https://api.x.com/2/oauth2/token"
AUTHORIZE_URL = "https://x.com/i/oauth2/authorize"
SCOPES = [
    "tweet.read",
    "users.read",
    "tweet.moderate.write",
    "mute.write",
    "offline.access",
]
REFRESH_MARGIN_SECONDS = 120
TIMEOUT_SECONDS = 30


class _Rebase(DeadlineAdapter):
    """Sends requests for the X API hosts to ``base`` instead (a proxy or test server)."""

    def __init__(self, base: str, limits: CallLimits) -> None:
        super().__init__(limits)
        self.base = base.rstrip("/")

    def send(  # type: ignore[override]
        self, request: requests.PreparedRequest, **kwargs: Any
    ) -> requests.Response:
        url = request.url or ""
        for host in X_HOSTS:
            if url.startswith(host + "/"):
                request.url = self.base + url[len(host) :]
                break
        return super().send(request, **kwargs)


def rebase_session(
    session: requests.Session, api_base_url: str, limits: CallLimits | None = None
) -> requests.Session:
    """Put ``limits`` on every request the session sends (tweepy sets no timeout at all)
    and route its X API requests to ``api_base_url`` when one is configured."""
    limits = limits or CallLimits()
    guard_session(session, limits)
    if api_base_url:
        adapter = _Rebase(api_base_url, limits)
        for host in X_HOSTS:
            session.mount(host + "/", adapter)
    return session


class TokenKeeper:
    """The account's current access token, refreshed shortly before it expires."""

    def __init__(self, credentials: CredentialStore, *, api_base_url: str, reconnect: str) -> None:
        quiet_token_loggers()
        self.credentials = credentials
        self.api_base_url = api_base_url
        self.reconnect = reconnect

    def access_token(self) -> str:
        expires_at = self.credentials.get("expires_at")
        if expires_at and self.can_refresh():
            try:
                due = float(expires_at) - utcnow().timestamp() < REFRESH_MARGIN_SECONDS
            except ValueError:
                due = True
            if due:
                self.refresh()
        return self.credentials.require("access_token")

    def can_refresh(self) -> bool:
        return bool(self.credentials.get("refresh_token") and self.credentials.get("client_id"))

    def refresh(self) -> None:
        if not self.can_refresh():
            raise ConnectorError(
                "the X access token has expired and no refresh token is stored: reconnect "
                f"with `{self.reconnect}`",
                permanent=True,
            )
        client_id = self.credentials.require("client_id")
        secret = self.credentials.get("client_secret")
        data = {
            "grant_type": "refresh_token",
            "refresh_token": self.credentials.require("refresh_token"),
            "client_id": client_id,
        }
        session = rebase_session(requests.Session(), self.api_base_url)
        try:
            response = session.post(
                TOKEN_URL,
                data=data,
                timeout=TIMEOUT_SECONDS,
                auth=(client_id, secret) if secret else None,
            )
        except requests.RequestException as exc:
            raise ConnectorError(
                f"could not reach X to refresh the token ({type(exc).__name__}); will retry"
            ) from None
        self.credentials.update(
            token_values(
                response, reconnect=self.reconnect, previous=self.credentials.get("refresh_token")
            )
        )


def token_values(
    response: requests.Response, *, reconnect: str, previous: str | None = None
) -> dict[str, str]:
    """The credentials to store from a token endpoint answer; errors are translated."""
    if response.status_code in (400, 401, 403):
        raise ConnectorError(
            f"X refused to renew the token ({_error(response)}): the authorisation was "
            f"revoked or expired; reconnect with `{reconnect}`",
            permanent=True,
        )
    if response.status_code == 429 or response.status_code >= 500:
        raise ConnectorError(
            f"X could not renew the token now (HTTP {response.status_code}); will retry"
        )
    try:
        body = response.json()
        access = str(body["access_token"])
    except (ValueError, KeyError, TypeError):
        raise ConnectorError(
            f"X sent an unreadable token answer (HTTP {response.status_code}); will retry"
        ) from None
    values = {"access_token": access}
    refresh = body.get("refresh_token") or previous
    if refresh:
        values["refresh_token"] = str(refresh)
    expires_in = body.get("expires_in")
    if isinstance(expires_in, int | float):
        values["expires_at"] = str(int(utcnow().timestamp() + expires_in))
    return values


def _error(response: requests.Response) -> str:
    try:
        body: Mapping[str, Any] = response.json()
        return str(body.get("error_description") or body.get("error") or response.status_code)
    except ValueError:
        return f"HTTP {response.status_code}"
