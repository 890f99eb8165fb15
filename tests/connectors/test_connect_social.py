"""`wardwatch connect mastodon|bluesky`: app registration and the OAuth code flow against a
Mastodon server faked with `responses`, app-password login against a PDS faked with
`respx`; then the connector polls with what was stored."""

from __future__ import annotations

import base64
import json
import threading
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import requests
from click.testing import CliRunner
from cryptography.fernet import Fernet
from sqlalchemy import select

from monitor.cli import main
from monitor.connections import open_connector
from monitor.context import App
from monitor.credentials import credentials_for
from monitor.crypto import ENV_KEY
from monitor.models import StoredCredential
from tests.connectors.bluesky_fake import PDS, FakeBluesky
from tests.connectors.mastodon_fake import BASE, FakeMastodon
from tests.connectors.test_connect import free_port

CONFIG = f"""
[storage]
url = "sqlite:///w.db"
[[owners]]
name = "cllr"
email = "cllr@example.gov.uk"
[[accounts]]
name = "cllr-masto"
owner = "cllr"
platform = "mastodon"
instance = "{BASE}"
context_posts = 0
[[accounts]]
name = "cllr-bsky"
owner = "cllr"
platform = "bluesky"
handle = "owner.example"
api_base_url = "{PDS}"
"""
SCOPES = "read:notifications read:statuses read:accounts write:mutes write:blocks write:reports"
APP_PASSWORD = "abcd-efgh-ijkl-mnop"


class OAuthMastodon(FakeMastodon):
    """The fake server, plus app registration and the token endpoint (Mastodon 4.3+
    advertises them at /.well-known/oauth-authorization-server)."""

    def __init__(self) -> None:
        super().__init__()
        self.apps: list[dict[str, list[str]]] = []
        self.token_requests: list[dict[str, list[str]]] = []
        self.authorised: list[str | None] = []

    def handle(self, request: requests.PreparedRequest) -> tuple[int, dict[str, str], str]:
        self.authorised.append(request.headers.get("Authorization"))
        path = urlsplit(str(request.url)).path.rstrip("/")
        form = parse_qs(str(request.body or ""))
        if path == "/api/v1/apps":
            self.apps.append(form)
            return (
                200,
                {},
                json.dumps(
                    {
                        "id": "563419",
                        "name": form["client_name"][0],
                        "website": None,
                        "scopes": form["scopes"][0].split(" "),
                        "redirect_uris": form["redirect_uris"][0].split("\n"),
                        "redirect_uri": form["redirect_uris"][0],
                        "client_id": "client-id-masto",
                        "client_secret": "client-secret-masto",
                        "vapid_key": "BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0=",
                    }
                ),
            )
        if path == "/.well-known/oauth-authorization-server":
            return (
                200,
                {},
                json.dumps(
                    {
                        "issuer": f"{BASE}/",
                        "authorization_endpoint": f"{BASE}/oauth/authorize",
                        "token_endpoint": f"{BASE}/oauth/token",
                        "scopes_supported": SCOPES.split(" "),
                        "response_types_supported": ["code"],
                        "grant_types_supported": ["authorization_code", "client_credentials"],
                    }
                ),
            )
        if path in ("/api/v1/instance", "/api/v2/instance"):
            return (
                200,
                {},
                json.dumps(
                    {
                        "uri": "councillors.example",
                        "domain": "councillors.example",
                        "title": "Councillors",
                        "version": "4.4.0",
                        "api_versions": {"mastodon": 6},
                    }
                ),
            )
        if path == "/oauth/token":
            self.token_requests.append(form)
            if form.get("code") != ["the-code"]:
                return (
                    400,
                    {},
                    json.dumps(
                        {"error": "invalid_grant", "error_description": "The grant is invalid"}
                    ),
                )
            return (
                200,
                {},
                json.dumps(
                    {
                        "access_token": "masto-access-token",
                        "token_type": "Bearer",
                        "scope": form["scope"][0],
                        "created_at": 1573979017,
                    }
                ),
            )
        return super().handle(request)


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(ENV_KEY, Fernet.generate_key().decode())
    path = tmp_path / "wardwatch.toml"
    path.write_text(CONFIG)
    return path


