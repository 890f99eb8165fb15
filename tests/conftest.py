"""Shared fixtures: a throwaway PostgreSQL server, databases on SQLite and PostgreSQL,
and config files written into tmp_path."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

IN_CI = bool(os.environ.get("CI"))


def _postgres_bindir() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(candidate, "initdb").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).resolve().parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _missing(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"{reason}: CI must run the PostgreSQL tests (.ci/run installs postgresql)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A PostgreSQL server of our own on 127.0.0.1, stopped at the end of the session.
    WARDWATCH_TEST_POSTGRES_URL points the tests at an existing server instead."""
    existing = os.environ.get("WARDWATCH_TEST_POSTGRES_URL")
    if existing:
        yield existing
        return
    bindir = _postgres_bindir()
    if bindir is None:
        _missing("PostgreSQL is not installed (apt-get install postgresql)")
        return
    # initdb refuses to run as root: run the server as the postgres user when we are root.
    as_user: list[str] = []
    workdir = Path(tempfile.mkdtemp(prefix="wardwatch-pg-"))
    if os.geteuid() == 0:
        as_user = ["runuser", "-u", "postgres", "--"]
        shutil.chown(workdir, "postgres", "postgres")
    datadir, port = workdir / "data", _free_port()
    run = {"check": True, "capture_output": True, "text": True}
    try:
        subprocess.run(
            [
                *as_user,
                str(bindir / "initdb"),
                "-D",
                str(datadir),
                "-U",
                "wardwatch",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-sync",
            ],
            **run,
        )  # type: ignore[call-overload]
        subprocess.run(
            [
                *as_user,
                str(bindir / "pg_ctl"),
                "-D",
                str(datadir),
                "-w",
                "-t",
                "60",
                "-l",
                str(workdir / "server.log"),
                "-o",
                f"-c listen_addresses=127.0.0.1 -p {port} -k {workdir} -c fsync=off",
                "start",
            ],
            **run,
        )  # type: ignore[call-overload]
    except subprocess.CalledProcessError as exc:
        log = (workdir / "server.log").read_text() if (workdir / "server.log").exists() else ""
        _missing(f"could not start PostgreSQL: {exc.stderr or exc.stdout}{log}")
        return
    try:
        yield f"postgresql+psycopg://wardwatch@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*as_user, str(bindir / "pg_ctl"), "-D", str(datadir), "-m", "fast", "stop"],
            capture_output=True,
        )
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty database on the test server."""
    name = f"ww_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = postgres_server.rsplit("/", 1)[0] + f"/{name}"
    try:
        yield url
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Run the test once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'wardwatch.db'}"
    return str(request.getfixturevalue("postgres_url"))


FEED_LINE = (
    '{{"comment_id": "{id}", "post_id": "p1", "parent_id": null, "author_id": "{author}", '
    '"author_name": "{name}", "text": "{text}", "created_at": "2026-11-20T{hour:02d}:00:00Z", '
    '"permalink": "https://www.facebook.com/118/posts/p1?comment_id={id}"}}\n'
)


def write_config(
    tmp_path: Path, database_url: str, *, feed: str = "feed.jsonl", extra: str = ""
) -> Path:
    config = tmp_path / "wardwatch.toml"
    config.write_text(
        f"""
[storage]
url = "{database_url}"

[email]
mode = "outbox-dir"
outbox_dir = "outbox"

[[owners]]
name = "Cllr Sarah Hughes"
email = "sarah.hughes@example.gov.uk"
delegate_email = "member.services@example.gov.uk"

[[accounts]]
name = "hughes-facebook"
owner = "Cllr Sarah Hughes"
platform = "jsonl"
path = "{feed}"
source_platform = "facebook"
own_author_ids = ["page-118"]
{extra}
""",
        encoding="utf-8",
    )
    return config


def feed_line(
    comment_id: str, text: str, *, author: str = "r1", name: str = "A Resident", hour: int = 10
) -> str:
    return FEED_LINE.format(id=comment_id, text=text, author=author, name=name, hour=hour)


def start_service(config: Path, account: str = "hughes-facebook") -> subprocess.Popen[bytes]:
    """Start `wardwatch run` on ``config`` (schema already created) and return once its
    first poll of ``account`` is recorded, or the process has exited, or 120 s have passed."""
    from monitor.context import App
    from monitor.models import JobRun

    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from monitor.cli import main; main()",
            "--config",
            str(config),
            "run",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        cwd=config.parent,
    )
    factory = App(str(config)).factory
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        with factory() as session:
            if session.get(JobRun, f"poll:{account}") is not None:
                break
        time.sleep(0.1)
    return process


CHROMIUM = "/usr/bin/chromium"
# Headless, and quiet on a closed network: no background requests, no component updates.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]


@pytest.fixture(scope="module")
def chromium() -> Iterator[object]:
    """Debian's Chromium driven by Playwright; CI must have it, elsewhere it is skipped."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: CI must install chromium")
        pytest.skip(f"{CHROMIUM} is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
