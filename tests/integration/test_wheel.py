"""The built wheel carries the code, the migrations and the demo feed, and works alone."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from monitor import db

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [built] = out.glob("wardwatch-*.whl")
    return built


@pytest.mark.slow
def test_the_wheel_contains_monitor_connectors_migrations_and_the_sample_feed(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "monitor/cli/__init__.py" in names
    assert "connectors/base.py" in names
    assert "monitor/_migrations/env.py" in names
    assert any(n.startswith("monitor/_migrations/versions/0001_") for n in names)
    assert "monitor/_examples/feed.jsonl" in names
    # The comment model ships inside the package: scoring must work with no download.
    for name in ("comment-model.onnx", "tokenizer.json", "heads.json"):
        assert f"monitor/scoring/model/{name}" in names
    assert "monitor/notify/templates/digest.html" in names
    assert "monitor/templates/incident_report.html" in names
    assert "monitor/templates/monthly_summary.html" in names
    assert not any(n.startswith("tests/") for n in names)


@pytest.mark.slow
def test_db_upgrade_works_from_the_unpacked_wheel_alone(wheel: Path, tmp_path: Path) -> None:
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    (workdir / "wardwatch.toml").write_text(
        '[[owners]]\nname = "A"\nemail = "a@example.org"\n', encoding="utf-8"
    )
    env = {**os.environ, "PYTHONPATH": str(unpacked)}
    code = (
        "import monitor, sys; from monitor.cli import main; "
        "print(monitor.__file__, file=sys.stderr); main()"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "db", "upgrade"],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert str(unpacked) in result.stderr  # the wheel's copy ran, not the checkout's
    head = db.head_revision(f"sqlite:///{tmp_path / 'any.db'}")
    assert f"Database schema is up to date ({head})" in result.stdout
    assert (workdir / "wardwatch.db").exists()


def test_the_core_install_has_no_torch_cuda_or_test_tooling() -> None:
    """What `make demo` and `pip install wardwatch-*.whl` get: the extras hold the rest."""
    from importlib.metadata import requires

    from packaging.requirements import Requirement

    heavy = {"torch", "detoxify", "transformers", "pytest", "playwright", "ruff", "mypy"}
    core, extras = set(), {}
    for line in requires("wardwatch") or []:
        requirement = Requirement(line)
        name = requirement.name.lower()
        marker = str(requirement.marker or "")
        if "extra ==" in marker:
            extra = marker.split("extra ==")[1].strip().strip("'\"")
            extras.setdefault(extra, set()).add(name)
        else:
            core.add(name)
    assert not core & heavy
    assert not any(name.startswith("nvidia") for name in core)
    assert {"prometheus-client", "authlib"} <= core
    assert extras["postgres"] == {"psycopg"}
    assert "torch" in extras["detoxify"]
    assert {"pytest", "playwright"} <= extras["test"]
    assert {"ruff", "mypy"} <= extras["lint"]
