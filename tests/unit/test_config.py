from __future__ import annotations

import tomllib
from datetime import time, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor import config
from monitor.cli import main
from monitor.context import engine_for
from monitor.scoring import categories

ROOT = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "wardwatch.toml"
    path.write_text(body, encoding="utf-8")
    return path


GOOD = """
[[owners]]
name = "Cllr Patel"
email = "patel@example.gov.uk"

[[accounts]]
name = "patel-feed"
owner = "Cllr Patel"
platform = "jsonl"
path = "feed.jsonl"
poll_every = "10m"
"""


def test_a_minimal_config_gets_defaults_for_everything_else(tmp_path: Path) -> None:
    settings = config.load(write(tmp_path, GOOD))
    assert settings.scoring.toxicity == "model"
    assert settings.email.mode == "outbox-dir"
    owner = settings.owner("Cllr Patel")
    assert owner.timezone == "Europe/London"
    assert owner.digest_time == time(7, 30)
    account = settings.account("patel-feed")
    assert account.poll_every == timedelta(minutes=10)
    assert account.options == {"path": "feed.jsonl"}


def test_an_owner_or_account_not_in_the_config_raises_key_error(tmp_path: Path) -> None:
    settings = config.load(write(tmp_path, GOOD))
    with pytest.raises(KeyError):
        settings.owner("Cllr Nobody")
    with pytest.raises(KeyError):
        settings.account("nobody-feed")


def test_unknown_key_wrong_type_and_missing_secret_are_all_reported_with_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WW_SMTP_PASSWORD", raising=False)
    path = write(
        tmp_path,
        GOOD
        + """
[email]
mode = "smtp"
sned_empty = true

[email.smtp]
port = "twenty-five"
password = { env = "WW_SMTP_PASSWORD" }
""",
    )
    result = CliRunner().invoke(main, ["--config", str(path), "check-config"])
    assert result.exit_code == 2
    out = result.output
    assert str(path) in out
    assert "email.sned_empty: unknown key: did you mean 'send_empty'?" in out
    assert "email.smtp.port: expected int, got str 'twenty-five'" in out
    assert "email.smtp.password: environment variable WW_SMTP_PASSWORD is not set" in out


def test_inline_secrets_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + '[web]\nsecret_key = "hunter2"\n')
    with pytest.raises(config.ConfigError) as caught:
        config.load(path)
    [problem] = caught.value.problems
    assert problem.key == "web.secret_key"
    assert "never written inline" in problem.message


def test_secrets_are_read_from_files_relative_to_the_config(tmp_path: Path) -> None:
    (tmp_path / "smtp.secret").write_text("s3cret\n")
    path = write(tmp_path, GOOD + '[email.smtp]\npassword = { file = "smtp.secret" }\n')
    assert config.load(path).email.smtp.password == "s3cret"


