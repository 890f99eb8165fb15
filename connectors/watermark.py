"""A cursor for newest-first lists that have no "since" parameter (YouTube comment
threads, Bluesky notifications): walk from the newest item back to the last one seen.

The cursor keeps the newest time seen and the ids seen at exactly that time (two items
can share a timestamp), plus, when a walk is cut short by a page cap, the platform's
page token and the newest item of the walk so far, so the next call resumes the walk.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any


class Watermark:
    def __init__(self, data: dict[str, Any], *, now: datetime, lookback: timedelta) -> None:
        since = data.get("since")
        # A first poll reads recent history only: the job is new comments, not an archive.
        self.since = parse_time(since) if since else now - lookback
        self.at_since = set(data.get("at_since") or [])
        self.page: str | None = data.get("page")
        newest = data.get("newest")
        self.newest = parse_time(newest) if newest else self.since
        self.at_newest = set(data.get("at_newest") or self.at_since)

    @classmethod
    def load(cls, cursor: str | None, *, now: datetime, lookback: timedelta) -> Watermark:
        try:
            data = json.loads(cursor) if cursor else {}
        except ValueError:
            data = {}  # a cursor from another version: start a fresh walk
        return cls(data if isinstance(data, dict) else {}, now=now, lookback=lookback)

    def is_new(self, at: datetime, item_id: str) -> bool:
        if at == self.since:
            return item_id not in self.at_since
        return at > self.since

    def saw(self, at: datetime, item_id: str) -> None:
        if at > self.newest:
            self.newest, self.at_newest = at, {item_id}
        elif at == self.newest:
            self.at_newest.add(item_id)

    def finish(self) -> str:
        """The cursor after a complete walk: everything up to the newest item is seen."""
        return json.dumps({"since": format_time(self.newest), "at_since": sorted(self.at_newest)})

    def pause(self, page: str | None) -> str:
        """The cursor for a walk cut short: resume at ``page``, old watermark kept."""
        return json.dumps(
            {
                "since": format_time(self.since),
                "at_since": sorted(self.at_since),
                "page": page,
                "newest": format_time(self.newest),
                "at_newest": sorted(self.at_newest),
            }
        )


def parse_time(value: Any) -> datetime:
    parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        raise ValueError(f"time {value!r} has no time zone")
    return parsed.astimezone(UTC)


def format_time(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
