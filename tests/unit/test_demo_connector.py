"""The demo platform: the feed as a page that hides and unhides, with the state in a file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from connectors.base import HIDE, UNHIDE, ConnectorError, StaticCredentials
from connectors.demo import DemoConnector
from connectors.registry import connector_class
from monitor.config import AccountConfig
from tests.conftest import feed_line


def demo(tmp_path: Path) -> DemoConnector:
    (tmp_path / "feed.jsonl").write_text(
        feed_line("2", "second", hour=11)
        + feed_line("1", "first", hour=10)
        + feed_line("3", "Thanks, fixed now", author="page-118", name="Cllr", hour=12)
    )
    account = AccountConfig(
        name="demo-page",
        owner="o",
        platform="demo",
        options={
            "path": "feed.jsonl",
            "own_author_ids": ["page-118"],
            "page_url": "http://127.0.0.1:8080/demo-platform",
        },
        config_dir=str(tmp_path),
    )
    return DemoConnector(account, StaticCredentials({}, account="demo-page", platform="demo"))


def test_the_demo_platform_is_registered_and_can_hide_and_unhide() -> None:
    cls = connector_class("demo")
    assert cls is DemoConnector and {HIDE, UNHIDE} <= cls.capabilities


def test_hide_and_unhide_change_what_the_page_shows_and_survive_a_new_connector(
    tmp_path: Path,
) -> None:
    platform = demo(tmp_path)
    comments = platform.fetch(None).comments
    assert [c.comment_id for c in comments] == ["2", "1"]  # the owner's reply is not stored
    assert comments[0].platform == "demo"
    assert comments[0].permalink == "http://127.0.0.1:8080/demo-platform#c-2"
    platform.hide("2")
    platform.hide("2")  # already hidden is success
    again = demo(tmp_path)
    assert again.hidden() == {"2"}
    page = again.page()
    assert [(p.comment.comment_id, p.hidden) for p in page] == [
        ("1", False),
        ("2", True),
        ("3", False),
    ]
    assert json.loads((tmp_path / "demo-platform.json").read_text())["hidden"] == ["2"]
    again.unhide("2")
    assert demo(tmp_path).hidden() == set()


def test_hiding_a_comment_the_platform_never_had_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(ConnectorError) as caught:
        demo(tmp_path).hide("404")
    assert caught.value.not_found and "no comment 404" in caught.value.message