def run(config: Path, *args: str, input: str | None = None) -> Any:
    return CliRunner().invoke(main, ["--config", str(config), "connect", *args], input=input)


def stored(config: Path, account: str) -> dict[str, str]:
    app = App(str(config))
    return credentials_for(app.settings, app.factory, app.settings.account(account)).values()


def database_bytes(config: Path) -> bytes:
    # The write-ahead log too: a fresh row may not have reached the main file yet.
    raw = b"".join(p.read_bytes() for p in config.parent.glob("w.db*"))
    assert b"cllr-masto" in raw  # the search runs over the real rows
    return raw


def connector(config: Path, account: str) -> Any:
    app = App(str(config))
    return open_connector(app.settings, app.factory, app.settings.account(account))


def test_connect_mastodon_registers_an_app_and_stores_the_token_from_the_loopback(
    config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = free_port()
    opened: list[str] = []

    def browser(url: str) -> bool:  # the owner approving wardwatch on their server
        opened.append(url)
        state = parse_qs(urlsplit(url).query)["state"][0]
        callback = f"http://127.0.0.1:{port}/callback?code=the-code&state={state}"
        threading.Thread(target=urllib.request.urlopen, args=(callback,), daemon=True).start()
        return True

    monkeypatch.setattr("webbrowser.open", browser)
    with OAuthMastodon() as server:
        result = run(config, "mastodon", "--account", "cllr-masto", "--port", str(port))
        assert result.exit_code == 0, result.output
        redirect = f"http://127.0.0.1:{port}/callback"
        assert server.apps == [
            {"client_name": ["wardwatch"], "scopes": [SCOPES], "redirect_uris": [redirect]}
        ]
        asked = parse_qs(urlsplit(opened[0]).query)
        assert opened[0].startswith(f"{BASE}/oauth/authorize?")
        assert asked["scope"] == [SCOPES] and asked["redirect_uri"] == [redirect]
        sent = server.token_requests[0]
        assert sent["grant_type"] == ["authorization_code"]
        assert sent["redirect_uri"] == [redirect] and sent["client_id"] == ["client-id-masto"]
        assert "Connected @cllrowner" in result.output
        assert "masto-access-token" not in result.output
        assert "client-secret-masto" not in result.output
        assert stored(config, "cllr-masto") == {
            "client_id": "client-id-masto",
            "client_secret": "client-secret-masto",
            "access_token": "masto-access-token",
        }
        assert b"masto-access-token" not in database_bytes(config)
        assert b"client-secret-masto" not in database_bytes(config)

        server.authorised.clear()
        batch = connector(config, "cllr-masto").fetch(None)
    assert [c.text for c in batch.comments] == ["@cllrowner crook"]
    assert server.authorised and set(server.authorised) == {"Bearer masto-access-token"}


def test_connect_mastodon_with_paste_code_uses_the_out_of_band_redirect(config: Path) -> None:
    with OAuthMastodon() as server:
        result = run(
            config,
            "mastodon",
            "--account",
            "cllr-masto",
            "--paste-code",
            "--no-browser",
            input="the-code\n",
        )
    assert result.exit_code == 0, result.output
    assert server.apps[0]["redirect_uris"] == ["urn:ietf:wg:oauth:2.0:oob"]
    assert server.token_requests[0]["redirect_uri"] == ["urn:ietf:wg:oauth:2.0:oob"]
    assert "the-code" not in result.output  # the prompt hides what was pasted
    assert stored(config, "cllr-masto")["access_token"] == "masto-access-token"


def test_connect_mastodon_explains_a_refused_code_and_stores_nothing(config: Path) -> None:
    with OAuthMastodon():
        result = run(
            config,
            "mastodon",
            "--account",
            "cllr-masto",
            "--paste-code",
            "--no-browser",
            input="stale-code\n",
        )
    assert result.exit_code == 1
    assert "refused the authorisation code: run the command again" in result.output
    assert stored(config, "cllr-masto") == {}


def test_connect_bluesky_checks_the_app_password_and_the_poll_reuses_the_session(
    config: Path,
) -> None:
    with FakeBluesky() as pds:
        result = run(config, "bluesky", "--account", "cllr-bsky", input=f"{APP_PASSWORD}\n")
        assert result.exit_code == 0, result.output
        assert "Settings > Privacy and security > App passwords" in result.output
        assert "never the account's main" in result.output
        assert APP_PASSWORD not in result.output
        assert pds.logins == 1
        values = stored(config, "cllr-bsky")
        assert values["app_password"] == APP_PASSWORD
        assert values["session"].split(":::")[1] == "did:plc:owner0000000000000000000"
        raw = database_bytes(config)
        assert APP_PASSWORD.encode() not in raw
        assert values["session"].split(":::")[2].encode() not in raw  # the access JWT

        batch = connector(config, "cllr-bsky").fetch(None)
        assert pds.logins == 1  # the saved session, not a second login
    assert "You are a liar and a fraud" in [c.text for c in batch.comments]


def test_connect_bluesky_reads_the_password_from_the_named_variable(
    config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BSKY_APP_PASSWORD", APP_PASSWORD)
    with FakeBluesky() as pds:
        result = run(
            config, "bluesky", "--account", "cllr-bsky", "--password-env", "BSKY_APP_PASSWORD"
        )
    assert result.exit_code == 0, result.output
    assert pds.logins == 1
    assert stored(config, "cllr-bsky")["app_password"] == APP_PASSWORD


def test_connect_bluesky_explains_a_rejected_password(config: Path) -> None:
    with FakeBluesky() as pds:
        pds.fail_next(401)
        result = run(config, "bluesky", "--account", "cllr-bsky", input="wrong\n")
    assert result.exit_code == 1
    assert "Bluesky rejected the handle 'owner.example' with that app password" in result.output
    assert stored(config, "cllr-bsky") == {}


def main_password_jwt() -> str:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    claims = {"scope": "com.atproto.access", "sub": "did:plc:owner", "exp": 4102444800}
    return ".".join([part({"typ": "at+jwt", "alg": "ES256K"}), part(claims), "c2ln"])


class MainPasswordBluesky(FakeBluesky):
    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("createSession"):
            token = main_password_jwt()
            return httpx.Response(
                200,
                json={
                    "did": "did:plc:owner",
                    "handle": "owner.example",
                    "accessJwt": token,
                    "refreshJwt": token,
                },
            )
        return super().handle(request)


def test_connect_bluesky_refuses_the_main_password(config: Path) -> None:
    with MainPasswordBluesky():
        result = run(config, "bluesky", "--account", "cllr-bsky", input="main-password\n")
    assert result.exit_code == 1
    assert "that is the account's main password: create an app password" in result.output
    assert stored(config, "cllr-bsky") == {}


@pytest.mark.parametrize(
    "platform,account,options",
    [("mastodon", "cllr-masto", ["--paste-code"]), ("bluesky", "cllr-bsky", [])],
)
def test_connect_refuses_to_start_without_an_encryption_key(
    config: Path, monkeypatch: pytest.MonkeyPatch, platform: str, account: str, options: list[str]
) -> None:
    monkeypatch.delenv(ENV_KEY)
    with OAuthMastodon() as server, FakeBluesky() as pds:
        result = run(config, platform, "--account", account, *options, input="x\n")
    assert result.exit_code != 0 and ENV_KEY in result.output
    assert server.apps == [] and pds.logins == 0  # nothing was asked of the platform
    with App(str(config)).factory() as session:
        assert list(session.scalars(select(StoredCredential))) == []
