"""The web pages' and emails' last gaps, against a real web server, real SQLite and a
fake platform over HTTP: only http(s) links, one-line names in plain-text email, review
sessions that end with their link or on sign-out, rate-limited link pages, and files
that only their owner can read."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email import message_from_string, policy
from pathlib import Path

import pytest
import requests
import time_machine
from click.testing import CliRunner
from notify_support import FakePlatform, free_port, poll, setup, web_server
from sqlalchemy import select, update

from connectors import registry
from monitor.cli import main
from monitor.context import App
from monitor.models import Outbox, StoredComment
from monitor.notify.daily_digest import send_due_digest
from monitor.web import create_app

MORNING = datetime(2026, 3, 2, 7, 45, tzinfo=UTC)
OWNER = "Cllr Sarah Hughes"
EVIL_NAME = "Kev\r\nHide:          https://evil.example/a/steal"


@pytest.fixture
def platform() -> Iterator[FakePlatform]:
    fake = FakePlatform()
    fake.thread.start()
    yield fake
    fake.server.shutdown()
    registry.unregister("fakebook")


@pytest.fixture
def site(tmp_path: Path, platform: FakePlatform) -> Iterator[tuple[str, App]]:
    with web_server() as (base_url, late), time_machine.travel(MORNING + timedelta(minutes=5)):
        app = setup(tmp_path, platform, smtp_port=free_port(), base_url=base_url)
        platform.add("c9", "You useless c*nt, resign", EVIL_NAME, "2026-03-02T08:00:00+00:00")
        late.app = create_app(app.factory, app.settings)
        poll(app, MORNING - timedelta(hours=1))
        yield base_url, app


def digest(app: App) -> tuple[str, str]:
    outcome = send_due_digest(app.factory, app.settings, OWNER, MORNING)
    with app.factory() as session:
        raw = session.get_one(Outbox, outcome.outbox_id).message
    message = message_from_string(raw, policy=policy.default)
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    html = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
    return text, html


def test_a_line_break_in_an_author_name_adds_no_line_to_a_plain_text_email(
    site: tuple[str, App],
) -> None:
    _, app = site
    text, _ = digest(app)
    items = text.count("\n* ")
    hides = re.findall(r"^ +Hide: +(\S+)\r?$", text, flags=re.MULTILINE)
    assert items >= 2 and len(hides) == items
    assert not any("evil.example" in link for link in hides)
    assert "Kev Hide:" in text  # the name is still shown, on its one line


def test_a_javascript_permalink_is_never_a_link_in_a_page_or_an_email(
    site: tuple[str, App],
) -> None:
    base_url, app = site
    with app.factory() as session, session.begin():
        # As stored by a version that kept any permalink.
        session.execute(update(StoredComment).values(permalink="javascript:alert(document.cookie)"))
    text, html = digest(app)
    assert "javascript:" not in text and "javascript:" not in html
    review = requests.get(
        json_link(app, "review"), timeout=10, allow_redirects=True, headers={"Accept": "*/*"}
    )
    assert review.status_code == 200 and "javascript:" not in review.text
    assert base_url


def json_link(app: App, action: str) -> str:
    result = CliRunner().invoke(main, ["--config", str(app.config_path), "review-link"])
    assert result.exit_code == 0, result.output
    assert action == "review"
    return result.output.strip()


def test_the_review_session_ends_on_sign_out_on_revocation_and_with_its_link(
    site: tuple[str, App],
) -> None:
    base_url, app = site
    browser = requests.Session()
    assert browser.get(json_link(app, "review"), timeout=10).status_code == 200
    page = browser.get(f"{base_url}/review", timeout=10)
    assert page.status_code == 200
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert csrf is not None

    signed_out = browser.post(f"{base_url}/review/logout", data={"csrf": csrf.group(1)}, timeout=10)
    assert "Signed out" in signed_out.text
    assert browser.get(f"{base_url}/review", timeout=10).status_code == 401

    browser.get(json_link(app, "review"), timeout=10)
    assert browser.get(f"{base_url}/review", timeout=10).status_code == 200
    result = CliRunner().invoke(main, ["--config", str(app.config_path), "review-link", "--revoke"])
    assert "Revoked 2 review links" in result.output
    assert browser.get(f"{base_url}/review", timeout=10).status_code == 410

    browser.get(json_link(app, "review"), timeout=10)
    assert browser.get(f"{base_url}/review", timeout=10).status_code == 200
    with time_machine.travel(MORNING + timedelta(hours=169)):
        assert browser.get(f"{base_url}/review", timeout=10).status_code == 410


def test_over_https_the_session_cookie_is_a_host_cookie(site: tuple[str, App]) -> None:
    _, app = site
    web = replace(app.settings.web, base_url="https://wardwatch.example.gov.uk")
    settings = replace(app.settings, web=web)
    client = create_app(app.factory, settings).test_client()
    token = json_link(app, "review").rsplit("/", 1)[1]
    reply = client.get(f"/r/{token}", base_url="https://wardwatch.example.gov.uk")
    cookie = reply.headers["Set-Cookie"]
    assert cookie.startswith("__Host-wardwatch=") and "Secure" in cookie and "Path=/" in cookie
    assert "Domain" not in cookie


def test_guessing_link_tokens_is_rate_limited(site: tuple[str, App]) -> None:
    base_url, _ = site
    codes = [
        requests.get(f"{base_url}/a/guess{n:04d}xxxxxxxxxxxx", timeout=10).status_code
        for n in range(31)
    ]
    assert codes[:30] == [404] * 30 and codes[30] == 429
    assert requests.get(f"{base_url}/r/guessxxxxxxxxxxxxxx", timeout=10).status_code in {404, 429}


def test_files_the_process_creates_are_private_under_a_permissive_umask(tmp_path: Path) -> None:
    feed = {
        "comment_id": "c1",
        "post_id": "p1",
        "author_id": "r1",
        "author_name": "A Resident",
        "text": "You are a useless c*nt and a disgrace",
        "created_at": "2026-11-20T10:00:00Z",
        "permalink": "javascript:alert(1)",
    }
    (tmp_path / "feed.jsonl").write_text(json.dumps(feed) + "\n")
    (tmp_path / "wardwatch.toml").write_text(f"""
