"""`wardwatch rotate-key`: stored tokens move to the new key and the old one can go."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from cryptography.fernet import Fernet

from monitor.cli import main
from monitor.context import App
from monitor.credentials import credentials_for
from monitor.models import StoredCredential
from tests.conftest import write_config


def test_rotation_re_encrypts_every_stored_token_so_the_old_key_can_be_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    config = write_config(tmp_path, f"sqlite:///{tmp_path / 'wardwatch.db'}")
    app = App(str(config))
    account = app.settings.account("hughes-facebook")
    monkeypatch.setenv("WARDWATCH_SECRET_KEY", old)
    credentials_for(app.settings, app.factory, account).update({"access_token": "tok-1"})
    with app.factory() as session:
        [before] = [row.ciphertext for row in session.query(StoredCredential)]

    monkeypatch.setenv("WARDWATCH_SECRET_KEY", f"{new},{old}")
    result = CliRunner().invoke(main, ["--config", str(config), "rotate-key"])
    assert result.exit_code == 0, result.output
    assert "Re-encrypted the stored tokens of 1 accounts" in result.output

    monkeypatch.setenv("WARDWATCH_SECRET_KEY", new)
    with app.factory() as session:
        [after] = [row.ciphertext for row in session.query(StoredCredential)]
    assert after != before
    assert credentials_for(app.settings, app.factory, account).get("access_token") == "tok-1"


def test_rotation_without_a_key_is_one_line_saying_how_to_make_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WARDWATCH_SECRET_KEY", raising=False)
    monkeypatch.delenv("WARDWATCH_SECRET_KEY_FILE", raising=False)
    config = write_config(tmp_path, f"sqlite:///{tmp_path / 'wardwatch.db'}")
    result = CliRunner().invoke(main, ["--config", str(config), "rotate-key"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: no encryption key for stored tokens: create one")
