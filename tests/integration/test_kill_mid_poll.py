"""A `wardwatch poll` killed at any moment loses and duplicates nothing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from monitor.models import StoredComment
from tests.conftest import write_config

LINES = 12_000


def _poll(config: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from monitor.cli import main; main()",
            "--config",
            str(config),
            "poll",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=config.parent,
    )


@pytest.mark.slow
def test_killing_poll_at_different_moments_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    with (tmp_path / "feed.jsonl").open("w") as feed:
        for n in range(LINES):
            feed.write(
                json.dumps(
                    {
                        "comment_id": f"c{n}",
                        "author_id": f"r{n % 50}",
                        "author_name": "Resident",
                        "text": f"Comment number {n} about the bins on Mill Lane",
                        "created_at": "2026-11-20T10:00:00Z",
                    }
                )
                + "\n"
            )
    url = f"sqlite:///{tmp_path / 'wardwatch.db'}"
    config = write_config(tmp_path, url)
    subprocess.run(
        [
            sys.executable,
            "-c",
            "from monitor.cli import main; main()",
            "--config",
            str(config),
            "db",
            "upgrade",
        ],
        check=True,
        capture_output=True,
    )
    engine = create_engine(url)
    counts = []
    # Kill at growing delays so that some kills land mid-store and others mid-score.
    for delay in (0.6, 1.2, 1.8, 2.4, 3.0):
        process = _poll(config)
        time.sleep(delay)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        with engine.connect() as connection:
            counts.append(connection.scalar(select(func.count()).select_from(StoredComment)))
    finished = _poll(config)
    assert finished.wait(timeout=300) == 0
    with engine.connect() as connection:
        total = connection.scalar(select(func.count()).select_from(StoredComment))
        distinct = connection.scalar(select(func.count(func.distinct(StoredComment.comment_id))))
        unscored = connection.scalar(
            select(func.count()).select_from(StoredComment).where(StoredComment.severity.is_(None))
        )
    assert counts == sorted(counts)  # never goes backwards
    assert total == distinct == LINES
    assert unscored == 0
