"""`wardwatch demo --serve` in Chromium: the whole loop a councillor tries first (digest ->
confirm -> hidden on the demo platform -> undo), and every page they see, photographed at a
phone's width (390 px) and a desktop's (1280 px), with the phone digest's height budget."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from notify_support import free_port

PHONE, DESKTOP = 390, 1280
# The demo's digest (17 flagged comments) must fit this on a 390 px phone: about five
# screens, weekly chart included. Before the phone layout it was 8,700 px.
PHONE_DIGEST_BUDGET_PX = 4400

pytestmark = pytest.mark.browser


@dataclass
class Demo:
    folder: Path
    config: Path
    base_url: str
    digest: Path
    review_url: str


def _wardwatch(*args: str) -> list[str]:
    return [sys.executable, "-c", "from monitor.cli import main; main()", *args]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    """The demo, set up from nothing and served, exactly as a user starts it."""
    folder = tmp_path_factory.mktemp("demo") / "wardwatch-demo"
    port = free_port()
    process = subprocess.Popen(
        _wardwatch("demo", "--serve", "--dir", str(folder), "--port", str(port)),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break  # the process ended
        lines.append(line)
        if line.startswith("Serving the web pages"):
            break
    output = "".join(lines)
    try:
        assert "Serving the web pages" in output, output
        digest = re.search(r"^Digest: (.+)$", output, re.M)
        review = re.search(r"^Review page: (\S+)$", output, re.M)
        assert digest and review, output
        yield Demo(
            folder=folder,
            config=folder / "wardwatch.toml",
            base_url=f"http://127.0.0.1:{port}",
            digest=Path(digest.group(1)),
            review_url=review.group(1),
        )
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=30)


def _hide_links(page: Any) -> list[Any]:
    return page.get_by_role("link", name="Hide", exact=True).all()


def _hidden_on_the_platform(page: Any, base_url: str, comment_id: str) -> bool:
    page.goto(f"{base_url}/demo-platform")
    section = page.locator(f"#c-{comment_id}")
    chip = section.locator(".chip").inner_text()
    assert chip in {"Hidden", "Visible"}
    return chip == "Hidden"


def test_the_demo_loop_hides_a_comment_from_the_digest_and_undoes_it(
    demo: Demo, chromium: Any
) -> None:
    page = chromium.new_page(viewport={"width": PHONE, "height": 800})
    page.goto(demo.digest.as_uri())
    hides = _hide_links(page)
    assert len(hides) == 17  # every flagged comment can be hidden on the demo platform
    assert page.get_by_text("not available").count() == 0
    hides[0].click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="Hide this comment?").is_visible()
    # Whose comment is it? The confirm page's permalink names it on the demo platform.
    permalink = page.get_by_role("link", name="Open on the demo platform").get_attribute("href")
    assert permalink is not None and "#c-" in permalink
    comment_id = permalink.split("#c-", 1)[1]
    confirm_url = page.url

    platform_page = chromium.new_page()
    assert not _hidden_on_the_platform(platform_page, demo.base_url, comment_id)

    page.goto(confirm_url)
    page.get_by_role("button", name="Hide").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="Comment hidden").is_visible()
    assert _hidden_on_the_platform(platform_page, demo.base_url, comment_id)

    page.get_by_role("button", name=re.compile("Undo")).click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="Comment made visible again").is_visible()
    assert not _hidden_on_the_platform(platform_page, demo.base_url, comment_id)


def _fits(page: Any, width: int, shot: Path) -> int:
    """Screenshot the whole page; it must not scroll sideways. Returns its height."""
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000  # a real picture, not a blank page
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, f"{shot.name} scrolls sideways: {scroll_width} px"
    return int(page.evaluate("document.documentElement.scrollHeight"))


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_the_digest_confirm_review_and_evidence_pages_fit_a_phone_and_a_desktop(
    demo: Demo, chromium: Any, width: int, tmp_path: Path
) -> None:
    context = chromium.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()

    page.goto(demo.digest.as_uri())
    height = _fits(page, width, tmp_path / f"digest-{width}.png")
    if width == PHONE:
        assert height <= PHONE_DIGEST_BUDGET_PX, f"the phone digest is {height} px tall"
    assert page.get_by_role("heading", name=re.compile(r"^Act today")).is_visible()
    # "Act by 4 pm Tuesday ...", "by midday ...", or "by the end of Tuesday ..." when the
    # deadline falls at midnight (a comment first told of at a weekend).
    assert page.get_by_text(re.compile(r"Act by (?:\d|midday|the end of)")).first.is_visible()

    _hide_links(page)[-1].click()  # a confirm page changes nothing
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="Hide this comment?").is_visible()
    _fits(page, width, tmp_path / f"confirm-{width}.png")

    page.goto(demo.review_url)
    assert page.get_by_role("heading", name="Flagged comments").is_visible()
    assert page.get_by_role("heading", name=re.compile(r"^Act today \(\d+\)")).is_visible()
    first_deadline = page.locator(".deadline").first.inner_text()
    assert re.match(
        r"Act by (?:\d{1,2}(:\d\d)? [ap]m|midday|the end of) \w+day \d{1,2} \w+", first_deadline
    )
    assert "T" not in re.sub(r"[A-Z][a-z]", "", first_deadline)  # no ISO stamp
    _fits(page, width, tmp_path / f"review-{width}.png")

    packs = tmp_path / "packs"
    flagged = subprocess.run(
        _wardwatch("--config", str(demo.config), "flagged", "--json", "--limit", "1"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    comment = str(json.loads(flagged.stdout)["id"])
    written = subprocess.run(
        _wardwatch("--config", str(demo.config), "evidence", comment, "--out", str(packs)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert written.returncode == 0, written.stderr
    page.goto((packs / f"evidence-{comment}.html").as_uri())
    assert page.get_by_role("heading", name=re.compile("^Evidence pack")).is_visible()
    assert page.get_by_role("heading", name="Who was told, and when").is_visible()
    assert page.get_by_text("Urgent alert email").first.is_visible()
    _fits(page, width, tmp_path / f"evidence-{width}.png")
    context.close()
