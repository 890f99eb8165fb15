"""Comments from a JSON Lines file: exported comments, or the demo's sample feed.

One comment per line with the :class:`~connectors.base.Comment` fields (``comment_id``,
``post_id``, ``parent_id``, ``author_id``, ``author_name``, ``text``, ``created_at``,
``permalink``). Reading is incremental: the cursor is the byte offset after the last
complete line, so appending to the file and polling again reads only the new lines.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

from connectors.base import Batch, Comment, Connector, ConnectorError, OptionSpec

REQUIRED = ("comment_id", "author_id", "text", "created_at")


class JsonlConnector(Connector):
    platform = "jsonl"
    display_name = "JSON Lines file"
    capabilities: ClassVar[frozenset[str]] = frozenset()
    options: ClassVar[dict[str, OptionSpec]] = {
        "path": OptionSpec(str, required=True, help="the .jsonl file, relative to the config"),
        "own_author_ids": OptionSpec(list, help="author ids of the owner, never stored"),
        "source_platform": OptionSpec(str, help="the platform the comments came from"),
        "profile": OptionSpec(str, help="profile text to check for notices"),
    }
    cannot_hide_hint = "a file has no platform to hide it on: hide it where it was posted"
    max_lines_per_fetch = 5000

    @property
    def path(self) -> Path:
        path = Path(str(self.option("path"))).expanduser()
        return path if path.is_absolute() else Path(self.account.config_dir) / path

    def fetch(self, cursor: str | None) -> Batch:
        offset = int(cursor) if cursor else 0
        try:
            handle = self.path.open("rb")
        except OSError as exc:
            raise ConnectorError(
                f"cannot read {self.path}: {exc.strerror}; check accounts.path", permanent=True
            ) from None
        own = {str(a) for a in self.option("own_author_ids", [])}
        comments: list[Comment] = []
        skipped: list[str] = []
        with handle:
            size = self.path.stat().st_size
            if offset > size:  # the file was replaced by a shorter one: read it afresh
                offset = 0
            handle.seek(offset)
            line_number = _line_number(self.path, offset)
            more = False
            for _ in range(self.max_lines_per_fetch):
                raw = handle.readline()
                if not raw.endswith(b"\n"):
                    break  # nothing more, or a line still being written
                offset += len(raw)
                line_number += 1
                if not raw.strip():
                    continue
                try:
                    comment = self._comment(json.loads(raw))
                except (ValueError, TypeError, KeyError) as exc:
                    skipped.append(f"{self.path}:{line_number}: {exc}")
                    continue
                if comment.author_id not in own:
                    comments.append(comment)
            else:
                more = offset < size
        return Batch(comments=comments, cursor=str(offset), skipped=skipped, more=more)

    def profile_text(self) -> str:
        return str(self.option("profile", ""))

    def _comment(self, item: Any) -> Comment:
        if not isinstance(item, dict):
            raise ValueError("expected a JSON object")
        missing = [key for key in REQUIRED if not item.get(key)]
        if missing:
            raise ValueError(f"missing {', '.join(missing)}")
        created = datetime.fromisoformat(str(item["created_at"]).replace("Z", "+00:00"))
        if created.tzinfo is None:
            raise ValueError("created_at has no time zone: write it as UTC, ending in Z")
        return Comment(
            platform=str(self.option("source_platform") or item.get("platform") or self.platform),
            account=self.account.name,
            comment_id=str(item["comment_id"]),
            post_id=_optional(item.get("post_id")),
            parent_id=_optional(item.get("parent_id")),
            author_id=str(item["author_id"]),
            author_name=str(item.get("author_name") or item["author_id"]),
            text=str(item["text"]),
            created_at=created.astimezone(UTC),
            permalink=_optional(item.get("permalink")),
            parent_author=_optional(item.get("parent_author")),
            parent_is_owner=_optional_flag(item.get("parent_is_owner")),
        )


def _optional(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def _optional_flag(value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise ValueError(f"parent_is_owner must be true or false, not {value!r}")


def _line_number(path: Path, offset: int) -> int:
    if offset == 0:
        return 0
    with path.open("rb") as handle:
        return handle.read(offset).count(b"\n")