def test_account_problems_name_the_account_by_its_name_and_key(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
[[owners]]
name = "Cllr Patel"
email = "not-an-address"
staffed_hours = "weekdays"

[[accounts]]
name = "a"
owner = "Cllr Nobody"
platform = "myspace"

[[accounts]]
name = "b"
owner = "Cllr Patel"
platform = "jsonl"
poll_every = "soon"
""",
    )
    with pytest.raises(config.ConfigError) as caught:
        config.load(path)
    keys = {p.key for p in caught.value.problems}
    assert {
        'owners["Cllr Patel"].email',
        'owners["Cllr Patel"].staffed_hours',
        'accounts["a"].platform',
        'accounts["b"].poll_every',
        'accounts["b"].path',
    } <= keys


def test_an_account_without_a_name_is_named_by_its_position(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + '[[accounts]]\nowner = "Cllr Patel"\nplatform = "jsonl"\n')
    with pytest.raises(config.ConfigError) as caught:
        config.load(path)
    # GOOD has one account before it, so this one is the second: index 1.
    assert [p.key for p in caught.value.problems if p.key.endswith(".name")] == ["accounts[1].name"]


def test_the_example_config_checks_clean_with_no_secrets_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Outbox mode needs no SMTP password, and disabled accounts need no tokens."""
    raw = tomllib.loads((ROOT / "config.example.toml").read_text(encoding="utf-8"))
    for name in _env_names(raw):
        monkeypatch.delenv(name, raising=False)
    settings = config.parse(raw, path=tmp_path / "wardwatch.toml")
    assert settings.email.mode == "outbox-dir"
    assert settings.email.smtp.password is None
    disabled = [a for a in settings.accounts if not a.enabled]
    assert disabled and all(not a.credentials for a in disabled)


def test_an_enabled_account_still_needs_its_tokens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WW_TEST_UNSET", raising=False)
    account = (
        '[[accounts]]\nname = "patel-masto"\nowner = "Cllr Patel"\nplatform = "mastodon"\n'
        'instance = "https://mastodon.example"\n'
        '[accounts.credentials]\naccess_token = { env = "WW_TEST_UNSET" }\n'
    )
    with pytest.raises(config.ConfigError) as caught:
        config.load(write(tmp_path, GOOD + account))
    assert [p.key for p in caught.value.problems] == [
        'accounts["patel-masto"].credentials.access_token'
    ]
    disabled = account.replace('"mastodon"\n', '"mastodon"\nenabled = false\n')
    settings = config.load(write(tmp_path, GOOD + disabled))
    assert settings.account("patel-masto").credentials == {}


def test_smtp_mode_still_needs_its_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WW_TEST_UNSET", raising=False)
    smtp = '[email]\nmode = "smtp"\n[email.smtp]\npassword = { env = "WW_TEST_UNSET" }\n'
    with pytest.raises(config.ConfigError) as caught:
        config.load(write(tmp_path, GOOD + smtp))
    assert [p.key for p in caught.value.problems] == ["email.smtp.password"]


def test_a_postgresql_url_without_its_driver_is_a_config_problem(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + '[storage]\nurl = "postgresql+nosuchdriver://db/ww"\n')
    with pytest.raises(config.ConfigError) as caught:
        config.load(path)
    [problem] = caught.value.problems
    assert problem.key == "storage.url"
    assert "wardwatch[postgres]" in problem.message


def test_a_missing_file_says_how_to_make_one(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--config", str(tmp_path / "nope.toml"), "check-config"])
    assert result.exit_code == 2
    assert "copy config.example.toml" in result.output


def test_a_syntax_error_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(config.ConfigError) as caught:
        config.load(write(tmp_path, "[storage\nurl = 1"))
    assert caught.value.problems[0].key == "(syntax)"


def documented_keys(text: str) -> set[str]:
    """Every dotted key config.example.toml shows, commented out or not."""
    keys: set[str] = set()
    section = ""
    for raw in text.splitlines():
        line = raw.lstrip("# ").strip() if raw.startswith("#") else raw.strip()
        if line.startswith("["):
            section = line.strip("[]").strip()
        elif "=" in line and section:
            name = line.split("=", 1)[0].strip()
            if name.replace("_", "").isalnum():
                keys.add(f"{section}.{name}")
    return keys


def test_config_example_documents_every_key() -> None:
    documented = documented_keys((ROOT / "config.example.toml").read_text(encoding="utf-8"))
    # One [scoring.thresholds.<category>] table documents the shape of every category's.
    documented |= {
        key.replace(".libel.", f".{row.name}.")
        for key in documented
        if key.startswith("scoring.thresholds.libel.")
        for row in categories.TABLE
    }
    missing = [key for key in config.example_keys() if key not in documented]
    assert missing == []


def test_config_example_is_valid_toml_and_loads_with_its_secrets_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (ROOT / "config.example.toml").read_text(encoding="utf-8")
    raw = tomllib.loads(text)
    for name in _env_names(raw):
        monkeypatch.setenv(name, "x")
    settings = config.parse(raw, path=tmp_path / "wardwatch.toml")
    assert settings.owners


def _env_names(node: object) -> list[str]:
    if isinstance(node, dict):
        if set(node) == {"env"}:
            return [str(node["env"])]
        return [n for value in node.values() for n in _env_names(value)]
    if isinstance(node, list):
        return [n for value in node for n in _env_names(value)]
    return []


def test_config_path_comes_from_the_environment_when_not_given(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("WARDWATCH_CONFIG", "/etc/wardwatch/wardwatch.toml")
    assert str(config.config_path(None)) == "/etc/wardwatch/wardwatch.toml"
    assert str(config.config_path("mine.toml")) == "mine.toml"


def test_the_councillors_are_names_the_libel_rules_look_for(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + '[scoring]\ntoxicity = "none"\nnames = ["Dr Amir Khan"]\n')
    engine = engine_for(config.load(path))
    for text, who in (("patel is a crook", "patel"), ("khan took backhanders", "khan")):
        [assessment] = engine.assess([text])
        assert assessment.scores.get("libel", 0.0) >= 0.75, assessment.reasons
        assert f"about '{who}'," in assessment.reasons[0].message
