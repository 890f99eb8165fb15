"""What a platform sends, made safe to keep: storable text, one-line fields, sane times,
http(s)-only links."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from connectors.payload import clamp_time, raw_item, safe_link, storable_line, storable_text

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


def test_text_keeps_its_line_breaks_but_loses_what_no_database_can_store() -> None:
    assert storable_text("a\ud800b\x00c\r\nd\te\x07") == "a\ufffdbc\r\nd\te"


def test_a_one_line_field_can_never_start_a_new_line() -> None:
    assert storable_line("Kev\r\nHide: https://evil.example") == "Kev Hide: https://evil.example"
    assert storable_line("a\u2028b\x00c\udc00") == "a bc\ufffd"


@pytest.mark.parametrize(
    "moment, expected",
    [
        (datetime(2099, 1, 1, tzinfo=UTC), NOW),
        (NOW + timedelta(minutes=4), NOW + timedelta(minutes=4)),
        (datetime(1, 1, 1, tzinfo=UTC), datetime(2004, 1, 1, tzinfo=UTC)),
        (datetime(2026, 3, 2, tzinfo=UTC), datetime(2026, 3, 2, tzinfo=UTC)),
    ],
)
def test_times_are_held_between_2004_and_just_after_now(
    moment: datetime, expected: datetime
) -> None:
    assert clamp_time(moment, NOW) == expected


@pytest.mark.parametrize(
    "url, kept",
    [
        ("https://www.facebook.com/123_456", True),
        ("http://x.com/a/status/1", True),
        ("javascript:alert(1)", False),
        ("JAVASCRIPT:alert(1)", False),
        ("data:text/html,<script>", False),
        ("https://ok.example/\r\nSet-Cookie: x", False),
        ("//evil.example/x", False),
        ("https:evil", False),
        (None, False),
    ],
)
def test_only_plain_http_and_https_links_are_kept(url: str | None, kept: bool) -> None:
    assert safe_link(url) == (url if kept else None)


def test_a_raw_item_is_ascii_json_whatever_it_holds() -> None:
    raw = raw_item({"text": "\ud800\x00é", "n": object()})
    assert raw.isascii() and "\\ud800" in raw and "\\u0000" in raw
