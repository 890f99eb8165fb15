"""`wardwatch connect` takes its platforms from the connector registry: the built-in ones
and a third-party package's, found through its ``wardwatch.connectors`` entry point."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from cryptography.fernet import Fernet

from connectors.registry import BUILTIN, connector_class, platforms
from monitor.cli import main
from monitor.context import App
from monitor.credentials import credentials_for
from monitor.crypto import ENV_KEY

# A third-party package as pip would install it: its module and a dist-info folder whose
# entry_points.txt names the connector.
NOTICEBOARD = '''
"""A parish noticeboard's comments: a connector from outside wardwatch."""

from connectors.base import Batch, Connector, Setup, SetupOption
from connectors.setup import secret_from


class NoticeboardSetup(Setup):
    options = (SetupOption("token_env", "Variable holding the board's token.", metavar="VAR"),)

    def run(self, account, store, answers, conversation):
        token = secret_from(answers["token_env"], conversation, "Noticeboard token")
        store.update({"token": token})
        conversation.say(f"Connected the noticeboard to {account.name!r}.")


class NoticeboardConnector(Connector):
    platform = "noticeboard"
    display_name = "Parish noticeboard"
    setup = NoticeboardSetup()

    def fetch(self, cursor):
        return Batch(comments=[], cursor=cursor)
'''
METADATA = "Metadata-Version: 2.1\nName: wardwatch-noticeboard\nVersion: 1.0\n"
ENTRY_POINTS = "[wardwatch.connectors]\nnoticeboard = wardwatch_noticeboard:NoticeboardConnector\n"
CONFIG = """
[storage]
url = "sqlite:///w.db"
[[owners]]
name = "clerk"
email = "clerk@example.gov.uk"
[[accounts]]
name = "parish-board"
owner = "clerk"
platform = "noticeboard"
"""


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The noticeboard package installed on a folder of its own on sys.path."""
    site = tmp_path / "site-packages"
    dist_info = site / "wardwatch_noticeboard-1.0.dist-info"
    dist_info.mkdir(parents=True)
    (dist_info / "METADATA").write_text(METADATA)
    (dist_info / "entry_points.txt").write_text(ENTRY_POINTS)
    (site / "wardwatch_noticeboard.py").write_text(NOTICEBOARD)
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.delitem(sys.modules, "wardwatch_noticeboard", raising=False)


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(ENV_KEY, Fernet.generate_key().decode())
    path = tmp_path / "wardwatch.toml"
    path.write_text(CONFIG)
    return path


def test_a_connector_installed_through_the_entry_point_group_can_be_connected(
    installed: None, config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BOARD_TOKEN", "board-secret-1")
    assert "noticeboard" in platforms()
    result = CliRunner().invoke(
        main,
        [
            "--config",
            str(config),
            "connect",
            "noticeboard",
            "--account",
            "parish-board",
            "--token-env",
            "BOARD_TOKEN",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Connected the noticeboard to 'parish-board'." in result.output
    assert "board-secret-1" not in result.output
    app = App(str(config))
    account = app.settings.account("parish-board")
    assert credentials_for(app.settings, app.factory, account).values() == {
        "token": "board-secret-1"
    }
    assert b"board-secret-1" not in (config.parent / "w.db").read_bytes()


def test_the_entry_point_connector_asks_for_what_its_setup_lists(
    installed: None, config: Path
) -> None:
    result = CliRunner().invoke(
        main,
        ["--config", str(config), "connect", "noticeboard", "--account", "parish-board"],
        input="typed-token\n",
    )
    assert result.exit_code == 0, result.output
    assert "Noticeboard token" in result.output and "typed-token" not in result.output
    app = App(str(config))
    store = credentials_for(app.settings, app.factory, app.settings.account("parish-board"))
    assert store.values() == {"token": "typed-token"}


def test_connect_help_lists_every_registered_platform_with_a_setup(installed: None) -> None:
    result = CliRunner().invoke(main, ["connect", "--help"])
    assert result.exit_code == 0, result.output
    listed = re.findall(r"^  (\S+)\s", result.output.split("Commands:")[1], flags=re.MULTILINE)
    expected = [p for p in platforms() if connector_class(p).setup is not None]
    assert listed == expected
    assert {"x", "facebook", "instagram", "youtube", "bluesky", "mastodon"} <= set(listed)
    assert "noticeboard" in listed and "Parish noticeboard" in result.output
    # The local-file platforms have nothing to connect.
    assert {"jsonl", "demo"} <= set(BUILTIN) and not {"jsonl", "demo"} & set(listed)


def test_each_platform_command_offers_only_its_own_options() -> None:
    def options(platform: str) -> set[str]:
        result = CliRunner().invoke(main, ["connect", platform, "--help"])
        assert result.exit_code == 0, result.output
        return set(re.findall(r"--[a-z-]+", result.output))

    assert options("x") == {
        "--account",
        "--client-id",
        "--client-secret-env",
        "--port",
        "--no-browser",
        "--help",
    }
    assert options("bluesky") == {"--account", "--password-env", "--help"}
    assert options("mastodon") == {"--account", "--port", "--paste-code", "--no-browser", "--help"}


def test_connect_names_an_unknown_platform(config: Path) -> None:
    result = CliRunner().invoke(
        main, ["--config", str(config), "connect", "myspace", "--account", "a"]
    )
    assert result.exit_code == 2
    assert "No such command 'myspace'" in result.output
