"""`wardwatch connect`: the OAuth flows end to end, with the platforms faked over HTTP and
the loopback callback served for real on 127.0.0.1."""

from __future__ import annotations

import socket
import threading
import urllib.request
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
import responses
from click.testing import CliRunner
from cryptography.fernet import Fernet
from sqlalchemy import select

from connectors.base import ConnectorError
from monitor.cli import main
from monitor.connections import open_connector
from monitor.context import App
from monitor.credentials import credentials_for
from monitor.crypto import ENV_KEY
from monitor.models import StoredCredential

CONFIG = """
[storage]
url = "sqlite:///w.db"
[[owners]]
name = "cllr"
email = "cllr@example.gov.uk"
[[accounts]]
name = "cllr-x"
owner = "cllr"
platform = "x"
[[accounts]]
name = "cllr-fb"
owner = "cllr"
platform = "facebook"
page_id = "222"
"""


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(ENV_KEY, Fernet.generate_key().decode())
    path = tmp_path / "wardwatch.toml"
    path.write_text(CONFIG)
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def stored(config: Path, account: str) -> dict[str, str]:
    app = App(str(config))
    store = credentials_for(app.settings, app.factory, app.settings.account(account))
    return {k: v for k, v in store.values().items()}


def test_connect_x_runs_pkce_on_loopback_and_stores_tokens_encrypted(
    config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = free_port()
    opened: list[str] = []

    def browser(url: str) -> bool:  # the user approving the app in their browser
        opened.append(url)
        state = parse_qs(urlparse(url).query)["state"][0]
        callback = f"http://127.0.0.1:{port}/callback?state={state}&code=auth-code-1"
        threading.Thread(target=urllib.request.urlopen, args=(callback,), daemon=True).start()
        return True

    monkeypatch.setattr("webbrowser.open", browser)
    with responses.RequestsMock() as mock:
        token = mock.post(
            "https://api.twitter.com/2/oauth2/token",
            json={
                "token_type": "bearer",
                "expires_in": 7200,
                "access_token": "secret-access-1",
                "scope": "tweet.read users.read tweet.moderate.write mute.write offline.access",
                "refresh_token": "secret-refresh-1",
            },
        )
        mock.get(
            "https://api.twitter.com/2/users/me",
            json={"data": {"id": "2244994945", "name": "Cllr", "username": "cllrhughes"}},
        )
        result = CliRunner().invoke(
            main,
            [
                "--config",
                str(config),
                "connect",
                "x",
                "--account",
                "cllr-x",
                "--client-id",
                "cid",
                "--port",
                str(port),
            ],
        )
        assert result.exit_code == 0, result.output
        sent = parse_qs(token.calls[0].request.body)
    query = parse_qs(urlparse(opened[0]).query)
    assert query["scope"] == [
        "tweet.read users.read tweet.moderate.write mute.write offline.access"
    ]
    assert query["code_challenge_method"] == ["S256"]
    assert query["redirect_uri"] == [f"http://127.0.0.1:{port}/callback"]
    assert sent["code"] == ["auth-code-1"] and sent["code_verifier"]
    assert "secret-access-1" not in result.output
    assert 'user_id = "2244994945"' in result.output
    tokens = stored(config, "cllr-x")
    assert tokens["access_token"] == "secret-access-1"
    assert tokens["refresh_token"] == "secret-refresh-1" and tokens["client_id"] == "cid"
    assert b"secret-access-1" not in (config.parent / "w.db").read_bytes()


def test_connect_facebook_exchanges_for_a_long_lived_page_token(
    config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APP_SECRET", "app-secret")
    monkeypatch.setenv("USER_TOKEN", "short-user-token")
    graph = "https://graph.facebook.com/v25.0"
    with responses.RequestsMock() as mock:
        exchange = mock.get(
            f"{graph}/oauth/access_token",
            json={"access_token": "long-user-token", "token_type": "bearer", "expires_in": 5183944},
        )
        accounts = mock.get(
            f"{graph}/me/accounts",
            json={
                "data": [
                    {"id": "111", "name": "Other Page", "access_token": "page-token-111"},
                    {"id": "222", "name": "Cllr Hughes", "access_token": "page-token-222"},
                ],
                "paging": {"cursors": {"before": "a", "after": "b"}},
            },
        )
        result = CliRunner().invoke(
            main,
            [
                "--config",
                str(config),
                "connect",
                "facebook",
                "--account",
                "cllr-fb",
                "--app-id",
                "123",
                "--app-secret-env",
                "APP_SECRET",
                "--user-token-env",
                "USER_TOKEN",
            ],
        )
        assert result.exit_code == 0, result.output
        asked = parse_qs(urlparse(exchange.calls[0].request.url).query)
        listed = parse_qs(urlparse(accounts.calls[0].request.url).query)
    assert asked["grant_type"] == ["fb_exchange_token"]
    assert asked["fb_exchange_token"] == ["short-user-token"]
    assert listed["access_token"] == ["long-user-token"]
    assert stored(config, "cllr-fb") == {"page_access_token": "page-token-222"}


def test_connect_refuses_to_start_without_an_encryption_key(
    config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_KEY)
    result = CliRunner().invoke(
        main, ["--config", str(config), "connect", "x", "--account", "cllr-x", "--client-id", "cid"]
    )
    assert result.exit_code != 0 and ENV_KEY in result.output
    app = App(str(config))
    with app.factory() as session:
        assert list(session.scalars(select(StoredCredential))) == []


def test_stored_tokens_reach_the_connector(config: Path) -> None:
    app = App(str(config))
    account = app.settings.account("cllr-fb")
    credentials_for(app.settings, app.factory, account).update({"page_access_token": "t"})
    connector = open_connector(app.settings, app.factory, account)
    assert connector.credentials.require("page_access_token") == "t"
    with pytest.raises(ConnectorError):
        connector.credentials.require("missing")


def test_connect_names_an_empty_secret_variable_as_a_usage_error(
    config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APP_SECRET", "")
    result = CliRunner().invoke(
        main,
        [
            "--config",
            str(config),
            "connect",
            "facebook",
            "--account",
            "cllr-fb",
            "--app-id",
            "123",
            "--app-secret-env",
            "APP_SECRET",
        ],
    )
    assert result.exit_code == 2
    assert "environment variable APP_SECRET is empty" in result.output
    assert stored(config, "cllr-fb") == {}


def test_connect_refuses_an_account_of_another_platform(config: Path) -> None:
    result = CliRunner().invoke(
        main, ["--config", str(config), "connect", "x", "--account", "cllr-fb"]
    )
    assert result.exit_code == 2
    assert "account 'cllr-fb' is a facebook account" in result.output
