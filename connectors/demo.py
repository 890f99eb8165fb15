"""The demo platform: the sample feed as a page that can hide and unhide its comments.

It reads comments from a JSON Lines file exactly as :mod:`connectors.jsonl` does, and
keeps what is hidden in a small JSON state file beside it, so hiding a comment from the
digest changes something you can see: the demo's page (``/demo-platform`` on the web app,
and :meth:`DemoConnector.page`) shows the comment greyed out as "Hidden". Nothing leaves
the machine. Its permalinks point at that page, so "Open on the demo platform" works too.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

from connectors.base import HIDE, PROFILE, UNHIDE, Comment, ConnectorError, OptionSpec
from connectors.jsonl import JsonlConnector


@dataclass(frozen=True, slots=True)
class PageComment:
    """One comment as the demo platform's page shows it."""

    comment: Comment
    hidden: bool


class DemoConnector(JsonlConnector):
    platform = "demo"
    display_name = "the demo platform"
    capabilities: ClassVar[frozenset[str]] = frozenset({HIDE, UNHIDE, PROFILE})
    options: ClassVar[dict[str, OptionSpec]] = {
        "path": OptionSpec(str, required=True, help="the .jsonl file, relative to the config"),
        "own_author_ids": OptionSpec(list, help="author ids of the owner, never stored"),
        "profile": OptionSpec(str, help="profile text to check for notices"),
        "state_path": OptionSpec(
            str, help="where the demo platform keeps what is hidden (default demo-platform.json)"
        ),
        "page_url": OptionSpec(
            str, help="the web app's /demo-platform page, used for the comments' permalinks"
        ),
    }

    @property
    def state_file(self) -> Path:
        path = Path(str(self.option("state_path") or "demo-platform.json")).expanduser()
        return path if path.is_absolute() else Path(self.account.config_dir) / path

    def hide(self, comment_id: str) -> None:
        self._require(comment_id)
        self._save(self.hidden() | {comment_id})

    def unhide(self, comment_id: str) -> None:
        self._require(comment_id)
        self._save(self.hidden() - {comment_id})

    def hidden(self) -> set[str]:
        """The ids of the comments hidden on the demo platform."""
        try:
            state = json.loads(self.state_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return set()
        except (OSError, ValueError) as exc:
            raise ConnectorError(
                f"cannot read the demo platform's state {self.state_file}: {exc}; delete the "
                "file to start again with every comment visible",
                permanent=True,
            ) from None
        return {str(i) for i in state.get("hidden", [])}

    def page(self) -> list[PageComment]:
        """Every comment in the feed (the owner's replies too), oldest first, with whether
        it is hidden: what a visitor to the demo platform would see."""
        hidden = self.hidden()
        comments = []
        for raw in self.path.read_text(encoding="utf-8").splitlines():
            if raw.strip():
                comment = self._comment(json.loads(raw))
                comments.append(PageComment(comment, comment.comment_id in hidden))
        return sorted(comments, key=lambda c: c.comment.created_at)

    def _comment(self, item: Any) -> Comment:
        comment = super()._comment(item)
        page_url = self.option("page_url")
        return Comment(
            platform=self.platform,
            account=comment.account,
            comment_id=comment.comment_id,
            post_id=comment.post_id,
            parent_id=comment.parent_id,
            author_id=comment.author_id,
            author_name=comment.author_name,
            text=comment.text,
            created_at=comment.created_at,
            permalink=f"{page_url}#c-{comment.comment_id}" if page_url else None,
        )

    def _require(self, comment_id: str) -> None:
        if comment_id not in {c.comment.comment_id for c in self.page()}:
            raise ConnectorError(f"the demo platform has no comment {comment_id}", not_found=True)

    def _save(self, hidden: set[str]) -> None:
        # Written to a temporary file and renamed, so a reader never sees half a file.
        temporary = self.state_file.with_suffix(".tmp")
        temporary.write_text(
            json.dumps({"hidden": sorted(hidden), "updated_at": _now()}, indent=2) + "\n",
            encoding="utf-8",
        )
        os.replace(temporary, self.state_file)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
