"""Stored OAuth tokens: encrypted at rest, layered over the config, refused without a key."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.fernet import Fernet, MultiFernet
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from connectors.base import ConnectorError
from monitor import db
from monitor.config import Settings, parse
from monitor.credentials import StoredCredentials, credentials_for
from monitor.crypto import (
    ENV_KEY,
    ENV_KEY_FILE,
    SecretIntegrityError,
    SecretKeyError,
    decrypt,
    encrypt,
    load_key,
)
from monitor.models import Base, StoredCredential

KEY = Fernet.generate_key().decode()


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("X_CONFIG_TOKEN", "config-access-token")
    raw = {
        "storage": {"url": f"sqlite:///{tmp_path / 'w.db'}"},
        "owners": [{"name": "cllr", "email": "cllr@example.gov.uk"}],
        "accounts": [
            {
                "name": "cllr-x",
                "owner": "cllr",
                "platform": "x",
                "credentials": {"access_token": {"env": "X_CONFIG_TOKEN"}},
            },
            {"name": "cllr-fb", "owner": "cllr", "platform": "facebook", "page_id": "1"},
        ],
    }
    return parse(raw, path=tmp_path / "wardwatch.toml")


@pytest.fixture
def factory(settings: Settings) -> sessionmaker[Session]:
    engine = db.make_engine(settings.database_url)
    Base.metadata.create_all(engine)
    return db.session_factory(engine)


def test_config_credentials_work_without_a_key(
    settings: Settings, factory: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_KEY, raising=False)
    store = credentials_for(settings, factory, settings.account("cllr-x"))
    assert store.require("access_token") == "config-access-token"


def test_updated_tokens_are_stored_encrypted_and_override_the_config(
    settings: Settings, factory: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_KEY, KEY)
    store = credentials_for(settings, factory, settings.account("cllr-x"))
    store.update({"access_token": "rotated-secret-token", "refresh_token": "refresh-secret"})
    again = credentials_for(settings, factory, settings.account("cllr-x"))
    assert again.require("access_token") == "rotated-secret-token"
    assert again.get("refresh_token") == "refresh-secret"
    raw = Path(settings.database_url.removeprefix("sqlite:///")).read_bytes()
    wal = Path(settings.database_url.removeprefix("sqlite:///") + "-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    assert b"rotated-secret-token" not in raw and b"refresh-secret" not in raw


def test_a_stored_row_without_the_key_is_refused_with_a_clear_message(
    settings: Settings, factory: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_KEY, KEY)
    credentials_for(settings, factory, settings.account("cllr-x")).update({"a": "b"})
    monkeypatch.delenv(ENV_KEY)
    with pytest.raises(ConnectorError) as caught:
        credentials_for(settings, factory, settings.account("cllr-x"))
    assert caught.value.permanent and ENV_KEY in caught.value.message


def test_ciphertext_copied_to_another_account_is_refused(
    settings: Settings, factory: sessionmaker[Session]
) -> None:
    key = MultiFernet([Fernet(KEY)])
    StoredCredentials(settings, factory, settings.account("cllr-x"), key=key).update(
        {"access_token": "x-token"}
    )
    StoredCredentials(settings, factory, settings.account("cllr-fb"), key=key).update(
        {"page_access_token": "fb-token"}
    )
    with factory.begin() as session:
        rows = list(session.scalars(select(StoredCredential).order_by(StoredCredential.account_id)))
        rows[1].ciphertext = rows[0].ciphertext
    with pytest.raises(ConnectorError, match="belong to another account"):
        StoredCredentials(settings, factory, settings.account("cllr-fb"), key=key)


def test_the_key_can_come_from_a_file_and_be_rotated(tmp_path: Path) -> None:
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    saved = encrypt(load_key({ENV_KEY: old}), {"t": "v"}, account="a", platform="x")
    key_file = tmp_path / "key"
    key_file.write_text(f"{new},{old}\n")
    rotated_key = load_key({ENV_KEY_FILE: str(key_file)})
    assert decrypt(rotated_key, saved, account="a", platform="x") == {"t": "v"}
    with pytest.raises(SecretIntegrityError):
        decrypt(load_key({ENV_KEY: new}), saved, account="a", platform="x")


@pytest.mark.parametrize("environ", [{}, {ENV_KEY: "not-a-key"}, {ENV_KEY_FILE: "/nonexistent"}])
def test_a_missing_or_bad_key_says_how_to_fix_it(environ: dict[str, str]) -> None:
    with pytest.raises(SecretKeyError) as caught:
        load_key(environ)
    assert ENV_KEY in str(caught.value) or "key file" in str(caught.value)
