"""The files in deploy/ do what they say: the systemd unit's own command line brings a
service up on an empty PostgreSQL database with no manual step and stops a configuration
error for good; the Docker HEALTHCHECK command passes against a running service; the
compose stack's config is valid and its mounts exist. (No container engine is needed:
the image itself is built by whoever runs docker.)"""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path, PurePosixPath

import pytest
import requests
import yaml

from monitor import config as config_module
from monitor import db
from monitor.notify.email import LOOPBACK
from tests.integration.test_operations import free_port, samples
from tests.integration.test_service import ABUSE, feed

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
WARDWATCH = [sys.executable, "-c", "from monitor.cli import main; main()"]
INSTALLED = "/opt/wardwatch/bin/wardwatch"


def unit() -> dict[str, list[str]]:
    """deploy/wardwatch.service as key -> values (a key may repeat)."""
    values: dict[str, list[str]] = {}
    for line in (DEPLOY / "wardwatch.service").read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, _, value = line.partition("=")
            values.setdefault(key.strip(), []).append(value.strip())
    return values


def unit_command(line: str) -> list[str]:
    words = shlex.split(line)
    assert words[0] == INSTALLED
    return WARDWATCH + words[1:]


def postgres_config(tmp_path: Path, url: str, port: int) -> Path:
    config = tmp_path / "wardwatch.toml"
    config.write_text(
        f"""
[storage]
url = "{url}"

[web]
port = {port}
base_url = "http://127.0.0.1:{port}"

[[owners]]
name = "Cllr Sarah Hughes"
email = "sarah.hughes@example.gov.uk"

[[accounts]]
name = "hughes-facebook"
owner = "Cllr Sarah Hughes"
platform = "jsonl"
path = "feed.jsonl"
""",
        encoding="utf-8",
    )
    return config


def healthcheck_command(port: int) -> list[str]:
    """The Dockerfile's HEALTHCHECK, pointed at ``port``."""
    dockerfile = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    [exec_form] = [
        line.split("CMD", 1)[1].strip()
        for line in dockerfile.splitlines()
        if line.strip().startswith('CMD ["python"')
    ]
    import json

    command = json.loads(exec_form.replace("127.0.0.1:8080", f"127.0.0.1:{port}"))
    assert command[0] == "python"
    return [sys.executable, *command[1:]]


@pytest.mark.postgres
def test_the_systemd_command_brings_up_an_empty_postgresql_database_with_no_manual_step(
    tmp_path: Path, postgres_url: str
) -> None:
    values = unit()
    [start] = values["ExecStart"]
    assert "ExecStartPre" not in values  # see the unit: checks there would restart for ever
    port = free_port()
    config = postgres_config(tmp_path, postgres_url, port)
    feed(tmp_path, "When is the bin collection changing?", ABUSE)
    env = {**os.environ, "WARDWATCH_CONFIG": str(config)}
    process = subprocess.Popen(
        unit_command(start),
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    polled = ("wardwatch_polls_total", (("account", "hughes-facebook"), ("outcome", "ok")))
    try:
        deadline, health, metrics = time.monotonic() + 120, None, {}
        while time.monotonic() < deadline and process.poll() is None:
            try:
                health = requests.get(f"{base}/healthz", timeout=5)
                metrics = samples(requests.get(f"{base}/metrics", timeout=5).text)
                if health.status_code == 200 and polled in metrics:
                    break
            except requests.ConnectionError:
                pass
            time.sleep(0.5)
        assert health is not None and health.status_code == 200, process.poll()
        assert metrics[polled] == 1
        assert health.json()["checks"]["polls"]["oldest_account"] == "hughes-facebook"
        docker_check = subprocess.run(healthcheck_command(port), capture_output=True, timeout=30)
        assert docker_check.returncode == 0, docker_check.stderr
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, output.decode()
    assert f"database schema is at {db.head_revision(postgres_url)}" in output.decode()


def test_a_config_error_exits_with_the_status_the_unit_never_restarts(tmp_path: Path) -> None:
    values = unit()
    [start] = values["ExecStart"]
    [prevent] = values["RestartPreventExitStatus"]
    config = tmp_path / "wardwatch.toml"
    config.write_text('[storage]\nurll = "sqlite:///x.db"\n', encoding="utf-8")
    result = subprocess.run(
        unit_command(start),
        cwd=tmp_path,
        env={**os.environ, "WARDWATCH_CONFIG": str(config)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert str(result.returncode) == prevent == "2"
    assert "storage.urll: unknown key: did you mean 'url'?" in result.stderr
    assert values["Restart"] == ["on-failure"]


def test_a_docker_healthcheck_fails_when_nothing_answers() -> None:
    result = subprocess.run(healthcheck_command(free_port()), capture_output=True, timeout=30)
    assert result.returncode != 0


def test_the_compose_stack_config_is_valid_and_its_mounts_exist(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    services = compose["services"]
    assert set(services) == {"wardwatch", "db", "mail"}
    wardwatch = services["wardwatch"]
    assert (DEPLOY / wardwatch["build"]["context"] / wardwatch["build"]["dockerfile"]).is_file()
    mounts = {}
    for volume in wardwatch["volumes"]:
        source, target = volume.split(":")[:2]
        if source.startswith("."):
            assert (DEPLOY / source).exists(), source
            mounts[target] = DEPLOY / source
    config_path = mounts[wardwatch["environment"]["WARDWATCH_CONFIG"]]
    settings = config_module.load(config_path)
    # The feed the config names is mounted beside it, in the writable data volume (where
    # wardwatch keeps the web key it generates for a PostgreSQL installation).
    [account] = settings.accounts
    config_dir = PurePosixPath(wardwatch["environment"]["WARDWATCH_CONFIG"]).parent
    assert str(config_dir / account.options["path"]) in mounts
    assert f"wardwatch-data:{config_dir}" in wardwatch["volumes"]
    assert settings.web.secret_key is None
    assert settings.database_url.startswith("postgresql+psycopg://")
    assert settings.database_url.split("@", 1)[1].startswith("db:")
    # Plain SMTP is only allowed to the same machine: the mail catcher shares its network.
    assert services["mail"]["network_mode"] == "service:wardwatch"
    assert settings.email.smtp.security == "none"
    assert settings.email.smtp.host in LOOPBACK
    assert settings.web.host == "0.0.0.0"
    assert f"127.0.0.1:{settings.web.port}:{settings.web.port}" in wardwatch["ports"]
