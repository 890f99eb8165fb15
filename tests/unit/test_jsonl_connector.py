from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from connectors.base import ConnectorError, StaticCredentials
from connectors.jsonl import JsonlConnector
from monitor.config import AccountConfig
from tests.conftest import feed_line


def connector(tmp_path: Path, **options: object) -> JsonlConnector:
    account = AccountConfig(
        name="feed",
        owner="o",
        platform="jsonl",
        options={"path": "feed.jsonl", **options},
        config_dir=str(tmp_path),
    )
    return JsonlConnector(account, StaticCredentials({}, account="feed", platform="jsonl"))


def test_reading_is_incremental_and_the_cursor_survives_appends(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(feed_line("1", "first") + feed_line("2", "second"))
    source = connector(tmp_path)
    batch = source.fetch(None)
    assert [c.comment_id for c in batch.comments] == ["1", "2"]
    assert source.fetch(batch.cursor).comments == []
    with feed.open("a") as handle:
        handle.write(feed_line("3", "third"))
    assert [c.comment_id for c in source.fetch(batch.cursor).comments] == ["3"]


def test_comments_carry_the_source_platform_and_aware_utc_times(tmp_path: Path) -> None:
    (tmp_path / "feed.jsonl").write_text(feed_line("1", "hello", hour=14))
    [comment] = connector(tmp_path, source_platform="facebook").fetch(None).comments
    assert comment.platform == "facebook"
    assert comment.account == "feed"
    assert comment.created_at == datetime(2026, 11, 20, 14, tzinfo=UTC)
    assert comment.permalink == "https://www.facebook.com/118/posts/p1?comment_id=1"


def test_a_malformed_line_is_skipped_with_its_line_number_and_the_rest_is_read(
    tmp_path: Path,
) -> None:
    (tmp_path / "feed.jsonl").write_text(
        feed_line("1", "ok") + "{not json\n" + '{"comment_id": "x"}\n' + feed_line("2", "ok too")
    )
    batch = connector(tmp_path).fetch(None)
    assert [c.comment_id for c in batch.comments] == ["1", "2"]
    assert batch.skipped[0].endswith(
        "feed.jsonl:2: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"
    )
    assert "feed.jsonl:3: missing author_id, text, created_at" in batch.skipped[1]


def test_a_line_still_being_written_is_left_for_the_next_poll(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(feed_line("1", "done") + '{"comment_id": "2", "au')
    batch = connector(tmp_path).fetch(None)
    assert [c.comment_id for c in batch.comments] == ["1"]
    feed.write_text(feed_line("1", "done") + feed_line("2", "finished now"))
    assert [c.comment_id for c in connector(tmp_path).fetch(batch.cursor).comments] == ["2"]


def test_the_owners_own_lines_are_dropped(tmp_path: Path) -> None:
    (tmp_path / "feed.jsonl").write_text(
        feed_line("1", "question") + feed_line("2", "my answer", author="page-118")
    )
    batch = connector(tmp_path, own_author_ids=["page-118"]).fetch(None)
    assert [c.author_id for c in batch.comments] == ["r1"]


def test_a_missing_file_is_a_permanent_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(ConnectorError) as caught:
        connector(tmp_path).fetch(None)
    assert caught.value.permanent
    assert "feed.jsonl" in caught.value.message


def test_a_large_file_is_read_in_pages(tmp_path: Path) -> None:
    (tmp_path / "feed.jsonl").write_text("".join(feed_line(str(n), "x") for n in range(7)))
    source = connector(tmp_path)
    source.max_lines_per_fetch = 3
    first = source.fetch(None)
    assert len(first.comments) == 3 and first.more
    second = source.fetch(first.cursor)
    third = source.fetch(second.cursor)
    assert [len(b.comments) for b in (second, third)] == [3, 1]
    assert not third.more


def test_hiding_is_refused_with_a_hint(tmp_path: Path) -> None:
    with pytest.raises(ConnectorError) as caught:
        connector(tmp_path).hide("1")
    assert caught.value.permanent
    assert "hide it where it was posted" in caught.value.message