[storage]
url = "sqlite:///{tmp_path / "data" / "wardwatch.db"}"
[email]
mode = "outbox-dir"
outbox_dir = "outbox"
[[owners]]
name = "{OWNER}"
email = "sarah.hughes@example.gov.uk"
[[accounts]]
name = "feed"
owner = "{OWNER}"
platform = "jsonl"
path = "feed.jsonl"
source_platform = "facebook"
""")

    def wardwatch(*args: str) -> None:
        subprocess.run(
            [sys.executable, "-c", "from monitor.cli import main; main()", *args],
            cwd=tmp_path,
            check=True,
            capture_output=True,
            timeout=120,
            preexec_fn=lambda: os.umask(0o022),
        )

    wardwatch("--config", "wardwatch.toml", "db", "upgrade")
    wardwatch("--config", "wardwatch.toml", "run", "--once")
    wardwatch("--config", "wardwatch.toml", "evidence", "1", "--out", "packs")

    files = [
        tmp_path / "data" / "wardwatch.db",
        *(tmp_path / "outbox").glob("*.eml"),
        *(tmp_path / "packs").glob("evidence-1.*"),
    ]
    assert len(files) >= 4
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for folder in (tmp_path / "data", tmp_path / "outbox", tmp_path / "packs"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    app = App(str(tmp_path / "wardwatch.toml"))
    with app.factory() as session:
        [stored] = session.scalars(select(StoredComment))
    assert stored.permalink is None


def test_the_sqlite_wal_and_shared_memory_files_are_private_while_in_use(tmp_path: Path) -> None:
    # Without the CLI's umask: the store alone must create its files private.
    code = """
import os, stat, sys
os.umask(0o022)
from sqlalchemy import text
from monitor.db import make_engine
folder = sys.argv[1]
engine = make_engine("sqlite:///" + os.path.join(folder, "data", "w.db"))
with engine.connect() as connection:
    connection.execute(text("CREATE TABLE t (x)"))
    connection.execute(text("INSERT INTO t VALUES (1)"))
    connection.commit()
    data = os.path.join(folder, "data")
    for name in sorted(os.listdir(data)) + ["."]:
        print(name, oct(stat.S_IMODE(os.stat(os.path.join(data, name)).st_mode)))
"""
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:4] == [
        "w.db 0o600",
        "w.db-shm 0o600",
        "w.db-wal 0o600",
        ". 0o700",
    ]
